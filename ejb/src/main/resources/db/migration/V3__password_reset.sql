-- Single-use links that let a member of staff choose a password (new accounts, forgotten passwords).
-- Only a hash of the secret in the link is stored.
CREATE SEQUENCE password_reset_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_reset (
    id                BIGINT      NOT NULL,
    staff_account_id  BIGINT      NOT NULL,
    token_hash        VARCHAR(64) NOT NULL,
    created_at        TIMESTAMP   NOT NULL,
    expires_at        TIMESTAMP   NOT NULL,
    used_at           TIMESTAMP,
    CONSTRAINT pk_password_reset PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
);
