package io.throughline.analytics.flags.query;

/**
 * One flag a proposed change of thresholds would raise or clear: whom it is about ({@code client} or
 * {@code coach}), its rule, and its sentence (as the proposal would raise it, or as it stands now for
 * one it would clear).
 */
public record FlagChange(String subjectType, String subjectId, String rule, String sentence) {}
