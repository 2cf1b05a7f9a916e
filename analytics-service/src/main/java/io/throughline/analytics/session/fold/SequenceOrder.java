package io.throughline.analytics.session.fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Keeps merged facts in sequence order: the lowest sequence wins, lists stay sorted by sequence. */
final class SequenceOrder {

    private SequenceOrder() {}

    static <T> T lowest(T existing, T candidate, ToLongFunction<T> seq) {
        return existing == null || seq.applyAsLong(candidate) < seq.applyAsLong(existing) ? candidate : existing;
    }

    static <T> List<T> keyed(List<T> facts, T candidate, Function<T, String> key, ToLongFunction<T> seq) {
        List<T> result = new ArrayList<>(facts.size() + 1);
        boolean replaced = false;
        for (T fact : facts) {
            if (Objects.equals(key.apply(fact), key.apply(candidate))) {
                result.add(lowest(fact, candidate, seq));
                replaced = true;
            } else {
                result.add(fact);
            }
        }
        if (!replaced) {
            result.add(candidate);
        }
        result.sort(Comparator.comparingLong(seq));
        return result;
    }

    static <T> List<T> sortedBySeq(List<T> facts, T candidate, ToLongFunction<T> seq) {
        List<T> result = new ArrayList<>(facts);
        result.add(candidate);
        result.sort(Comparator.comparingLong(seq));
        return result;
    }

    static List<Long> sortedWith(List<Long> sequences, long seq) {
        List<Long> result = new ArrayList<>(sequences);
        result.add(seq);
        result.sort(null);
        return result;
    }
}
