-- The same tables as migrations/sqlite/0001_classes.sql, in PostgreSQL's types. A
-- teacher's class: the assignment its students take, until it expires. The teacher's
-- secret is kept only as its SHA-256 hash. Times are milliseconds since the Unix epoch.
CREATE TABLE classes (
    id          TEXT PRIMARY KEY NOT NULL,
    secret_hash BYTEA NOT NULL,
    quiz        TEXT NOT NULL,
    assignment  TEXT NOT NULL,
    title       TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX classes_by_expiry ON classes (expires_at);
-- The classes-per-hour count reads the last hour's classes.
CREATE INDEX classes_by_creation ON classes (created_at);

-- A student's hand-in: the result code and the name in it, kept once per key (a resent
-- hand-in is the same one). Deleted with its class.
CREATE TABLE hand_ins (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id    TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    name        TEXT NOT NULL,
    code        TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (class_id, key)
);
