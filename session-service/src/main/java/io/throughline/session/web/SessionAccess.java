package io.throughline.session.web;

import io.throughline.platform.security.Caller;
import io.throughline.platform.security.Role;
import io.throughline.platform.web.ResourceId;
import io.throughline.session.command.SessionKey;
import io.throughline.session.command.SessionNotFound;
import io.throughline.session.query.SessionHistory;
import io.throughline.session.query.SessionOwners;
import io.throughline.session.query.list.ListScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Whose sessions a caller may see and change (API.md, "Identity and access"), decided from the session's own data
 * once the role table has let the caller use the endpoint at all. In one place:
 * <ul>
 *   <li>a session addressed by path ({@value #SESSION}, and everything under it) that the caller may not see is
 *       the same 404 as an unknown one, checked here before the request's body is read or validated: a client sees
 *       its own sessions, a coach sees and changes the sessions it holds, a supervisor sees all, an org-admin and
 *       {@code platform} see and change all;</li>
 *   <li>a coach schedules only its own sessions ({@link #checkSchedule}: 403 otherwise);</li>
 *   <li>a list holds only what the caller may see ({@link #listScope}).</li>
 * </ul>
 */
public final class SessionAccess implements HandlerInterceptor {

    /** The path of one session; the check covers it and every path under it. */
    public static final String SESSION = SessionsController.SESSIONS + "/{sessionId}";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final SessionHistory history;

    public SessionAccess(SessionHistory history) {
        this.history = history;
    }

    /** The session of the path must be one the caller may see (a read) or change (any other method). */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("orgId") instanceof String orgId)
                || !(variables.get("sessionId") instanceof String sessionId)
                || !orgId.matches(ResourceId.PATTERN)
                || !sessionId.matches(ResourceId.PATTERN)) {
            return true; // not a session's path, or an id the validation answers with a 400
        }
        Caller caller = Caller.current().orElse(null);
        boolean write = !READS.contains(request.getMethod());
        if (caller != null && seesEvery(caller, write)) {
            return true; // an unknown session is then the handler's 404
        }
        SessionKey key = new SessionKey(orgId, sessionId);
        SessionOwners owners = history.owners(key).orElseThrow(() -> new SessionNotFound(key));
        if (caller == null || !(caller.isCoach(owners.coachId()) || !write && caller.isClient(owners.clientId()))) {
            throw new SessionNotFound(key);
        }
        return true;
    }

    /** A coach schedules only its own sessions: {@code coachId} must be the caller's; org-admin and platform any. */
    void checkSchedule(Caller caller, String coachId) {
        if (caller.mayDoEverything() || caller.isCoach(coachId)) {
            return;
        }
        throw new NotYoursToWrite(
                caller.has(Role.COACH) && caller.coachId() != null
                        ? "A coach schedules only their own sessions: this token is coach '" + caller.coachId()
                                + "', the request names coach '" + coachId + "'."
                        : "A coach schedules only their own sessions, and this token names no coach.");
    }

    /** The sessions a list of this caller may hold: all for supervisor, org-admin and platform, else its own. */
    ListScope listScope(Caller caller) {
        if (seesEvery(caller, false)) {
            return ListScope.EVERYTHING;
        }
        return ListScope.own(
                caller.has(Role.CLIENT) ? caller.clientId() : null, caller.has(Role.COACH) ? caller.coachId() : null);
    }

    private static boolean seesEvery(Caller caller, boolean write) {
        return caller.mayDoEverything() || !write && caller.has(Role.SUPERVISOR);
    }
}
