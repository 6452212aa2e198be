-- Practices with their iter, attachments (bytes kept apart) and messages.
ALTER TABLE service ADD COLUMN withdrawal_allowed BOOLEAN DEFAULT TRUE NOT NULL;

CREATE SEQUENCE practice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE status_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE stored_content_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE practice_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE practice (
    id                       BIGINT          NOT NULL,
    reference                VARCHAR(36)     NOT NULL,
    service_id               BIGINT          NOT NULL,
    form_version_id          BIGINT          NOT NULL,
    applicant_id             BIGINT          NOT NULL,
    applicant_email          VARCHAR(254),
    applicant_phone          VARCHAR(20),
    role                     VARCHAR(10),
    beneficiary_fiscal_code  VARCHAR(16),
    beneficiary_given_name   VARCHAR(100),
    beneficiary_family_name  VARCHAR(100),
    delegation_valid_until   DATE,
    document_valid_until     DATE,
    privacy_accepted_at      TIMESTAMP,
    draft_input              VARCHAR(1000000),
    form_data                VARCHAR(1000000),
    step                     INTEGER         NOT NULL,
    status                   VARCHAR(30)     NOT NULL,
    created_at               TIMESTAMP       NOT NULL,
    updated_at               TIMESTAMP       NOT NULL,
    sent_at                  TIMESTAMP,
    auth_method              VARCHAR(10),
    auth_level               VARCHAR(100),
    previous_id              BIGINT,
    version                  BIGINT          NOT NULL,
    CONSTRAINT pk_practice PRIMARY KEY (id),
    CONSTRAINT uq_practice_reference UNIQUE (reference),
    CONSTRAINT fk_practice_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_practice_form_version FOREIGN KEY (form_version_id) REFERENCES form_version (id),
    CONSTRAINT fk_practice_applicant FOREIGN KEY (applicant_id) REFERENCES citizen (id),
    CONSTRAINT fk_practice_previous FOREIGN KEY (previous_id) REFERENCES practice (id)
);
CREATE INDEX ix_practice_applicant ON practice (applicant_id, updated_at);
CREATE INDEX ix_practice_service_status ON practice (service_id, status);

CREATE TABLE status_change (
    id           BIGINT       NOT NULL,
    practice_id  BIGINT       NOT NULL,
    status       VARCHAR(30)  NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    actor_kind   VARCHAR(10)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    CONSTRAINT pk_status_change PRIMARY KEY (id),
    CONSTRAINT fk_status_change_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
);
CREATE INDEX ix_status_change_practice ON status_change (practice_id);

CREATE TABLE stored_content (
    id     BIGINT NOT NULL,
    bytes  BYTEA  NOT NULL,
    CONSTRAINT pk_stored_content PRIMARY KEY (id)
);

CREATE TABLE practice_message (
    id                  BIGINT          NOT NULL,
    practice_id         BIGINT          NOT NULL,
    author_kind         VARCHAR(10)     NOT NULL,
    author              VARCHAR(100)    NOT NULL,
    body                VARCHAR(10000)  NOT NULL,
    sent_at             TIMESTAMP       NOT NULL,
    integration_answer  BOOLEAN         NOT NULL,
    CONSTRAINT pk_practice_message PRIMARY KEY (id),
    CONSTRAINT fk_practice_message_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
);
CREATE INDEX ix_practice_message_practice ON practice_message (practice_id);

CREATE TABLE attachment (
    id                BIGINT        NOT NULL,
    reference         VARCHAR(36)   NOT NULL,
    practice_id       BIGINT        NOT NULL,
    message_id        BIGINT,
    purpose           VARCHAR(20)   NOT NULL,
    field_id          VARCHAR(80),
    file_name         VARCHAR(255)  NOT NULL,
    file_type         VARCHAR(10)   NOT NULL,
    size              BIGINT        NOT NULL,
    sha256            VARCHAR(64)   NOT NULL,
    content_id        BIGINT        NOT NULL,
    uploaded_at       TIMESTAMP     NOT NULL,
    uploaded_by_kind  VARCHAR(10)   NOT NULL,
    uploaded_by       VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT uq_attachment_reference UNIQUE (reference),
    CONSTRAINT fk_attachment_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT fk_attachment_message FOREIGN KEY (message_id) REFERENCES practice_message (id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (content_id) REFERENCES stored_content (id)
);
CREATE INDEX ix_attachment_practice ON attachment (practice_id);
