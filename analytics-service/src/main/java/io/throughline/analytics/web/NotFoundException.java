package io.throughline.analytics.web;

/**
 * An organisation's client, coach or session this service has no events of, or one the caller may not see: both
 * answer the same, so that a 404 never tells whether something exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }

    public static NotFoundException client(String orgId, String clientId) {
        return new NotFoundException("No client '" + clientId + "' in organisation '" + orgId + "'.");
    }

    public static NotFoundException coach(String orgId, String coachId) {
        return new NotFoundException("No coach '" + coachId + "' in organisation '" + orgId + "'.");
    }

    public static NotFoundException session(String orgId, String sessionId) {
        return new NotFoundException("No session '" + sessionId + "' in organisation '" + orgId + "'.");
    }
}
