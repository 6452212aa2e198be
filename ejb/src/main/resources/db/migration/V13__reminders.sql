-- Reminders sent once: the day before an appointment, and before a payment falls due.
ALTER TABLE appointment ADD COLUMN reminded_at TIMESTAMP;
ALTER TABLE payment ADD COLUMN reminded_at TIMESTAMP;

-- What the reminders job looks for: confirmed appointments by start, payments to pay by due date.
CREATE INDEX ix_appointment_status_start ON appointment (status, starts_at);
CREATE INDEX ix_payment_state_due ON payment (state, due_date);
