-- An appointment may be booked for a practice (the citizen from its Appuntamenti tab, or the office
-- for the applicant): the practice it belongs to, if any.
ALTER TABLE appointment ADD COLUMN practice_id BIGINT;
ALTER TABLE appointment ADD CONSTRAINT fk_appointment_practice FOREIGN KEY (practice_id) REFERENCES practice (id);
CREATE INDEX ix_appointment_practice ON appointment (practice_id);
