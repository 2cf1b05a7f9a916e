package io.throughline.prepform.command;

public enum PrepFormStatus {
    REQUESTED,
    DRAFT,
    SUBMITTED,
    MISSED
}
