package io.throughline.platform.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a service answers its page: never cached, and with a Content-Security-Policy that lets the page load nothing
 * but the service's own scripts, styles and API (so an API answer can never run as code and the page needs no
 * CDN), and send its one form, signing out, to the service and on to the issuer.
 */
public final class PagePolicy {

    private PagePolicy() {}

    public static String contentSecurityPolicy(URI issuer) {
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self' " + origin + "; frame-ancestors 'none'";
    }

    /** The page's HTML with that policy. */
    public static ResponseEntity<Resource> page(Resource html, WebSecurityProperties security) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", contentSecurityPolicy(security.issuerUri()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
