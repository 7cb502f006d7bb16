//! Segmentation of scraped plain-text pages into articles.
//!
//! A scraped page is a headline, metadata lines (dateline, `Published:`, `Source:`), photo
//! captions and page furniture around the article's paragraphs, often followed by other stories
//! that the site appends (each announced by its headline written twice). [`segment`] works on
//! lines:
//!
//! 1. [`prepare`] trims lines, drops blank ones and re-joins hard-wrapped paragraphs;
//! 2. [`split_stories`] cuts the page where a headline is repeated on two consecutive lines;
//! 3. [`story::build`] classifies each line of a story ([`lines`], [`meta`]), finds where the body
//!    opens and closes, picks the headline, strips the dateline ([`dateline`]) and reads
//!    `published` ([`date`]) and `outlet`.
//!
//! ```
//! let page = "Ministers open new rail link\n\nPublished: Mar 3, 2025 10:00 AM\n\n\
//!             Photo: Steppe Herald\n\nASTANA, March 3 (Kazinform) -- Ministers opened the new \
//!             rail link on Monday, officials said.\n\nSteppe Herald";
//! let a = &corridor_clean::text::segment("p.txt", page)[0];
//! assert_eq!(a.title.as_deref(), Some("Ministers open new rail link"));
//! assert_eq!(a.published.as_deref(), Some("2025-03-03T10:00"));
//! assert_eq!(a.outlet.as_deref(), Some("Kazinform"));
//! assert!(a.body.starts_with("Ministers opened"));
//! ```
//!
//! Known limits: a caption without a credit or a stand-first that ends with a full stop opens the
//! body early; a story appended without a doubled headline stays in the main body unless a
//! furniture line ("Related news", "Contact us") comes before it.

pub mod date;
pub mod dateline;
pub mod lines;
pub mod meta;
mod story;

use corridor_model::Article;

/// Splits a plain-text page into its articles: the main story first, then any stories the page
/// appends after it.
pub fn segment(source: &str, text: &str) -> Vec<Article> {
    let lines = prepare(text);
    let page_dates: Vec<date::Stamp> = date::find_all(text).into_iter().map(|f| f.stamp).collect();
    split_stories(&lines)
        .into_iter()
        .filter_map(|r| story::build(&lines[r], &page_dates))
        .map(|s| Article {
            source: source.to_string(),
            title: s.title,
            published: s.published,
            outlet: s.outlet,
            body: s.body,
            ..Default::default()
        })
        .collect()
}

/// The page's non-blank lines, trimmed; paragraphs hard-wrapped at a fixed width are joined.
pub fn prepare(text: &str) -> Vec<String> {
    let text = text.trim_start_matches('\u{feff}');
    let raw: Vec<&str> = text
        .split('\n')
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .collect();
    // A page is hard-wrapped when no line is long and many run close to one width.
    let long = raw.iter().filter(|l| l.chars().count() >= 50).count();
    let widest = raw.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let wrapped = long >= 3 && widest <= 100;
    let mut out: Vec<String> = Vec::new();
    let mut joinable = false;
    for l in raw {
        if l.is_empty() {
            joinable = false;
            continue;
        }
        if wrapped && joinable {
            if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(l);
                joinable = continues(last);
                continue;
            }
        }
        out.push(l.to_string());
        joinable = wrapped && continues(l);
    }
    out
}

/// Whether a hard-wrapped line runs on into the next one.
fn continues(line: &str) -> bool {
    let s = lines::shape(line);
    line.chars().count() >= 40 && !s.terminal && s.words >= 6 && s.lower_ratio >= 0.3
}

/// Ranges of `lines` that hold one story each. A story after the first starts at a line that
/// the page writes twice in a row (the appended story's headline); a leading range without any
/// body is merged into the next.
pub fn split_stories(lines: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut starts = vec![0];
    for i in 1..lines.len().saturating_sub(1) {
        let l = &lines[i];
        if *l == lines[i + 1]
            && l.chars().count() >= 10
            && l.chars().count() <= 300
            && !lines::is_furniture(l)
        {
            starts.push(i);
        }
    }
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(lines.len());
        ranges.push(s..e);
    }
    // merge a first range that has no body into its successor
    while ranges.len() >= 2 && !story::has_body(&lines[ranges[0].clone()]) {
        let next = ranges.remove(1);
        ranges[0].end = next.end;
    }
    ranges.retain(|r| !r.is_empty());
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepare_joins_only_wrapped_pages() {
        let wrapped = "Ministers from the five countries met in the capital on Monday and\n\
                       agreed to extend the rail corridor to the southern ports by the end of\n\
                       the decade, officials said.\n\nThe plan also covers new customs posts at\n\
                       three crossings and a joint logistics centre near the border with the\n\
                       neighbouring province, they added in a statement.";
        let p = prepare(wrapped);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].ends_with("officials said.") && p[0].contains("and agreed"));
        let unwrapped =
            "Title of a story\nFirst line of a body that is long enough to count.\nSecond.";
        assert_eq!(prepare(unwrapped).len(), 3);
    }

    #[test]
    fn doubled_headline_splits() {
        let l: Vec<String> = [
            "Main story",
            "Body sentence one is here and it is long.",
            "Other story",
            "Other story",
            "Another body sentence that is long enough.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(split_stories(&l), vec![0..2, 2..5]);
    }
}
