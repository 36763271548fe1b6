-- Issue 20 item 5 (ADR 0045, 0046): a disabled account signs nobody in and ends its sessions; one with
-- must_change_password may only choose a new password. Projected from UserDisabled, UserEnabled and
-- UserPasswordChanged; role and agency follow UserReassigned.
alter table app_user
    add column disabled boolean not null default false,
    add column must_change_password boolean not null default false;
