//! Full-text search over Postgres: the query read as in `query.rs` (the embedded store's
//! semantics), each clause normalized by `websearch_to_tsquery` (which never fails on
//! malformed input), matched against the generated `tsv` column (titles weighted above
//! bodies); snippets from `ts_headline`.

use super::query;
use crate::types::{SearchHit, SearchResults};
use crate::Result;
use postgres::Client;

/// Longest snippet, characters.
const SNIPPET_CHARS: usize = 200;
/// Highlight markers handed to `ts_headline` (private-use code points, removed from the text).
const START: char = '\u{E000}';
const STOP: char = '\u{E001}';

/// Searches canonical articles, best first.
pub fn search(c: &mut Client, q: &str, limit: usize, offset: usize) -> Result<SearchResults> {
    // Postgres text cannot hold U+0000; the markers must not come from the query either.
    let q: String = q
        .chars()
        .map(|ch| match ch {
            '\0' | START | STOP => ' ',
            ch => ch,
        })
        .collect();
    let Some(q) = tsquery(c, &q)? else {
        return Ok(SearchResults {
            total: 0,
            hits: Vec::new(),
        });
    };
    let total: i64 = c
        .query_one(
            "SELECT count(*) FROM articles
             WHERE duplicate_of IS NULL AND tsv @@ $1::text::tsquery",
            &[&q],
        )?
        .get(0);
    let total = total as usize;
    if limit == 0 || offset >= total {
        return Ok(SearchResults {
            total,
            hits: Vec::new(),
        });
    }
    let options =
        format!("StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=1");
    let rows = c.query(
        "WITH q AS (SELECT $1::text::tsquery AS q)
         SELECT a.id, a.title, a.published, a.outlet, ts_rank(a.tsv, q.q) AS score,
                ts_headline('english', left(a.body, 100000), q.q, $4)
         FROM articles a, q WHERE a.duplicate_of IS NULL AND a.tsv @@ q.q
         ORDER BY score DESC, a.id LIMIT $2 OFFSET $3",
        &[&q, &(limit as i64), &(offset as i64), &options],
    )?;
    let hits = rows
        .iter()
        .map(|r| {
            let headline: String = r.get(5);
            let (snippet, highlights) = parse_headline(&headline);
            SearchHit {
                id: r.get(0),
                title: r.get(1),
                published: r.get(2),
                outlet: r.get(3),
                score: r.get(4),
                snippet_html: to_html(&snippet, &highlights),
                snippet,
                highlights,
            }
        })
        .collect();
    Ok(SearchResults { total, hits })
}

/// The query as the text of a `tsquery` (each clause normalized by `websearch_to_tsquery`,
/// combined here), or `None` when nothing searchable is left.
fn tsquery(c: &mut Client, q: &str) -> Result<Option<String>> {
    let clauses = query::parse(q);
    let all: Vec<&String> = clauses
        .required
        .iter()
        .chain(&clauses.optional)
        .chain(&clauses.excluded)
        .collect();
    if all.is_empty() {
        return Ok(None);
    }
    let rows = c.query(
        "SELECT websearch_to_tsquery('english', t.c)::text
         FROM unnest($1::text[]) WITH ORDINALITY AS t(c, i) ORDER BY t.i",
        &[&all],
    )?;
    let mut parts = rows.iter().map(|r| r.get::<_, String>(0));
    let mut take = |n: usize| -> Vec<String> {
        parts
            .by_ref()
            .take(n)
            .filter(|p| !p.trim().is_empty())
            .map(|p| format!("( {p} )"))
            .collect()
    };
    let required = take(clauses.required.len());
    let optional = take(clauses.optional.len());
    let excluded = take(clauses.excluded.len());
    let positive = if !required.is_empty() {
        required.join(" & ")
    } else if !optional.is_empty() {
        format!("( {} )", optional.join(" | "))
    } else {
        return Ok(None);
    };
    let mut out = positive;
    for e in excluded {
        out.push_str(&format!(" & !{e}"));
    }
    Ok(Some(out))
}

/// The headline's text (at most [`SNIPPET_CHARS`] characters) and its marked words as
/// code-point ranges.
pub fn parse_headline(h: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut ranges = Vec::new();
    let mut n = 0usize;
    let mut open: Option<usize> = None;
    for ch in h.chars() {
        match ch {
            START => open = Some(n),
            STOP => {
                if let Some(s) = open.take() {
                    if n > s {
                        ranges.push((s, n));
                    }
                }
            }
            ch => {
                if n >= SNIPPET_CHARS {
                    break;
                }
                text.push(ch);
                n += 1;
            }
        }
    }
    if let Some(s) = open.filter(|&s| n > s) {
        ranges.push((s, n));
    }
    (text, ranges)
}

/// The snippet as HTML: text escaped, matched words in `<b>`.
pub fn to_html(text: &str, ranges: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + 16 * ranges.len());
    let mut it = ranges.iter().peekable();
    for (i, ch) in text.chars().enumerate() {
        if it.peek().is_some_and(|r| r.0 == i) {
            out.push_str("<b>");
        }
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            ch => out.push(ch),
        }
        if it.peek().is_some_and(|r| r.1 == i + 1) {
            out.push_str("</b>");
            it.next();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A headline, its text and its highlight ranges.
    type Case = (&'static str, &'static str, &'static [(usize, usize)]);

    #[test]
    fn headlines_become_text_and_code_point_ranges() {
        let cases: &[Case] = &[
            ("no match here", "no match here", &[]),
            (
                "a \u{E000}railway\u{E001} line",
                "a railway line",
                &[(2, 9)],
            ),
            (
                "\u{E000}Lao\u{E001} \u{E000}rail\u{E001}",
                "Lao rail",
                &[(0, 3), (4, 8)],
            ),
            ("é \u{E000}ü\u{E001}", "é ü", &[(2, 3)]),
            ("unclosed \u{E000}word", "unclosed word", &[(9, 13)]),
            ("empty \u{E000}\u{E001}mark", "empty mark", &[]),
        ];
        for (h, text, ranges) in cases {
            let (t, r) = parse_headline(h);
            assert_eq!(&t, text, "{h:?}");
            assert_eq!(&r, ranges, "{h:?}");
        }
    }

    #[test]
    fn html_escapes_and_bolds() {
        assert_eq!(
            to_html("a <rail> & b", &[(2, 8)]),
            "a <b>&lt;rail&gt;</b> &amp; b"
        );
        assert_eq!(to_html("ab", &[(0, 1), (1, 2)]), "<b>a</b><b>b</b>");
    }

    proptest::proptest! {
        #[test]
        fn any_headline_gives_ranges_inside_the_text(h in "[a-z \u{E000}\u{E001}é]{0,300}") {
            let (text, ranges) = parse_headline(&h);
            let n = text.chars().count();
            proptest::prop_assert!(n <= SNIPPET_CHARS);
            for (s, e) in &ranges {
                proptest::prop_assert!(s < e && *e <= n, "{:?} in {}", (s, e), n);
            }
            let _ = to_html(&text, &ranges);
        }
    }
}
