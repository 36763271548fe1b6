package org.gongkai.query.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "agency")
class AgencyEntity {

    @Id
    @Column(name = "agency_id")
    private String agencyId;

    private String name;

    @Column(name = "parent_agency_id")
    private String parentAgencyId;

    private String level;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected AgencyEntity() {}

    AgencyEntity(String agencyId, String name, String parentAgencyId, String level) {
        this.agencyId = agencyId;
        this.name = name;
        this.parentAgencyId = parentAgencyId;
        this.level = level;
    }

    String agencyId() {
        return agencyId;
    }

    String name() {
        return name;
    }

    String parentAgencyId() {
        return parentAgencyId;
    }

    String level() {
        return level;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void moveUnder(String newParent) {
        this.parentAgencyId = newParent;
    }

    void close(LocalDate on) {
        this.closedOn = on;
    }
}
