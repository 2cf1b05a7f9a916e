package io.throughline.localstack.process;

import java.time.Duration;

/** What a supervised process tells about itself; every method has a default that does nothing. Called on the supervisor's threads. */
public interface SupervisionListener {

    /** It exited without being asked to, and will be started again after {@code backOff}. */
    default void crashed(SupervisedProcess process, int exitCode, Duration backOff) {}

    /** It was started again after exiting with {@code exitCode}; {@code restarts} counts every restart so far. */
    default void restarted(SupervisedProcess process, int exitCode, int restarts) {}

    /** It crashed {@code crashes} times within the policy's window and is left down. */
    default void gaveUp(SupervisedProcess process, int exitCode, int crashes, Duration window) {}
}
