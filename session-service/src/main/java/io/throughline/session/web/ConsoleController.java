package io.throughline.session.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.throughline.platform.security.PagePolicy;
import io.throughline.platform.security.WebSecurityProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coach's console at {@code /} (API.md, "Pages"): their sessions, scheduling, and running a session live or
 * logging it afterwards. The page lives outside {@code static/} so it is only served here, to a signed-in person,
 * with the pages' Content-Security-Policy; its scripts and styles are under {@code static/console/}.
 */
@Hidden
@Controller
class ConsoleController {

    private static final Resource PAGE = new ClassPathResource("console/index.html");

    private final WebSecurityProperties security;

    ConsoleController(WebSecurityProperties security) {
        this.security = security;
    }

    @GetMapping(
            path = {"/", "/index.html"},
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        return PagePolicy.page(PAGE, security);
    }
}
