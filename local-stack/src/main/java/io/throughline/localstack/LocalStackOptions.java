package io.throughline.localstack;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What {@code ./run-local.sh} was asked to do; {@code issuer} is null for the local issuer. */
record LocalStackOptions(
        boolean demo,
        boolean fresh,
        Path dataDirectory,
        String kafka,
        String mongo,
        String issuer,
        Path identities,
        boolean help) {

    static final String USAGE = """
            Usage: ./run-local.sh [options]

            Runs Throughline on this machine: an embedded Kafka broker (port 9092) and MongoDB server
            (port 27017, data kept in the data directory), the local OpenID Connect issuer (9000), then
            session-service (8081), prep-form-service (8082) and analytics-service (8083) each in its own
            JVM, all on 127.0.0.1 only. A service or the issuer that dies is started again after 1 s,
            2 s, 4 s … at most 30 s, and left down after 5 crashes within 5 minutes; extra JVM options
            for one of them go in <data-dir>/jvm-options/<name>.options. Ctrl-C stops everything.

            Options:
              --demo              load the demo organisation 'demo' through the REST APIs (idempotent)
                                  and let its people sign in (password 'demo')
              --fresh             wipe the data directory first
              --data-dir DIR      where Kafka, MongoDB, the issuer's key and the logs keep their files (default .local-data)
              --kafka HOST:PORT   use this Kafka instead of the embedded broker
              --mongo URI         use this MongoDB (mongodb://…) instead of the embedded server
              --issuer URL        use this OpenID Connect issuer instead of the local one; the demo loader
                                  then takes its token with THROUGHLINE_PLATFORM_CLIENT_ID and
                                  THROUGHLINE_PLATFORM_CLIENT_SECRET (a client with role platform)
              --identities FILE   more organisations and people for the local issuer (YAML; see README.md)
              --help              show this text
            """;

    static LocalStackOptions parse(List<String> args) {
        boolean demo = false;
        boolean fresh = false;
        boolean help = false;
        Path dataDirectory = Path.of(".local-data");
        String kafka = null;
        String mongo = null;
        String issuer = null;
        Path identities = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--demo" -> demo = true;
                case "--fresh" -> fresh = true;
                case "--help", "-h" -> help = true;
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, arg));
                case "--kafka" -> kafka = kafkaAddress(value(args, ++i, arg));
                case "--mongo" -> mongo = mongoUri(value(args, ++i, arg));
                case "--issuer" -> issuer = issuerUrl(value(args, ++i, arg));
                case "--identities" -> identities = identitiesFile(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "' (see --help)");
            }
        }
        if (issuer != null && identities != null) {
            throw new IllegalArgumentException("--identities is read by the local issuer, which --issuer replaces;"
                    + " add the identities to that issuer instead");
        }
        return new LocalStackOptions(
                demo, fresh, dataDirectory.toAbsolutePath().normalize(), kafka, mongo, issuer, identities, help);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value (see --help)");
        }
        return args.get(index);
    }

    private static String kafkaAddress(String value) {
        if (!value.matches("[^:\\s]+:\\d{1,5}(,[^:\\s]+:\\d{1,5})*")) {
            throw new IllegalArgumentException("--kafka expects HOST:PORT, got '" + value + "'");
        }
        return value;
    }

    private static String mongoUri(String value) {
        if (!value.startsWith("mongodb://") && !value.startsWith("mongodb+srv://")) {
            throw new IllegalArgumentException("--mongo expects a mongodb:// URI, got '" + value + "'");
        }
        return value;
    }

    /** The issuer identifier as its tokens' {@code iss} has it, without a trailing slash. */
    private static String issuerUrl(String value) {
        try {
            URI uri = new URI(value);
            if (!List.of("http", "https").contains(uri.getScheme())
                    || uri.getHost() == null
                    || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new URISyntaxException(value, "not an http(s) address");
            }
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--issuer expects the issuer's http(s) address (its discovery is at"
                    + " URL/.well-known/openid-configuration), got '" + value + "'");
        }
    }

    private static Path identitiesFile(String value) {
        Path file = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("--identities: no readable file " + file);
        }
        return file;
    }
}
