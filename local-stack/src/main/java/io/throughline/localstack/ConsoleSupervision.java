package io.throughline.localstack;

import io.throughline.localstack.process.ProcessFailure;
import io.throughline.localstack.process.SupervisedProcess;
import io.throughline.localstack.process.SupervisionListener;
import java.time.Duration;

/**
 * What the person at the terminal sees of the supervision: one line per restart
 * ({@code analytics-service exited (137), restarted — 1st time}), one when it answers again, and one
 * when a process is left down, saying where its log is and what the platform cannot do without it.
 */
final class ConsoleSupervision implements SupervisionListener {

    private final String unavailable;
    private final String url;
    private final String healthPath;
    private final String healthy;

    /** For a service: it is up again when {@code /actuator/health} answers UP. */
    ConsoleSupervision(String unavailable, String url) {
        this(unavailable, url, "/actuator/health", "\"UP\"");
    }

    /** It is up again when {@code healthPath} answers 200 with {@code healthy} in its body. */
    ConsoleSupervision(String unavailable, String url, String healthPath, String healthy) {
        this.unavailable = unavailable;
        this.url = url;
        this.healthPath = healthPath;
        this.healthy = healthy;
    }

    @Override
    public void restarted(SupervisedProcess process, int exitCode, int restarts) {
        System.out.println(restartLine(process.name(), exitCode, restarts));
        long restartedAt = System.nanoTime();
        Thread.ofVirtual().name(process.name() + "-health").start(() -> {
            try {
                process.awaitAnswer(healthPath, healthy, Duration.ofMinutes(3));
                LocalStack.step(process.name() + " is up again ("
                        + Duration.ofNanos(System.nanoTime() - restartedAt).toMillis() + " ms after its restart)");
            } catch (ProcessFailure e) {
                // it crashed again: the next restart line or the line that leaves it down says so
            }
        });
    }

    @Override
    public void gaveUp(SupervisedProcess process, int exitCode, int crashes, Duration window) {
        System.err.println(giveUpLine(process, exitCode, crashes, window, unavailable, url));
    }

    static String restartLine(String name, int exitCode, int restarts) {
        return name + " exited (" + exitCode + "), restarted — " + ordinal(restarts) + " time";
    }

    static String giveUpLine(
            SupervisedProcess process, int exitCode, int crashes, Duration window, String unavailable, String url) {
        return "run-local: " + process.name() + " crashed " + crashes + " times within " + window.toMinutes()
                + " minutes (last exit code " + exitCode + ") and is left down; its log is "
                + process.spec().log()
                + ". The platform keeps running without it: " + unavailable + " (" + url + ").";
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
