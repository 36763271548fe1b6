package org.gongkai.query.proactive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "regulatory_document")
class RegulatoryDocumentEntity {

    @Id
    @Column(name = "document_id")
    private String documentId;

    @Column(name = "agency_id")
    private String agencyId;

    private String kind;
    private String title;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "repealed_on")
    private LocalDate repealedOn;

    protected RegulatoryDocumentEntity() {}

    RegulatoryDocumentEntity(
            String documentId, String agencyId, String kind, String title, String documentNumber, LocalDate issuedOn) {
        this.documentId = documentId;
        this.agencyId = agencyId;
        this.kind = kind;
        this.title = title;
        this.documentNumber = documentNumber;
        this.issuedOn = issuedOn;
    }

    void repeal(LocalDate on) {
        this.repealedOn = on;
    }
}
