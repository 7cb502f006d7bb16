//! Segmentation of scraped plain-text pages into articles.
//!
//! A scraped page is a headline, metadata lines (dateline, `Published:`, `Source:`), photo
//! captions and page furniture around the article's paragraphs, often followed by other stories
//! that the site appends (each announced by its headline written twice). [`segment`] works on
//! lines:
//!
//! 1. [`prepare`] trims lines, drops blank ones and re-joins hard-wrapped paragraphs;
//! 2. [`split_stories`] cuts the page where a headline is repeated on two consecutive lines;
//! 3. `story::build` classifies each line of a story ([`lines`], [`meta`]), finds where the body
//!    opens and closes, picks the headline, strips the dateline ([`dateline`]) and reads
//!    `published` ([`date`]) and `outlet` ([`outlet`]).
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
pub mod outlet;
mod story;

use corridor_model::Article;

/// Splits a plain-text page into its articles: the main story first, then any stories the page
/// appends after it.
pub fn segment(source: &str, text: &str) -> Vec<Article> {
    let lines = prepare(text);
    let page_dates: Vec<date::Stamp> = date::find_all(text).into_iter().map(|f| f.stamp).collect();
    let mut stories: Vec<story::Story> = split_stories(&lines)
        .into_iter()
        .filter_map(|r| story::build(&lines[r], &page_dates))
        .collect();
    if stories.is_empty() {
        stories.extend(story::fallback(&lines));
    }
    stories
        .into_iter()
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
    // A page is hard-wrapped when no line is long and many lines fill the same width.
    let widest = raw.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    // Lines cut at a width mostly end mid-sentence; one paragraph per line ends with a stop.
    let full: Vec<&&str> = raw
        .iter()
        .filter(|l| l.chars().count() * 4 >= widest * 3)
        .collect();
    let open = full.iter().filter(|l| !lines::shape(l).terminal).count();
    let longish = raw.iter().filter(|l| l.chars().count() >= 40).count();
    let wrapped = (50..=100).contains(&widest)
        && full.len() >= 5
        && full.len() * 2 >= longish
        && open * 3 >= full.len() * 2;
    let mut out: Vec<String> = Vec::new();
    let mut joinable = false;
    for l in raw {
        if l.is_empty() {
            joinable = false;
            continue;
        }
        match out.last_mut() {
            Some(last) if joinable => {
                last.push(' ');
                last.push_str(l);
            }
            _ => out.push(l.to_string()),
        }
        joinable = wrapped && continues(l, widest);
    }
    out
}

/// Whether a line of a hard-wrapped page runs on into the next one: it fills most of the width
/// and is running text, not a headline, caption or metadata line.
fn continues(line: &str, widest: usize) -> bool {
    let s = lines::shape(line);
    line.chars().count() * 10 >= widest * 6
        && !s.terminal
        && s.words >= 4
        && s.lower_ratio >= 0.3
        && !lines::is_furniture(line)
        && !lines::is_caption(line)
        && meta::parse_line(line).is_none()
}

/// Ranges of `lines` that hold one story each. A story after the first starts at a line that
/// the page writes twice in a row (the appended story's headline; a doubled sentence is a
/// duplicated paragraph, not a headline); a leading range without any body is merged into the
/// next.
pub fn split_stories(lines: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut starts = vec![0];
    for i in 1..lines.len().saturating_sub(1) {
        let l = &lines[i];
        if *l == lines[i + 1]
            && l.chars().count() >= 10
            && l.chars().count() <= 300
            && !lines::is_furniture(l)
            && !lines::shape(l).terminal
        {
            starts.push(i);
        }
    }
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(lines.len());
        ranges.push(s..e);
    }
    // merge a first range that has no body into its successors (checking each part once)
    let mut k = 0;
    while k + 1 < ranges.len() && !story::has_body(&lines[ranges[k].clone()]) {
        k += 1;
    }
    let end0 = ranges[k].end;
    ranges.drain(1..=k);
    ranges[0].end = end0;
    ranges.retain(|r| !r.is_empty());
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepare_joins_only_wrapped_pages() {
        let wrapped = "Rail corridor to be extended\n\n\
            Ministers from the five countries met in the capital on Monday and\n\
            agreed to extend the rail corridor to the southern ports by the end\n\
            of the decade, officials said after the talks in the old city hall.\n\
            \n\
            The plan also covers new customs posts at three crossings and a joint\n\
            logistics centre near the border with the neighbouring province, the\n\
            officials added in a statement released late in the evening.\n";
        let p = prepare(wrapped);
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(p[0], "Rail corridor to be extended");
        assert!(p[1].contains("Monday and agreed") && p[1].ends_with("old city hall."));
        assert!(p[2].starts_with("The plan") && p[2].ends_with("in the evening."));
        // short paragraphs one per line, not wrapped: nothing is joined
        let short = "Ministers meet on rail corridor plans\n\
            Ministers from five countries met in the capital on Monday.\n\
            They agreed to extend the rail corridor to the southern ports.\n\
            The plan also covers new customs posts at three crossings.\n\
            A joint logistics centre will open near the border next year.\n\
            Officials said the work would start in the spring.";
        assert_eq!(prepare(short).len(), 6);
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
