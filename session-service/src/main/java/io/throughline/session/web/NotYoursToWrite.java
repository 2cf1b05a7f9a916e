package io.throughline.session.web;

/** A write naming another person than the caller (a coach scheduling for another coach): 403. */
class NotYoursToWrite extends RuntimeException {

    NotYoursToWrite(String message) {
        super(message);
    }
}
