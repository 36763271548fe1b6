package org.gongkai.query.agency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<AgencyEntity, String> {

    List<AgencyEntity> findAllByOrderByAgencyId();
}
