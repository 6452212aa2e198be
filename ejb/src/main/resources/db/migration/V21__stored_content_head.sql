-- The first bytes of each file, which tell its type, kept next to the whole file: checking a
-- practice's files again when it is sent reads these instead of every file in full. Files stored
-- before this have none, and are read in full as before.
ALTER TABLE stored_content ADD COLUMN head BYTEA;
