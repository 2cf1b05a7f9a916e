package io.throughline.prepform.command;

import static io.throughline.prepform.command.PrepFormRule.SAME_CLIENT_AND_SESSION;

import java.util.Objects;

/** Whose form it is and which session it prepares for ({@code null}: none); neither changes once it is created. */
record ClientAndSession(String clientId, String sessionId) {

    /** A later command must name the same client and session; one for another client's form is refused. */
    void admit(String otherClientId, String otherSessionId, PrepFormKey key) {
        // Not naming the form's own client: the answer may go to another client.
        SAME_CLIENT_AND_SESSION.check(
                clientId.equals(otherClientId) && Objects.equals(sessionId, otherSessionId),
                "form " + key.prepFormId() + " is not client " + otherClientId + "'s form for "
                        + (otherSessionId == null ? "no session" : "session " + otherSessionId));
    }
}
