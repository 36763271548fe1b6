-- Who may sign in (ADR 0010). Kept by a subscribing processor in the transaction that stores the User events.
CREATE TABLE user_account (
    username      VARCHAR(64) PRIMARY KEY,
    role          VARCHAR(16) NOT NULL,
    agency_id     VARCHAR(255),
    password_hash VARCHAR(255) NOT NULL
);

-- Which agency an application, a review case or a regulatory document belongs to, so a write to it can be checked
-- against the writer's scope before the aggregate is loaded (ADR 0011). Same processor, same transaction.
CREATE TABLE aggregate_agency (
    aggregate_id VARCHAR(255) PRIMARY KEY,
    agency_id    VARCHAR(255) NOT NULL
);

-- Streams stored before this table existed.
INSERT INTO aggregate_agency (aggregate_id, agency_id)
SELECT aggregateIdentifier, convert_from(payload, 'UTF8')::jsonb ->> 'agencyId'
FROM DomainEventEntry
WHERE sequenceNumber = 0
  AND payloadType IN ('org.gongkai.events.application.ApplicationReceived',
                      'org.gongkai.events.review.ReconsiderationFiled',
                      'org.gongkai.events.review.LawsuitFiled',
                      'org.gongkai.events.proactive.RegulatoryDocumentIssued')
ON CONFLICT (aggregate_id) DO NOTHING;
