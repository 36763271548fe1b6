package org.gongkai.query.application;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<ApplicationEntity, String> {

    @Query("select a from ApplicationEntity a where a.agencyId in :agencyIds and a.outcome is null "
            + "order by a.dueOn asc nulls last, a.receivedOn asc, a.applicationId asc")
    List<ApplicationEntity> findOpen(Collection<String> agencyIds);

    @Query("select a from ApplicationEntity a where a.agencyId in :agencyIds and a.outcome is not null "
            + "order by a.closedOn desc, a.applicationId asc")
    List<ApplicationEntity> findClosed(Collection<String> agencyIds);

    /** Every open application with a recorded due date, soonest first. */
    @Query("select a from ApplicationEntity a where a.outcome is null and a.dueOn is not null "
            + "order by a.dueOn asc, a.applicationId asc")
    List<ApplicationEntity> findOpenWithDueDate();
}
