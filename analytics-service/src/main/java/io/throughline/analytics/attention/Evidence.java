package io.throughline.analytics.attention;

import java.time.Instant;

/** A session that makes a rule's sentence true, with the one fact it contributes (figures and topics, never answers or notes). */
public record Evidence(String sessionId, Instant sessionAt, String fact) {}
