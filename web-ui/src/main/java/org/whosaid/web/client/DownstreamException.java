package org.whosaid.web.client;

/**
 * A call to the ingest- or analysis-service failed. {@code status} is the HTTP status the service answered, or 0 when
 * it could not be reached at all (down, refused, timed out).
 */
public class DownstreamException extends RuntimeException {
    private final String service;
    private final int status;
    private final String error;
    private final String detail;

    public DownstreamException(String service, int status, String error, String detail, Throwable cause) {
        super(service + " answered " + (status == 0 ? "nothing" : String.valueOf(status)) + ": " + detail, cause);
        this.service = service;
        this.status = status;
        this.error = error;
        this.detail = detail;
    }

    public String service() { return service; }
    public int status() { return status; }
    public String error() { return error; }
    public String detail() { return detail; }
    public boolean unreachable() { return status == 0 || status == 502 || status == 503 || status == 504; }
    public boolean notFound() { return status == 404; }
}
