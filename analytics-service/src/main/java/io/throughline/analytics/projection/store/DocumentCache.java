package io.throughline.analytics.projection.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents a writer wrote last, least recently used dropped first. Sound only because the
 * writer is the one writer of these documents; it is cleared whenever that may not hold (a failed
 * batch, partitions moving, another generation).
 */
final class DocumentCache<T> {

    private final Map<String, T> documents;

    DocumentCache(int capacity) {
        this.documents = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > capacity;
            }
        };
    }

    T get(String id) {
        return documents.get(id);
    }

    void put(String id, T document) {
        documents.put(id, document);
    }

    void clear() {
        documents.clear();
    }
}
