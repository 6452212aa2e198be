-- The practices sent are counted from the practices themselves (SentFigure). A counter on the
-- service row was written by every sending of that service, so simultaneous sendings of one
-- service collided on it.
ALTER TABLE service DROP COLUMN sent_count;
