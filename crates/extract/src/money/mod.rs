//! Money and percentages, normalized to a plain value and an ISO 4217 unit or `percent`.
//!
//! [`find`] matches three shapes, compiled once: a currency before the number ("$ 41 billion",
//! "USD2.98 trillion", "RM117bil", "€3.2bn"), a currency after it ("3.59 trillion yuan",
//! "1.7 million USD", "50.6 bn baht") and percentages ("27.2 percent", "2.8%", "zero percent"),
//! each with an optional hedge ("more than 80%" is 80). Each distinct value is reported once per
//! article, at its first occurrence; [`about`] says what it measures and when.
//!
//! ```
//! use corridor_model::Article;
//! let a = Article::new("a.txt", "Trade reached 3.59 trillion yuan in 2023, up 2.8%.");
//! let doc = corridor_extract::Doc::new(&a);
//! let figs = corridor_extract::money::find(&doc);
//! assert_eq!((figs[0].value, figs[0].unit.as_str()), (3.59e12, "CNY"));
//! assert_eq!((figs[1].value, figs[1].unit.as_str()), (2.8, "percent"));
//! ```
//!
//! Known limits: no cents, no ranges ("5-6%" yields 6), "pounds" only with "sterling" or "£".

pub mod about;
pub mod currency;
pub mod number;

use crate::date::boundary::{runs, Dual};
use crate::Doc;
use corridor_model::Figure;
use regex::Captures;
use std::sync::LazyLock;

const HEDGE: &str = r"(?:about|around|approximately|approx\.|nearly|almost|over|more than|less than|up to|some|roughly|close to|at least|at most|just over|just under|under|below|above|an estimated|estimated|a total of|as much as|as high as|in excess of|exceeding)";
const NUM: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
const NUM_WORDS: &str = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundred)(?:(?:\s+|-)(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)*";
/// The first number of a range ("5-6%", "$5-6 billion"): small, so that "in 2009 to 0.1%" is no range.
const RANGE_NUM: &str = r"\d{1,3}(?:\.\d+)?\b";
const SCALE_WORD: &str =
    r"trillion|billion|million|thousand|lakh crores?|crores?|lakhs?|tn|trn|bn|bln|bil|mn|mln|mil";
const SCALE_LETTER: &str = r"[bmk]";

/// What a pattern says a match is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Prefix,
    Suffix,
    Percent,
}

static PATTERNS: LazyLock<Vec<(Shape, Dual)>> = LazyLock::new(|| {
    let prefixes = currency::alternation(currency::PREFIXES.iter().map(|(p, _)| *p));
    let codes = currency::CODES.join("|");
    let names = currency::alternation(currency::NAMES.iter().map(|(n, _)| *n));
    let hedge = format!(r"(?:(?P<h>(?i:{HEDGE}))\s+)?");
    let scale = format!(r"(?:\s*-?\s*(?P<s>(?i:{SCALE_WORD}))\b|(?P<sl>(?i:{SCALE_LETTER}))\b)?");
    let src = [
        (
            Shape::Prefix,
            format!(
                r"{hedge}(?P<cur>{prefixes}|\b(?:{codes}|(?i:usd|eur|cny|rmb|gbp|jpy))|\bRs\.?|\bRp\.?|\bRM|\bTk\.?)\s?(?:(?P<n1>{RANGE_NUM})\s*(?:-|–|to)\s*(?:{prefixes})?\s?)?(?P<n>{NUM}){scale}"
            ),
        ),
        (
            Shape::Suffix,
            format!(
                r"{hedge}\b(?:(?P<n1>{RANGE_NUM})\s*(?:-|–|to)\s*)?(?P<n>{NUM}|(?i:{NUM_WORDS})){scale}\s*(?P<cur>(?:{codes}|(?i:usd|eur|cny|rmb|gbp|jpy))\b|(?i:{names})(?:\b|$)|元)"
            ),
        ),
        (
            Shape::Percent,
            format!(
                r"{hedge}\b(?:(?P<n1>{RANGE_NUM})\s*%?\s*(?:-|–|to)\s*)?(?P<n>{NUM}|(?i:{NUM_WORDS}))(?:\s*%|\s*(?i:percents?|per\s+cent|pct|percentage\s+points?|percentage)\b)"
            ),
        ),
    ];
    src.into_iter()
        .map(|(shape, s)| (shape, Dual::new(&s).expect("money pattern compiles")))
        .collect()
});

static CHINA: LazyLock<Dual> = LazyLock::new(|| {
    Dual::new(r"\b(?:China|Chinese|yuan|RMB|renminbi|Beijing|Shanghai)\b").expect("china compiles")
});

/// A figure found in a text, before evidence and context are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Bytes of the figure's text.
    pub bytes: std::ops::Range<usize>,
    /// The plain value.
    pub value: f64,
    /// ISO 4217 code or `percent`.
    pub unit: &'static str,
    /// The first value of a range ("$5-6 billion" is 5e9 and 6e9), reported as its own figure.
    pub range_start: Option<f64>,
}

fn build(shape: Shape, caps: &Captures, text: &str, china: bool) -> Option<Found> {
    let whole = caps.get(0)?;
    let n = caps.name("n")?.as_str();
    let scale = caps.name("s").or(caps.name("sl")).map(|m| m.as_str());
    // Digits glued to a URL or a code ("q=30%25", "issn%280024") are not figures.
    let prev = text[..whole.start()].chars().next_back();
    let next = text[whole.end()..].chars().next();
    if prev.is_some_and(|c| c.is_alphanumeric() || "%=/&?#_\\".contains(c))
        || next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '%' || c == '=')
    {
        return None;
    }
    let value = number::value(n, scale)?;
    let unit = match shape {
        Shape::Percent => "percent",
        Shape::Prefix | Shape::Suffix => {
            let cur = caps.name("cur")?.as_str();
            let unit = currency::iso(cur, china)?;
            // "won" and "sum" are words too: bare, they need a scale word.
            let wordy = cur.eq_ignore_ascii_case("won") || cur.eq_ignore_ascii_case("sum");
            if shape == Shape::Suffix && wordy && scale.is_none() {
                return None;
            }
            unit
        }
    };
    let range_start = match caps.name("n1") {
        // A range runs upwards, within a factor of ten ("2-3%", not "30 to 3%").
        Some(n1) => {
            let v1 = number::value(n1.as_str(), scale)?;
            (v1 < value && v1 * 10.0 >= value).then_some(v1)
        }
        None => None,
    };
    Some(Found {
        bytes: whole.range(),
        value,
        unit,
        range_start,
    })
}

/// Every figure in `text`, in text order, overlaps resolved for the longest.
/// Figures do not span lines: each run of lines ([`runs`]) is scanned on its own, with the fast
/// engine wherever its word boundaries allow.
pub fn scan(text: &str) -> Vec<Found> {
    let runs = runs(text);
    let china = runs
        .iter()
        .any(|(_, run, agree)| CHINA.pick(*agree).is_match(run));
    let mut cands: Vec<Found> = Vec::new();
    for (off, run, agree) in runs {
        for (shape, re) in PATTERNS.iter() {
            for caps in re.pick(agree).captures_iter(run) {
                if let Some(mut f) = build(*shape, &caps, run, china) {
                    f.bytes = f.bytes.start + off..f.bytes.end + off;
                    cands.push(f);
                }
            }
        }
    }
    cands.sort_by_key(|f| (std::cmp::Reverse(f.bytes.len()), f.bytes.start));
    let mut kept: Vec<Found> = Vec::new();
    for c in cands {
        if kept
            .iter()
            .all(|k| c.bytes.end <= k.bytes.start || k.bytes.end <= c.bytes.start)
        {
            kept.push(c);
        }
    }
    kept.sort_by_key(|f| f.bytes.start);
    kept
}

/// The figures of `doc`: each distinct value and unit once, at its first occurrence.
pub fn find(doc: &Doc) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let mut dates: about::PeriodScan = None;
    for f in scan(doc.body) {
        for value in f.range_start.into_iter().chain([f.value]) {
            let dup = out.iter().any(|o| {
                o.unit == f.unit && (o.value - value).abs() <= 1e-9 * value.abs().max(1.0)
            });
            if !dup {
                out.push(figure(doc, &f, value, &mut dates));
            }
        }
    }
    out
}

/// The contract's figure for `f` (or for the first value of its range).
fn figure(doc: &Doc, f: &Found, value: f64, dates: &mut about::PeriodScan) -> Figure {
    let sentence = doc.sentence_of(f.bytes.start);
    let span = doc.span(f.bytes.clone());
    Figure {
        text: doc.body[f.bytes.clone()].to_string(),
        value,
        unit: f.unit.to_string(),
        about: about::about(doc.body, sentence.clone(), f.bytes.clone()),
        period: about::period_cached(doc.body, sentence.clone(), f.bytes.clone(), dates),
        start: span.start,
        end: span.end,
        evidence: doc.span(sentence),
    }
}
