package org.gongkai.query.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;

/** The current state of one application (no applicant data: the events carry none). */
@Entity
@Table(name = "application")
class ApplicationEntity {

    @Id
    @Column(name = "application_id")
    private String applicationId;

    @Column(name = "agency_id")
    private String agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type")
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ApplicationEntity() {}

    ApplicationEntity(ApplicationFacts facts, Instant recordedAt) {
        this.applicationId = facts.applicationId();
        this.recordedAt = recordedAt;
        update(facts);
    }

    ApplicationFacts facts() {
        return new ApplicationFacts(
                applicationId, agencyId, applicantType, channel, receivedOn, dueOn, outcome, closedOn);
    }

    void update(ApplicationFacts facts) {
        this.agencyId = facts.agencyId();
        this.applicantType = facts.applicantType();
        this.channel = facts.channel();
        this.receivedOn = facts.receivedOn();
        this.dueOn = facts.dueOn();
        this.outcome = facts.outcome();
        this.closedOn = facts.closedOn();
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String applicationId() {
        return applicationId;
    }
}
