package org.gongkai.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.events.agency.AgencyClosed;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.AgencyRenamed;
import org.gongkai.events.agency.LetterSettingsSet;
import org.gongkai.events.agency.QuarterlyDeadlineSet;
import org.gongkai.events.application.AnswerDeferred;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.ConsultationEnded;
import org.gongkai.events.application.ConsultationStarted;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.application.SupplementReceived;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.events.letter.LetterNumberAllocated;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.events.report.NarrativeDrafted;
import org.gongkai.events.report.QuarterlyStatisticsSubmitted;
import org.gongkai.events.report.ReportPublished;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.events.user.UserDisabled;
import org.gongkai.events.user.UserEnabled;
import org.gongkai.events.user.UserPasswordChanged;
import org.gongkai.events.user.UserReassigned;
import org.gongkai.events.user.UserRegistered;

/**
 * Every event type of the contract with its logical name and current version. Producers write the name and
 * version into Kafka headers; consumers read the record type back from them. A new version of a type means a new
 * golden file and an upcaster; a change of meaning means a new type (see docs/event-catalogue.md).
 */
public final class EventCatalogue {

    private static final List<EventType> TYPES = List.of(
            type("AgencyRegistered", "Agency", AgencyRegistered.class),
            type("AgencyRenamed", "Agency", AgencyRenamed.class),
            type("AgencyMoved", "Agency", AgencyMoved.class),
            type("AgencyClosed", "Agency", AgencyClosed.class),
            type("QuarterlyDeadlineSet", "Agency", QuarterlyDeadlineSet.class),
            type("ApplicationReceived", "Application", ApplicationReceived.class),
            type("DecisionRecorded", "Application", DecisionRecorded.class),
            type("DecisionCorrected", "Application", DecisionCorrected.class),
            type("ApplicationWithdrawn", "Application", ApplicationWithdrawn.class),
            type("SupplementRequested", "Application", SupplementRequested.class),
            type("SupplementReceived", "Application", SupplementReceived.class),
            type("ExtensionGranted", "Application", ExtensionGranted.class),
            type("ConsultationStarted", "Application", ConsultationStarted.class),
            type("ConsultationEnded", "Application", ConsultationEnded.class),
            type("ProcessingFeeNoticeIssued", "Application", ProcessingFeeNoticeIssued.class),
            type("ProcessingFeePaid", "Application", ProcessingFeePaid.class),
            type("AnswerDeferred", "Application", AnswerDeferred.class),
            type("ReconsiderationFiled", "Reconsideration", ReconsiderationFiled.class),
            type("ReconsiderationConcluded", "Reconsideration", ReconsiderationConcluded.class),
            type("LawsuitFiled", "Lawsuit", LawsuitFiled.class),
            type("LawsuitConcluded", "Lawsuit", LawsuitConcluded.class),
            type("RegulatoryDocumentIssued", "RegulatoryDocument", RegulatoryDocumentIssued.class),
            type("RegulatoryDocumentRepealed", "RegulatoryDocument", RegulatoryDocumentRepealed.class),
            type("DecisionTallyRecorded", "Agency", DecisionTallyRecorded.class),
            type("AdministrativeFeesRecorded", "Agency", AdministrativeFeesRecorded.class),
            type("NarrativeDrafted", "Report", NarrativeDrafted.class),
            type("ReportPublished", "Report", ReportPublished.class),
            type("QuarterlyStatisticsSubmitted", "Report", QuarterlyStatisticsSubmitted.class),
            type("UserRegistered", "User", UserRegistered.class),
            // branch users (issue 20)
            type("UserReassigned", "User", UserReassigned.class),
            type("UserDisabled", "User", UserDisabled.class),
            type("UserEnabled", "User", UserEnabled.class),
            type("UserPasswordChanged", "User", UserPasswordChanged.class),
            // branch letters (issue 16)
            type("LetterSettingsSet", "Agency", LetterSettingsSet.class),
            type("LetterNumberAllocated", "LetterRegister", LetterNumberAllocated.class));

    private static final Map<String, EventType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, EventType> BY_CLASS = new LinkedHashMap<>();

    static {
        for (EventType type : TYPES) {
            BY_NAME.put(type.name(), type);
            BY_CLASS.put(type.javaType(), type);
        }
    }

    private EventCatalogue() {}

    private static EventType type(String name, String stream, Class<? extends Record> javaType) {
        return new EventType(name, 1, stream, javaType);
    }

    public static List<EventType> all() {
        return TYPES;
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Optional<EventType> byClass(Class<?> javaType) {
        return Optional.ofNullable(BY_CLASS.get(javaType));
    }
}
