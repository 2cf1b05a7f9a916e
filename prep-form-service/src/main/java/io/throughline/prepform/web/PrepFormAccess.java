package io.throughline.prepform.web;

import io.throughline.platform.security.Caller;
import io.throughline.platform.security.Role;
import io.throughline.prepform.query.FormVisibility;

/**
 * Whose forms a caller may see and write, after the platform's role table let them use the endpoint at all
 * (API.md, "Identity and access"): {@code org-admin} and {@code platform} everything in the organisation; a
 * client its own forms; a coach the submitted forms of their own sessions, read only. The one place that
 * turns a caller into what it may see; what a form is lives in {@link FormVisibility}.
 */
final class PrepFormAccess {

    private PrepFormAccess() {}

    static FormVisibility visibility(Caller caller) {
        if (caller.mayDoEverything()) {
            return FormVisibility.everything();
        }
        return FormVisibility.of(
                caller.has(Role.CLIENT) ? caller.clientId() : null, caller.has(Role.COACH) ? caller.coachId() : null);
    }

    /** A client creates forms only with its own {@code clientId}: one naming another client is 403. */
    static void requireMayWriteFor(Caller caller, String clientId) {
        if (!caller.mayDoEverything() && !caller.isClient(clientId)) {
            throw new ForbiddenWrite(
                    "A client may write only its own prep forms; this one names client '" + clientId + "'.");
        }
    }
}
