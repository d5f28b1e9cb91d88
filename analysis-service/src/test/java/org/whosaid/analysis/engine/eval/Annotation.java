package org.whosaid.analysis.engine.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One statement as the metric sees it: its type and medium and, per role, the set of document token indices.
 *
 * @param type   Direct, Indirect, FreeIndirect, IndirectFreeIndirect or Reported
 * @param medium Speech, Writing, Thought or a gnqa pair such as SW (may be null)
 * @param label  what produced it, for error analysis: the extractor rule, or "gold#id"
 * @param source the object it was made from (a Statement or the gold annotation's index), may be null
 */
public record Annotation(String type, String medium, Map<Role, Set<Integer>> tokens, String label, Object source) {
    public Annotation {
        EnumMap<Role, Set<Integer>> copy = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            Set<Integer> s = tokens == null ? null : tokens.get(r);
            copy.put(r, s == null ? Collections.emptySet() : Collections.unmodifiableSet(new TreeSet<>(s)));
        }
        tokens = Collections.unmodifiableMap(copy);
    }

    public Set<Integer> role(Role r) {
        return tokens.get(r);
    }

    public int size() {
        int n = 0;
        for (Set<Integer> s : tokens.values()) n += s.size();
        return n;
    }
}
