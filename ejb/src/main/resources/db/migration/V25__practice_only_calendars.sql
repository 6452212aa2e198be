-- A calendar booked only through a request with a calendar slot field (a hall paid for with the
-- request): not listed among the bookable calendars, no appointment taken on it directly.
ALTER TABLE booking_calendar ADD COLUMN practice_only BOOLEAN DEFAULT FALSE NOT NULL;
