//! Segmentation of scraped plain-text pages into articles.

use corridor_model::Article;

/// Splits a plain-text page into its articles (placeholder: the whole text is one article).
pub fn segment(source: &str, text: &str) -> Vec<Article> {
    vec![Article::new(source, text.trim())]
}
