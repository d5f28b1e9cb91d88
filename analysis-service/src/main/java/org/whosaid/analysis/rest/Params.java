package org.whosaid.analysis.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.whosaid.analysis.service.ApiException;
import org.whosaid.analysis.service.PageRules;

/** Query parameter parsing with 400 answers. */
public final class Params {
    private Params() {
    }

    /** ISO date-time with offset, or a date (start of day UTC; {@code end} = end of that day). */
    static OffsetDateTime time(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                LocalDate d = LocalDate.parse(value.strip());
                return end ? d.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusNanos(1000)
                        : d.atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw ApiException.badRequest(name + " must be a date (2026-01-22) or an ISO date-time with offset");
            }
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + " must be true or false");
        };
    }

    /** A whole number in int range, or null when absent; 400 naming the parameter otherwise. */
    public static Integer integer(String name, String value) {
        return PageRules.integer(name, value);
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number");
        }
    }

    static String text(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest(name + " is longer than " + max + " characters");
        }
        return value;
    }
}
