-- Read your writes (ADR 0023): per partition, the highest event-store global index among the records consumed,
-- saved with the next offset in the batch's transaction. Null until a record carrying the index is consumed.
alter table consumer_offset add column applied_index bigint;
