package org.gongkai.query.proactive;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agencies/{id}/regulatory-documents}: the agency's rules and normative documents, those in force
 * first, so that the web UI can offer a document to repeal by its title instead of asking staff for an id.
 */
@RestController
class RegulatoryDocumentController {

    record DocumentView(
            String documentId,
            String kind,
            String title,
            String documentNumber,
            LocalDate issuedOn,
            LocalDate repealedOn) {}

    private final JdbcTemplate jdbc;

    RegulatoryDocumentController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/agencies/{agencyId}/regulatory-documents")
    List<DocumentView> documents(@PathVariable String agencyId) {
        return jdbc.query(
                """
                select document_id, kind, title, document_number, issued_on, repealed_on
                from regulatory_document where agency_id = ?
                order by repealed_on is not null, issued_on desc, document_id
                """,
                (rs, n) -> new DocumentView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)),
                agencyId);
    }
}
