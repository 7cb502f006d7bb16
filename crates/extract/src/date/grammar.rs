//! The date grammar: patterns compiled once, each with a builder from captures to an [`Expr`].

use super::boundary::{runs, Dual};
use super::build::*;
use super::expr::Expr;
use super::lexicon::{month_alternation_proper, number_word_alternation, weekday_alternation};
use regex::Captures;
use std::ops::Range;
use std::sync::LazyLock;

/// One expression found by the grammar, before resolution.
#[derive(Debug, Clone)]
pub struct Match {
    /// Bytes of the expression as emitted.
    pub text: Range<usize>,
    /// Bytes of the whole pattern match (with a leading "from"/"between").
    pub whole: Range<usize>,
    /// What it says.
    pub expr: Expr,
}

type Build = fn(&Captures, &str) -> Option<Expr>;

struct Pattern {
    re: Dual,
    build: Build,
}

const DAY: &str = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\b";
const YEAR: &str = r"(?:1[6-9][0-9]{2}|20[0-9]{2})\b";
const RANGE_SEP: &str = r"\s*(?P<c>-|–|—|(?i:to|until|till|through|thru|and))\s*";

fn month_any() -> String {
    // Full names without a period, abbreviations with an optional one, any case.
    let full =
        "january|february|march|april|may|june|july|august|september|october|november|december";
    let abbr = "sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";
    format!(r"(?:(?i:{full})\b|(?i:{abbr})\b\.?)")
}

fn patterns() -> Vec<Pattern> {
    let mo = month_any();
    let mp = month_alternation_proper();
    let wd = weekday_alternation(true);
    let wdl = weekday_alternation(true);
    let num = number_word_alternation();
    let from = r"(?:(?P<from>(?i:from|between))\s+)?";
    let rules: Vec<(String, Build)> = vec![
        // 2023-07-09, 2023/07/09
        (
            r"\b(?P<y>\d{4})(?P<s>[-/.])(?P<m>0?[1-9]|1[0-2])[-/.](?P<d>0?[1-9]|[12][0-9]|3[01])\b"
                .into(),
            b_day,
        ),
        // 7/9/2023 (month first unless the first number cannot be a month)
        (r"\b(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<y>\d{4})\b".into(), b_slash),
        // Wednesday, 3 July 2024; 15 May 2023; 10th of July, 2023
        (
            format!(
                r"(?:(?P<wd>{wdl}),?\s+(?:the\s+)?)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{mo}),?\s+(?P<y>{YEAR})"
            ),
            b_day,
        ),
        // Mar 30, 2024; Friday, Oct. 23, 1998
        (format!(r"(?:(?P<wd>{wdl}),?\s+)?(?P<m>{mo})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"), b_day),
        // 10 July; Wednesday, 3 July
        (format!(r"(?:(?P<wd>{wdl}),?\s+(?:the\s+)?)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{mo})"), b_day),
        // Sept. 26; Thursday, April 6
        (format!(r"(?:(?P<wd>{wdl}),?\s+)?(?P<m>{mo})\s+(?P<d>{DAY})"), b_day),
        // 9 to 15 July 2023
        (
            format!(
                r"{from}(?P<t>(?P<d>{DAY}){RANGE_SEP}(?P<d2>{DAY})(?:\s+of)?\s+(?P<m>{mo})(?:,?\s+(?P<y>{YEAR}))?)"
            ),
            b_day_range,
        ),
        // May 18-19, July 9 to 15, 2023
        (
            format!(
                r"{from}(?P<t>(?P<m>{mo})\s+(?P<d>{DAY}){RANGE_SEP}(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?)"
            ),
            b_day_range,
        ),
        // 30 June to 2 July 2023
        (
            format!(
                r"{from}(?P<t>(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{mo})(?:,?\s+(?P<y>{YEAR}))?{RANGE_SEP}(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{mo})(?:,?\s+(?P<y2>{YEAR}))?)"
            ),
            b_day_range,
        ),
        // June 30 to July 2, 2023
        (
            format!(
                r"{from}(?P<t>(?P<m>{mo})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?{RANGE_SEP}(?P<m2>{mo})\s+(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?)"
            ),
            b_day_range,
        ),
        // January to July this year; March-May 2024
        (
            format!(
                r"{from}(?P<t>(?P<m>{mp}){RANGE_SEP}(?P<m2>{mp})(?:,?\s+(?P<y>{YEAR})|\s+(?P<rel>(?i:this|last|next))\s+year\b)?)"
            ),
            b_month_range,
        ),
        // June 2024, March of 2015, end of September 2016
        (
            format!(
                r"(?:(?P<mod>(?i:early|mid|late|the end of|end of|the beginning of|beginning of|the middle of|the start of|start of))(?:-|\s+))?(?P<m>{mo}),?\s+(?:of\s+)?(?P<y>{YEAR})"
            ),
            b_month,
        ),
        // late June, last April, May last year, mid-November
        (
            format!(
                r"(?:(?P<mod>(?i:early|mid|late|the end of|end of|the beginning of|beginning of|the middle of|the start of|start of))(?:-|\s+))?(?:(?P<shift>(?i:last|next|this|this coming|coming|this past))\s+)?(?P<m>{mp})(?:\s+(?:of\s+)?(?P<rel>(?i:last|next|this))\s+year\b)?"
            ),
            b_month,
        ),
        // Christmas, New Year's Day 2024, Thanksgiving, Easter Sunday
        (
            format!(
                r"\b(?P<h>Christmas Eve|Christmas Day|Christmas|New Year['’]s Day|New Year['’]s Eve|Valentine['’]s Day|Halloween|Boxing Day|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Black Friday|Cyber Monday|Good Friday)(?:,?\s+(?P<y>{YEAR}))?"
            ),
            b_holiday,
        ),
        // 2023
        (format!(r"\b(?P<y>{YEAR})"), b_year),
        // Saturday, last Friday
        (
            format!(
                r"(?:(?P<shift>(?i:last|next|this|this coming|this past|coming|past))\s+)?\b(?P<wd>{wd})\b"
            ),
            b_weekday,
        ),
        // today, yesterday, tomorrow, tonight, this morning, last night
        (
            r"\b(?P<w>(?i:today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night))\b"
                .into(),
            b_today,
        ),
        // last year, this month, earlier this year, early next year, next week
        (
            r"\b(?:(?P<mod>(?i:early|earlier|late|later|mid|the end of|end of|the beginning of|beginning of|the start of|the middle of|the first half of|the second half of|the rest of))(?:-|\s+))?(?P<shift>(?i:last|next|this|the coming|coming))\s+(?P<unit>(?i:year|month|week))\b"
                .into(),
            b_rel_unit,
        ),
        // by the end of the year, year-end, the current year: the anchor's year or month
        (
            r"\b(?i:(?:the\s+)?(?P<mod>end|beginning|start|middle|rest)\s+of\s+the\s+(?P<unit>year|month)|(?P<ye>year[-\s]end|year['’]s\s+end)|the\s+current\s+(?P<cu>year|month))\b"
                .into(),
            b_this_unit,
        ),
        // four years ago, a year earlier, two weeks from now
        (
            format!(
                r"\b(?:(?P<hedge>(?i:almost|nearly|about|some|more than|over|around|roughly|exactly|just|only))\s+)?(?P<n>(?i:{num}))\s+(?P<unit>(?i:years?|months?|weeks?|days?))\s+(?P<dir>(?i:ago|earlier|from now|hence))\b"
            ),
            b_ago,
        ),
    ];
    rules
        .into_iter()
        .map(|(src, build)| Pattern {
            re: Dual::new(&src).expect("date pattern compiles"),
            build,
        })
        .collect()
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(patterns);

/// Every expression of `text`, longest first where they overlap, in text order.
/// Expressions do not span lines: each run of lines ([`runs`]) is scanned on its own, with the
/// fast engine wherever its word boundaries allow.
pub fn scan(text: &str) -> Vec<Match> {
    let mut cands: Vec<Match> = Vec::new();
    let shift = |r: Range<usize>, off: usize| r.start + off..r.end + off;
    for (off, run, agree) in runs(text) {
        for p in PATTERNS.iter() {
            for caps in p.re.pick(agree).captures_iter(run) {
                let whole = caps.get(0).map_or(0..0, |m| m.range());
                if let Some(expr) = (p.build)(&caps, run) {
                    let t = caps.name("t").map_or(whole.clone(), |m| m.range());
                    cands.push(Match {
                        text: shift(t, off),
                        whole: shift(whole, off),
                        expr,
                    });
                }
            }
        }
    }
    cands.sort_by_key(|m| (std::cmp::Reverse(m.whole.len()), m.whole.start));
    let mut kept: Vec<Match> = Vec::new();
    for c in cands {
        if kept
            .iter()
            .all(|k| c.whole.end <= k.whole.start || k.whole.end <= c.whole.start)
        {
            kept.push(c);
        }
    }
    kept.sort_by_key(|m| m.whole.start);
    kept
}
