package org.whosaid.analysis.engine.align;

/** Word-level diff op between a reference rendering and another: kind = equal | insert | delete | replace. */
public record DiffOp(String kind, String reference, String other) {
}
