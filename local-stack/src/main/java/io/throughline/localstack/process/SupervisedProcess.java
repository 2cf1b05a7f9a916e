package io.throughline.localstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One process of a {@link ProcessSpec}, started again by its supervisor whenever it exits without
 * being asked to, once {@link #supervise} was called (before that, while it is still starting, an
 * exit is a failure of the start: {@link #awaitHealthy} says why). Thread-safe.
 */
public final class SupervisedProcess {

    /** Where a supervised process is in its life. */
    public enum State {
        /** A JVM is running (it may still be starting). */
        RUNNING,
        /** It exited unasked before it was supervised. */
        EXITED,
        /** It crashed and waits out its back-off before it is started again. */
        BACKING_OFF,
        /** It crashed too often within the policy's window and is left down. */
        GAVE_UP,
        /** It was asked to stop, and has or will. */
        STOPPED
    }

    private static final ScheduledExecutorService RESTARTS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "process-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    private final ProcessSpec spec;
    private final Deque<Long> crashes = new ArrayDeque<>();
    private Process process;
    private long logStart;
    private State state = State.RUNNING;
    private RestartPolicy policy;
    private SupervisionListener listener = new SupervisionListener() {};
    private int restarts;
    private int lastExitCode;
    private ScheduledFuture<?> pendingRestart;

    private SupervisedProcess(ProcessSpec spec) {
        this.spec = spec;
    }

    /** Starts the process; an exit is not restarted until {@link #supervise} is called. */
    public static SupervisedProcess start(ProcessSpec spec) {
        SupervisedProcess supervised = new SupervisedProcess(spec);
        synchronized (supervised) {
            try {
                supervised.launch();
            } catch (IOException e) {
                throw new ProcessFailure(spec.name() + " could not be started: " + e.getMessage());
            }
        }
        return supervised;
    }

    /**
     * From now on an exit that was not asked for ({@link #stop}) is a crash: the process is started
     * again after the policy's back-off, or left down when it crashed too often. A process that
     * already exited is handled as if it crashed now.
     */
    public synchronized SupervisedProcess supervise(RestartPolicy policy, SupervisionListener listener) {
        this.policy = policy;
        this.listener = listener;
        if (state == State.EXITED) {
            crashed(lastExitCode);
        }
        return this;
    }

    public String name() {
        return spec.name();
    }

    public ProcessSpec spec() {
        return spec;
    }

    public synchronized State state() {
        return state;
    }

    /** The running JVM's pid; empty while it is down. */
    public synchronized OptionalLong pid() {
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** How many times it was started again after a crash. */
    public synchronized int restarts() {
        return restarts;
    }

    /** The exit code of the last exit, or 0 while none. */
    public synchronized int lastExitCode() {
        return lastExitCode;
    }

    /**
     * Sends {@code signal} to the running JVM, as an operator's {@code kill -s} would; an exit that
     * follows is a crash like any other. Does nothing while it is down.
     */
    public void kill(Signal signal) {
        OptionalLong pid = pid();
        if (pid.isEmpty()) {
            return;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal.name(), Long.toString(pid.getAsLong()))
                    .redirectErrorStream(true)
                    .start();
            kill.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new ProcessFailure("cannot send " + signal + " to " + name() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code /actuator/health} answers UP, through back-off and restarts while it is supervised. */
    public void awaitHealthy(Duration timeout) {
        awaitAnswer("/actuator/health", "\"UP\"", timeout);
    }

    /**
     * Waits until {@code path} answers 200 with {@code expected} in its body. Fails with the log's last
     * error when the process exits unsupervised, is left down or stopped, or when time runs out.
     */
    public void awaitAnswer(String path, String expected, Duration timeout) {
        new HealthWait(this, path, expected).await(timeout);
    }

    /** Spring Boot's failure description when the current run printed one, else its last line that looks like an error. */
    public String lastError() {
        long start;
        synchronized (this) {
            start = logStart;
        }
        return LogTail.lastError(spec.log(), start);
    }

    /** Asks the process to shut down gracefully, then insists; it is not started again. */
    public void stop() {
        Process running;
        synchronized (this) {
            state = State.STOPPED;
            if (pendingRestart != null) {
                pendingRestart.cancel(false);
            }
            running = process;
        }
        if (running == null || !running.isAlive()) {
            deletePidFile();
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(20, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deletePidFile();
    }

    private void launch() throws IOException {
        Files.createDirectories(spec.logDirectory());
        ProcessBuilder builder = new ProcessBuilder(spec.command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.log().toFile()));
        builder.environment().putAll(spec.environment(restarts));
        logStart = Files.exists(spec.log()) ? Files.size(spec.log()) : 0;
        Process started = builder.start();
        process = started;
        state = State.RUNNING;
        Files.writeString(spec.pidFile(), Long.toString(started.pid()));
        started.onExit().thenRun(() -> exited(started));
    }

    private synchronized void exited(Process exited) {
        if (exited != process) {
            return;
        }
        lastExitCode = exited.exitValue();
        if (state == State.STOPPED) {
            return;
        }
        if (policy == null) {
            state = State.EXITED;
            return;
        }
        crashed(lastExitCode);
    }

    private void crashed(int exitCode) {
        long now = System.nanoTime();
        crashes.addLast(now);
        while (now - crashes.peekFirst() > policy.window().toNanos()) {
            crashes.removeFirst();
        }
        if (policy.givesUp(crashes.size())) {
            state = State.GAVE_UP;
            deletePidFile();
            listener.gaveUp(this, exitCode, crashes.size(), policy.window());
            return;
        }
        state = State.BACKING_OFF;
        Duration backOff = policy.backOff(crashes.size());
        listener.crashed(this, exitCode, backOff);
        pendingRestart = RESTARTS.schedule(() -> restart(exitCode), backOff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void restart(int exitCode) {
        if (state != State.BACKING_OFF || shuttingDown()) {
            return;
        }
        restarts++;
        try {
            launch();
        } catch (IOException e) {
            crashed(-1);
            return;
        }
        listener.restarted(this, exitCode, restarts);
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(spec.pidFile());
        } catch (IOException e) {
            // stale pid files are harmless: the next start overwrites them
        }
    }

    /** A JVM that is shutting down (Ctrl-C reaches every process of the terminal) starts nothing new. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    synchronized boolean isDownForGood() {
        return state == State.GAVE_UP || state == State.STOPPED || state == State.EXITED;
    }

    synchronized String describeExit() {
        return switch (state) {
            case GAVE_UP -> "was left down after crashing (last exit code " + lastExitCode + ")";
            case STOPPED -> "was stopped";
            default -> "stopped while starting (exit code " + lastExitCode + ")";
        };
    }
}
