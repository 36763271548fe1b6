-- What the worklist shows and searches beyond the counting facts of table application (issue 20): the subject,
-- the readable case number, and the deadline the applicant is running against while the clock waits for them
-- (a supplement asked for, a fee notice sent). A separate table so the counting projection stays as it is.
create table worklist_entry (
    application_id    varchar(255) primary key,
    case_number       varchar(100),
    subject           text,
    supplement_due_on date,
    payment_due_on    date
);

-- Applications projected before this table existed: their facts are all kept in application_fact, so the entries
-- are derived here once instead of asking every deployment to rebuild its read models.
insert into worklist_entry (application_id, subject, supplement_due_on, payment_due_on)
select a.application_id,
       (select f.payload::jsonb ->> 'subject' from application_fact f
         where f.application_id = a.application_id and f.event_type = 'ApplicationReceived'
         order by f.sequence_no limit 1),
       (select case when f.event_type = 'SupplementRequested'
                    then (f.payload::jsonb ->> 'supplementDueOn')::date end
          from application_fact f
         where f.application_id = a.application_id
           and f.event_type in ('SupplementRequested', 'SupplementReceived')
         order by f.sequence_no desc limit 1),
       (select case when f.event_type = 'ProcessingFeeNoticeIssued'
                    then (f.payload::jsonb ->> 'paymentDueOn')::date end
          from application_fact f
         where f.application_id = a.application_id
           and f.event_type in ('ProcessingFeeNoticeIssued', 'ProcessingFeePaid')
         order by f.sequence_no desc limit 1)
from application a;
