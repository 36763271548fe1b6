-- Who published a report version or submitted a quarter (the event's gongkai-recorded-by header; null for events
-- recorded before sign-in existed).
alter table report_publication add column published_by varchar(64);
alter table statistics_submission add column submitted_by varchar(64);
