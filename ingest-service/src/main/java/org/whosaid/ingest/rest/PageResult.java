package org.whosaid.ingest.rest;

import java.util.List;

/** A page of a list: items, total, page (0-based), size. */
public record PageResult<T>(List<T> items, long total, int page, int size) {
}
