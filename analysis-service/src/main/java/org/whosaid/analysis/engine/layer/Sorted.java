package org.whosaid.analysis.engine.layer;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over the engine's layers, which are kept in text order (cues, mentions by token). */
public final class Sorted {
    private Sorted() {
    }

    /** The index of the first element whose key is ≥ {@code value} ({@code list.size()} when none is). */
    public static <T> int firstAtOrAfter(List<T> list, ToIntFunction<T> key, int value) {
        int lo = 0, hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(list.get(mid)) < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
