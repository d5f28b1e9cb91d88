package org.whosaid.ingest.service;

/** A client error with an HTTP status, a short code and a sentence saying what is wrong. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String error;

    public ApiException(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }

    public static ApiException badRequest(String error, String detail) {
        return new ApiException(400, error, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", detail);
    }
}
