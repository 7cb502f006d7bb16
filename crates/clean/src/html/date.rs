//! Publication dates: normalizing what meta tags, JSON-LD, `<time>` and visible datelines state
//! into ISO 8601 (`2024-03-30` or `2024-03-30T12:36`, the page's own wall-clock time).

use std::sync::LazyLock;

use regex::Regex;

use super::meta::PageMeta;

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:[T ]|,\s*)(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?").unwrap()
});
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(?:\d{2})?)?\s*(?:Z|[+-]\d{4})?\s*$")
        .unwrap()
});
static DMY_DOTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b").unwrap());

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const TIME: &str = r"(?:\s*(?:,|at|-|–|\|)?\s*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?)?";

static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b{TIME}"
    ))
    .unwrap()
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+(\d{{4}})\b{TIME}"
    ))
    .unwrap()
});

fn month_number(name: &str) -> Option<u32> {
    let n = name.get(..3)?.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months.iter().position(|m| *m == n).map(|i| i as u32 + 1)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD[THH:MM]` when the parts form a plausible publication date; midnight is dropped
/// (pages that know only the day write `T00:00:00`).
fn format(y: i32, m: u32, d: u32, time: Option<(u32, u32)>) -> Option<String> {
    if !(1990..=2100).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    match time {
        Some((h, min)) if h < 24 && min < 60 && (h, min) != (0, 0) => {
            Some(format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}"))
        }
        _ => Some(format!("{y:04}-{m:02}-{d:02}")),
    }
}

fn num<T: std::str::FromStr>(c: &regex::Captures, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

fn clock(c: &regex::Captures, h: usize, m: usize, ampm: Option<usize>) -> Option<(u32, u32)> {
    let mut hour: u32 = num(c, h)?;
    let min: u32 = num(c, m)?;
    if let Some(ap) = ampm.and_then(|i| c.get(i)) {
        let pm = ap.as_str().to_ascii_lowercase().starts_with('p');
        if hour == 0 || hour > 12 {
            return None;
        }
        hour = match (pm, hour) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    Some((hour, min))
}

/// Normalizes one stated date (ISO 8601, compact `20240330`, `30.03.2024`, or English
/// `March 30, 2024` / `30 March 2024` with an optional clock time) to ISO 8601.
pub fn normalize(s: &str) -> Option<String> {
    if let Some(c) = ISO.captures(s) {
        let time = clock(&c, 4, 5, None);
        return format(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?, time);
    }
    if let Some(c) = COMPACT.captures(s) {
        return format(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?, clock(&c, 4, 5, None));
    }
    if let Some(c) = DMY_DOTS.captures(s) {
        return format(num(&c, 3)?, num(&c, 2)?, num(&c, 1)?, None);
    }
    textual(s).map(|(_, d)| d)
}

/// The first English textual date in `text`: its byte offset and ISO form.
fn textual(text: &str) -> Option<(usize, String)> {
    let mdy = MDY.captures(text).and_then(|c| {
        let d = format(
            num(&c, 3)?,
            month_number(c.get(1)?.as_str())?,
            num(&c, 2)?,
            clock(&c, 4, 5, Some(6)),
        )?;
        Some((c.get(0)?.start(), d))
    });
    let dmy = DMY.captures(text).and_then(|c| {
        let d = format(
            num(&c, 3)?,
            month_number(c.get(2)?.as_str())?,
            num(&c, 1)?,
            clock(&c, 4, 5, Some(6)),
        )?;
        Some((c.get(0)?.start(), d))
    });
    match (mdy, dmy) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Whether `text` holds an English textual date with a year, or an ISO date.
pub fn contains_date(text: &str) -> bool {
    textual(text).is_some() || ISO_ANYWHERE.is_match(text)
}

static ISO_ANYWHERE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b").unwrap());

/// A dateline near the start of the visible text ("Published: March 30, 2024 12:36").
pub fn dateline(text: &str) -> Option<String> {
    let end = text
        .char_indices()
        .nth(400)
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    textual(&text[..end]).map(|(_, d)| d)
}

/// `<meta>` keys that state the publication date, strongest first.
const META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "og:published_time",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "date",
    "article.published",
    "og:pubdate",
    "pdate",
    "displaydate",
];

/// The publication date the page states in its markup: meta tags, JSON-LD `datePublished`,
/// `itemprop`, a `<time>` marked as the publication time.
pub fn stated(meta: &PageMeta) -> Option<String> {
    let ld_article = meta.ld_article_str("datePublished");
    let ld_any = meta.ld_str("datePublished");
    META_KEYS
        .iter()
        .filter_map(|k| meta.meta(&[k]))
        .chain(ld_article.as_deref())
        .chain(meta.itemprop_published.iter().map(String::as_str))
        .chain(
            meta.times
                .iter()
                .filter(|(_, marked)| *marked)
                .map(|(t, _)| t.as_str()),
        )
        .chain(ld_any.as_deref())
        .find_map(normalize)
}

/// The publication date the page states: meta tags, JSON-LD, `itemprop`, `<time>`; then
/// `htmldate`, a date found by a heuristic scan (trafilatura's), refined by a `<time>` of the same
/// day; then a visible dateline in `visible`.
pub fn published(meta: &PageMeta, htmldate: Option<String>, visible: &str) -> Option<String> {
    let stated = stated(meta);
    if stated.is_some() {
        return stated;
    }
    let times: Vec<String> = meta
        .times
        .iter()
        .filter_map(|(t, _)| normalize(t))
        .collect();
    if let Some(day) = htmldate {
        let fuller = times
            .iter()
            .find(|t| t.starts_with(&day) && t.len() > day.len());
        return Some(fuller.cloned().unwrap_or(day));
    }
    times.into_iter().next().or_else(|| dateline(visible))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_cases() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024-03-30T12:36:00+08:00", Some("2024-03-30T12:36")),
            ("2024-03-30T12:36:51.123Z", Some("2024-03-30T12:36")),
            ("2024-03-30 07:05", Some("2024-03-30T07:05")),
            ("2024-03-30T00:00:00", Some("2024-03-30")),
            ("2024-03-30", Some("2024-03-30")),
            ("2024/3/9", Some("2024-03-09")),
            ("20240330", Some("2024-03-30")),
            ("30.03.2024", Some("2024-03-30")),
            ("March 30, 2024", Some("2024-03-30")),
            ("Sat, Mar. 30, 2024 at 3:17 pm", Some("2024-03-30T15:17")),
            ("30th March 2024, 12:36", Some("2024-03-30T12:36")),
            ("12 May 2021 by the editor", Some("2021-05-12")),
            ("2024-02-30", None),
            ("1850-01-01", None),
            ("yesterday", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(normalize(s).as_deref(), *want, "{s:?}");
        }
    }

    #[test]
    fn published_prefers_stated_publication_over_modification() {
        let html = r#"<html><head><meta property="article:modified_time" content="2020-02-02">
            <meta property="article:published_time" content="2020-01-01T10:00:00Z"></head>
            <body><time datetime="2020-03-03">x</time></body></html>"#;
        let m = PageMeta::read(&scraper::Html::parse_document(html));
        assert_eq!(
            published(&m, Some("2020-02-02".into()), "").as_deref(),
            Some("2020-01-01T10:00")
        );
        let m = PageMeta::read(&scraper::Html::parse_document("<p>x</p>"));
        assert_eq!(
            published(&m, None, "Updated: June 3, 2020 - the story").as_deref(),
            Some("2020-06-03")
        );
        assert_eq!(published(&m, None, "no date here").as_deref(), None);
    }
}
