-- Messages of the office may be rich text (sanitised HTML from the operators' editor); the
-- citizens' messages and every message written before stay plain text. The format tells the
-- pages which is which: PLAIN is shown escaped, HTML (only ever stored after the allow-list)
-- as it is. The body grows to hold the markup of a text of up to 10,000 characters.
ALTER TABLE practice_message ADD COLUMN body_format VARCHAR(5) DEFAULT 'PLAIN' NOT NULL;
ALTER TABLE practice_message ALTER COLUMN body SET DATA TYPE VARCHAR(40000);
