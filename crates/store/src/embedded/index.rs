//! The tantivy search index, derived from the database.
//!
//! Every tantivy commit carries a payload naming the largest article id it has seen
//! (`{"max_article_id":N}`). Articles are only ever appended, so an index whose recorded id is
//! behind the database's is brought up to date by indexing the articles after it; one that
//! cannot be read, has another schema, or is ahead of the database is rebuilt from scratch.

use crate::types::{SearchHit, SearchResults};
use crate::{Result, StoreError};
use std::path::Path;
use std::sync::Mutex;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::QueryParser;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// Writer heap, bytes (tantivy's minimum is 15 MB per thread).
const WRITER_HEAP: usize = 32_000_000;
/// Longest snippet, characters.
const SNIPPET_CHARS: usize = 200;

/// One article as the index sees it.
pub struct IndexDoc<'a> {
    /// The article id.
    pub id: i64,
    /// Headline.
    pub title: Option<&'a str>,
    /// Body.
    pub body: &'a str,
    /// Publication date.
    pub published: Option<&'a str>,
    /// Outlet.
    pub outlet: Option<&'a str>,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    title: Field,
    body: Field,
    published: Field,
    outlet: Field,
}

/// The search index of one data directory.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<Option<IndexWriter>>,
    fields: Fields,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("en_stem")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let id = b.add_i64_field("id", INDEXED | STORED | FAST);
    let title = b.add_text_field("title", text.clone());
    let body = b.add_text_field("body", text);
    let published = b.add_text_field("published", STORED);
    let outlet = b.add_text_field("outlet", STORED);
    (
        b.build(),
        Fields {
            id,
            title,
            body,
            published,
            outlet,
        },
    )
}

fn io_err(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl SearchIndex {
    /// Opens the index in `path`, creating it (or recreating an unreadable one of another
    /// schema) as needed. Returns the index and whether it was created afresh.
    pub fn open(path: &Path) -> Result<(SearchIndex, bool)> {
        let (schema, fields) = schema();
        std::fs::create_dir_all(path).map_err(|e| io_err(path, e))?;
        let existing = Index::open_in_dir(path)
            .ok()
            .filter(|i| i.schema() == schema);
        let (index, fresh) = match existing {
            Some(i) => (i, false),
            None => {
                let has_meta = path.join("meta.json").exists();
                if has_meta {
                    std::fs::remove_dir_all(path).map_err(|e| io_err(path, e))?;
                    std::fs::create_dir_all(path).map_err(|e| io_err(path, e))?;
                }
                (Index::create_in_dir(path, schema)?, true)
            }
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok((
            SearchIndex {
                index,
                reader,
                writer: Mutex::new(None),
                fields,
            },
            fresh,
        ))
    }

    /// The largest article id the last commit recorded (0 when none).
    pub fn indexed_up_to(&self) -> Result<i64> {
        let metas = self.index.load_metas()?;
        Ok(metas
            .payload
            .as_deref()
            .and_then(|p| serde_json::from_str::<serde_json::Value>(p).ok())
            .and_then(|v| v.get("max_article_id").and_then(|n| n.as_i64()))
            .unwrap_or(0))
    }

    /// Adds articles (replacing any earlier copy of the same id) and commits with
    /// `max_article_id` as the new commit point.
    pub fn append(&self, docs: &[IndexDoc<'_>], max_article_id: i64) -> Result<()> {
        let mut guard = self.writer.lock().map_err(|_| StoreError::Poisoned)?;
        if guard.is_none() {
            *guard = Some(self.index.writer_with_num_threads(1, WRITER_HEAP)?);
        }
        let writer = guard.as_mut().ok_or(StoreError::Poisoned)?;
        for d in docs {
            let f = self.fields;
            writer.delete_term(Term::from_field_i64(f.id, d.id));
            let mut document = doc!(f.id => d.id, f.body => d.body);
            if let Some(t) = d.title {
                document.add_text(f.title, t);
            }
            if let Some(p) = d.published {
                document.add_text(f.published, p);
            }
            if let Some(o) = d.outlet {
                document.add_text(f.outlet, o);
            }
            writer.add_document(document)?;
        }
        let payload = serde_json::json!({ "max_article_id": max_article_id }).to_string();
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Empties the index (committed with `max_article_id` 0).
    pub fn clear(&self) -> Result<()> {
        let mut guard = self.writer.lock().map_err(|_| StoreError::Poisoned)?;
        if guard.is_none() {
            *guard = Some(self.index.writer_with_num_threads(1, WRITER_HEAP)?);
        }
        let writer = guard.as_mut().ok_or(StoreError::Poisoned)?;
        writer.delete_all_documents()?;
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(r#"{"max_article_id":0}"#);
        prepared.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Documents in the index as of its last commit.
    pub fn num_docs(&self) -> Result<usize> {
        self.reader.reload()?;
        Ok(self.reader.searcher().num_docs() as usize)
    }

    /// Searches titles (boosted) and bodies.
    pub fn search(&self, q: &str, limit: usize, offset: usize) -> Result<SearchResults> {
        let f = self.fields;
        let searcher = self.reader.searcher();
        let mut parser = QueryParser::for_index(&self.index, vec![f.title, f.body]);
        parser.set_field_boost(f.title, 2.0);
        let (mut query, errors) = parser.parse_query_lenient(q);
        if !errors.is_empty() {
            // Query syntax the parser could not read (".:*{"): search its words instead.
            let words: String = q
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            query = parser.parse_query_lenient(&words).0;
        }
        if limit == 0 {
            let total = searcher.search(&*query, &Count)?;
            return Ok(SearchResults {
                total,
                hits: Vec::new(),
            });
        }
        let top = TopDocs::with_limit(limit)
            .and_offset(offset)
            .order_by_score();
        let (total, docs) = searcher.search(&*query, &(Count, top))?;
        let mut snippets = SnippetGenerator::create(&searcher, &*query, f.body)?;
        snippets.set_max_num_chars(SNIPPET_CHARS);
        let mut hits = Vec::with_capacity(docs.len());
        for (score, address) in docs {
            let d: TantivyDocument = searcher.doc(address)?;
            let text = |field: Field| {
                d.get_first(field)
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            let id = d.get_first(f.id).and_then(|v| v.as_i64()).unwrap_or(0);
            let body = text(f.body).unwrap_or_default();
            let snippet = snippets.snippet(&body);
            let (plain, highlights) = plain_snippet(&snippet, &body);
            let snippet_html = if highlights.is_empty() {
                escape_html(&plain)
            } else {
                snippet.to_html()
            };
            hits.push(SearchHit {
                id,
                title: text(f.title),
                published: text(f.published),
                outlet: text(f.outlet),
                score,
                snippet: plain,
                highlights,
                snippet_html,
            });
        }
        Ok(SearchResults { total, hits })
    }
}

/// The snippet's text, or the start of the body when nothing in the body matched (a title
/// match), with highlight ranges turned from bytes into code points.
fn plain_snippet(snippet: &tantivy::snippet::Snippet, body: &str) -> (String, Vec<(usize, usize)>) {
    let fragment = snippet.fragment();
    if fragment.is_empty() {
        let head: String = body.chars().take(SNIPPET_CHARS).collect();
        return (head, Vec::new());
    }
    let to_chars = |byte: usize| fragment.get(..byte).map(|s| s.chars().count()).unwrap_or(0);
    let ranges = snippet
        .highlighted()
        .iter()
        .map(|r| (to_chars(r.start), to_chars(r.end)))
        .collect();
    (fragment.to_string(), ranges)
}

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attributes.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
