//! What a page says about itself: `<meta>` tags, JSON-LD, `<title>`, headings, `<time>` and
//! `<link rel=canonical>`, gathered in one pass over the parsed document.

use scraper::{Html, Selector};
use serde_json::Value;

/// The raw metadata of one page, before any choice between sources is made.
#[derive(Debug, Default, Clone)]
pub struct PageMeta {
    /// `(key, content)` of every `<meta>` tag, key lowercased (`property`, `name` or `itemprop`).
    pub metas: Vec<(String, String)>,
    /// Text of `<title>`.
    pub title_tag: Option<String>,
    /// Texts of the `<h1>` elements, in document order.
    pub h1: Vec<String>,
    /// `href` of `<link rel=canonical>`.
    pub canonical: Option<String>,
    /// JSON-LD objects typed as an article (`NewsArticle`, `BlogPosting`, ...), outermost first.
    pub ld_articles: Vec<Value>,
    /// Other typed JSON-LD objects (`WebPage`, `Organization`, ...).
    pub ld_other: Vec<Value>,
    /// `datetime` attributes of `<time>` elements, with whether the element is marked as the
    /// publication time (`pubdate`, `itemprop=datePublished`, a class naming "publish").
    pub times: Vec<(String, bool)>,
    /// `itemprop=datePublished` values carried by elements other than `<meta>`.
    pub itemprop_published: Vec<String>,
}

/// JSON-LD `@type`s that denote an article.
const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "scholarlyarticle",
    "techarticle",
    "report",
    "liveblogposting",
    "socialmediaposting",
    "pressrelease",
];

fn sel(s: &str) -> Selector {
    // The selectors below are constants; a failure is a programming error caught by the tests.
    Selector::parse(s).unwrap_or_else(|_| panic!("bad built-in selector {s}"))
}

/// Collapses runs of whitespace to one space and trims.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl PageMeta {
    /// Reads the metadata of a parsed page.
    pub fn read(doc: &Html) -> PageMeta {
        let mut m = PageMeta::default();
        for el in doc.select(&sel("meta")) {
            let v = el.value();
            let Some(content) = v.attr("content").map(squash).filter(|c| !c.is_empty()) else {
                continue;
            };
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = v.attr(key) {
                    m.metas
                        .push((k.trim().to_ascii_lowercase(), content.clone()));
                }
            }
        }
        m.title_tag = doc
            .select(&sel("title"))
            .next()
            .map(|t| squash(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty());
        m.h1 = doc
            .select(&sel("h1"))
            .map(|h| squash(&h.text().collect::<String>()))
            .filter(|t| !t.is_empty())
            .collect();
        m.canonical = doc
            .select(&sel("link[rel]"))
            .find(|l| {
                l.value().attr("rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|x| x.eq_ignore_ascii_case("canonical"))
                })
            })
            .and_then(|l| l.value().attr("href"))
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty());
        for s in doc.select(&sel("script")) {
            let ty = s.value().attr("type").unwrap_or("").to_ascii_lowercase();
            if !ty.contains("ld+json") {
                continue;
            }
            let raw: String = s.text().collect();
            if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
                m.collect_ld(&v, 0);
            }
        }
        for t in doc.select(&sel("time")) {
            let v = t.value();
            let value = v
                .attr("datetime")
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_string);
            let marked = v.attr("pubdate").is_some()
                || v.attr("itemprop")
                    .is_some_and(|i| i.eq_ignore_ascii_case("datepublished"))
                || v.attr("class")
                    .is_some_and(|c| c.to_ascii_lowercase().contains("publish"));
            let value = value.unwrap_or_else(|| squash(&t.text().collect::<String>()));
            if !value.is_empty() {
                m.times.push((value, marked));
            }
        }
        for el in doc.select(&sel("[itemprop]")) {
            let v = el.value();
            if v.name() == "meta"
                || !v
                    .attr("itemprop")
                    .is_some_and(|i| i.eq_ignore_ascii_case("datepublished"))
            {
                continue;
            }
            let value = v
                .attr("datetime")
                .or_else(|| v.attr("content"))
                .map(str::to_string)
                .unwrap_or_else(|| squash(&el.text().collect::<String>()));
            if !value.trim().is_empty() {
                m.itemprop_published.push(value.trim().to_string());
            }
        }
        m
    }

    fn collect_ld(&mut self, v: &Value, depth: usize) {
        if depth > 6 {
            return;
        }
        match v {
            Value::Array(items) => items.iter().for_each(|i| self.collect_ld(i, depth + 1)),
            Value::Object(map) => {
                if let Some(graph) = map.get("@graph") {
                    self.collect_ld(graph, depth + 1);
                }
                let types: Vec<String> = match map.get("@type") {
                    Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
                    Some(Value::Array(a)) => a
                        .iter()
                        .filter_map(|t| t.as_str())
                        .map(str::to_ascii_lowercase)
                        .collect(),
                    _ => Vec::new(),
                };
                if types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())) {
                    self.ld_articles.push(v.clone());
                } else if !types.is_empty() {
                    self.ld_other.push(v.clone());
                    // A WebPage may carry the article as `mainEntity`.
                    if let Some(main) = map.get("mainEntity") {
                        self.collect_ld(main, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }

    /// The first `<meta>` content under any of `keys` (lowercase), in the order of `keys`.
    pub fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(mk, _)| mk == k)
                .map(|(_, c)| c.as_str())
        })
    }

    /// The first string found under `key` in the article JSON-LD objects, then in the others.
    pub fn ld_str(&self, key: &str) -> Option<String> {
        self.ld_articles
            .iter()
            .chain(self.ld_other.iter())
            .find_map(|o| ld_text(o.get(key)?))
    }

    /// The first string found under `key` in the article JSON-LD objects only.
    pub fn ld_article_str(&self, key: &str) -> Option<String> {
        self.ld_articles.iter().find_map(|o| ld_text(o.get(key)?))
    }

    /// Name of the JSON-LD publisher (article objects first), or of a JSON-LD `WebSite`.
    pub fn ld_publisher(&self) -> Option<String> {
        let from_articles = self
            .ld_articles
            .iter()
            .find_map(|o| ld_name(o.get("publisher")?));
        from_articles.or_else(|| {
            self.ld_other.iter().find_map(|o| {
                let ty = o
                    .get("@type")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if ty == "website" || ty == "newsmediaorganization" {
                    ld_text(o.get("name")?)
                } else {
                    ld_name(o.get("publisher")?)
                }
            })
        })
    }
}

/// A JSON-LD value as text: a string, or the first string of an array.
fn ld_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(squash(s)).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(ld_text),
        _ => None,
    }
}

/// The `name` of a JSON-LD node (or a plain string).
fn ld_name(v: &Value) -> Option<String> {
    match v {
        Value::Object(o) => o.get("name").and_then(ld_text),
        Value::Array(a) => a.iter().find_map(ld_name),
        other => ld_text(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_graph_and_meta() {
        let html = r#"<html><head><title>A | B</title>
        <meta property="og:title" content=" Headline  here ">
        <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
          {"@type":["NewsArticle"],"headline":"H","publisher":{"@type":"Organization","name":"Pub"}}]}</script>
        </head><body><h1>Head</h1><time datetime="2024-01-02" pubdate>x</time></body></html>"#;
        let m = PageMeta::read(&Html::parse_document(html));
        assert_eq!(m.meta(&["og:title"]), Some("Headline here"));
        assert_eq!(m.ld_article_str("headline").as_deref(), Some("H"));
        assert_eq!(m.ld_publisher().as_deref(), Some("Pub"));
        assert_eq!(m.title_tag.as_deref(), Some("A | B"));
        assert_eq!(m.h1, vec!["Head".to_string()]);
        assert_eq!(m.times, vec![("2024-01-02".to_string(), true)]);
    }
}
