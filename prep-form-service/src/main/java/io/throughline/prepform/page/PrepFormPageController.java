package io.throughline.prepform.page;

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
 * The client's page lives outside {@code static/} so that it is only ever served here, to a signed-in person, with a
 * policy that lets it load nothing but this service's own scripts, styles and API: an answer a client typed can
 * never run as code. Its one form, signing out, goes to this service, which sends the browser on to the issuer's
 * end of session: the policy allows that issuer as a form's destination too.
 */
@Hidden
@Controller
class PrepFormPageController {

    private static final Resource PAGE = new ClassPathResource("page/index.html");

    private final WebSecurityProperties security;

    PrepFormPageController(WebSecurityProperties security) {
        this.security = security;
    }

    @GetMapping(
            path = {"/", "/index.html"},
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        return PagePolicy.page(PAGE, security);
    }
}
