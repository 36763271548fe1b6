package org.gongkai.query.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.report.EntityTags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rendered reports (CONTRACT.md §3): HTML when the client asks for text/html on the JSON address, DOCX and
 * CSV at the same address with a file extension. Downloads are named after the report's title.
 */
@RestController
class DocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/api/agencies/{agencyId}/reports/{year}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> annualHtml(
            @PathVariable String agencyId,
            @PathVariable int year,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        Layout layout = AnnualLayout.of(documents.annual(agencyId, year, AgencyTree.Scope.parse(scope), version, asOf));
        return html(HtmlRenderer.render(layout));
    }

    @GetMapping("/api/agencies/{agencyId}/reports/{year}.docx")
    ResponseEntity<byte[]> annualDocx(
            @PathVariable String agencyId,
            @PathVariable int year,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        Sources.Annual source = documents.annual(agencyId, year, AgencyTree.Scope.parse(scope), version, asOf);
        return download(
                DOCX,
                AnnualLayout.title(source.agencyName(), year),
                "report-" + agencyId + "-" + year,
                "docx",
                DocxRenderer.render(AnnualLayout.of(source)));
    }

    @GetMapping("/api/agencies/{agencyId}/reports/{year}.csv")
    ResponseEntity<byte[]> annualCsv(
            @PathVariable String agencyId,
            @PathVariable int year,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        Sources.Annual source = documents.annual(agencyId, year, AgencyTree.Scope.parse(scope), version, asOf);
        return download(
                CSV,
                AnnualLayout.title(source.agencyName(), year),
                "report-" + agencyId + "-" + year,
                "csv",
                CsvRenderer.annual(source));
    }

    @GetMapping(path = "/api/agencies/{agencyId}/statistics", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> quarterlyHtml(
            @PathVariable String agencyId,
            @RequestParam int year,
            @RequestParam int quarter,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        Layout layout = StatisticsLayout.of(
                documents.quarterly(agencyId, year, quarter, AgencyTree.Scope.parse(scope), version, asOf));
        return html(HtmlRenderer.render(layout));
    }

    @GetMapping("/api/agencies/{agencyId}/statistics.docx")
    ResponseEntity<byte[]> quarterlyDocx(
            @PathVariable String agencyId,
            @RequestParam int year,
            @RequestParam int quarter,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        Sources.Quarterly source =
                documents.quarterly(agencyId, year, quarter, AgencyTree.Scope.parse(scope), version, asOf);
        return download(
                DOCX,
                StatisticsLayout.title(source.agencyName(), year, quarter),
                "statistics-" + agencyId + "-" + year + "-q" + quarter,
                "docx",
                DocxRenderer.render(StatisticsLayout.of(source)));
    }

    @GetMapping("/api/agencies/{agencyId}/statistics.csv")
    ResponseEntity<byte[]> quarterlyCsv(
            @PathVariable String agencyId,
            @RequestParam int year,
            @RequestParam int quarter,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String asOf) {
        Sources.Quarterly source =
                documents.quarterly(agencyId, year, quarter, AgencyTree.Scope.parse(scope), version, asOf);
        return download(
                CSV,
                StatisticsLayout.title(source.agencyName(), year, quarter),
                "statistics-" + agencyId + "-" + year + "-q" + quarter,
                "csv",
                CsvRenderer.quarterly(source));
    }

    /** The page with its entity tag: a matching {@code If-None-Match} is answered 304 without the page. */
    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok()
                .contentType(HTML)
                .eTag(EntityTags.of(page.getBytes(StandardCharsets.UTF_8)))
                .body(page);
    }

    /**
     * An attachment named after the title (RFC 6266 {@code filename*}, UTF-8), with an ASCII {@code filename}
     * for clients that do not read the encoded form.
     */
    private static ResponseEntity<byte[]> download(
            MediaType type, String title, String asciiName, String extension, byte[] body) {
        String fallback = asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
        String encoded = URLEncoder.encode(title + "." + extension, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(EntityTags.of(body))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded)
                .body(body);
    }
}
