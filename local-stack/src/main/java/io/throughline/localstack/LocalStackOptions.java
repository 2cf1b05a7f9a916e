package io.throughline.localstack;

import java.nio.file.Path;
import java.util.List;

/** What {@code ./run-local.sh} was asked to do. */
record LocalStackOptions(boolean demo, boolean fresh, Path dataDirectory, String kafka, String mongo, boolean help) {

    static final String USAGE = """
            Usage: ./run-local.sh [options]

            Runs Throughline on this machine: an embedded Kafka broker (port 9092) and MongoDB server
            (port 27017, data kept in the data directory), then session-service (8081),
            prep-form-service (8082) and analytics-service (8083) each in its own JVM.
            Ctrl-C stops everything.

            Options:
              --demo              load the demo organisation 'demo' through the REST APIs (idempotent)
              --fresh             wipe the data directory first
              --data-dir DIR      where Kafka, MongoDB and the logs keep their files (default .local-data)
              --kafka HOST:PORT   use this Kafka instead of the embedded broker
              --mongo URI         use this MongoDB (mongodb://…) instead of the embedded server
              --help              show this text
            """;

    static LocalStackOptions parse(List<String> args) {
        boolean demo = false;
        boolean fresh = false;
        boolean help = false;
        Path dataDirectory = Path.of(".local-data");
        String kafka = null;
        String mongo = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--demo" -> demo = true;
                case "--fresh" -> fresh = true;
                case "--help", "-h" -> help = true;
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, arg));
                case "--kafka" -> kafka = kafkaAddress(value(args, ++i, arg));
                case "--mongo" -> mongo = mongoUri(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "' (see --help)");
            }
        }
        return new LocalStackOptions(demo, fresh, dataDirectory.toAbsolutePath().normalize(), kafka, mongo, help);
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
}
