-- Issue 20 item 5 (ADR 0045, 0046): a disabled account signs nobody in; one with must_change_password may only
-- choose a new password. Kept by the same subscribing processor as the rest of user_account.
ALTER TABLE user_account
    ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
