-- The same tables as migrations/sqlite/0002_readers.sql, in PostgreSQL's types. Text
-- that a tally orders by is compared byte by byte (COLLATE "C"), as SQLite compares it,
-- whatever the database's locale: both stores order ties alike.
--
-- A news reader's page view of a quiz: one row per random id the page made for itself
-- (forgotten by the page when it closes; nothing links two rows to one person), the
-- embedding page's host name, the day (days since the Unix epoch, UTC), whether the
-- reader started and finished, and the score. Deleted after --reader-days days.
CREATE TABLE readings (
    quiz        TEXT NOT NULL,
    reader      TEXT NOT NULL,
    site        TEXT COLLATE "C" NOT NULL,
    day         BIGINT NOT NULL,
    started     INTEGER NOT NULL DEFAULT 0,
    finished    INTEGER NOT NULL DEFAULT 0,
    earned      BIGINT,
    max_points  BIGINT,
    PRIMARY KEY (quiz, reader)
);
CREATE INDEX readings_by_day ON readings (day);

-- A reader's first answer to a question, as the server scored it: the answer in the
-- API's JSON, whether it earned full marks ("right" is quoted: a keyword here).
CREATE TABLE reader_answers (
    quiz        TEXT NOT NULL,
    reader      TEXT NOT NULL,
    question    TEXT COLLATE "C" NOT NULL,
    response    TEXT COLLATE "C" NOT NULL,
    "right"     BOOLEAN NOT NULL,
    PRIMARY KEY (quiz, reader, question),
    FOREIGN KEY (quiz, reader) REFERENCES readings (quiz, reader) ON DELETE CASCADE
);
CREATE INDEX reader_answers_by_question ON reader_answers (quiz, question);
