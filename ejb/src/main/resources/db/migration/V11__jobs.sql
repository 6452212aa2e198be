-- Background jobs: the mail outbox, the protocol register with its registration requests and
-- dossiers, the notices the jobs send once, and the leases that run each schedule once per cluster.

CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id               BIGINT          NOT NULL,
    recipient        VARCHAR(1000)   NOT NULL,
    subject          VARCHAR(500)    NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    status           VARCHAR(10)     NOT NULL,
    attempts         INTEGER         NOT NULL,
    queued_at        TIMESTAMP       NOT NULL,
    next_attempt_at  TIMESTAMP       NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(500),
    version          BIGINT          NOT NULL,
    CONSTRAINT pk_outgoing_mail PRIMARY KEY (id)
);
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt_at);
CREATE INDEX ix_outgoing_mail_queued ON outgoing_mail (status, queued_at);

-- The files attached to a queued mail, in order (a receipt, an outcome letter, a calendar file).
CREATE TABLE outgoing_mail_file (
    mail_id     BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    file_bytes  BYTEA         NOT NULL,
    CONSTRAINT pk_outgoing_mail_file PRIMARY KEY (mail_id, position),
    CONSTRAINT fk_outgoing_mail_file_mail FOREIGN KEY (mail_id) REFERENCES outgoing_mail (id)
);

-- One row per job: the schedule slot it last ran for. An instance runs a slot only when it moves
-- the row to that slot, which one instance alone can do.
CREATE TABLE job_lease (
    job_name  VARCHAR(60)   NOT NULL,
    slot      BIGINT        NOT NULL,
    holder    VARCHAR(100),
    taken_at  TIMESTAMP,
    CONSTRAINT pk_job_lease PRIMARY KEY (job_name)
);
INSERT INTO job_lease (job_name, slot) VALUES ('mail-outbox', 0);
INSERT INTO job_lease (job_name, slot) VALUES ('protocol-submission', 0);
INSERT INTO job_lease (job_name, slot) VALUES ('draft-expiry', 0);
INSERT INTO job_lease (job_name, slot) VALUES ('reminders', 0);

-- Dossiers (fascicoli): one per service per year.
CREATE SEQUENCE dossier_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE dossier (
    id          BIGINT        NOT NULL,
    service_id  BIGINT        NOT NULL,
    dossier_year INTEGER      NOT NULL,
    code        VARCHAR(120)  NOT NULL,
    opened_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_dossier PRIMARY KEY (id),
    CONSTRAINT uq_dossier_service_year UNIQUE (service_id, dossier_year),
    CONSTRAINT fk_dossier_service FOREIGN KEY (service_id) REFERENCES service (id)
);

-- What must be registered: one row per event that needs a document, registered by the
-- protocol-submission job; its registration id makes a repeated submission harmless.
CREATE SEQUENCE protocol_registration_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE protocol_registration (
    id               BIGINT          NOT NULL,
    registration_id  VARCHAR(36)     NOT NULL,
    practice_id      BIGINT          NOT NULL,
    kind             VARCHAR(30)     NOT NULL,
    direction        VARCHAR(10)     NOT NULL,
    subject          VARCHAR(500)    NOT NULL,
    document_name    VARCHAR(255)    NOT NULL,
    document_bytes   BYTEA           NOT NULL,
    documents        VARCHAR(20000)  NOT NULL,
    status           VARCHAR(10)     NOT NULL,
    attempts         INTEGER         NOT NULL,
    requested_at     TIMESTAMP       NOT NULL,
    next_attempt_at  TIMESTAMP       NOT NULL,
    last_error       VARCHAR(500),
    registered_at    TIMESTAMP,
    protocol_year    INTEGER,
    protocol_number  INTEGER,
    register_name    VARCHAR(30),
    dossier_id       BIGINT,
    version          BIGINT          NOT NULL,
    CONSTRAINT pk_protocol_registration PRIMARY KEY (id),
    CONSTRAINT uq_protocol_registration_registration UNIQUE (registration_id),
    CONSTRAINT fk_protocol_registration_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT fk_protocol_registration_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_protocol_registration_due ON protocol_registration (status, next_attempt_at);
CREATE INDEX ix_protocol_registration_practice ON protocol_registration (practice_id);

-- The municipality's own protocol register: numbers per year, gapless, never changed.
CREATE TABLE protocol_counter (
    counter_year  INTEGER  NOT NULL,
    last_number   INTEGER  NOT NULL,
    CONSTRAINT pk_protocol_counter PRIMARY KEY (counter_year)
);
CREATE SEQUENCE protocol_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE protocol_entry (
    id               BIGINT          NOT NULL,
    entry_year       INTEGER         NOT NULL,
    entry_number     INTEGER         NOT NULL,
    registration_id  VARCHAR(36)     NOT NULL,
    registered_at    TIMESTAMP       NOT NULL,
    direction        VARCHAR(10)     NOT NULL,
    subject          VARCHAR(500)    NOT NULL,
    correspondent    VARCHAR(200)    NOT NULL,
    dossier_code     VARCHAR(120)    NOT NULL,
    documents        VARCHAR(20000)  NOT NULL,
    CONSTRAINT pk_protocol_entry PRIMARY KEY (id),
    CONSTRAINT uq_protocol_entry_number UNIQUE (entry_year, entry_number),
    CONSTRAINT uq_protocol_entry_registration UNIQUE (registration_id)
);
CREATE INDEX ix_protocol_entry_registered ON protocol_entry (registered_at);

-- Notices a job sends once per practice (draft expiry warning, integration reminder).
CREATE SEQUENCE job_notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE job_notice (
    id           BIGINT       NOT NULL,
    practice_id  BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    subject_ref  BIGINT       NOT NULL,
    sent_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_job_notice PRIMARY KEY (id),
    CONSTRAINT uq_job_notice UNIQUE (practice_id, kind, subject_ref)
);
