package io.throughline.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every client's and coach's figures and each organisation's overview, as analytics-service answers
 * them, against the oracle; and every session's prep form, as prep-form-service answers it, against
 * what was acknowledged. Black-box: only the public REST APIs.
 */
final class FigureCheck {

    /** {@code wrong} counts figures that differ; {@code doubled} the subjects counting more sessions or shifts than happened. */
    record Result(int wrong, int doubled, List<String> findings) {}

    private static final double TOLERANCE = 0.0006; // answers may round ratios to three decimals

    private final Instances analytics;
    private final Instances prepForms;

    FigureCheck(Instances analytics, Instances prepForms) {
        this.analytics = analytics;
        this.prepForms = prepForms;
    }

    Result analytics(List<Acknowledged> sessions) {
        List<String> findings = new ArrayList<>();
        int[] doubled = new int[1];
        Map<String, List<Acknowledged>> byOrg = sessions.stream()
                .filter(s -> s.scheduled)
                .collect(Collectors.groupingBy(s -> s.plan.orgId, TreeMap::new, Collectors.toList()));
        int wrong = 0;
        for (Map.Entry<String, List<Acknowledged>> org : byOrg.entrySet()) {
            String base = "/api/v1/orgs/" + org.getKey();
            Map<String, List<Acknowledged>> byClient = org.getValue().stream()
                    .collect(Collectors.groupingBy(s -> s.plan.clientId, TreeMap::new, Collectors.toList()));
            Map<String, List<Acknowledged>> byCoach = org.getValue().stream()
                    .collect(Collectors.groupingBy(s -> s.plan.coachId, TreeMap::new, Collectors.toList()));
            for (var client : byClient.entrySet()) {
                JsonNode answer = read(base + "/clients/" + client.getKey() + "/patterns?size=1");
                wrong += compare(
                        "client " + client.getKey(), Oracle.client(client.getValue()), answer, findings, doubled);
            }
            for (var coach : byCoach.entrySet()) {
                JsonNode answer = read(base + "/coaches/" + coach.getKey() + "/patterns");
                wrong += compare("coach " + coach.getKey(), Oracle.coach(coach.getValue()), answer, findings, doubled);
            }
            JsonNode overview = read(base + "/overview");
            wrong += compare(
                    "overview " + org.getKey(), Oracle.organisation(org.getValue()), overview, findings, doubled);
            for (JsonNode row : overview.path("clients")) {
                Map<String, Object> expected = new TreeMap<>(
                        Oracle.client(byClient.getOrDefault(row.path("clientId").asText(), List.of())));
                expected.keySet().retainAll(List.of("sessionsEnded", "sidetrackFrequency", "onAgreedTopicShare"));
                wrong += compare("overview row " + row.path("clientId").asText(), expected, row, findings, doubled);
            }
            for (JsonNode row : overview.path("coaches")) {
                Map<String, Object> expected = new TreeMap<>(
                        Oracle.coach(byCoach.getOrDefault(row.path("coachId").asText(), List.of())));
                expected.keySet().retainAll(List.of("sessionsEnded", "reContractRate", "silentDriftRate"));
                wrong += compare("overview row " + row.path("coachId").asText(), expected, row, findings, doubled);
            }
        }
        return new Result(wrong, doubled[0], findings);
    }

    /** Each scheduled session has exactly one form, in the status and with the lateness its commands imply. */
    Result prepForms(List<Acknowledged> sessions) {
        List<String> findings = new ArrayList<>();
        int wrong = 0;
        int doubled = 0;
        for (Acknowledged session : sessions) {
            if (!session.scheduled) {
                continue;
            }
            SessionPlan plan = session.plan;
            JsonNode answer = Instances.readUntil(
                    prepForms,
                    "/api/v1/orgs/" + plan.orgId + "/prep-forms?clientId=" + plan.clientId + "&sessionId="
                            + plan.sessionId);
            JsonNode list = answer.isArray() ? answer : answer.path("items");
            String expected =
                    session.prepOnTime || session.prepLate ? "SUBMITTED" : session.started() ? "MISSED" : "REQUESTED";
            if (list.size() != 1) {
                findings.add("prep form of " + plan.sessionId + ": " + list.size() + " forms");
                wrong++;
                doubled += list.size() > 1 ? 1 : 0;
                continue;
            }
            JsonNode form = list.get(0);
            boolean late = form.path("late").asBoolean(false);
            if (!form.path("status").asText().equals(expected) || late != session.prepLate) {
                findings.add("prep form of " + plan.sessionId + ": "
                        + form.path("status").asText() + (late ? " late" : "") + ", expected " + expected
                        + (session.prepLate ? " late" : ""));
                wrong++;
            }
        }
        return new Result(wrong, doubled, findings);
    }

    private JsonNode read(String path) {
        return Instances.readUntil(analytics, path);
    }

    private static int compare(
            String subject, Map<String, Object> expected, JsonNode answer, List<String> findings, int[] doubled) {
        int wrong = 0;
        boolean more = false;
        for (Map.Entry<String, Object> figure : expected.entrySet()) {
            JsonNode actual = answer.at("/" + figure.getKey().replace('.', '/'));
            Object value = figure.getValue();
            boolean equal;
            if (value == null) {
                equal = actual.isNull() || actual.isMissingNode();
            } else if (value instanceof Long count) {
                equal = actual.isNumber() && actual.asLong() == count;
                if (actual.isNumber()
                        && actual.asLong() > count
                        && (figure.getKey().equals("sessionsEnded")
                                || figure.getKey().equals("topicShifts"))) {
                    more = true;
                }
            } else {
                equal = actual.isNumber() && Math.abs(actual.asDouble() - (Double) value) <= TOLERANCE;
            }
            if (!equal) {
                wrong++;
                findings.add(subject + ": " + figure.getKey() + " = " + actual + ", the oracle says " + value);
            }
        }
        if (more) {
            doubled[0]++;
        }
        return wrong;
    }
}
