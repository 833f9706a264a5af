-- The same table as migrations/sqlite/0003_lrs_outbox.sql, in PostgreSQL's types:
-- statements waiting to be forwarded to the learning record store, one hand-in's a row.
CREATE TABLE lrs_outbox (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hand_in_id    BIGINT NOT NULL REFERENCES hand_ins (id) ON DELETE CASCADE,
    statements    TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX lrs_outbox_by_hand_in ON lrs_outbox (hand_in_id);
