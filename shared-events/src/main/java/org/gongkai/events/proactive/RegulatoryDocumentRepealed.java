package org.gongkai.events.proactive;

import java.time.LocalDate;

/**
 * A regulatory document was repealed (废止) and is no longer in force from {@code repealedOn}.
 *
 * <p>Version 1.
 */
public record RegulatoryDocumentRepealed(String documentId, String agencyId, LocalDate repealedOn)
        implements ProactiveEvent {}
