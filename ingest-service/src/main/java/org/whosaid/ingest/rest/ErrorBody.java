package org.whosaid.ingest.rest;

/** Every 4xx/5xx body: a short code and a sentence. */
public record ErrorBody(String error, String detail) {
}
