-- Holidays close every calendar without anybody typing them; an administrator may open one
-- calendar on one holiday exceptionally.
CREATE SEQUENCE holiday_opening_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE holiday_opening (
    id           BIGINT  NOT NULL,
    calendar_id  BIGINT  NOT NULL,
    holiday_date DATE    NOT NULL,
    CONSTRAINT pk_holiday_opening PRIMARY KEY (id),
    CONSTRAINT fk_holiday_opening_calendar FOREIGN KEY (calendar_id) REFERENCES booking_calendar (id),
    CONSTRAINT uq_holiday_opening UNIQUE (calendar_id, holiday_date)
);
