package org.gongkai.query.worklist;

import java.util.Locale;
import java.util.Map;
import org.gongkai.query.agency.InvalidParameter;

/**
 * One view of the worklist as the URL names it: which applications ({@code status}, a search {@code q}, one
 * agency of the subtree), in which order ({@code sort}, {@code dir}) and which page of how many rows. Every value is
 * checked here, and the sort key is mapped to a fixed SQL expression, so nothing from the URL reaches the SQL text.
 */
record WorklistQuery(boolean open, String q, String sortKey, boolean descending, int page, int size) {

    static final int MAX_SIZE = 200;
    static final int MAX_QUERY_LENGTH = 100;

    /** Sort keys of the API and the SQL they order by; ties fall back to receipt date and id. */
    static final Map<String, String> SORTS = Map.ofEntries(
            Map.entry("caseNumber", "w.case_number"),
            Map.entry("receivedOn", "a.received_on"),
            Map.entry("subject", "w.subject"),
            Map.entry("applicantType", "a.applicant_type"),
            Map.entry("channel", "a.channel"),
            Map.entry("state", "state"),
            Map.entry("dueOn", "a.due_on"),
            Map.entry("workingDaysLeft", "a.due_on"),
            Map.entry("supplementDueOn", "w.supplement_due_on"),
            Map.entry("paymentDueOn", "w.payment_due_on"),
            Map.entry("agency", "ag.name"),
            Map.entry("closedOn", "a.closed_on"));

    static WorklistQuery parse(String status, String q, String sort, String dir, String page, String size) {
        boolean open = switch (status == null ? "open" : status.toLowerCase(Locale.ROOT)) {
            case "open" -> true;
            case "closed" -> false;
            default -> throw new InvalidParameter("status", "must be 'open' or 'closed'", status);
        };
        String search = q == null ? "" : q.strip();
        if (search.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameter("q", "at most " + MAX_QUERY_LENGTH + " characters", search);
        }
        String key = sort == null || sort.isBlank() ? (open ? "dueOn" : "closedOn") : sort;
        if (!SORTS.containsKey(key)) {
            throw new InvalidParameter("sort", "must be one of " + String.join(", ", SORTS.keySet()), sort);
        }
        boolean descending = switch (dir == null || dir.isBlank() ? (open ? "asc" : "desc") : dir) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidParameter("dir", "must be 'asc' or 'desc'", dir);
        };
        return new WorklistQuery(
                open,
                search,
                key,
                descending,
                number("page", page, 1, 1, Integer.MAX_VALUE),
                number("size", size, 50, 1, MAX_SIZE));
    }

    private static int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below like a number out of range
        }
        throw new InvalidParameter(field, "must be a whole number from " + min + " to " + max, value);
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return SORTS.get(sortKey) + direction + " nulls last, a.received_on" + direction + ", a.application_id"
                + direction;
    }

    /** The search as a LIKE pattern: the user's {@code %} and {@code _} are literal characters. */
    String likePattern() {
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    long offset() {
        return (long) (page - 1) * size;
    }
}
