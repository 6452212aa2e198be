-- The operators' desk: who works a practice, its priority, its outcome, integration requests,
-- internal notes, the desk's own iter, and automatic assignment by a form field's value.
ALTER TABLE practice ADD COLUMN office_id BIGINT;
ALTER TABLE practice ADD COLUMN operator_id BIGINT;
-- The rank of Priority (LOW 0, NORMAL 1, HIGH 2, URGENT 3), so that sorting by it sorts by urgency.
ALTER TABLE practice ADD COLUMN priority SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE practice ADD COLUMN status_changed_at TIMESTAMP;
UPDATE practice SET status_changed_at = updated_at;
ALTER TABLE practice ALTER COLUMN status_changed_at SET NOT NULL;
ALTER TABLE practice ADD COLUMN outcome VARCHAR(20);
ALTER TABLE practice ADD COLUMN outcome_letter_id BIGINT;
ALTER TABLE practice ADD COLUMN created_by_operator VARCHAR(60);
ALTER TABLE practice ADD CONSTRAINT fk_practice_office FOREIGN KEY (office_id) REFERENCES office (id);
ALTER TABLE practice ADD CONSTRAINT fk_practice_operator FOREIGN KEY (operator_id) REFERENCES staff_account (id);
ALTER TABLE practice ADD CONSTRAINT fk_practice_outcome_letter FOREIGN KEY (outcome_letter_id) REFERENCES attachment (id);

-- The desk's list: by service and last status change (the default order), by office and operator
-- (work queues), by sending (inserted) and priority; the applicant's names for sorting.
CREATE INDEX ix_practice_service_changed ON practice (service_id, status_changed_at);
CREATE INDEX ix_practice_status_changed ON practice (status_changed_at);
CREATE INDEX ix_practice_service_sent ON practice (service_id, sent_at);
CREATE INDEX ix_practice_office ON practice (office_id, status_changed_at);
CREATE INDEX ix_practice_operator ON practice (operator_id, status_changed_at);
CREATE INDEX ix_practice_service_priority ON practice (service_id, priority);
CREATE INDEX ix_citizen_family_name ON citizen (family_name, given_name);

CREATE SEQUENCE practice_note_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE practice_desk_action_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE integration_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE service_routing_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE practice_note (
    id           BIGINT          NOT NULL,
    practice_id  BIGINT          NOT NULL,
    author       VARCHAR(100)    NOT NULL,
    body         VARCHAR(10000)  NOT NULL,
    written_at   TIMESTAMP       NOT NULL,
    CONSTRAINT pk_practice_note PRIMARY KEY (id),
    CONSTRAINT fk_practice_note_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
);
CREATE INDEX ix_practice_note_practice ON practice_note (practice_id);

CREATE TABLE practice_desk_action (
    id           BIGINT        NOT NULL,
    practice_id  BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    done_at      TIMESTAMP     NOT NULL,
    actor_kind   VARCHAR(10)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    detail       VARCHAR(200),
    CONSTRAINT pk_practice_desk_action PRIMARY KEY (id),
    CONSTRAINT fk_practice_desk_action_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
);
CREATE INDEX ix_practice_desk_action_practice ON practice_desk_action (practice_id);

CREATE TABLE integration_request (
    id                  BIGINT        NOT NULL,
    practice_id         BIGINT        NOT NULL,
    request_message_id  BIGINT        NOT NULL,
    requested_at        TIMESTAMP     NOT NULL,
    requested_by        VARCHAR(100)  NOT NULL,
    resolution          VARCHAR(10),
    closed_at           TIMESTAMP,
    closed_by           VARCHAR(100),
    document_id         BIGINT,
    CONSTRAINT pk_integration_request PRIMARY KEY (id),
    CONSTRAINT fk_integration_request_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT fk_integration_request_message FOREIGN KEY (request_message_id) REFERENCES practice_message (id),
    CONSTRAINT fk_integration_request_document FOREIGN KEY (document_id) REFERENCES attachment (id)
);
CREATE INDEX ix_integration_request_practice ON integration_request (practice_id);

CREATE TABLE integration_request_answer (
    integration_request_id  BIGINT NOT NULL,
    message_id              BIGINT NOT NULL,
    CONSTRAINT pk_integration_request_answer PRIMARY KEY (integration_request_id, message_id),
    CONSTRAINT fk_integration_request_answer_request FOREIGN KEY (integration_request_id) REFERENCES integration_request (id),
    CONSTRAINT fk_integration_request_answer_message FOREIGN KEY (message_id) REFERENCES practice_message (id)
);

CREATE TABLE service_routing (
    id           BIGINT        NOT NULL,
    service_id   BIGINT        NOT NULL,
    field_id     VARCHAR(80)   NOT NULL,
    field_value  VARCHAR(200)  NOT NULL,
    office_id    BIGINT        NOT NULL,
    CONSTRAINT pk_service_routing PRIMARY KEY (id),
    CONSTRAINT uq_service_routing UNIQUE (service_id, field_id, field_value),
    CONSTRAINT fk_service_routing_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_service_routing_office FOREIGN KEY (office_id) REFERENCES office (id)
);
