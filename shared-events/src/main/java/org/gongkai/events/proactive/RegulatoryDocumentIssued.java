package org.gongkai.events.proactive;

import java.time.LocalDate;

/**
 * The agency issued a rule (规章) or normative document (行政规范性文件); it is in force from {@code issuedOn}.
 *
 * <p>Version 1.
 */
public record RegulatoryDocumentIssued(
        String documentId, String agencyId, DocumentKind kind, String title, String documentNumber, LocalDate issuedOn)
        implements ProactiveEvent {}
