-- Events whose projection failed for a reason that retrying cannot fix, and the later events of the same aggregate
-- that wait behind them (ADR 0018). The consumer goes on past them; an administrator retries them after the fix.
-- Rows are never deleted: a retry or a replay that succeeds marks the row resolved, and the history stays.
-- The record is kept as it came from the topic (key, value and headers as bytes, which may hold anything, even NUL),
-- so that a retry needs neither the broker nor the event store. Descriptive columns are unbounded text: an id that
-- is too long for the read tables is a reason to be here and must not fail the row that reports it.
create table projection_quarantine (
    quarantine_id   bigint generated always as identity primary key,
    topic           varchar(249) not null,
    partition_no    integer      not null,
    record_offset   bigint       not null,
    event_id        text,
    event_type      text,
    stream          text,
    aggregate_id    text,
    sequence_no     bigint,
    -- FAILED: its own projection failed; WAITING: an earlier event of the same aggregate is quarantined
    kind            varchar(10)  not null,
    waits_for       bigint references projection_quarantine (quarantine_id),
    error_class     varchar(200) not null,
    sql_state       varchar(5),
    error_message   varchar(1000) not null,
    attempts        integer      not null,
    quarantined_at  timestamp with time zone not null,
    last_failed_at  timestamp with time zone not null,
    resolved_at     timestamp with time zone,
    resolved_by     varchar(255),
    -- RETRIED (an administrator's retry applied it), REPLAYED (a later reading applied it), DUPLICATE (it had been
    -- applied already under another offset)
    resolution      varchar(20),
    record_key      bytea,
    record_value    bytea,
    record_headers  bytea        not null,
    unique (topic, partition_no, record_offset)
);
create index projection_quarantine_open on projection_quarantine (stream, aggregate_id) where resolved_at is null;
