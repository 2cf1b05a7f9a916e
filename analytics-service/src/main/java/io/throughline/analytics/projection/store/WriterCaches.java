package io.throughline.analytics.projection.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bounded memory of {@link ProjectionWriter}: what it wrote last, so that it need not read it again. */
final class WriterCaches {

    private WriterCaches() {}

    /** Puts what the cache holds of the keys into {@code found}; the keys it does not hold. */
    static <V> List<String> held(Map<String, V> cache, Collection<String> keys, Map<String, V> found) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            V value = cache.get(key);
            if (value != null) {
                found.put(key, value);
            } else {
                missing.add(key);
            }
        }
        return missing;
    }

    static <V> Map<String, V> lru(int maxEntries) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }
}
