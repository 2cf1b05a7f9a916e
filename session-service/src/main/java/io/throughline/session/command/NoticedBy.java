package io.throughline.session.command;

/** Who called attention to a topic shift. */
public enum NoticedBy {
    COACH,
    CLIENT
}
