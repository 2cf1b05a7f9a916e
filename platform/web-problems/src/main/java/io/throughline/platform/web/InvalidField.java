package io.throughline.platform.web;

/** One invalid field of a request: its path in the body (or the parameter's name) and what is wrong. */
public record InvalidField(String field, String message) {}
