-- pagoPA debt positions and stamp duties of practices.
CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE stamp_duty_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE payment (
    id                 BIGINT          NOT NULL,
    iud                VARCHAR(32)     NOT NULL,
    iuv                VARCHAR(17),
    notice_number      VARCHAR(18),
    practice_id        BIGINT          NOT NULL,
    moment             VARCHAR(20)     NOT NULL,
    amount             NUMERIC(12, 2)  NOT NULL,
    reason             VARCHAR(140)    NOT NULL,
    payer_name         VARCHAR(140)    NOT NULL,
    payer_fiscal_code  VARCHAR(16)     NOT NULL,
    payer_address      VARCHAR(300),
    payer_email        VARCHAR(254),
    due_date           DATE            NOT NULL,
    state              VARCHAR(20)     NOT NULL,
    created_at         TIMESTAMP       NOT NULL,
    updated_at         TIMESTAMP       NOT NULL,
    paid_at            TIMESTAMP,
    receipt_id         VARCHAR(64),
    fee                NUMERIC(12, 2),
    channel            VARCHAR(20),
    registered_by      VARCHAR(100),
    version            BIGINT          NOT NULL,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT uq_payment_iud UNIQUE (iud),
    CONSTRAINT uq_payment_iuv UNIQUE (iuv),
    CONSTRAINT uq_payment_notice_number UNIQUE (notice_number),
    CONSTRAINT fk_payment_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
);
CREATE INDEX ix_payment_practice ON payment (practice_id);
CREATE INDEX ix_payment_payer ON payment (payer_fiscal_code);

CREATE TABLE stamp_duty (
    id           BIGINT          NOT NULL,
    practice_id  BIGINT          NOT NULL,
    moment       VARCHAR(20)     NOT NULL,
    reason       VARCHAR(140)    NOT NULL,
    amount       NUMERIC(12, 2)  NOT NULL,
    identifier   VARCHAR(14),
    issued_at    TIMESTAMP,
    declared_at  TIMESTAMP,
    CONSTRAINT pk_stamp_duty PRIMARY KEY (id),
    CONSTRAINT uq_stamp_duty_identifier UNIQUE (identifier),
    CONSTRAINT fk_stamp_duty_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
);
CREATE INDEX ix_stamp_duty_practice ON stamp_duty (practice_id);
