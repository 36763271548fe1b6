package org.gongkai.query.application;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationFactRepository extends JpaRepository<ApplicationFactEntity, ApplicationFactEntity.Key> {

    List<ApplicationFactEntity> findByApplicationIdOrderBySequenceNo(String applicationId);

    List<ApplicationFactEntity> findByApplicationIdInOrderByApplicationIdAscSequenceNoAsc(Collection<String> ids);
}
