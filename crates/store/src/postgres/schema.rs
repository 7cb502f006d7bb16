//! The Postgres schema, its version, and the checks made on connect.

use crate::{Result, StoreError};
use postgres::Client;
use std::path::PathBuf;

/// The Postgres schema version this build reads and writes. Bump it on any incompatible
/// change.
pub const PG_SCHEMA_VERSION: i64 = 1;

/// The advisory lock key that serializes schema set-up and write batches across processes.
pub const LOCK_KEY: i64 = 0x636f_7272_6964_6f72;

/// Tables of this schema (a database holding any of them without `schema_version` is refused).
const TABLES: &[&str] = &[
    "meta",
    "articles",
    "article_sources",
    "lsh_bands",
    "entities",
    "entity_keys",
    "entity_aliases",
    "article_entities",
    "roles",
    "events",
    "event_participants",
    "figures",
];

const SCHEMA: &str = r#"
CREATE TABLE schema_version (version BIGINT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id BIGSERIAL PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT COLLATE "C",
    published_date TEXT COLLATE "C",
    outlet TEXT,
    language TEXT,
    body TEXT NOT NULL,
    record TEXT NOT NULL,
    duplicate_of BIGINT REFERENCES articles(id),
    similarity DOUBLE PRECISION,
    minhash BYTEA,
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(left(title, 2000), '')), 'A')
        || setweight(to_tsvector('english', left(body, 300000)), 'B')
    ) STORED
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
CREATE TABLE article_sources (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    source TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, source)
);
CREATE TABLE lsh_bands (
    band BIGINT NOT NULL,
    hash BIGINT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles(id)
);
CREATE INDEX lsh_bands_lookup ON lsh_bands(band, hash);
CREATE TABLE entities (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    acronym TEXT,
    iso TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION
);
CREATE INDEX entities_kind ON entities(kind);
CREATE TABLE entity_keys (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (kind, key)
);
CREATE TABLE entity_aliases (
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    alias TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE TABLE article_entities (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    position BIGINT NOT NULL,
    local_id TEXT NOT NULL,
    mentions BIGINT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
CREATE TABLE roles (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    person_id BIGINT NOT NULL REFERENCES entities(id),
    title TEXT COLLATE "C" NOT NULL,
    organization TEXT,
    organization_id BIGINT REFERENCES entities(id),
    country TEXT,
    date TEXT COLLATE "C"
);
CREATE INDEX roles_person ON roles(person_id);
CREATE TABLE events (
    id BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL,
    start TEXT COLLATE "C",
    "end" TEXT,
    place TEXT,
    place_id BIGINT REFERENCES entities(id),
    status TEXT,
    evidence TEXT
);
CREATE INDEX events_kind_start ON events(kind, start);
CREATE INDEX events_place ON events(place_id);
CREATE TABLE event_participants (
    event_id BIGINT NOT NULL REFERENCES events(id),
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    entity_id BIGINT REFERENCES entities(id),
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_participants_entity ON event_participants(entity_id);
CREATE TABLE figures (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    unit TEXT NOT NULL,
    about TEXT
);
INSERT INTO meta (key, value) VALUES ('generation', '0');
"#;

/// Creates the schema in an empty database, or checks the version of an existing one.
/// `label` names the database in errors (no password).
pub fn prepare(client: &mut Client, label: &str) -> Result<()> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
    let has_version: bool = tx
        .query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[])?
        .get(0);
    let refuse = |found: i64| StoreError::SchemaVersion {
        path: PathBuf::from(label),
        found,
        expected: PG_SCHEMA_VERSION,
    };
    if !has_version {
        let others: i64 = tx
            .query_one(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY($1)",
                &[&TABLES],
            )?
            .get(0);
        if others > 0 {
            return Err(refuse(0));
        }
        tx.batch_execute(SCHEMA)?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES ($1)",
            &[&PG_SCHEMA_VERSION],
        )?;
        tx.commit()?;
        return Ok(());
    }
    let found: Option<i64> = tx
        .query_one("SELECT max(version) FROM schema_version", &[])?
        .get(0);
    let found = found.unwrap_or(0);
    if found != PG_SCHEMA_VERSION {
        return Err(refuse(found));
    }
    tx.commit()?;
    Ok(())
}
