-- Citizens, known by codice fiscale, and the staff accounts of the backoffice.
CREATE SEQUENCE citizen_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE citizen (
    id                   BIGINT       NOT NULL,
    fiscal_code          VARCHAR(16)  NOT NULL,
    given_name           VARCHAR(100) NOT NULL,
    family_name          VARCHAR(100) NOT NULL,
    birth_date           DATE,
    birth_place          VARCHAR(100),
    sex                  VARCHAR(6),
    email                VARCHAR(254),
    mobile               VARCHAR(20),
    phone                VARCHAR(20),
    residence_street     VARCHAR(200),
    residence_number     VARCHAR(20),
    residence_postcode   VARCHAR(10),
    residence_city       VARCHAR(100),
    residence_province   VARCHAR(2),
    residence_country    VARCHAR(100),
    domicile_street      VARCHAR(200),
    domicile_number      VARCHAR(20),
    domicile_postcode    VARCHAR(10),
    domicile_city        VARCHAR(100),
    domicile_province    VARCHAR(2),
    domicile_country     VARCHAR(100),
    document_kind        VARCHAR(30),
    document_number      VARCHAR(30),
    document_issuer      VARCHAR(100),
    document_issued_on   DATE,
    document_expires_on  DATE,
    last_auth_method     VARCHAR(10),
    last_auth_level      VARCHAR(100),
    last_login_at        TIMESTAMP,
    version              BIGINT       NOT NULL,
    CONSTRAINT pk_citizen PRIMARY KEY (id),
    CONSTRAINT uq_citizen_fiscal_code UNIQUE (fiscal_code)
);

CREATE SEQUENCE staff_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE staff_account (
    id                BIGINT       NOT NULL,
    username          VARCHAR(60)  NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    password_hash     VARCHAR(400),
    failed_logins     INTEGER      NOT NULL,
    locked_until      TIMESTAMP,
    last_login_at     TIMESTAMP,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_staff_account PRIMARY KEY (id),
    CONSTRAINT uq_staff_account_username UNIQUE (username)
);

CREATE TABLE staff_account_role (
    staff_account_id  BIGINT      NOT NULL,
    role              VARCHAR(20) NOT NULL,
    CONSTRAINT pk_staff_account_role PRIMARY KEY (staff_account_id, role),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
);
