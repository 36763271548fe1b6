-- The report stream (issue 8): staff narrative versions, published versions with their frozen snapshot, the
-- year-end drafts, and a log of the facts that "as of" reads recount by recording time.
-- V30 leaves room for other features' migrations numbered below it.

-- Every narrative version; the text of a section is its highest version (recorded by a given time).
create table report_narrative (
    agency_id   varchar(255) not null,
    year        integer      not null,
    section     varchar(20)  not null,
    version     integer      not null,
    text        text         not null,
    recorded_at timestamp with time zone,
    primary key (agency_id, year, section, version)
);

-- Every published version, its snapshot served unchanged forever; who/when = the event's recording time.
create table report_publication (
    agency_id    varchar(255) not null,
    year         integer      not null,
    version      integer      not null,
    reason       text,
    snapshot     text         not null,
    published_on date         not null,
    recorded_at  timestamp with time zone,
    primary key (agency_id, year, version)
);

-- A draft exists for every agency from the year-end job on; not derived from events, so a rebuild keeps it.
create table report_draft (
    agency_id  varchar(255) not null,
    year       integer      not null,
    created_at timestamp with time zone not null,
    primary key (agency_id, year)
);

-- The facts of tables 二 and 四 with their recording time, for "as of" recounts (application facts are in
-- application_fact). Append-only; redeliveries are already filtered by the aggregate watermark.
create table report_fact (
    fact_id      bigserial    primary key,
    agency_id    varchar(255) not null,
    aggregate_id varchar(255) not null,
    sequence_no  bigint       not null,
    event_type   varchar(64)  not null,
    recorded_at  timestamp with time zone,
    payload      text         not null
);
create index report_fact_by_agency on report_fact (agency_id, recorded_at);
create index report_fact_by_aggregate on report_fact (aggregate_id);
