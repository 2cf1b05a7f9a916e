package io.throughline.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Refuses to start a service with an {@code /api/**} endpoint that the role table has no rule for. */
final class ApiRuleCoverage implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mappings;
    private final AccessRules rules;

    ApiRuleCoverage(RequestMappingHandlerMapping mappings, AccessRules rules) {
        this.mappings = mappings;
        this.rules = rules;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> uncovered = uncovered();
        if (!uncovered.isEmpty()) {
            throw new IllegalStateException("These API endpoints have no rule in the role table (AccessRules): "
                    + String.join(", ", uncovered));
        }
    }

    List<String> uncovered() {
        List<String> uncovered = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    uncovered.add("(any method) " + pattern);
                }
                methods.stream()
                        .map(method -> HttpMethod.valueOf(method.name()))
                        .filter(method -> !rules.covers(method, pattern))
                        .forEach(method -> uncovered.add(method + " " + pattern));
            }
        }
        return uncovered;
    }
}
