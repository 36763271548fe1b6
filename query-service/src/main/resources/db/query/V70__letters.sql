-- Branch letters (issue 16): what an agency's letters print, and the document number each letter got.
-- Text columns are unbounded: the command side bounds them (ADR 0017). No applicant data is stored here.
create table agency_letter_settings (
    agency_id              varchar(255) primary key,
    letterhead_name        text not null,
    document_number_prefix text,
    office_address         text,
    office_hours           text,
    reconsideration_body   text,
    court                  text
);

create table letter_number (
    application_id varchar(255) not null,
    kind           varchar(32)  not null,
    agency_id      varchar(255) not null,
    year           integer      not null,
    sequence       integer      not null,
    primary key (application_id, kind)
);
