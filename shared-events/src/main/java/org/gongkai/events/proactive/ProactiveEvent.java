package org.gongkai.events.proactive;

/**
 * A fact counted in table 二 (proactive disclosure). Regulatory documents are streams of their own, keyed by
 * {@code documentId}; tallies and administrative fees are recorded on the agency's stream.
 */
public sealed interface ProactiveEvent
        permits RegulatoryDocumentIssued,
                RegulatoryDocumentRepealed,
                DecisionTallyRecorded,
                AdministrativeFeesRecorded {
    String agencyId();
}
