package org.whosaid.analysis.rest;

/** Every 4xx/5xx body: a short code and a sentence. */
public record ErrorJson(String error, String detail) {
}
