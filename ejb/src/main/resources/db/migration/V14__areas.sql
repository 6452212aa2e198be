-- The municipality's geographic areas ("aree geografiche", zones such as the historic centre or a
-- hamlet) and what places an address in each: its street names and its postcodes (CAP). A sent
-- practice is placed in the area of the address its form holds, and the desk's list filters by it.
CREATE SEQUENCE area_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE area (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(60) NOT NULL,
    name VARCHAR(120) NOT NULL,
    position INTEGER NOT NULL,
    comune_code VARCHAR(4),
    CONSTRAINT uq_area_code UNIQUE (code)
);

-- Street names as compared: lower case, without accents, punctuation or the usual abbreviations.
CREATE TABLE area_street (
    area_id BIGINT NOT NULL REFERENCES area (id),
    street VARCHAR(200) NOT NULL,
    PRIMARY KEY (area_id, street)
);

CREATE TABLE area_postcode (
    area_id BIGINT NOT NULL REFERENCES area (id),
    cap VARCHAR(5) NOT NULL,
    PRIMARY KEY (area_id, cap)
);

ALTER TABLE practice ADD COLUMN area_id BIGINT REFERENCES area (id);
CREATE INDEX ix_practice_area ON practice (area_id);
