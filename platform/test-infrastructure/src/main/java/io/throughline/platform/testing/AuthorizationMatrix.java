package io.throughline.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization matrix of a running service, generated from its own OpenAPI document: every operation
 * under {@code /api/} × every {@link Caller} → the status class API.md's role table gives. The test states one
 * {@link #row row} per operation for the callers inside the organisation; the callers without a valid token
 * (401) and the org-admin of another organisation (403) are the same for every organisation path. An operation
 * without a row, or a row without an operation, fails the test, so a new endpoint needs its rule stated.
 */
public final class AuthorizationMatrix {

    /** Who calls. The fixture: one organisation, a session of {@link #COACH} with {@link #CLIENT}. */
    public enum Caller {
        NO_TOKEN,
        EXPIRED,
        OTHER_ISSUER,
        CLIENT,
        COACH,
        OTHER_COACH,
        SUPERVISOR,
        ORG_ADMIN,
        OTHER_ORG_ADMIN,
        PLATFORM
    }

    /** What the caller gets: 401, 403, 404, or through to the endpoint (any other status; 400 or 409 included). */
    public enum Expect {
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        ALLOWED;

        static Expect of(int status) {
            return switch (status) {
                case 401 -> UNAUTHORIZED;
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                default -> ALLOWED;
            };
        }
    }

    public static final Expect A = Expect.ALLOWED;
    public static final Expect F = Expect.FORBIDDEN;
    public static final Expect N = Expect.NOT_FOUND;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final String base;
    private final String orgId;
    private final String clientId;
    private final String coachId;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, Map<Caller, Expect>> rows = new LinkedHashMap<>();
    private Function<String, String> bodies = operation -> "{}";
    private final HttpClient http = HttpClient.newHttpClient();

    /** The matrix of the service at {@code base} for the fixture organisation, its client and its coach. */
    public AuthorizationMatrix(String base, String orgId, String clientId, String coachId) {
        this.base = base;
        this.orgId = orgId;
        this.clientId = clientId;
        this.coachId = coachId;
        pathValues.put("orgId", orgId);
    }

    /** The value every path variable of this name takes (the fixture's ids). */
    public AuthorizationMatrix pathValue(String variable, String value) {
        pathValues.put(variable, value);
        return this;
    }

    /** The JSON body each write sends, by operation ({@code "POST /api/…"}); {@code {}} by default. */
    public AuthorizationMatrix bodies(Function<String, String> bodiesByOperation) {
        this.bodies = bodiesByOperation;
        return this;
    }

    /**
     * What the callers in the organisation get for {@code operation} ({@code "POST /api/v1/orgs/{orgId}/…"},
     * as the OpenAPI document names it); {@code platform} always gets through.
     */
    public AuthorizationMatrix row(
            String operation, Expect client, Expect coach, Expect otherCoach, Expect supervisor, Expect orgAdmin) {
        Map<Caller, Expect> row = new EnumMap<>(Caller.class);
        row.put(Caller.CLIENT, client);
        row.put(Caller.COACH, coach);
        row.put(Caller.OTHER_COACH, otherCoach);
        row.put(Caller.SUPERVISOR, supervisor);
        row.put(Caller.ORG_ADMIN, orgAdmin);
        row.put(Caller.PLATFORM, Expect.ALLOWED);
        rows.put(operation, row);
        return this;
    }

    /** Sends every request and answers what differs from the table; empty when everything is as stated. */
    public Result run() {
        List<String> operations = operations();
        List<String> problems = new ArrayList<>();
        operations.stream()
                .filter(operation -> !rows.containsKey(operation))
                .forEach(operation -> problems.add(operation + ": the service has it, the matrix has no row"));
        rows.keySet().stream()
                .filter(operation -> !operations.contains(operation))
                .forEach(operation ->
                        problems.add(operation + ": a row, but the OpenAPI document has no such operation"));
        StringBuilder table = new StringBuilder();
        int requests = 0;
        for (String operation : operations) {
            Map<Caller, Expect> row = rows.get(operation);
            if (row == null) {
                continue;
            }
            table.append(operation);
            for (Caller caller : Caller.values()) {
                int status = send(operation, caller);
                requests++;
                Expect expected = expected(operation, row, caller);
                table.append(' ')
                        .append(caller.name().toLowerCase())
                        .append('=')
                        .append(status);
                if (Expect.of(status) != expected) {
                    problems.add(operation + " as " + caller + ": expected " + expected + ", got " + status);
                }
            }
            table.append('\n');
        }
        return new Result(operations.size(), requests, problems, table.toString());
    }

    /** How many operations and requests, what differed, and each operation's statuses per caller. */
    public record Result(int operations, int requests, List<String> problems, String table) {}

    private Expect expected(String operation, Map<Caller, Expect> row, Caller caller) {
        return switch (caller) {
            case NO_TOKEN, EXPIRED, OTHER_ISSUER -> Expect.UNAUTHORIZED;
            case OTHER_ORG_ADMIN -> operation.contains("{orgId}") ? Expect.FORBIDDEN : row.get(Caller.ORG_ADMIN);
            default -> row.get(caller);
        };
    }

    private int send(String operation, Caller caller) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = fill(operation.substring(operation.indexOf(' ') + 1));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        String token = token(caller);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean write = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        request.header("Content-Type", "application/json")
                .method(
                        method,
                        write
                                ? HttpRequest.BodyPublishers.ofString(bodies.apply(operation))
                                : HttpRequest.BodyPublishers.noBody());
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(Caller caller) {
        TestIssuer issuer = TestIssuer.get();
        return switch (caller) {
            case NO_TOKEN -> null;
            case EXPIRED -> issuer.expired(orgId);
            case OTHER_ISSUER -> TestIssuer.stranger().orgAdmin(orgId);
            case CLIENT -> issuer.client(orgId, clientId);
            case COACH -> issuer.coach(orgId, coachId);
            case OTHER_COACH -> issuer.coach(orgId, coachId + "-other");
            case SUPERVISOR -> issuer.supervisor(orgId);
            case ORG_ADMIN -> issuer.orgAdmin(orgId);
            case OTHER_ORG_ADMIN -> issuer.orgAdmin(orgId + "-other");
            case PLATFORM -> issuer.platform();
        };
    }

    private String fill(String path) {
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = pathValues.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no fixture value for the path variable {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    private List<String> operations() {
        try {
            String document = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            JsonNode paths = JSON.readTree(document).path("paths");
            TreeSet<String> operations = new TreeSet<>();
            for (String path : paths.propertyNames()) {
                if (path.startsWith("/api/")) {
                    for (String method : paths.get(path).propertyNames()) {
                        operations.add(method.toUpperCase() + " " + path);
                    }
                }
            }
            return List.copyOf(operations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
