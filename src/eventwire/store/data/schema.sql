-- eventwire store schema. Portable SQL: DuckDB and PostgreSQL both accept it as written
-- (nested records are JSON text; "start"/"end" are quoted because END is reserved).
-- Every column of a record model is here; tests/store check the two stay in step.

CREATE TABLE IF NOT EXISTS store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,
    title         TEXT,
    published     TEXT,
    outlet        TEXT,
    url           TEXT,
    language      TEXT,
    status        TEXT NOT NULL,
    skip_reason   TEXT,
    duplicate_of  TEXT,
    source        TEXT,
    position      TEXT,
    external_id   TEXT,
    text          TEXT NOT NULL,
    signature     BYTEA,
    coder_version TEXT,
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    id               TEXT PRIMARY KEY,
    article_id       TEXT NOT NULL,
    type             TEXT NOT NULL,
    mode             TEXT,
    contexts         TEXT,            -- JSON list
    source           TEXT,            -- JSON list of Actor
    target           TEXT,            -- JSON list of Actor
    cameo            TEXT,
    quad_class       INTEGER,
    goldstein        DOUBLE PRECISION,
    negated          BOOLEAN NOT NULL,
    modality         TEXT,
    historical       BOOLEAN NOT NULL,
    date             TEXT,
    location         TEXT,            -- JSON Location
    sentence         TEXT NOT NULL,
    "start"          INTEGER NOT NULL,
    "end"            INTEGER NOT NULL,
    trigger          TEXT NOT NULL,
    trigger_start    INTEGER,
    trigger_end      INTEGER,
    confidence       DOUBLE PRECISION NOT NULL,
    quote_id         TEXT,
    reported_by      TEXT,            -- JSON Actor
    outlet           TEXT,
    rule             TEXT,
    coder_version    TEXT,
    -- flat query columns: the first actor of each role, then every actor ';'-joined
    source_name      TEXT,
    source_country   TEXT,
    source_sector    TEXT,
    source_code      TEXT,
    source_names     TEXT,
    source_codes     TEXT,
    source_countries TEXT,
    target_name      TEXT,
    target_country   TEXT,
    target_sector    TEXT,
    target_code      TEXT,
    target_names     TEXT,
    target_codes     TEXT,
    target_countries TEXT,
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    location_name    TEXT,
    location_country TEXT,
    updated_at       TIMESTAMP        -- when this event row last changed (write or recode)
);

-- Stores made before updated_at existed gain the column on their next read-write open.
ALTER TABLE events ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP;

-- Insertion order of articles (1, 2, ... across batches; ingested_at ties within a batch): a
-- resumed run rebuilds its near-duplicate index in the order a fresh run met the articles.
-- Articles stored before the column existed keep NULL and sort first, by id.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS seq BIGINT;

-- Events a recode removed, so a downstream copy can delete them too (incremental sync).
CREATE TABLE IF NOT EXISTS tombstones (
    event_id   TEXT NOT NULL,
    article_id TEXT NOT NULL,
    removed_at TIMESTAMP NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (event_id, removed_at)
);

-- Quote ids are only promised unique within their article, hence the composite key.
CREATE TABLE IF NOT EXISTS quotes (
    id              TEXT NOT NULL,
    article_id      TEXT NOT NULL,
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    "start"         INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    speaker         TEXT,             -- JSON Actor
    cue             TEXT,
    outlet          TEXT,
    speaker_name    TEXT,
    speaker_country TEXT,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS actors (
    article_id  TEXT NOT NULL,
    id          TEXT NOT NULL,
    text        TEXT NOT NULL,
    name        TEXT,
    country     TEXT,
    sector      TEXT,
    code        TEXT,
    kind        TEXT,
    mention_id  TEXT,
    "start"     INTEGER,
    "end"       INTEGER,
    entity      TEXT,
    sectors     TEXT,                 -- JSON list
    confidence  DOUBLE PRECISION NOT NULL,
    resolution  TEXT,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS places (
    article_id  TEXT NOT NULL,
    name        TEXT NOT NULL,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    country     TEXT,
    kind        TEXT,
    geonames_id BIGINT,
    text        TEXT NOT NULL,
    "start"     INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    admin1      TEXT,
    confidence  DOUBLE PRECISION NOT NULL,
    resolution  TEXT,
    PRIMARY KEY (article_id, "start", "end")
);

CREATE TABLE IF NOT EXISTS dates (
    article_id  TEXT NOT NULL,
    text        TEXT NOT NULL,
    "start"     INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    date        TEXT,
    end_date    TEXT,
    granularity TEXT,
    relative    BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, "start", "end")
);

CREATE TABLE IF NOT EXISTS outlets (
    article_id TEXT NOT NULL,
    name       TEXT NOT NULL,
    text       TEXT NOT NULL,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    cue        TEXT,
    PRIMARY KEY (article_id, "start", "end")
);

CREATE TABLE IF NOT EXISTS errors (
    id         TEXT PRIMARY KEY,
    source     TEXT NOT NULL,
    position   TEXT,
    code       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    stage      TEXT NOT NULL,
    article_id TEXT,
    created_at TIMESTAMP NOT NULL
);
