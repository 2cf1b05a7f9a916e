package io.throughline.localstack;

import java.nio.file.Path;

/** What {@code ./run-local.sh} prints once everything is up: where it all is, and with the demo who may sign in. */
final class RunningBanner {

    private RunningBanner() {}

    static String text(Issuer issuer, LocalInfrastructure infrastructure, Path logs, boolean demo) {
        StringBuilder text = new StringBuilder(String.format(
                """

                Throughline is running.
                  Dashboard          %s/
                  Coach's console    %s/   (coaches: their sessions, run one live or log it afterwards)
                  session-service    %s/api/v1/orgs/{orgId}/sessions   (OpenAPI: %s/v3/api-docs)
                  prep-form-service  %s/api/v1/orgs/{orgId}/prep-forms (OpenAPI: %s/v3/api-docs)
                  analytics-service  %s/api/v1/orgs/{orgId}/overview   (OpenAPI: %s/v3/api-docs)
                  Issuer             %s   (%s; tokens: POST %s)
                  Kafka              %s   (topics coaching.sessions.v1, coaching.prep-forms.v1)
                  MongoDB            %s
                  Logs               %s
                """,
                Service.ANALYTICS.url(),
                Service.SESSION.url(),
                Service.SESSION.url(),
                Service.SESSION.url(),
                Service.PREP_FORM.url(),
                Service.PREP_FORM.url(),
                Service.ANALYTICS.url(),
                Service.ANALYTICS.url(),
                issuer.url(),
                issuer.isLocal() ? "local" : "given",
                issuer.tokenEndpoint(),
                infrastructure.kafkaAddress(),
                infrastructure.mongoUri(),
                logs));
        if (demo && issuer.isLocal()) {
            text.append(String.format("""
                    Demo sign-ins at %s/, password demo:
                      demo-supervisor (supervisor), demo-admin (org-admin), coach-1…coach-3 (coach), coachee-1…coachee-6 (client)
                      a token for scripts: curl -u demo-supervisor:demo-secret -d grant_type=client_credentials %s
                    """, Service.ANALYTICS.url(), issuer.tokenEndpoint()));
        }
        return text.append("Press Ctrl-C to stop.\n\n").toString();
    }
}
