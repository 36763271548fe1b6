-- Read models of the query service. Everything here can be rebuilt from the event topic (retention: forever).

-- Next offset to consume per partition, written in the same transaction as the read-model changes of a batch.
create table consumer_offset (
    topic        varchar(249) not null,
    partition_no integer      not null,
    next_offset  bigint       not null,
    primary key (topic, partition_no)
);

-- Highest applied sequence per aggregate: the publisher delivers at least once, so a replayed event is skipped.
create table aggregate_watermark (
    stream        varchar(64)  not null,
    aggregate_id  varchar(255) not null,
    last_sequence bigint       not null,
    primary key (stream, aggregate_id)
);

create table agency (
    agency_id        varchar(255) primary key,
    name             varchar(500) not null,
    parent_agency_id varchar(255),
    level            varchar(32),
    closed_on        date
);

-- Parent history: the tree that applies on a given date (moves take effect on their effective date).
create table agency_parent (
    agency_id        varchar(255) not null,
    effective_on     date         not null,
    parent_agency_id varchar(255),
    primary key (agency_id, effective_on)
);
create index agency_parent_by_parent on agency_parent (parent_agency_id);

create table application (
    application_id varchar(255) primary key,
    agency_id      varchar(255) not null,
    applicant_type varchar(40)  not null,
    channel        varchar(20)  not null,
    received_on    date         not null,
    due_on         date,
    outcome        varchar(60),
    closed_on      date,
    recorded_at    timestamp with time zone
);
create index application_open_by_due on application (agency_id, due_on) where closed_on is null;

-- Every fact of an application in stream order, for the application view (no personal data is in events).
create table application_fact (
    application_id varchar(255) not null,
    sequence_no    bigint       not null,
    event_type     varchar(64)  not null,
    recorded_at    timestamp with time zone,
    payload        text         not null,
    primary key (application_id, sequence_no)
);

-- Table 三 flows per quarter, kept by +1/-1 deltas: RECEIVED by receipt quarter, each outcome by closing quarter.
-- Carry-over rows are derived when read (receipts before a period minus closes before it).
create table application_tally (
    agency_id      varchar(255) not null,
    year           integer      not null,
    quarter        integer      not null,
    applicant_type varchar(40)  not null,
    row_code       varchar(60)  not null,
    count          bigint       not null,
    primary key (agency_id, year, quarter, applicant_type, row_code)
);

create table review_case (
    case_id        varchar(255) primary key,
    agency_id      varchar(255) not null,
    kind           varchar(40)  not null,
    application_id varchar(255),
    filed_on       date         not null,
    result         varchar(20),
    concluded_on   date
);
create index review_case_by_agency on review_case (agency_id);

create table regulatory_document (
    document_id     varchar(255) primary key,
    agency_id       varchar(255) not null,
    kind            varchar(40)  not null,
    title           varchar(1000),
    document_number varchar(255),
    issued_on       date         not null,
    repealed_on     date
);
create index regulatory_document_by_agency on regulatory_document (agency_id);

create table decision_tally (
    tally_id     varchar(255) primary key,
    agency_id    varchar(255) not null,
    category     varchar(20)  not null,
    period_start date         not null,
    period_end   date         not null,
    count        bigint       not null
);
create index decision_tally_by_agency on decision_tally (agency_id, period_start);

create table administrative_fee (
    fee_record_id varchar(255) primary key,
    agency_id     varchar(255) not null,
    period_start  date          not null,
    period_end    date          not null,
    amount_yuan   numeric(20, 2) not null
);
create index administrative_fee_by_agency on administrative_fee (agency_id, period_start);
