//! What the store returns: plain serializable data, ready to be sent as JSON.

use corridor_model::{EntityType, EventType, Record};
use serde::{Deserialize, Serialize};

/// Identifier of a stored article (stable for the life of the data directory).
pub type ArticleId = i64;
/// Identifier of a resolved entity (stable for the life of the data directory).
pub type EntityId = i64;

/// What [`Store::add_records`](crate::Store::add_records) did with one record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum AddOutcome {
    /// A new article, stored under `id`.
    Stored {
        /// The new article's id.
        id: ArticleId,
    },
    /// The same normalized content is already stored under `id`; nothing was added
    /// (a new source naming the same content is remembered on that article).
    Duplicate {
        /// The article already stored.
        id: ArticleId,
    },
    /// Stored under `id` but linked to article `of`, whose text it nearly repeats; its
    /// entities and events are not counted a second time.
    NearDuplicate {
        /// The new article's id.
        id: ArticleId,
        /// The article it repeats.
        of: ArticleId,
        /// Estimated Jaccard similarity of their word shingles.
        similarity: f64,
    },
    /// Not stored: the record is unusable (no title and no body); the rest of the batch is
    /// stored all the same.
    Rejected {
        /// Why, naming the record's source.
        reason: String,
    },
}

impl AddOutcome {
    /// The id of the stored article this record now maps to (`None` when rejected).
    pub fn id(&self) -> Option<ArticleId> {
        match self {
            AddOutcome::Stored { id } | AddOutcome::Duplicate { id } => Some(*id),
            AddOutcome::NearDuplicate { id, .. } => Some(*id),
            AddOutcome::Rejected { .. } => None,
        }
    }
}

/// One page of search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SearchResults {
    /// How many articles match in all.
    pub total: usize,
    /// The requested page, best first.
    pub hits: Vec<SearchHit>,
}

/// One article matching a search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// The article.
    pub id: ArticleId,
    /// Its headline.
    pub title: Option<String>,
    /// Its publication date.
    pub published: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Relevance score (BM25), higher is better.
    pub score: f32,
    /// A passage of the body around the matched words, as plain (unescaped) text.
    pub snippet: String,
    /// The matched words in `snippet`, as code-point ranges (end exclusive).
    pub highlights: Vec<(usize, usize)>,
    /// The same passage as HTML: text escaped, matched words wrapped in `<b>`…`</b>`.
    pub snippet_html: String,
}

/// A stored article: its record, its id, and the articles that repeat it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredArticle {
    /// The article's id.
    pub id: ArticleId,
    /// The record as ingested (article and extraction).
    pub record: Record,
    /// Every source that delivered exactly this content (the first is `record.article.source`).
    pub sources: Vec<String>,
    /// When this article is a near-duplicate: the article it repeats.
    pub duplicate_of: Option<ArticleId>,
    /// Articles stored as near-duplicates of this one.
    pub duplicates: Vec<ArticleRef>,
    /// The resolved entities of the article, by their id in `record` (`e1`) .
    pub entities: Vec<ArticleEntity>,
}

/// An article named in another answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRef {
    /// The article.
    pub id: ArticleId,
    /// Its headline.
    pub title: Option<String>,
    /// Its publication date.
    pub published: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its source.
    pub source: String,
}

/// How an entity of one article was resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleEntity {
    /// The entity's id within the record (`e1`).
    pub local_id: String,
    /// The resolved entity.
    pub entity: EntityRef,
}

/// An entity named in another answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    /// The entity.
    pub id: EntityId,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Its canonical name.
    pub name: String,
}

/// An entity in a listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntitySummary {
    /// The entity.
    pub id: EntityId,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Its canonical name (the first full form seen).
    pub name: String,
    /// Every other form seen in any article (acronyms included), sorted.
    pub aliases: Vec<String>,
    /// Its acronym, when one was seen.
    pub acronym: Option<String>,
    /// ISO 3166-1 alpha-2 code, for countries.
    pub iso: Option<String>,
    /// Latitude, for geocoded places.
    pub lat: Option<f64>,
    /// Longitude, for geocoded places.
    pub lon: Option<f64>,
    /// How many articles (near-duplicates not counted) mention it.
    pub article_count: usize,
}

/// Everything known about one entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityDetail {
    /// The entity itself.
    #[serde(flatten)]
    pub summary: EntitySummary,
    /// For persons: the offices held, oldest first.
    pub roles: Vec<RoleSpan>,
    /// Events it takes part in (or, for places, that happen there), oldest first.
    pub events: Vec<StoredEvent>,
    /// Articles that mention it, newest first.
    pub articles: Vec<ArticleRef>,
    /// Entities mentioned in the same articles, most shared articles first.
    pub cooccurring: Vec<Cooccurrence>,
}

/// One office of a person, over the articles that state it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleSpan {
    /// The office ("Foreign Minister").
    pub title: String,
    /// The organization it belongs to, as named.
    pub organization: Option<String>,
    /// The organization, resolved, when it is a known entity.
    pub organization_id: Option<EntityId>,
    /// ISO code of the country it belongs to.
    pub country: Option<String>,
    /// Earliest publication date of an article stating it.
    pub first_seen: Option<String>,
    /// Latest publication date of an article stating it.
    pub last_seen: Option<String>,
    /// How many articles state it.
    pub article_count: usize,
}

/// An entity that shares articles with another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cooccurrence {
    /// The other entity.
    pub entity: EntityRef,
    /// How many articles mention both.
    pub articles: usize,
}

/// A stored event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    /// The event's id.
    pub id: i64,
    /// The article that states it.
    pub article_id: ArticleId,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// ISO start date at the text's precision.
    pub start: Option<String>,
    /// ISO end date.
    pub end: Option<String>,
    /// The place, as named.
    pub place: Option<String>,
    /// The place, resolved.
    pub place_id: Option<EntityId>,
    /// Participants as named, with their resolved entity where one is known.
    pub participants: Vec<Participant>,
    /// `planned` for announced events.
    pub status: Option<String>,
    /// The sentence that states it.
    pub evidence: Option<String>,
}

/// A participant of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// The name in the article.
    pub name: String,
    /// The resolved entity.
    pub entity_id: Option<EntityId>,
}

/// Which events [`Store::events`](crate::Store::events) returns (all fields optional).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EventFilter {
    /// Only events of this type.
    #[serde(rename = "type")]
    pub kind: Option<EventType>,
    /// Only events starting on or after this ISO date (prefix compare: `2024` or `2024-03`).
    pub from: Option<String>,
    /// Only events starting on or before this ISO date (prefix compare).
    pub to: Option<String>,
    /// Only events this entity takes part in, or that happen at this place.
    pub entity: Option<EntityId>,
    /// At most this many (0: a default of 100).
    pub limit: usize,
    /// Skip this many.
    pub offset: usize,
}

/// Who met whom: a weighted graph over persons, organizations and countries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Network {
    /// The entities that have at least one edge.
    pub nodes: Vec<EntitySummary>,
    /// Undirected edges, heaviest first.
    pub edges: Vec<Edge>,
}

/// Two entities taking part in the same meeting or visit events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// The entity with the smaller id.
    pub source: EntityId,
    /// The entity with the larger id.
    pub target: EntityId,
    /// How many events they share.
    pub weight: usize,
}

/// Which edges [`Store::network`](crate::Store::network) returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct NetworkFilter {
    /// Event types that make an edge (empty: meeting and visit).
    pub kinds: Vec<EventType>,
    /// Only edges touching this entity.
    pub entity: Option<EntityId>,
    /// Only edges of at least this weight (0 or 1: all).
    pub min_weight: usize,
    /// At most this many edges (0: a default of 500).
    pub limit: usize,
}

/// A place (or country) with coordinates and how often it is mentioned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The entity.
    pub id: EntityId,
    /// Its type: `place` or `country`.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Its name.
    pub name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// How many articles mention it.
    pub article_count: usize,
    /// How many events happen there.
    pub event_count: usize,
}

/// Counts of the knowledge base (`corridor stats --json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Stats {
    /// Distinct articles, near-duplicates not counted.
    pub articles: usize,
    /// Articles stored as near-duplicates of another.
    pub duplicates: usize,
    /// Further sources that delivered content already stored.
    pub duplicate_sources: usize,
    /// Resolved entities of every type.
    pub entities: usize,
    /// Persons.
    pub persons: usize,
    /// Organizations.
    pub organizations: usize,
    /// Countries.
    pub countries: usize,
    /// Places.
    pub places: usize,
    /// Entities of the other types (initiatives, projects, named events).
    pub other_entities: usize,
    /// Events.
    pub events: usize,
    /// Role statements (a person's title in an article).
    pub roles: usize,
    /// Figures (money and percentages).
    pub figures: usize,
    /// Entity mentions summed over articles.
    pub mentions: usize,
    /// Articles in the search index (equals `articles` once the index has caught up).
    pub indexed: usize,
}

/// The outcome of a batch of records, summed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AddSummary {
    /// New articles.
    pub stored: usize,
    /// Records whose content was already stored.
    pub duplicates: usize,
    /// Records stored as near-duplicates of another article.
    pub near_duplicates: usize,
    /// Records rejected as unusable.
    pub rejected: usize,
}

impl AddSummary {
    /// Adds one outcome to the sums.
    pub fn count(&mut self, o: &AddOutcome) {
        match o {
            AddOutcome::Stored { .. } => self.stored += 1,
            AddOutcome::Duplicate { .. } => self.duplicates += 1,
            AddOutcome::NearDuplicate { .. } => self.near_duplicates += 1,
            AddOutcome::Rejected { .. } => self.rejected += 1,
        }
    }
}
