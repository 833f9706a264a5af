-- Statements waiting to be forwarded to the learning record store (`--lrs-url`): a
-- hand-in's xAPI statements, as one JSON array, written in the hand-in's own transaction,
-- deleted once the LRS has taken them. `claimed_until`: a forwarder sending them now
-- (milliseconds since the Unix epoch; 0 for none). Deleted with the hand-in, and so with
-- its class: what a teacher deletes is not forwarded after.
CREATE TABLE lrs_outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    hand_in_id    INTEGER NOT NULL REFERENCES hand_ins (id) ON DELETE CASCADE,
    statements    TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    claimed_until INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lrs_outbox_by_hand_in ON lrs_outbox (hand_in_id);
