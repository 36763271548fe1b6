package org.gongkai.events.review;

/**
 * A fact about a reconsideration (行政复议) or lawsuit (行政诉讼) about disclosure in which an agency is the
 * respondent (table 四). Each case is its own stream, keyed by {@code caseId}.
 */
public sealed interface ReviewEvent
        permits ReconsiderationFiled, ReconsiderationConcluded, LawsuitFiled, LawsuitConcluded {
    String caseId();
}
