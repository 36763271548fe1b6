-- Clock rulings supervision counts per agency (branch clockrules, ADR 0030): a supplement requested later than
-- 条例 Art. 30 allows (dated by the request) and a 延迟答复 under Art. 35 (dated by the latest deferral). One row
-- per application and flag; a re-delivered or repeated fact overwrites its row.
create table application_clock_flag (
    application_id varchar(255) not null,
    agency_id      varchar(255) not null,
    flag           varchar(32)  not null,
    flagged_on     date         not null,
    primary key (application_id, flag)
);
create index application_clock_flag_by_agency on application_clock_flag (agency_id, flag, flagged_on);
