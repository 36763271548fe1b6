-- Which agency each application belongs to, so a reconsideration or lawsuit can only name an application of its
-- own agency (ADR 0017). Kept by the subscribing processor agency-directory in the transaction that stores the
-- events, like agency_directory (ADR 0008).
CREATE TABLE application_directory (
    application_id VARCHAR(255) PRIMARY KEY,
    agency_id      VARCHAR(255) NOT NULL
);

-- Applications received before this table existed.
INSERT INTO application_directory (application_id, agency_id)
SELECT aggregateIdentifier, convert_from(payload, 'UTF8')::jsonb ->> 'agencyId'
FROM DomainEventEntry
WHERE sequenceNumber = 0
  AND payloadType = 'org.gongkai.events.application.ApplicationReceived'
ON CONFLICT (application_id) DO NOTHING;
