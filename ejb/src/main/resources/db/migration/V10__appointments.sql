-- Appointments and calendars: bookable calendars of the offices, their opening hours and closures,
-- the appointments, and the seats that guarantee no slot is given beyond its parallel capacity.
CREATE SEQUENCE booking_calendar_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE opening_hours_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE closure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE appointment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE booking_calendar (
    id                      BIGINT         NOT NULL,
    code                    VARCHAR(60)    NOT NULL,
    title_it                VARCHAR(255)   NOT NULL,
    title_en                VARCHAR(255),
    title_de                VARCHAR(255),
    description_it          VARCHAR(4000),
    description_en          VARCHAR(4000),
    description_de          VARCHAR(4000),
    office_id               BIGINT,
    owner_id                BIGINT,
    contact_email           VARCHAR(254),
    place                   VARCHAR(255),
    documents_to_bring      VARCHAR(2000),
    moderated               BOOLEAN        DEFAULT FALSE NOT NULL,
    notifications           BOOLEAN        DEFAULT TRUE NOT NULL,
    anonymous_allowed       BOOLEAN        DEFAULT FALSE NOT NULL,
    enabled                 BOOLEAN        DEFAULT TRUE NOT NULL,
    notice_hours            INTEGER        DEFAULT 0 NOT NULL,
    days_ahead              INTEGER        DEFAULT 60 NOT NULL,
    cancel_days_before      INTEGER        DEFAULT 0 NOT NULL,
    hold_minutes            INTEGER        DEFAULT 10 NOT NULL,
    payment_extension_days  INTEGER        DEFAULT 0 NOT NULL,
    max_per_day             INTEGER,
    max_per_week            INTEGER,
    max_per_month           INTEGER,
    max_per_year            INTEGER,
    version                 BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_booking_calendar PRIMARY KEY (id),
    CONSTRAINT uq_booking_calendar_code UNIQUE (code),
    CONSTRAINT fk_booking_calendar_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_booking_calendar_owner FOREIGN KEY (owner_id) REFERENCES staff_account (id)
);

-- Operators enabled to work a calendar (besides its owner and the administrators).
CREATE TABLE booking_calendar_operator (
    calendar_id  BIGINT  NOT NULL,
    staff_id     BIGINT  NOT NULL,
    CONSTRAINT pk_booking_calendar_operator PRIMARY KEY (calendar_id, staff_id),
    CONSTRAINT fk_booking_calendar_operator_calendar FOREIGN KEY (calendar_id) REFERENCES booking_calendar (id),
    CONSTRAINT fk_booking_calendar_operator_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
);

CREATE TABLE opening_hours (
    id                BIGINT        NOT NULL,
    calendar_id       BIGINT        NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    -- ISO day numbers, Monday 1 to Sunday 7, e.g. "12345"
    weekdays          VARCHAR(7)    NOT NULL,
    open_time         TIME          NOT NULL,
    close_time        TIME          NOT NULL,
    parallel          INTEGER       NOT NULL,
    length_minutes    INTEGER       NOT NULL,
    interval_minutes  INTEGER       DEFAULT 0 NOT NULL,
    moderated         BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_opening_hours PRIMARY KEY (id),
    CONSTRAINT fk_opening_hours_calendar FOREIGN KEY (calendar_id) REFERENCES booking_calendar (id),
    CONSTRAINT ck_opening_hours_parallel CHECK (parallel >= 1),
    CONSTRAINT ck_opening_hours_length CHECK (length_minutes >= 1)
);
CREATE INDEX ix_opening_hours_calendar ON opening_hours (calendar_id);

-- A closure without calendar closes the whole municipality (holidays).
CREATE TABLE closure (
    id           BIGINT        NOT NULL,
    calendar_id  BIGINT,
    start_date   DATE          NOT NULL,
    end_date     DATE          NOT NULL,
    reason       VARCHAR(255),
    CONSTRAINT pk_closure PRIMARY KEY (id),
    CONSTRAINT fk_closure_calendar FOREIGN KEY (calendar_id) REFERENCES booking_calendar (id)
);
CREATE INDEX ix_closure_calendar ON closure (calendar_id);

CREATE TABLE appointment (
    id                 BIGINT         NOT NULL,
    reference          VARCHAR(36)    NOT NULL,
    cancel_token       VARCHAR(64)    NOT NULL,
    calendar_id        BIGINT         NOT NULL,
    opening_hours_id   BIGINT         NOT NULL,
    starts_at          TIMESTAMP      NOT NULL,
    ends_at            TIMESTAMP      NOT NULL,
    slot_count         INTEGER        NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    hold_until         TIMESTAMP,
    booked_by          VARCHAR(16),
    fiscal_code        VARCHAR(16),
    given_name         VARCHAR(100)   NOT NULL,
    family_name        VARCHAR(100)   NOT NULL,
    birth_date         DATE,
    email              VARCHAR(254),
    phone              VARCHAR(30),
    reason             VARCHAR(500),
    note               VARCHAR(2000),
    language           VARCHAR(2)     DEFAULT 'it' NOT NULL,
    video_link         VARCHAR(500),
    operator_message   VARCHAR(2000),
    created_by_operator VARCHAR(60),
    created_at         TIMESTAMP      NOT NULL,
    updated_at         TIMESTAMP      NOT NULL,
    version            BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_appointment PRIMARY KEY (id),
    CONSTRAINT uq_appointment_reference UNIQUE (reference),
    CONSTRAINT fk_appointment_calendar FOREIGN KEY (calendar_id) REFERENCES booking_calendar (id),
    CONSTRAINT fk_appointment_opening_hours FOREIGN KEY (opening_hours_id) REFERENCES opening_hours (id)
);
CREATE INDEX ix_appointment_calendar_start ON appointment (calendar_id, starts_at);
CREATE INDEX ix_appointment_booked_by ON appointment (booked_by, starts_at);
CREATE INDEX ix_appointment_fiscal_code ON appointment (fiscal_code, starts_at);
CREATE INDEX ix_appointment_family_name ON appointment (family_name, given_name);

-- The guarantee: an appointment that is held or booked occupies one numbered seat in each slot it
-- covers; seat numbers run from 1 to the parallel capacity, so the unique key makes it impossible
-- for two appointments to take the same seat, whatever the concurrency. A held draft's seats carry
-- its hold expiry and are released when it passes; a cancelled or refused appointment frees them.
CREATE TABLE appointment_seat (
    calendar_id     BIGINT     NOT NULL,
    slot_start      TIMESTAMP  NOT NULL,
    seat            INTEGER    NOT NULL,
    appointment_id  BIGINT     NOT NULL,
    hold_until      TIMESTAMP,
    CONSTRAINT pk_appointment_seat PRIMARY KEY (calendar_id, slot_start, seat),
    CONSTRAINT fk_appointment_seat_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT ck_appointment_seat_number CHECK (seat >= 1)
);
CREATE INDEX ix_appointment_seat_appointment ON appointment_seat (appointment_id);
