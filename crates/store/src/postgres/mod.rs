//! [`PostgresStore`]: the knowledge base in a Postgres database, for teams that outgrow one
//! machine (cargo feature `postgres`).
//!
//! The same [`Store`] contract as [`crate::EmbeddedStore`], and the same database-neutral
//! logic (content hashing, MinHash near-duplicates, the entity resolution rules of
//! `embedded::resolve`). Full-text search is a generated `tsvector` column with a GIN index,
//! queried with `websearch_to_tsquery`, which never fails on malformed input. Write batches
//! run in one transaction each, serialized across processes by an advisory lock, so several
//! ingesting machines can share one database.

mod query;
mod read;
mod resolve;
mod schema;
mod search;
mod tx;
mod write;

pub use schema::PG_SCHEMA_VERSION;

use crate::api::Store;
use crate::types::*;
use crate::{Result, StoreError};
use corridor_model::{EntityType, Record};
use postgres::config::Host;
use postgres::{Client, Config, NoTls};
use std::sync::{Mutex, MutexGuard};

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> StoreError {
        match e.as_db_error() {
            Some(db) => StoreError::Internal(format!(
                "postgres: {} ({}){}",
                db.message(),
                db.code().code(),
                db.detail().map(|d| format!(": {d}")).unwrap_or_default()
            )),
            None => StoreError::Internal(format!("postgres: {e}")),
        }
    }
}

/// Longest value, bytes, kept in a column under a btree index (Postgres refuses index
/// entries over about 2.7 kB; SQLite has no such limit, so long untrusted values are clipped
/// here instead of failing the batch). The record itself is always stored whole.
pub(crate) const MAX_KEY_BYTES: usize = 1000;

/// `s` clipped to at most `max` bytes, at a character boundary.
pub(crate) fn clip(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The knowledge base in a Postgres database.
///
/// One connection (with its prepared write statements) behind a mutex: the store is `Send +
/// Sync` and can be shared in an `Arc`. A connection the server closed (a restart, an idle
/// timeout) is opened again: reads are retried once, a write that met it fails.
pub struct PostgresStore {
    conn: Mutex<tx::Conn>,
    config: Config,
    label: String,
}

/// A name for the database without credentials: `postgres://HOST:PORT/DB`.
fn label(config: &Config) -> String {
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        Some(Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config
        .get_dbname()
        .or(config.get_user())
        .unwrap_or("postgres");
    format!("postgres://{host}:{port}/{db}")
}

fn open(config: &Config, label: &str) -> Result<Client> {
    config
        .connect(NoTls)
        .map_err(|e| StoreError::Internal(format!("{label}: cannot connect: {e}")))
}

impl PostgresStore {
    /// Connects to `url` (`postgresql://user@host:port/db` or `host=/run/pg user=corridor
    /// dbname=kb`), creating the schema in an empty database. Fails with
    /// [`StoreError::SchemaVersion`] when the database holds another schema version (a newer
    /// one included), and with [`StoreError::InvalidArgument`] when `url` cannot be read.
    pub fn connect(url: &str) -> Result<PostgresStore> {
        let config: Config = url
            .parse()
            .map_err(|e| StoreError::InvalidArgument(format!("postgres url: {e}")))?;
        let label = label(&config);
        let mut client = open(&config, &label)?;
        schema::prepare(&mut client, &label)?;
        Ok(PostgresStore {
            conn: Mutex::new(tx::Conn {
                client,
                cache: tx::Cache::new(),
            }),
            config,
            label,
        })
    }

    /// The database, without credentials.
    pub fn label(&self) -> &str {
        &self.label
    }

    fn conn(&self) -> Result<MutexGuard<'_, tx::Conn>> {
        let mut conn = self.conn.lock().map_err(|_| StoreError::Poisoned)?;
        if conn.client.is_closed() {
            self.reopen(&mut conn)?;
        }
        Ok(conn)
    }

    fn reopen(&self, conn: &mut tx::Conn) -> Result<()> {
        conn.client = open(&self.config, &self.label)?;
        conn.cache.clear();
        Ok(())
    }

    /// Runs a read; when it failed because the connection closed, reconnects and runs it once
    /// more (reads only: a write whose connection dropped is left to the caller).
    fn read<T>(&self, f: impl Fn(&mut Client) -> Result<T>) -> Result<T> {
        let mut conn = self.conn()?;
        match f(&mut conn.client) {
            Err(_) if conn.client.is_closed() => {
                self.reopen(&mut conn)?;
                f(&mut conn.client)
            }
            r => r,
        }
    }
}

impl Store for PostgresStore {
    fn add_records(&self, records: &[Record]) -> Result<Vec<AddOutcome>> {
        write::add_records(&mut *self.conn()?, records)
    }

    fn search(&self, q: &str, limit: usize, offset: usize) -> Result<SearchResults> {
        self.read(|c| search::search(c, q, limit, offset))
    }

    fn article(&self, id: ArticleId) -> Result<Option<StoredArticle>> {
        self.read(|c| read::article(c, id))
    }

    fn articles(&self, limit: usize, offset: usize) -> Result<Vec<ArticleRef>> {
        self.read(|c| read::articles(c, limit, offset))
    }

    fn entities(
        &self,
        q: &str,
        kind: Option<EntityType>,
        limit: usize,
    ) -> Result<Vec<EntitySummary>> {
        self.read(|c| read::entities(c, q, kind, limit))
    }

    fn entity(&self, id: EntityId) -> Result<Option<EntityDetail>> {
        self.read(|c| read::entity(c, id))
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        self.read(|c| read::events(c, filter))
    }

    fn network(&self, filter: &NetworkFilter) -> Result<Network> {
        self.read(|c| read::network(c, filter))
    }

    fn places(&self, limit: usize) -> Result<Vec<Place>> {
        self.read(|c| read::places(c, limit))
    }

    fn stats(&self) -> Result<Stats> {
        let mut stats = self.read(read::stats)?;
        // Every canonical article is in the generated tsvector column.
        stats.indexed = stats.articles;
        Ok(stats)
    }

    fn reindex(&self) -> Result<usize> {
        let mut conn = self.conn()?;
        let c = &mut conn.client;
        c.batch_execute("REINDEX INDEX articles_tsv")?;
        let n: i64 = c
            .query_one(
                "SELECT count(*) FROM articles WHERE duplicate_of IS NULL",
                &[],
            )?
            .get(0);
        Ok(n as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::clip;

    #[test]
    fn clipping_keeps_characters_whole() {
        let cases = [
            ("abc", 5, "abc"),
            ("abc", 2, "ab"),
            ("éé", 3, "é"),
            ("日本", 5, "日"),
            ("x", 0, ""),
        ];
        for (s, max, want) in cases {
            assert_eq!(clip(s, max), want, "{s:?} {max}");
        }
    }
}
