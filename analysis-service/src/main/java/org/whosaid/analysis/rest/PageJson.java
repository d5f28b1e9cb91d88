package org.whosaid.analysis.rest;

import java.util.List;

/** Every list answers {items, total, page, size}. */
public record PageJson<T>(List<T> items, long total, int page, int size) {
}
