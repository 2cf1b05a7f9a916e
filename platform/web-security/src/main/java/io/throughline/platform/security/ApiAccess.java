package io.throughline.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The two checks every API request passes before its controller: the organisation in the path is the
 * caller's ({@code platform} acts in every one), and the role table lets one of the caller's roles use the
 * endpoint. A denial leaves its reason for the 403 problem's {@code detail}.
 */
final class ApiAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final String DENIAL_REASON = ApiAccess.class.getName() + ".reason";

    private static final PathPattern IN_ORGANISATION =
            PathPatternParser.defaultInstance.parse("/api/v1/orgs/{orgId}/**");

    private final AccessRules rules;

    ApiAccess(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof CallerAuthentication token)) {
            return new AuthorizationDecision(false);
        }
        Caller caller = token.caller();
        HttpServletRequest request = context.getRequest();
        String path = pathOf(request);
        Optional<String> organisation = organisation(path);
        if (organisation.isPresent() && !caller.actsIn(organisation.get())) {
            return deny(
                    request,
                    caller.orgId() == null
                            ? "This token belongs to no organisation and may not act in '" + organisation.get() + "'."
                            : "This token acts in organisation '" + caller.orgId() + "', not in '" + organisation.get()
                                    + "'.");
        }
        return rules.find(request.getMethod(), path)
                .map(rule -> rule.allows(caller)
                        ? new AuthorizationDecision(true)
                        : deny(
                                request,
                                "The role" + (caller.roles().size() == 1 ? " " : "s ") + names(caller) + " may not "
                                        + request.getMethod() + " " + rule.pattern() + "."))
                // No rule: no endpoint (every handler has one, checked at start); the dispatcher answers 404 or 405.
                .orElse(new AuthorizationDecision(true));
    }

    static Optional<String> organisation(String path) {
        PathPattern.PathMatchInfo match = IN_ORGANISATION.matchAndExtract(PathContainer.parsePath(path));
        return Optional.ofNullable(match)
                .map(PathPattern.PathMatchInfo::getUriVariables)
                .map((Map<String, String> variables) -> variables.get("orgId"));
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String names(Caller caller) {
        return caller.roles().isEmpty()
                ? "(none)"
                : String.join(
                        ", ",
                        caller.roles().stream().map(Role::claimValue).sorted().toList());
    }

    private static AuthorizationDecision deny(HttpServletRequest request, String reason) {
        request.setAttribute(DENIAL_REASON, reason);
        return new AuthorizationDecision(false);
    }
}
