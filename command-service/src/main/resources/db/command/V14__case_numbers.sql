-- Readable case numbers (issue 20, ADR 0034): the name of each agency, which the number starts with, kept by the
-- subscribing agency-directory processor; and the last
-- number given per agency and receipt year, taken in the transaction that stores the intake event, so a refused
-- command or a rolled-back append gives no number away and a retry of the same id gets no second one.
CREATE TABLE agency_name (
    agency_id VARCHAR(255) PRIMARY KEY,
    name      VARCHAR(500) NOT NULL
);

CREATE TABLE case_number_counter (
    agency_id   VARCHAR(255) NOT NULL,
    year        INTEGER      NOT NULL,
    last_number INTEGER      NOT NULL,
    PRIMARY KEY (agency_id, year)
);

-- Agencies registered or renamed before this table existed: the latest name in the event store.
INSERT INTO agency_name (agency_id, name)
SELECT DISTINCT ON (aggregateIdentifier) aggregateIdentifier, convert_from(payload, 'UTF8')::jsonb ->> 'name'
FROM DomainEventEntry
WHERE payloadType IN ('org.gongkai.events.agency.AgencyRegistered', 'org.gongkai.events.agency.AgencyRenamed')
ORDER BY aggregateIdentifier, globalIndex DESC
ON CONFLICT (agency_id) DO NOTHING;
