package io.throughline.platform.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import java.util.Locale;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.env.Environment;

/**
 * A page's sign-in lives in its session cookie, so that cookie is {@code HttpOnly}, {@code SameSite=Lax} and named
 * for its service: cookies do not tell the ports of localhost apart, and with one {@code JSESSIONID} for all,
 * signing in to one service's page would sign the person out of another's. The name is
 * {@code server.servlet.session.cookie.name} where set, else {@code THROUGHLINE_<SPRING_APPLICATION_NAME>_SESSION}.
 */
final class PageSessionCookie implements ServletContextInitializer {

    private final Environment environment;

    PageSessionCookie(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
        if (environment.getProperty("server.servlet.session.cookie.name") == null) {
            String application = environment.getProperty("spring.application.name");
            if (application == null) {
                throw new IllegalStateException("A service with a page needs a session cookie of its own: set "
                        + "spring.application.name or server.servlet.session.cookie.name");
            }
            cookie.setName(
                    "THROUGHLINE_" + application.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_SESSION");
        }
        if (environment.getProperty("server.servlet.session.cookie.http-only") == null) {
            cookie.setHttpOnly(true);
        }
        if (environment.getProperty("server.servlet.session.cookie.same-site") == null) {
            cookie.setAttribute("SameSite", "Lax");
        }
    }
}
