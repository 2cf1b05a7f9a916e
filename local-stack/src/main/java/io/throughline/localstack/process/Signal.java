package io.throughline.localstack.process;

/** The POSIX signals a fault suite sends a process, by the name {@code kill -s} takes. */
public enum Signal {
    /** Ends the process at once (exit code 137); it cannot clean up. */
    KILL,
    /** Asks the process to shut down (exit code 143, or 0 after a graceful shutdown). */
    TERM,
    /** Freezes the process, as a long GC pause or a stalled disk would; {@link #CONT} thaws it. */
    STOP,
    CONT
}
