package org.whosaid.analysis.engine.align;

import java.util.List;

import org.whosaid.analysis.engine.model.Span;

/**
 * The words two renderings share, as character spans of each quote (Java String indices, end exclusive, in text
 * order): {@code a} in the first rendering's quote, {@code b} in the second's. Made by {@link SharedWords}.
 */
public record SharedSpans(List<Span> a, List<Span> b) {
    public static final SharedSpans NONE = new SharedSpans(List.of(), List.of());

    public SharedSpans {
        a = a == null ? List.of() : List.copyOf(a);
        b = b == null ? List.of() : List.copyOf(b);
    }
}
