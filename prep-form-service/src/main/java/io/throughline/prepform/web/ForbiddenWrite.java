package io.throughline.prepform.web;

/** A write naming another person than the caller, such as a client creating another client's form (403). */
class ForbiddenWrite extends RuntimeException {

    ForbiddenWrite(String detail) {
        super(detail);
    }
}
