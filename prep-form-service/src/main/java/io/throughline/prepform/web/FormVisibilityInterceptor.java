package io.throughline.prepform.web;

import io.throughline.platform.security.Caller;
import io.throughline.platform.web.ResourceId;
import io.throughline.prepform.query.FormVisibility;
import io.throughline.prepform.query.PrepFormViews;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Decides, before anything reads the request's body, whether the form a path addresses
 * ({@code /prep-forms/{prepFormId}/**}) exists for the caller: a form they may not see is the same
 * {@link PrepFormNotFound} as one that does not exist, whatever the body. Ids of the wrong shape pass on
 * to the controller's validation (400): no form can have them.
 */
public final class FormVisibilityInterceptor implements HandlerInterceptor {

    /** The paths it guards: a single form and everything beneath it. */
    public static final String PATH = "/api/v1/orgs/{orgId}/prep-forms/{prepFormId}/**";

    private final PrepFormViews views;

    public FormVisibilityInterceptor(PrepFormViews views) {
        this.views = views;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path)
                || !(path.get("orgId") instanceof String orgId && path.get("prepFormId") instanceof String prepFormId)
                || !orgId.matches(ResourceId.PATTERN)
                || !prepFormId.matches(ResourceId.PATTERN)) {
            return true;
        }
        FormVisibility visibility =
                Caller.current().map(PrepFormAccess::visibility).orElse(FormVisibility.of(null, null));
        if (views.find(orgId, prepFormId).filter(visibility::includes).isEmpty()) {
            throw new PrepFormNotFound(orgId, prepFormId);
        }
        return true;
    }
}
