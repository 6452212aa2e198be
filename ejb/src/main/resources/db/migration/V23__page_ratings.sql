-- Ratings of the public pages, the national model's "Quanto sono chiare le informazioni su questa
-- pagina?": the page, 1 to 5 stars, the answer chosen and the words typed; nothing about who rated.
CREATE SEQUENCE page_rating_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE page_rating (
    id        BIGINT        NOT NULL,
    page      VARCHAR(300)  NOT NULL,
    stars     INTEGER       NOT NULL,
    answer    VARCHAR(30)   NOT NULL,
    comment   VARCHAR(200),
    rated_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_page_rating PRIMARY KEY (id),
    CONSTRAINT ck_page_rating_stars CHECK (stars BETWEEN 1 AND 5)
);
CREATE INDEX ix_page_rating_rated ON page_rating (rated_at);
