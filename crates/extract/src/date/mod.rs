//! Temporal expressions resolved against the publication date.
//!
//! [`find`] scans the body with a small grammar ([`grammar`]: patterns compiled once, each
//! building an [`expr::Expr`]), reads the tense of the clause ([`context`]) and resolves each
//! expression ([`resolve`]) against an anchor: the publication date, or, when the article has
//! none, its first fully written date ("10 July" after "9 to 15 July 2023" is 2023-07-10).
//! Partial dates with no anchor keep month and day (`--07-14`); relative ones get no value.
//!
//! ```
//! use corridor_model::Article;
//! let mut a = Article::new("a.txt", "The secretariat opened on Saturday, four years ago.");
//! a.published = Some("2024-03-30".into());
//! let doc = corridor_extract::Doc::new(&a);
//! let found = corridor_extract::date::find(&doc);
//! let values: Vec<_> = found.iter().map(|d| d.mention.value.clone().unwrap()).collect();
//! assert_eq!(values, ["2024-03-30", "2020"]);
//! ```
//!
//! Known limits: no holidays, seasons, quarters, decades or times of day; "the previous year" and
//! other anaphora to the narrative are not resolved.

pub mod boundary;
mod build;
pub mod context;
pub mod expr;
pub mod grammar;
pub mod lexicon;
pub mod resolve;

use crate::Doc;
use corridor_model::DateMention;
use jiff::civil::Date;

/// How precise a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// `2023-05-15`.
    Day,
    /// `2023-W20`.
    Week,
    /// `2023-05`.
    Month,
    /// `2023`.
    Year,
}

/// A resolved value: one point or a range, at a precision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateValue {
    /// ISO start (`2023-07-09`, `2023-07`, `2023`; `--07-14` when the year is unknown).
    pub start: String,
    /// ISO end of a range, inclusive.
    pub end: Option<String>,
    /// The precision of both ends.
    pub precision: Precision,
}

impl DateValue {
    /// A single point.
    pub fn one(start: String, precision: Precision) -> Self {
        DateValue {
            start,
            end: None,
            precision,
        }
    }

    /// A range from `start` to `end` (inclusive).
    pub fn range(start: String, end: String, precision: Precision) -> Self {
        DateValue {
            start,
            end: Some(end),
            precision,
        }
    }

    /// The contract's string: `start` or `start/end`.
    pub fn iso(&self) -> String {
        match &self.end {
            Some(e) => format!("{}/{}", self.start, e),
            None => self.start.clone(),
        }
    }

    /// Whether the year is known (not a `--MM-DD` value).
    pub fn has_year(&self) -> bool {
        !self.start.starts_with("--")
    }
}

/// A date expression found in the body, with its byte range for the finders that run after it.
#[derive(Debug, Clone)]
pub struct FoundDate {
    /// The mention as emitted.
    pub mention: DateMention,
    /// Byte range in the body.
    pub bytes: std::ops::Range<usize>,
    /// The structured value (start, end, precision), when resolved.
    pub value: Option<DateValue>,
    /// Whether the value came from an anchor (relative or partial expression).
    pub relative: bool,
    /// Whether the clause speaks of the future ("will meet on Friday").
    pub future: bool,
}

/// Parses `YYYY-MM-DD` (a prefix of a longer ISO string is fine).
pub fn parse_iso_day(s: &str) -> Option<Date> {
    let d = s.get(..10)?;
    d.parse().ok()
}

/// The date expressions of `doc`, in text order.
pub fn find(doc: &Doc) -> Vec<FoundDate> {
    let body = doc.body;
    let matches = grammar::scan(body);
    let published = doc.article.published_date().and_then(parse_iso_day);
    // Without a publication date, the article's first full date anchors partial and relative
    // expressions (narrative time).
    let anchor = published.or_else(|| {
        matches.iter().find_map(|m| match m.expr {
            expr::Expr::Day {
                y: Some(y), m, d, ..
            } => resolve::ymd(y, m, d),
            expr::Expr::DayRange {
                y1: Some(y),
                m1,
                d1,
                ..
            } => resolve::ymd(y, m1, d1),
            _ => None,
        })
    });
    let dateline = context::dateline(body).unwrap_or(0..0);
    let mut out = Vec::new();
    for m in matches {
        if context::on_meta_line(body, m.text.start) || dateline.contains(&m.text.start) {
            continue;
        }
        let sentence = doc.sentence_of(m.text.start);
        let tense = context::tense(body, sentence, m.whole.clone());
        // Today, yesterday and weekdays need the real publication date.
        let day_relative = matches!(
            m.expr,
            expr::Expr::Weekday { .. }
                | expr::Expr::Offset {
                    unit: expr::Unit::Day | expr::Unit::Week,
                    ..
                }
        );
        let a = if day_relative { published } else { anchor };
        let value = resolve::resolve(&m.expr, a, tense);
        // Weeks are not calendar values of the contract (TimeML week values are not scored).
        if value
            .as_ref()
            .is_some_and(|v| v.precision == Precision::Week)
            || matches!(
                m.expr,
                expr::Expr::Offset {
                    unit: expr::Unit::Week,
                    ..
                }
            )
        {
            continue;
        }
        let span = doc.span(m.text.clone());
        out.push(FoundDate {
            mention: DateMention {
                text: body[m.text.clone()].to_string(),
                value: value.as_ref().map(DateValue::iso),
                start: span.start,
                end: span.end,
            },
            bytes: m.text.clone(),
            value,
            relative: m.expr.needs_anchor(),
            future: tense == resolve::Tense::Future,
        });
    }
    out
}
