-- Deleting a row makes the database look for rows that still refer to it. Without an index on the
-- referring column that is a read of the whole referring table for every deleted row: deleting
-- drafts (the draft expiry job) read every practice once per draft for practice.previous_id, which
-- made a 1,000,000-draft expiry delete about 8 drafts a second instead of hundreds. The same holds
-- for the attachments of a deleted draft (outcome letters refer to attachments, attachments to
-- their stored content and to the message they came with).
CREATE INDEX ix_practice_previous ON practice (previous_id);
CREATE INDEX ix_practice_outcome_letter ON practice (outcome_letter_id);
CREATE INDEX ix_attachment_content ON attachment (content_id);
CREATE INDEX ix_attachment_message ON attachment (message_id);
CREATE INDEX ix_integration_request_message ON integration_request (request_message_id);
CREATE INDEX ix_integration_request_document ON integration_request (document_id);
CREATE INDEX ix_integration_answer_message ON integration_request_answer (message_id);
