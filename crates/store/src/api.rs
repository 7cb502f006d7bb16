//! The [`Store`] trait: the one interface over the knowledge base.

use crate::types::*;
use crate::Result;
use corridor_model::{EntityType, Record};

/// The knowledge base. Implementations are shared between threads (`Send + Sync`); every
/// method takes `&self`.
pub trait Store: Send + Sync {
    /// Stores a batch of records atomically (all or none), in order, and returns what became
    /// of each. Records whose normalized content is already stored are skipped; near-duplicates
    /// are stored and linked. The search index is updated before this returns.
    fn add_records(&self, records: &[Record]) -> Result<Vec<AddOutcome>>;

    /// Stores one record (`POST /api/articles`).
    fn add_record(&self, record: &Record) -> Result<AddOutcome> {
        let mut v = self.add_records(std::slice::from_ref(record))?;
        v.pop()
            .ok_or_else(|| crate::StoreError::Internal("add_records returned no outcome".into()))
    }

    /// Full-text search over titles and bodies (near-duplicates left out). `q` uses tantivy's
    /// query syntax, parsed leniently: malformed queries never fail.
    fn search(&self, q: &str, limit: usize, offset: usize) -> Result<SearchResults>;

    /// One article, or `None` when no article has this id.
    fn article(&self, id: ArticleId) -> Result<Option<StoredArticle>>;

    /// Articles, newest publication first.
    fn articles(&self, limit: usize, offset: usize) -> Result<Vec<ArticleRef>>;

    /// Entities whose name or alias contains `q` (case-insensitive; empty: all), of type `kind`
    /// when given, most articles first.
    fn entities(
        &self,
        q: &str,
        kind: Option<EntityType>,
        limit: usize,
    ) -> Result<Vec<EntitySummary>>;

    /// One entity with its roles timeline, events, articles and co-occurring entities.
    fn entity(&self, id: EntityId) -> Result<Option<EntityDetail>>;

    /// Events matching the filter, by start date.
    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>>;

    /// Who met whom.
    fn network(&self, filter: &NetworkFilter) -> Result<Network>;

    /// Places and countries that have coordinates, most articles first.
    fn places(&self, limit: usize) -> Result<Vec<Place>>;

    /// Counts.
    fn stats(&self) -> Result<Stats>;

    /// Rebuilds the search index from the database; returns the number of articles indexed.
    fn reindex(&self) -> Result<usize>;
}
