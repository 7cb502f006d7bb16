//! [`EmbeddedStore`]: the knowledge base in one data directory, SQLite plus tantivy.
//!
//! Layout: `DIR/corridor.sqlite3` (WAL mode) holds everything; `DIR/index/` is the tantivy
//! index, derived from the database and brought up to date on open and after every write.

mod index;
pub(crate) mod read;
pub(crate) mod resolve;
mod schema;
pub(crate) mod write;

pub use schema::SCHEMA_VERSION;

use crate::api::Store;
use crate::types::*;
use crate::{Result, StoreError};
use corridor_model::{EntityType, Record};
use index::{IndexDoc, SearchIndex};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Articles indexed per tantivy commit while catching up.
const CATCH_UP_CHUNK: i64 = 1000;

/// The embedded knowledge base: SQLite for the data, tantivy for search.
///
/// Writes go through one connection, reads through another (WAL lets them run side by
/// side); both sit behind mutexes, so the store is `Send + Sync` and can be shared in an `Arc`.
pub struct EmbeddedStore {
    dir: PathBuf,
    writer: Mutex<Connection>,
    reader: Mutex<Connection>,
    index: SearchIndex,
}

impl EmbeddedStore {
    /// Opens (creating if needed) the knowledge base in `dir`. Fails with
    /// [`StoreError::SchemaVersion`] when the database was written by another schema version.
    /// A search index that lags behind the database is brought up to date; when another
    /// process holds the index writer, that is left to the next write.
    pub fn open(dir: impl AsRef<Path>) -> Result<EmbeddedStore> {
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
            path: dir.clone(),
            source,
        })?;
        let db = dir.join("corridor.sqlite3");
        let mut writer = Connection::open(&db)?;
        schema::prepare(&mut writer, &db)?;
        let reader = Connection::open(&db)?;
        schema::prepare_reader(&reader)?;
        let (index, fresh) = SearchIndex::open(&dir.join("index"))?;
        let store = EmbeddedStore {
            dir,
            writer: Mutex::new(writer),
            reader: Mutex::new(reader),
            index,
        };
        let synced = if fresh {
            store.reindex().map(|_| ())
        } else {
            store.sync_index()
        };
        match synced {
            Err(StoreError::Index(tantivy::TantivyError::LockFailure(..))) => {}
            other => other?,
        }
        Ok(store)
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn writer(&self) -> Result<MutexGuard<'_, Connection>> {
        self.writer.lock().map_err(|_| StoreError::Poisoned)
    }

    fn reader(&self) -> Result<MutexGuard<'_, Connection>> {
        self.reader.lock().map_err(|_| StoreError::Poisoned)
    }

    /// Indexes the canonical articles the index has not seen yet.
    fn sync_index(&self) -> Result<()> {
        loop {
            let after = self.index.indexed_up_to()?;
            let conn = self.reader()?;
            let max: i64 =
                conn.query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
                    r.get(0)
                })?;
            if max < after {
                drop(conn);
                self.reindex()?;
                return Ok(());
            }
            if max == after {
                return Ok(());
            }
            let upto = max.min(after + CATCH_UP_CHUNK);
            let rows = read::index_rows(&conn, after, upto)?;
            drop(conn);
            let docs: Vec<IndexDoc<'_>> = rows.iter().map(|r| r.as_doc()).collect();
            self.index.append(&docs, upto)?;
        }
    }
}

impl Store for EmbeddedStore {
    fn add_records(&self, records: &[Record]) -> Result<Vec<AddOutcome>> {
        let outcomes = {
            let mut conn = self.writer()?;
            write::add_records(&mut conn, records)?
        };
        self.sync_index()?;
        Ok(outcomes)
    }

    fn search(&self, q: &str, limit: usize, offset: usize) -> Result<SearchResults> {
        self.index.search(q, limit, offset)
    }

    fn article(&self, id: ArticleId) -> Result<Option<StoredArticle>> {
        read::article(&*self.reader()?, id)
    }

    fn articles(&self, limit: usize, offset: usize) -> Result<Vec<ArticleRef>> {
        read::articles(&*self.reader()?, limit, offset)
    }

    fn entities(
        &self,
        q: &str,
        kind: Option<EntityType>,
        limit: usize,
    ) -> Result<Vec<EntitySummary>> {
        read::entities(&*self.reader()?, q, kind, limit)
    }

    fn entity(&self, id: EntityId) -> Result<Option<EntityDetail>> {
        read::entity(&*self.reader()?, id)
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        read::events(&*self.reader()?, filter)
    }

    fn network(&self, filter: &NetworkFilter) -> Result<Network> {
        read::network(&*self.reader()?, filter)
    }

    fn places(&self, limit: usize) -> Result<Vec<Place>> {
        read::places(&*self.reader()?, limit)
    }

    fn stats(&self) -> Result<Stats> {
        let mut stats = read::stats(&*self.reader()?)?;
        stats.indexed = self.index.num_docs()?;
        Ok(stats)
    }

    fn reindex(&self) -> Result<usize> {
        self.index.clear()?;
        self.sync_index()?;
        let conn = self.reader()?;
        let n: i64 = conn.query_row(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NULL",
            [],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }
}
