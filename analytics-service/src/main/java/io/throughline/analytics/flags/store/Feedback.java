package io.throughline.analytics.flags.store;

import java.time.Instant;

/** Whether someone ({@code by}) found a flag useful, and when they said so; the last answer counts. */
public record Feedback(boolean useful, String by, Instant at) {}
