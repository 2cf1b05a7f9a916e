package io.throughline.platform.web;

import java.io.IOException;

/** A request body longer than the limit; thrown while the body is read, answered with 413. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
