package org.gongkai.query.supervision;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.security.ReadScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 督办 over the subtree of {@code agencyId}: rows for the agencies the caller may read (a supervisor their subtree, a
 * clerk their own agency; the path itself is checked by the scope interceptor), the applications behind a figure,
 * and CSV/XLSX exports. The period defaults to 1 January of this year through today.
 */
@RestController
class SupervisionController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SupervisionReader reader;
    private final AgencyTree tree;
    private final ReadScope scope;
    private final Clock clock;

    SupervisionController(SupervisionReader reader, AgencyTree tree, ReadScope scope, Clock clock) {
        this.reader = reader;
        this.tree = tree;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/api/agencies/{agencyId}/supervision")
    public Supervision table(
            @PathVariable String agencyId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Period period = period(from, to);
        return reader.table(agencyId, agencies(agencyId, null), period.from, period.to, period.today);
    }

    /** The applications behind the figures; {@code category} and {@code agency} (one agency of the subtree) narrow it. */
    @GetMapping("/api/agencies/{agencyId}/supervision/applications")
    public List<Supervision.Item> applications(
            @PathVariable String agencyId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String agency) {
        Period period = period(from, to);
        Category wanted = category(category);
        return reader.items(agencies(agencyId, agency), period.from, period.to, period.today).stream()
                .filter(item -> wanted == null || item.category() == wanted)
                .toList();
    }

    @GetMapping("/api/agencies/{agencyId}/supervision.csv")
    public ResponseEntity<byte[]> csv(
            @PathVariable String agencyId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return export(agencyId, from, to, "csv");
    }

    @GetMapping("/api/agencies/{agencyId}/supervision.xlsx")
    public ResponseEntity<byte[]> xlsx(
            @PathVariable String agencyId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return export(agencyId, from, to, "xlsx");
    }

    private ResponseEntity<byte[]> export(String agencyId, String from, String to, String format) {
        Period period = period(from, to);
        List<String> agencies = agencies(agencyId, null);
        Supervision table = reader.table(agencyId, agencies, period.from, period.to, period.today);
        List<Supervision.Item> items = reader.items(agencies, period.from, period.to, period.today);
        String title = SupervisionExport.title(table, tree.name(agencyId));
        var summary = SupervisionExport.summary(table);
        var lines = SupervisionExport.items(items, tree::name);
        boolean csv = format.equals("csv");
        byte[] body =
                csv ? SupervisionExport.csv(title, summary, lines) : SupervisionExport.xlsx(title, summary, lines);
        String file = "督办-" + period.from + "-" + period.to + "." + format;
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    private List<String> agencies(String agencyId, String only) {
        LocalDate today = LocalDate.now(clock);
        List<String> subtree = tree.covered(agencyId, AgencyTree.Scope.SUBTREE, today);
        if (only != null && !only.isBlank() && !subtree.contains(only)) {
            throw new InvalidParameter("agency", "must be an agency of the subtree of '" + agencyId + "'", only);
        }
        Predicate<String> readable = scope.readable();
        return subtree.stream()
                .filter(readable)
                .filter(id -> only == null || only.isBlank() || id.equals(only))
                .toList();
    }

    private record Period(LocalDate from, LocalDate to, LocalDate today) {}

    private Period period(String from, String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = date("from", from, today.withDayOfYear(1));
        LocalDate last = date("to", to, today);
        if (last.isBefore(first)) {
            throw new InvalidParameter("to", "must not be before 'from' (" + first + ")", to);
        }
        if (first.plusYears(5).isBefore(last)) {
            throw new InvalidParameter("to", "the period may span at most five years", to);
        }
        return new Period(first, last, today);
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(field, "must be a date YYYY-MM-DD", value);
        }
    }

    private static Category category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(
                    "category", "must be one of DUE_SOON, OVERDUE_OPEN, ANSWERED_LATE, ANSWERED_ON_TIME", value);
        }
    }
}
