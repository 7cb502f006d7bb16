//! Clean: from a raw document to one or more [`Article`]s with main text and metadata.
//!
//! [`clean`] dispatches on the content kind: HTML pages go through main-text extraction
//! ([`html`]), scraped text pages through paragraph segmentation ([`text`]); both then get a
//! language ([`language`]).
#![deny(missing_docs)]

pub mod html;
pub mod language;
pub mod text;

use corridor_ingest::{Content, RawDoc};
use corridor_model::Article;

/// Why a document yielded no article.
#[derive(Debug, thiserror::Error)]
pub enum CleanError {
    /// The document has no main text (only navigation, or nothing at all).
    #[error("{source_name}: no article text found ({reason})")]
    NoText {
        /// The input.
        source_name: String,
        /// What was found instead.
        reason: String,
    },
}

/// Cleans one raw document into its articles (the first is the main story).
pub fn clean(doc: &RawDoc) -> Result<Vec<Article>, CleanError> {
    let mut articles = match &doc.content {
        Content::Html(html) => match html::extract(&doc.source, html) {
            Ok(article) => vec![article],
            Err(reason) => {
                return Err(CleanError::NoText {
                    source_name: doc.source.clone(),
                    reason,
                })
            }
        },
        Content::Text(t) => text::segment(&doc.source, t),
    };
    articles.retain(|a| !a.body.trim().is_empty());
    if articles.is_empty() {
        return Err(CleanError::NoText {
            source_name: doc.source.clone(),
            reason: "empty after cleaning".into(),
        });
    }
    for a in &mut articles {
        if a.url.is_none() {
            a.url = doc.url.clone();
        }
        if let Some(t) = &doc.given.title {
            a.title = Some(t.clone());
        }
        if let Some(p) = &doc.given.published {
            a.published = Some(p.clone());
        }
        if a.language.is_none() {
            a.language = language::detect(&a.body);
        }
    }
    Ok(articles)
}
