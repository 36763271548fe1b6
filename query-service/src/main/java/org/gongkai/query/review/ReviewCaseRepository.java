package org.gongkai.query.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCaseRepository extends JpaRepository<ReviewCaseEntity, String> {}
