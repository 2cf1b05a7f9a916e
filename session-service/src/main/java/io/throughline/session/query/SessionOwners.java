package io.throughline.session.query;

/** Whose session it is: the client it is for and the coach who holds it, as it was scheduled (neither changes). */
public record SessionOwners(String clientId, String coachId) {}
