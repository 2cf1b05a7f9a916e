package io.throughline.session.query.list;

import io.throughline.session.query.SessionView;
import java.util.List;

/** One page of sessions, newest scheduled start first; {@code page} is 0-based, {@code total} counts every match. */
public record SessionPage(List<SessionView> items, int page, int size, long total) {

    public SessionPage {
        items = List.copyOf(items);
    }
}
