//! RSS and Atom feeds: one document per item, with the item's link as `url`, its title, its
//! date as `published`, and its HTML content (or summary) as the body to clean.
//!
//! Items are named `PATH#N`, N the 1-based position in the feed. Dates keep the wall-clock time
//! the feed states (a Beijing `+0800` morning stays on its own calendar day).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike, Utc};
use feed_rs::model::Entry;

use crate::{Content, Given, IngestError, RawDoc};

/// Reads a feed document (raw bytes: the parser honours the XML declaration's encoding).
pub fn read(source: &str, bytes: &[u8]) -> Vec<Result<RawDoc, IngestError>> {
    let parser = feed_rs::parser::Builder::new()
        .timestamp_parser(wall_clock)
        .id_generator(|_, _, _| String::new())
        .sanitize_content(false)
        .build();
    let feed = match parser.parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return vec![Err(IngestError::bad(
                source,
                format!("malformed feed: {e}"),
            ))]
        }
    };
    if feed.entries.is_empty() {
        return vec![Err(IngestError::bad(source, "feed has no items"))];
    }
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| item(source, i + 1, e))
        .collect()
}

fn item(source: &str, n: usize, entry: Entry) -> Result<RawDoc, IngestError> {
    let name = format!("{source}#{n}");
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|h| !h.is_empty());
    let title = entry
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let published = entry.published.or(entry.updated).map(format_wall_clock);
    let body = entry
        .content
        .as_ref()
        .and_then(|c| {
            c.body
                .as_ref()
                .map(|b| (b.clone(), c.content_type.to_string()))
        })
        .filter(|(b, _)| !b.trim().is_empty())
        .or_else(|| {
            entry
                .summary
                .as_ref()
                .map(|s| (s.content.clone(), s.content_type.to_string()))
        })
        .filter(|(b, _)| !b.trim().is_empty());
    let Some((body, mime)) = body else {
        return Err(IngestError::bad(
            &name,
            format!("feed item {n} has no content or summary"),
        ));
    };
    let content = if mime.starts_with("text/plain") {
        Content::Text(body)
    } else {
        Content::Html(body)
    };
    let id = Some(entry.id.trim().to_string()).filter(|s| !s.is_empty());
    Ok(RawDoc {
        source: name,
        url,
        content,
        given: Given {
            id,
            title,
            published,
        },
    })
}

/// Formats a wall-clock time: the date alone at midnight, else date and time.
fn format_wall_clock(t: DateTime<Utc>) -> String {
    if t.hour() == 0 && t.minute() == 0 && t.second() == 0 {
        t.format("%Y-%m-%d").to_string()
    } else {
        t.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// Parses a feed timestamp (RFC 2822, RFC 3339 and their common loose variants) into the
/// wall-clock time it states, carried as if it were UTC.
pub fn wall_clock(text: &str) -> Option<DateTime<Utc>> {
    let s = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc2822(s) {
        return Some(t.naive_local().and_utc());
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.naive_local().and_utc());
    }
    // Drop a trailing zone name or offset the strict parsers refused, then read the rest.
    let zoneless = s
        .trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ')
        .trim_end();
    let bare = strip_offset(zoneless).unwrap_or(zoneless);
    // A weekday that disagrees with the date is common; the date decides.
    let bare = match bare.split_once(',') {
        Some((day, rest)) if day.chars().all(|c| c.is_ascii_alphabetic()) => rest.trim_start(),
        _ => bare,
    };
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%d %b %Y %H:%M:%S",
        "%d %b %Y %H:%M",
        "%d %B %Y %H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(bare, fmt) {
            return Some(t.and_utc());
        }
    }
    for fmt in ["%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%Y/%m/%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(bare, fmt) {
            return d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        }
    }
    None
}

/// `2024-03-30T12:36:00+08:00` → `2024-03-30T12:36:00`; `... +0800` → `...`.
fn strip_offset(s: &str) -> Option<&str> {
    let cut = s.rfind(['+', '-'])?;
    let tail = &s[cut + 1..];
    let is_offset = (tail.len() == 4 && tail.bytes().all(|b| b.is_ascii_digit()))
        || (tail.len() == 5
            && tail.as_bytes()[2] == b':'
            && tail.bytes().filter(u8::is_ascii_digit).count() == 4);
    (is_offset && cut >= 10).then(|| s[..cut].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_keep_their_wall_clock() {
        let cases = [
            (
                "Sat, 30 Mar 2024 07:15:00 +0800",
                Some("2024-03-30T07:15:00"),
            ),
            ("Sat, 30 Mar 2024 07:15:00 GMT", Some("2024-03-30T07:15:00")),
            ("2024-03-30T07:15:00+08:00", Some("2024-03-30T07:15:00")),
            ("2024-03-30T23:50:00-05:00", Some("2024-03-30T23:50:00")),
            ("2024-03-30T07:15:00Z", Some("2024-03-30T07:15:00")),
            ("2024-03-30 07:15:00", Some("2024-03-30T07:15:00")),
            ("2024-03-30", Some("2024-03-30")),
            ("30 Mar 2024 07:15:00 CST", Some("2024-03-30T07:15:00")),
            (
                "Tue, 30 Mar 2024 07:15:00 +0800",
                Some("2024-03-30T07:15:00"),
            ),
            ("yesterday", None),
        ];
        for (input, want) in cases {
            assert_eq!(
                wall_clock(input).map(format_wall_clock).as_deref(),
                want,
                "{input}"
            );
        }
    }
}
