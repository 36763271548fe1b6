package org.gongkai.query.report;

/** One check of DOMAIN.md §6.9 (ERROR) or §6.10 (WARNING) computed from the numbers of the report. */
public record Check(String code, Severity severity, boolean passed, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }
}
