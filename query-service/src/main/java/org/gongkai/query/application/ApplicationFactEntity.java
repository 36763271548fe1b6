package org.gongkai.query.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One recorded fact of an application, kept as its contract JSON for the application view. */
@Entity
@Table(name = "application_fact")
@IdClass(ApplicationFactEntity.Key.class)
class ApplicationFactEntity {

    record Key(String applicationId, long sequenceNo) implements Serializable {
        Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "application_id")
    private String applicationId;

    @Id
    @Column(name = "sequence_no")
    private long sequenceNo;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    private String payload;

    protected ApplicationFactEntity() {}

    ApplicationFactEntity(
            String applicationId,
            long sequenceNo,
            String eventType,
            Instant recordedAt,
            String recordedBy,
            String payload) {
        this.recordedBy = recordedBy;
        this.applicationId = applicationId;
        this.sequenceNo = sequenceNo;
        this.eventType = eventType;
        this.recordedAt = recordedAt;
        this.payload = payload;
    }

    String applicationId() {
        return applicationId;
    }

    long sequenceNo() {
        return sequenceNo;
    }

    String eventType() {
        return eventType;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    /** Who recorded the fact; null for facts recorded before sign-in existed. */
    String recordedBy() {
        return recordedBy;
    }

    String payload() {
        return payload;
    }
}
