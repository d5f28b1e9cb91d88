package org.whosaid.analysis.service;

/** An error with an HTTP status and a JSON body {error, detail}; thrown by services and resources. */
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

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", detail);
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "too-large", detail);
    }
}
