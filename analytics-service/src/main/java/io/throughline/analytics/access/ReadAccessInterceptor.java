package io.throughline.analytics.access;

import io.throughline.analytics.web.NotFoundException;
import io.throughline.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Before anything else of a request is looked at (its parameters included), answers 404 for a client, coach or
 * session named in its path that the caller may not see: the same problem as for one that does not exist.
 */
public final class ReadAccessInterceptor implements HandlerInterceptor {

    private final ReadAccess access;

    public ReadAccessInterceptor(ReadAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.current().orElse(null);
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String orgId = path == null ? null : path.get("orgId");
        if (caller == null || orgId == null) {
            return true;
        }
        String clientId = path.get("clientId");
        if (clientId != null && !access.maySeeClient(caller, orgId, clientId)) {
            throw NotFoundException.client(orgId, clientId);
        }
        String coachId = path.get("coachId");
        if (coachId != null && !access.maySeeCoach(caller, orgId, coachId)) {
            throw NotFoundException.coach(orgId, coachId);
        }
        String sessionId = path.get("sessionId");
        if (sessionId != null && !access.maySeeSession(caller, orgId, sessionId)) {
            throw NotFoundException.session(orgId, sessionId);
        }
        return true;
    }
}
