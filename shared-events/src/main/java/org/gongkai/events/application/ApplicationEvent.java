package org.gongkai.events.application;

/** A fact about one disclosure application (the Application stream, keyed by {@code applicationId}). */
public sealed interface ApplicationEvent
        permits ApplicationReceived,
                DecisionRecorded,
                DecisionCorrected,
                ApplicationWithdrawn,
                SupplementRequested,
                SupplementReceived,
                ExtensionGranted,
                ConsultationStarted,
                ConsultationEnded,
                ProcessingFeeNoticeIssued,
                ProcessingFeePaid,
                AnswerDeferred {
    String applicationId();
}
