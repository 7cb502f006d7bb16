//! The SQLite schema, its version, and the checks made on open.

use crate::{Result, StoreError};
use rusqlite::{Connection, OptionalExtension};
use std::path::Path;

/// The schema version this build reads and writes. Bump it on any incompatible change.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = r#"
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    published_date TEXT,
    outlet TEXT,
    language TEXT,
    body TEXT NOT NULL,
    record TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES articles(id),
    similarity REAL,
    minhash BLOB
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE TABLE article_sources (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    source TEXT NOT NULL,
    PRIMARY KEY (article_id, source)
) WITHOUT ROWID;
CREATE TABLE lsh_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX lsh_bands_lookup ON lsh_bands(band, hash);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    acronym TEXT,
    iso TEXT,
    lat REAL,
    lon REAL
);
CREATE INDEX entities_kind ON entities(kind);
CREATE TABLE entity_keys (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    position INTEGER NOT NULL,
    local_id TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
CREATE TABLE roles (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    person_id INTEGER NOT NULL REFERENCES entities(id),
    title TEXT NOT NULL,
    organization TEXT,
    organization_id INTEGER REFERENCES entities(id),
    country TEXT,
    date TEXT
);
CREATE INDEX roles_person ON roles(person_id);
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL,
    start TEXT,
    "end" TEXT,
    place TEXT,
    place_id INTEGER REFERENCES entities(id),
    status TEXT,
    evidence TEXT
);
CREATE INDEX events_kind_start ON events(kind, start);
CREATE INDEX events_place ON events(place_id);
CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity_id);
CREATE TABLE figures (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    about TEXT
);
"#;

/// Sets the connection up (WAL, foreign keys, busy timeout) and creates or checks the schema.
pub fn prepare(conn: &mut Connection, path: &Path) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let has_version: bool = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n > 0)?;
    if !has_version {
        let other_tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        if other_tables > 0 {
            return Err(StoreError::SchemaVersion {
                path: path.to_path_buf(),
                found: 0,
                expected: SCHEMA_VERSION,
            });
        }
        let tx = conn.transaction()?;
        tx.execute_batch(SCHEMA)?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            [SCHEMA_VERSION],
        )?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('generation', '0')",
            [],
        )?;
        tx.commit()?;
        return Ok(());
    }
    let found: Option<i64> = conn
        .query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))
        .optional()?
        .flatten();
    let found = found.unwrap_or(0);
    if found != SCHEMA_VERSION {
        return Err(StoreError::SchemaVersion {
            path: path.to_path_buf(),
            found,
            expected: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Sets a read-only connection up.
pub fn prepare_reader(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}
