-- Categories of the service catalog, with names and descriptions in Italian, English and German.
-- EclipseLink preallocates ids below the value it reads: the first value must be the increment.
CREATE SEQUENCE category_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE category (
    id             BIGINT        NOT NULL,
    code           VARCHAR(80)   NOT NULL,
    position       INTEGER       NOT NULL,
    name_it        VARCHAR(255)  NOT NULL,
    name_en        VARCHAR(255),
    name_de        VARCHAR(255),
    description_it VARCHAR(1000) NOT NULL,
    description_en VARCHAR(1000),
    description_de VARCHAR(1000),
    CONSTRAINT pk_category PRIMARY KEY (id),
    CONSTRAINT uq_category_code UNIQUE (code)
);
