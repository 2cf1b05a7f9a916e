package io.throughline.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * After the load: waits for quiescence (every consumer group at lag 0 and the figures right, or the
 * time given), then checks everything once and prints the findings and the RESULT line, last.
 */
final class Verdict {

    private Verdict() {}

    static int judge(
            Stack stack,
            Supplier<String> token,
            List<Acknowledged> sessions,
            Faults faults,
            Freshness freshness,
            Instances analytics,
            Instances prepForms,
            ResilienceRun.RunOptions options) {
        PlatformHealth health = new PlatformHealth(stack.kafkaAddress());
        FigureCheck figures = new FigureCheck(analytics, prepForms);
        long quiet = System.nanoTime() + (options.isShort() ? Duration.ofMinutes(3) : Duration.ofMinutes(10)).toNanos();
        Map<String, Long> lag;
        FigureCheck.Result analyticsResult;
        while (true) {
            lag = health.lag();
            analyticsResult = figures.analytics(sessions);
            boolean still = lag.values().stream().allMatch(l -> l == 0) && analyticsResult.wrong() == 0;
            if (still || System.nanoTime() > quiet) {
                break;
            }
            ResilienceRun.log(
                    "waiting for quiescence: lag " + lag + ", " + analyticsResult.wrong() + " figures differ");
            Stack.sleep(Duration.ofSeconds(5));
        }
        EventCheck.Result events = new EventCheck(stack.mongoUri(), stack.kafkaAddress()).check(sessions);
        FigureCheck.Result forms = figures.prepForms(sessions);
        List<String> over = new ArrayList<>();
        Map<String, List<io.throughline.localstack.process.SupervisedProcess>> instances = new LinkedHashMap<>();
        Stack.SERVICES.forEach(s -> instances.put(s, stack.instances(s)));
        List<String> heaps = PlatformHealth.heaps(instances, token, over);

        List<String> findings = new ArrayList<>();
        findings.addAll(events.findings());
        findings.addAll(analyticsResult.findings());
        findings.addAll(forms.findings());
        List<String> refused = sessions.stream()
                .filter(s -> s.refused != null)
                .map(s -> "refused: " + s.refused)
                .toList();
        findings.addAll(refused);
        try {
            java.nio.file.Files.write(options.dataDirectory().resolve("findings.txt"), findings);
        } catch (java.io.IOException e) {
            ResilienceRun.log("cannot write the findings: " + e);
        }
        ResilienceRun.log(
                findings.size() + " findings (all in " + options.dataDirectory().resolve("findings.txt")
                        + "); session-service's event store holds " + stack.commits() + " commits");
        findings.stream().limit(40).forEach(line -> ResilienceRun.log("  " + line));
        if (findings.size() > 40) {
            ResilienceRun.log("  … and " + (findings.size() - 40) + " more");
        }
        heaps.forEach(line -> ResilienceRun.log("  " + line));
        ResilienceRun.log("consumer lag by group: " + lag);
        long stuck = lag.values().stream().filter(l -> l != 0).count();

        List<long[]> samples = freshness.samples();
        long p99 = Freshness.percentile(samples, 0.99);
        long max = samples.stream().mapToLong(s -> s[1]).max().orElse(0);
        ResilienceRun.log("freshness: " + samples.size() + " ended sessions sampled, p50 "
                + Freshness.percentile(samples, 0.5) + " ms, p99 " + p99 + " ms, max " + max + " ms; "
                + freshness.unseen() + " never seen");
        for (String service : Stack.SERVICES) {
            int index = Stack.SERVICES.indexOf(service);
            long worst = 0;
            for (long[] kill : faults.killTimes) {
                if (kill[1] != index) {
                    continue;
                }
                for (long[] sample : samples) {
                    long after = sample[0] - kill[0];
                    if (after > -Duration.ofSeconds(5).toNanos()
                            && after < Duration.ofSeconds(60).toNanos()) {
                        worst = Math.max(worst, sample[1]);
                    }
                }
            }
            ResilienceRun.log(service + ": " + faults.kills.get(service) + " kills survived; the slowest session end to"
                    + " reach analytics within a minute after one took " + worst + " ms");
        }
        long scheduled = sessions.stream().filter(s -> s.scheduled).count();
        long lost = events.lost();
        long doubled = events.extra() + analyticsResult.doubled() + forms.doubled();
        long wrong = analyticsResult.wrong() + forms.wrong();
        boolean pass = lost == 0
                && doubled == 0
                && wrong == 0
                && stuck == 0
                && over.isEmpty()
                && refused.isEmpty()
                && freshness.unseen() == 0;
        ResilienceRun.log(
                pass
                        ? "PASS"
                        : "FAIL: " + (stuck > 0 ? stuck + " consumer group(s) not at lag 0; " : "")
                                + (over.isEmpty() ? "" : over.size() + " instance(s) down or over their heap; ")
                                + (refused.isEmpty()
                                        ? ""
                                        : refused.size() + " session(s) with a command not acknowledged; ")
                                + (freshness.unseen() > 0
                                        ? freshness.unseen() + " ended session(s) never reached analytics; "
                                        : ""));
        System.out.println("RESULT sessions=" + scheduled + " events=" + events.events() + " kills=" + faults.total()
                + " lost=" + lost + " double-counted=" + doubled + " wrong-figures=" + wrong + " duplicates-on-topic="
                + events.duplicates() + " p99-fresh-ms=" + p99);
        return pass ? 0 : 1;
    }
}
