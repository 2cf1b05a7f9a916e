package io.throughline.platform.eventstore;

/** The payload of the test events: which writer wrote it, and a number to order by. */
public record ThingHappened(String aggregateId, String writer, int number, String text) {}
