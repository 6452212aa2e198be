-- The service catalog: topics ("argomenti"), offices, services with their card sections (it/en/de),
-- and the versioned forms that a practice is filled with.
CREATE SEQUENCE topic_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE office_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE service_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE form_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE topic (
    id       BIGINT       NOT NULL,
    code     VARCHAR(80)  NOT NULL,
    name_it  VARCHAR(255) NOT NULL,
    name_en  VARCHAR(255),
    name_de  VARCHAR(255),
    CONSTRAINT pk_topic PRIMARY KEY (id),
    CONSTRAINT uq_topic_code UNIQUE (code)
);

CREATE TABLE office (
    id                BIGINT        NOT NULL,
    code              VARCHAR(80)   NOT NULL,
    name_it           VARCHAR(255)  NOT NULL,
    name_en           VARCHAR(255),
    name_de           VARCHAR(255),
    address           VARCHAR(255),
    phone             VARCHAR(30),
    email             VARCHAR(254),
    pec               VARCHAR(254),
    opening_hours_it  VARCHAR(1000),
    opening_hours_en  VARCHAR(1000),
    opening_hours_de  VARCHAR(1000),
    CONSTRAINT pk_office PRIMARY KEY (id),
    CONSTRAINT uq_office_code UNIQUE (code)
);

CREATE TABLE service (
    id                 BIGINT        NOT NULL,
    code               VARCHAR(80)   NOT NULL,
    title_it           VARCHAR(255)  NOT NULL,
    title_en           VARCHAR(255),
    title_de           VARCHAR(255),
    summary_it         VARCHAR(1000) NOT NULL,
    summary_en         VARCHAR(1000),
    summary_de         VARCHAR(1000),
    status             VARCHAR(20)   NOT NULL,
    scheduled_from     DATE,
    scheduled_until    DATE,
    access_level       VARCHAR(20)   NOT NULL,
    payment_mode       VARCHAR(20)   NOT NULL,
    workflow           VARCHAR(20)   NOT NULL,
    max_response_days  INTEGER       NOT NULL,
    office_id          BIGINT,
    external_url       VARCHAR(500),
    calendar_code      VARCHAR(80),
    featured           BOOLEAN       NOT NULL,
    sent_count         BIGINT        NOT NULL,
    version            INTEGER       NOT NULL,
    CONSTRAINT pk_service PRIMARY KEY (id),
    CONSTRAINT uq_service_code UNIQUE (code),
    CONSTRAINT fk_service_office FOREIGN KEY (office_id) REFERENCES office (id)
);

CREATE TABLE service_category (
    service_id   BIGINT  NOT NULL,
    category_id  BIGINT  NOT NULL,
    position     INTEGER NOT NULL,
    CONSTRAINT pk_service_category PRIMARY KEY (service_id, category_id),
    CONSTRAINT fk_service_category_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_service_category_category FOREIGN KEY (category_id) REFERENCES category (id)
);

CREATE TABLE service_topic (
    service_id  BIGINT NOT NULL,
    topic_id    BIGINT NOT NULL,
    CONSTRAINT pk_service_topic PRIMARY KEY (service_id, topic_id),
    CONSTRAINT fk_service_topic_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_service_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
);

CREATE TABLE service_audience (
    service_id  BIGINT      NOT NULL,
    audience    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_service_audience PRIMARY KEY (service_id, audience),
    CONSTRAINT fk_service_audience_service FOREIGN KEY (service_id) REFERENCES service (id)
);

-- One row per section of the public card ("A chi è rivolto", "Come fare", ...).
CREATE TABLE service_card_section (
    service_id  BIGINT         NOT NULL,
    section     VARCHAR(20)    NOT NULL,
    text_it     VARCHAR(20000) NOT NULL,
    text_en     VARCHAR(20000),
    text_de     VARCHAR(20000),
    CONSTRAINT pk_service_card_section PRIMARY KEY (service_id, section),
    CONSTRAINT fk_service_card_section_service FOREIGN KEY (service_id) REFERENCES service (id)
);

-- A form is published as a new version; a practice keeps the version it was filled with.
CREATE TABLE form_version (
    id            BIGINT          NOT NULL,
    service_id    BIGINT          NOT NULL,
    number        INTEGER         NOT NULL,
    definition    VARCHAR(200000) NOT NULL,
    published_at  TIMESTAMP       NOT NULL,
    published_by  VARCHAR(60)     NOT NULL,
    CONSTRAINT pk_form_version PRIMARY KEY (id),
    CONSTRAINT uq_form_version_number UNIQUE (service_id, number),
    CONSTRAINT fk_form_version_service FOREIGN KEY (service_id) REFERENCES service (id)
);
