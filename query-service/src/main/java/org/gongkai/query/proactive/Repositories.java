package org.gongkai.query.proactive;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegulatoryDocumentRepository extends JpaRepository<RegulatoryDocumentEntity, String> {}

interface DecisionTallyRepository extends JpaRepository<DecisionTallyEntity, String> {}

interface AdministrativeFeeRepository extends JpaRepository<AdministrativeFeeEntity, String> {}
