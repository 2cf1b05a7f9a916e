package io.throughline.platform.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's role table: for each API endpoint (method and path pattern, exactly as its controller maps it),
 * the roles that may use it at all. Ownership (whose session, whose form) is decided afterwards where the data
 * is. Every {@code /api/**} handler must have a rule here, or the service refuses to start.
 */
public final class AccessRules {

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rule of the endpoint this request addresses, if any; {@code HEAD} is {@code GET}'s (MVC serves it so). */
    public Optional<Rule> find(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        String asMapped = HttpMethod.HEAD.matches(method) ? HttpMethod.GET.name() : method;
        return rules.stream()
                .filter(rule -> rule.method().matches(asMapped) && rule.parsed().matches(container))
                .findFirst();
    }

    /** Whether an endpoint mapped as exactly this method and pattern has a rule. */
    public boolean covers(HttpMethod method, String pattern) {
        return rules.stream()
                .anyMatch(rule -> rule.method().equals(method) && rule.pattern().equals(pattern));
    }

    /** One row of the table: the roles that may use {@code method pattern}. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles, PathPattern parsed) {

        public boolean allows(Caller caller) {
            return caller.roles().stream().anyMatch(roles::contains);
        }
    }

    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        private Builder() {}

        /** {@code roles} may use {@code method pattern}; {@code platform} always may. */
        public Builder allow(HttpMethod method, String pattern, Role... roles) {
            Set<Role> allowed = EnumSet.of(Role.PLATFORM, roles);
            rules.add(new Rule(method, pattern, Set.copyOf(allowed), PathPatternParser.defaultInstance.parse(pattern)));
            return this;
        }

        /** Only {@code platform} may use {@code method pattern}. */
        public Builder platformOnly(HttpMethod method, String pattern) {
            return allow(method, pattern);
        }

        public AccessRules build() {
            return new AccessRules(rules);
        }
    }
}
