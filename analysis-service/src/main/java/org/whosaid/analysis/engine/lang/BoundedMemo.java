package org.whosaid.analysis.engine.lang;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of a word (a dictionary look-up, a normal form) so that the words a
 * text repeats ("sagte", "Regierung", "Mira Falkenberg" in every paragraph) are looked up once. Bounded: at
 * {@code capacity} entries it forgets everything and starts again, so memory stays flat over any number of texts.
 * Thread-safe; the function must give the same answer for the same key every time (then the memo changes no result)
 * and never null (wrap an answer that may be missing in an {@code Optional}).
 * Example: {@code new BoundedMemo<String, String>(1000, w -> w.toLowerCase(Locale.ROOT)).get("Falkenberg")}.
 */
public final class BoundedMemo<K, V> {
    private final Map<K, V> map = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<K, V> function;

    public BoundedMemo(int capacity, Function<K, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    /** the function's answer for {@code key}, computed at most once while remembered */
    public V get(K key) {
        V v = map.get(key);
        if (v == null) {
            v = function.apply(key);
            if (map.size() >= capacity) map.clear();
            map.put(key, v);
        }
        return v;
    }
}
