-- Runs once, on the first start with an empty data volume, as POSTGRES_USER (gongkai), which therefore owns all
-- the databases (since PostgreSQL 15 only the owner may create tables in schema public; Flyway needs that).
-- gongkai_command is the source of truth (event store); gongkai_query holds derived read models.
CREATE DATABASE gongkai_command ENCODING 'UTF8';
CREATE DATABASE gongkai_query ENCODING 'UTF8';
-- the second query service's own read database (ADR 0027: query services replicate the read side)
CREATE DATABASE gongkai_query_2 ENCODING 'UTF8';
