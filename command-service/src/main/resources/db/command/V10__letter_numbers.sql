-- Branch letters (issue 16, ADR 0028): the document number each letter got, so asking again for a letter's number
-- answers the same one even after the year has turned. Kept by the subscribing processor agency-directory in the
-- transaction that stores the LetterNumberAllocated event, like application_directory (ADR 0008).
CREATE TABLE letter_number (
    application_id VARCHAR(255) NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    year           INTEGER      NOT NULL,
    sequence       INTEGER      NOT NULL,
    PRIMARY KEY (application_id, kind)
);
