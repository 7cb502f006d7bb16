//! Which knowledge base a command works on: the embedded one in a data directory (the default), or
//! a Postgres database (`--db URL` or `$CORRIDOR_DB`; binaries built with `--features postgres`).

use corridor_store::{EmbeddedStore, Store};
use std::path::PathBuf;
use std::sync::Arc;

/// The `--data` / `--db` pair the knowledge-base commands share.
#[derive(clap::Args, Clone, Default)]
pub struct Location {
    /// The data directory of the embedded knowledge base (default: `$CORRIDOR_DATA`, else
    /// `./corridor-data`).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// A Postgres database instead (`postgresql://user@host/db`; default `$CORRIDOR_DB`). Needs a
    /// binary built with `--features postgres`.
    #[arg(long, conflicts_with = "data")]
    pub db: Option<String>,
}

/// An opened knowledge base and how to name it in messages (never with credentials).
pub struct Opened {
    /// The store.
    pub store: Arc<dyn Store>,
    /// A data directory, or a database name.
    pub label: String,
}

impl Location {
    /// The Postgres URL asked for, if any.
    fn db_url(&self) -> Option<String> {
        self.db.clone().or_else(|| {
            (self.data.is_none())
                .then(|| std::env::var("CORRIDOR_DB").ok())
                .flatten()
                .filter(|v| !v.is_empty())
        })
    }

    /// The embedded knowledge base's directory (when no database is asked for).
    pub fn dir(&self) -> PathBuf {
        super::ingest::data_dir(self.data.clone())
    }

    /// Whether a knowledge base exists there already (a database always counts as existing).
    pub fn exists(&self) -> bool {
        self.db_url().is_some() || self.dir().join("corridor.sqlite3").exists()
    }

    /// Opens (creating when missing) the knowledge base.
    pub fn open(&self) -> anyhow::Result<Opened> {
        if let Some(url) = self.db_url() {
            return open_postgres(&url);
        }
        let dir = self.dir();
        let store =
            EmbeddedStore::open(&dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
        Ok(Opened {
            store: Arc::new(store),
            label: dir.display().to_string(),
        })
    }
}

#[cfg(feature = "postgres")]
fn open_postgres(url: &str) -> anyhow::Result<Opened> {
    let store = corridor_store::PostgresStore::connect(url)
        .map_err(|e| anyhow::anyhow!("postgres: {e} (check --db / $CORRIDOR_DB)"))?;
    let label = format!("postgres database {}", store.label());
    Ok(Opened {
        store: Arc::new(store),
        label,
    })
}

#[cfg(not(feature = "postgres"))]
fn open_postgres(_url: &str) -> anyhow::Result<Opened> {
    anyhow::bail!(
        "this corridor was built without Postgres support: rebuild with \
         `cargo build --release --features postgres`, or use the embedded knowledge base (--data DIR)"
    )
}
