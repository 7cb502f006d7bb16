//! Main text and metadata of HTML pages.

use corridor_model::Article;

/// Extracts the main article of an HTML page (placeholder: strips tags).
pub fn extract(source: &str, html: &str) -> Option<Article> {
    let re = regex::Regex::new(r"(?s)<script.*?</script>|<style.*?</style>|<[^>]*>").unwrap();
    let body = re.replace_all(html, " ").split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Article::new(source, body))
}
