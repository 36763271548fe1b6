-- Branch letters (issue 16, ADR 0029): applications received with an applicant key, by the key's keyed pseudonym
-- (HMAC-SHA256, 64 hex characters), never the key. For the per-application fee's count within a calendar month
-- and the repeat hint. Only applications that had a key are here.
create table applicant_application (
    application_id      varchar(255) primary key,
    agency_id           varchar(255) not null,
    applicant_pseudonym varchar(64)  not null,
    received_on         date         not null,
    subject             text
);
create index applicant_application_by_applicant
    on applicant_application (agency_id, applicant_pseudonym, received_on);
