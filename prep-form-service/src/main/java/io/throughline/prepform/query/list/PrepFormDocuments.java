package io.throughline.prepform.query.list;

import io.throughline.prepform.command.Answers;
import io.throughline.prepform.command.PrepFormStatus;
import io.throughline.prepform.query.PrepFormView;
import org.bson.Document;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A view as a BSON document. Instants are kept as ISO-8601 strings: a BSON date holds milliseconds,
 * and the list should show the same times as the form itself.
 */
final class PrepFormDocuments {

    private PrepFormDocuments() {
    }

    static Document document(PrepFormView view) {
        return new Document("prepFormId", view.prepFormId())
                .append("orgId", view.orgId())
                .append("clientId", view.clientId())
                .append("sessionId", view.sessionId())
                .append("status", view.status().name())
                .append("answers", new Document(view.answers().asMap()))
                .append("dueBy", text(view.dueBy()))
                .append("submittedAt", text(view.submittedAt()))
                .append("late", view.late());
    }

    static PrepFormView view(Document document) {
        Map<String, String> answers = new LinkedHashMap<>();
        document.get("answers", Document.class).forEach((key, value) -> answers.put(key, (String) value));
        return new PrepFormView(document.getString("prepFormId"), document.getString("orgId"),
                document.getString("clientId"), document.getString("sessionId"),
                PrepFormStatus.valueOf(document.getString("status")), Answers.of(answers),
                instant(document.getString("dueBy")), instant(document.getString("submittedAt")),
                document.getBoolean("late"));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
