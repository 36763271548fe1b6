-- Who recorded each fact of an application (Kafka header gongkai-recorded-by; null for facts from before sign-in).
alter table application_fact add column recorded_by varchar(64);

-- The accounts that may sign in at the front door, projected from UserRegistered (ADR 0010).
create table app_user (
    username      varchar(64) primary key,
    role          varchar(16) not null,
    agency_id     varchar(255),
    password_hash varchar(255) not null
);
