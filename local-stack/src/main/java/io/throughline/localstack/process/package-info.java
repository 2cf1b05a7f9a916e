/**
 * Supervised JVMs: the process handling of {@code ./run-local.sh}, and of any suite that runs the
 * platform's services as processes of their own (issue 15's whole-stack fault suite).
 *
 * <p>A {@link io.throughline.localstack.process.ProcessSpec} says what to run (a jar, its port, its
 * environment, where its log and pid file go); {@link io.throughline.localstack.process.SupervisedProcess#start}
 * runs it; {@link io.throughline.localstack.process.SupervisedProcess#supervise} from then on starts it
 * again whenever it exits without being asked to, with the back-off and give-up rule of a
 * {@link io.throughline.localstack.process.RestartPolicy}, telling a
 * {@link io.throughline.localstack.process.SupervisionListener} about every restart;
 * {@link io.throughline.localstack.process.SupervisedProcess#kill} sends it a signal (a fault);
 * {@link io.throughline.localstack.process.SupervisedProcess#stop} asks it to stop for good.
 *
 * <pre>{@code
 * SupervisedProcess analytics = SupervisedProcess.start(ProcessSpec.javaJar(
 *         "analytics-service-2", jar, 18083, "512m", Map.of("MONGODB_URI", mongo), logs));
 * analytics.awaitHealthy(Duration.ofMinutes(2));
 * analytics.supervise(RestartPolicy.STANDARD, new SupervisionListener() {
 *     public void restarted(SupervisedProcess process, int exitCode, int restarts) { ... }
 * });
 * analytics.kill(Signal.KILL);                    // exit 137, started again after 1 s
 * analytics.awaitHealthy(Duration.ofSeconds(60)); // waits through the back-off and the start
 * analytics.stop();
 * }</pre>
 */
package io.throughline.localstack.process;
