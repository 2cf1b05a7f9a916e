package io.throughline.localstack.process;

/** A supervised process that did not come up, or stopped while it was awaited, in one line saying why. */
public final class ProcessFailure extends RuntimeException {

    public ProcessFailure(String reason) {
        super(reason);
    }
}
