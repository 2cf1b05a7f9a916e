package io.throughline.localstack;

/** Why the platform could not start, in one line for the person at the terminal. */
final class StartupFailure extends RuntimeException {

    StartupFailure(String reason) {
        super(reason);
    }
}
