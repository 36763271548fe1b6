-- Information-processing fees (国办函〔2020〕109号) for section 六 of the annual report: one row per application
-- that was sent a fee notice, with the amount of its latest notice. A fee counts in the year it was paid.
-- V20 leaves room for other features' migrations numbered just after V1.
create table processing_fee (
    application_id varchar(255)   primary key,
    agency_id      varchar(255)   not null,
    noticed_on     date           not null,
    amount_yuan    numeric(14, 2) not null,
    paid_on        date
);
create index processing_fee_by_payment on processing_fee (agency_id, paid_on) where paid_on is not null;
