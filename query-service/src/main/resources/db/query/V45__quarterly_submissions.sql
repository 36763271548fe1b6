-- Quarterly statistics (季度统计报表) submitted to the supervising level: every version with its frozen snapshot
-- ({"quarter": …, "yearToDate": …}), kept forever like published annual reports.
create table statistics_submission (
    agency_id    varchar(255) not null,
    year         integer      not null,
    quarter      integer      not null,
    version      integer      not null,
    reason       text,
    snapshot     text         not null,
    submitted_on date         not null,
    recorded_at  timestamp with time zone,
    primary key (agency_id, year, quarter, version)
);

-- The day of the month after a quarter by which an agency submits; absent = the configured default (the 8th).
create table quarterly_deadline (
    agency_id    varchar(255) primary key,
    day_of_month integer      not null
);
