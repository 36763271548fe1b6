-- Branch reports (issue 13 item 7): the agency tree as a closure table with dated rows, and table 三's tally
-- summed per ancestor, both kept by the projections in the transaction that changes them (ADR 0043).

-- Every (ancestor, descendant) pair with the dates on which the descendant is under the ancestor:
-- [valid_from, valid_to), 'infinity' when open. Every agency is its own ancestor from '-infinity' to 'infinity'.
-- A descendant that was always under the ancestor (since the registration date, 1900-01-01, and never moved away)
-- is "permanent": its tallies are summed into tally_rollup; the others are added when read.
create table agency_closure (
    ancestor_id   varchar(255) not null,
    descendant_id varchar(255) not null,
    valid_from    date         not null,
    valid_to      date         not null,
    permanent     boolean generated always as (valid_from <= date '1900-01-01' and valid_to = 'infinity') stored,
    primary key (ancestor_id, descendant_id, valid_from)
);
create index agency_closure_by_descendant on agency_closure (descendant_id);

-- Table 三 flows per quarter summed over the permanent strict descendants of an ancestor (not the ancestor itself,
-- whose own rows stay in application_tally).
create table tally_rollup (
    ancestor_id    varchar(255) not null,
    year           integer      not null,
    quarter        integer      not null,
    applicant_type varchar(40)  not null,
    row_code       varchar(60)  not null,
    count          bigint       not null,
    primary key (ancestor_id, year, quarter, applicant_type, row_code)
);

-- Fill both from what the read side already holds (the same statements the projection runs; AgencyClosure.java).
with recursive parent_interval as (
    select agency_id, parent_agency_id, effective_on as valid_from,
           coalesce(lead(effective_on) over (partition by agency_id order by effective_on), date 'infinity') as valid_to
    from agency_parent
), chain (descendant_id, ancestor_id, valid_from, valid_to, depth) as (
    select agency_id, agency_id, date '-infinity', date 'infinity', 0
    from (select agency_id from agency union select agency_id from agency_parent) as known
    union all
    select c.descendant_id, p.parent_agency_id, greatest(c.valid_from, p.valid_from), least(c.valid_to, p.valid_to),
           c.depth + 1
    from chain c join parent_interval p on p.agency_id = c.ancestor_id
    where p.parent_agency_id is not null and p.valid_from < c.valid_to and c.valid_from < p.valid_to and c.depth < 64
), numbered as (
    select descendant_id, ancestor_id, valid_from, valid_to,
           lag(valid_to) over (partition by descendant_id, ancestor_id order by valid_from) as previous_to
    from chain
), island as (
    select descendant_id, ancestor_id, valid_from, valid_to,
           count(*) filter (where previous_to is distinct from valid_from)
               over (partition by descendant_id, ancestor_id order by valid_from) as island
    from numbered
)
insert into agency_closure (ancestor_id, descendant_id, valid_from, valid_to)
select ancestor_id, descendant_id, min(valid_from), max(valid_to)
from island group by ancestor_id, descendant_id, island
on conflict do nothing;

insert into tally_rollup (ancestor_id, year, quarter, applicant_type, row_code, count)
select c.ancestor_id, t.year, t.quarter, t.applicant_type, t.row_code, sum(t.count)
from application_tally t
join agency_closure c on c.descendant_id = t.agency_id and c.permanent and c.ancestor_id <> c.descendant_id
group by c.ancestor_id, t.year, t.quarter, t.applicant_type, t.row_code;
