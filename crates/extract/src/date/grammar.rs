//! The date grammar: patterns compiled once, each with a builder from captures to an [`Expr`].

use super::context;
use super::expr::{Expr, Feast, Shift, Unit};
use super::lexicon::{
    self, month_alternation_proper, number_word_alternation, weekday_alternation,
};
use regex::{Captures, Regex};
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
    re: Regex,
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
            re: Regex::new(&src).expect("date pattern compiles"),
            build,
        })
        .collect()
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(patterns);

/// Every expression of `text`, longest first where they overlap, in text order.
pub fn scan(text: &str) -> Vec<Match> {
    let mut cands: Vec<Match> = Vec::new();
    for p in PATTERNS.iter() {
        for caps in p.re.captures_iter(text) {
            let whole = caps.get(0).map_or(0..0, |m| m.range());
            if let Some(expr) = (p.build)(&caps, text) {
                let t = caps.name("t").map_or(whole.clone(), |m| m.range());
                cands.push(Match {
                    text: t,
                    whole,
                    expr,
                });
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

fn num<T: std::str::FromStr>(caps: &Captures, name: &str) -> Option<T> {
    let s = caps.name(name)?.as_str();
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits.parse().ok()
}

fn month_cap(caps: &Captures, name: &str) -> Option<i8> {
    let s = caps.name(name)?.as_str();
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok().filter(|m| (1..=12).contains(m));
    }
    lexicon::month(s)
}

/// Lower-case "may" and "march" next to a day are verbs more often than months.
fn verb_like(caps: &Captures) -> bool {
    caps.name("m")
        .is_some_and(|m| matches!(m.as_str(), "may" | "march"))
}

fn weekday_cap(caps: &Captures) -> Option<jiff::civil::Weekday> {
    caps.name("wd").and_then(|w| lexicon::weekday(w.as_str()))
}

fn b_day(caps: &Captures, _: &str) -> Option<Expr> {
    let y: Option<i16> = num(caps, "y");
    if y.is_none() && verb_like(caps) {
        return None;
    }
    let (m, d) = (month_cap(caps, "m")?, num(caps, "d")?);
    super::resolve::ymd(y.unwrap_or(2000), m, d)?;
    Some(Expr::Day {
        y,
        m,
        d,
        wd: weekday_cap(caps),
    })
}

fn b_slash(caps: &Captures, _: &str) -> Option<Expr> {
    let (a, b): (i8, i8) = (num(caps, "a")?, num(caps, "b")?);
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    let y = num(caps, "y")?;
    super::resolve::ymd(y, m, d)?;
    Some(Expr::Day {
        y: Some(y),
        m,
        d,
        wd: None,
    })
}

fn and_needs_between(caps: &Captures) -> bool {
    let and = caps
        .name("c")
        .is_some_and(|c| c.as_str().eq_ignore_ascii_case("and"));
    let between = caps
        .name("from")
        .is_some_and(|f| f.as_str().eq_ignore_ascii_case("between"));
    and && !between
}

fn b_day_range(caps: &Captures, _: &str) -> Option<Expr> {
    if and_needs_between(caps) {
        return None;
    }
    let m1 = month_cap(caps, "m")?;
    let m2 = caps
        .name("m2")
        .map_or(Some(m1), |_| month_cap(caps, "m2"))?;
    let (d1, d2) = (num(caps, "d")?, num(caps, "d2")?);
    let (y1, y2) = match (num(caps, "y"), num(caps, "y2")) {
        (y, None) if caps.name("m2").is_none() => (y, y),
        pair => pair,
    };
    if m1 == m2 && d2 <= d1 {
        return None;
    }
    Some(Expr::DayRange {
        y1,
        m1,
        d1,
        y2,
        m2,
        d2,
    })
}

fn rel_year(caps: &Captures) -> Option<i32> {
    caps.name("rel")
        .map(|r| match r.as_str().to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        })
}

fn b_month_range(caps: &Captures, _: &str) -> Option<Expr> {
    if and_needs_between(caps) {
        return None;
    }
    let (m1, m2) = (month_cap(caps, "m")?, month_cap(caps, "m2")?);
    (m1 < m2).then_some(Expr::MonthRange {
        y: num(caps, "y"),
        m1,
        m2,
        year_rel: rel_year(caps),
    })
}

fn shift_cap(caps: &Captures) -> Shift {
    match caps.name("shift").map(|s| s.as_str().to_ascii_lowercase()) {
        None => Shift::None,
        Some(s) if s == "last" || s == "this past" || s == "past" => Shift::Last,
        Some(s) if s == "next" || s.contains("coming") => Shift::Next,
        Some(_) => Shift::This,
    }
}

fn b_month(caps: &Captures, text: &str) -> Option<Expr> {
    let m = month_cap(caps, "m")?;
    let y = num(caps, "y");
    let shift = shift_cap(caps);
    let year_rel = rel_year(caps);
    let bare =
        y.is_none() && caps.name("mod").is_none() && shift == Shift::None && year_rel.is_none();
    let token = caps.name("m")?;
    let lower = token.as_str().starts_with(|c: char| c.is_ascii_lowercase());
    let verb = matches!(token.as_str(), "may" | "march");
    if bare && lower && (verb || !context::cued(text, token.start())) {
        return None;
    }
    if bare && !context::bare_month_ok(text, caps.get(0)?.range()) {
        return None;
    }
    Some(Expr::Month {
        y,
        m,
        shift,
        year_rel,
    })
}

fn b_holiday(caps: &Captures, _: &str) -> Option<Expr> {
    let h = caps.name("h")?.as_str().replace('’', "'");
    let y = num(caps, "y");
    let (m, d) = match h.as_str() {
        "Christmas Eve" => (12, 24),
        "Christmas Day" | "Christmas" => (12, 25),
        "New Year's Day" => (1, 1),
        "New Year's Eve" => (12, 31),
        "Valentine's Day" => (2, 14),
        "Halloween" => (10, 31),
        "Boxing Day" => (12, 26),
        "Black Friday" => {
            return Some(Expr::Feast {
                y,
                feast: Feast::BlackFriday,
            })
        }
        "Cyber Monday" => {
            return Some(Expr::Feast {
                y,
                feast: Feast::CyberMonday,
            })
        }
        "Good Friday" => {
            return Some(Expr::Feast {
                y,
                feast: Feast::GoodFriday,
            })
        }
        h if h.starts_with("Thanksgiving") => {
            return Some(Expr::Feast {
                y,
                feast: Feast::Thanksgiving,
            })
        }
        _ => {
            return Some(Expr::Feast {
                y,
                feast: Feast::Easter,
            })
        }
    };
    Some(Expr::Day { y, m, d, wd: None })
}

fn b_year(caps: &Captures, text: &str) -> Option<Expr> {
    let m = caps.name("y")?;
    if !context::year_ok(text, m.range()) {
        return None;
    }
    Some(Expr::Year(m.as_str().parse().ok()?))
}

fn b_weekday(caps: &Captures, _: &str) -> Option<Expr> {
    Some(Expr::Weekday {
        wd: weekday_cap(caps)?,
        shift: shift_cap(caps),
    })
}

fn b_today(caps: &Captures, _: &str) -> Option<Expr> {
    let w = caps.name("w")?.as_str().to_ascii_lowercase();
    let n = match w.as_str() {
        "yesterday" | "last night" => -1,
        "tomorrow" => 1,
        _ => 0,
    };
    Some(Expr::Offset { unit: Unit::Day, n })
}

fn unit_cap(caps: &Captures) -> Option<Unit> {
    let u = caps.name("unit")?.as_str().to_ascii_lowercase();
    Some(match u.trim_end_matches('s') {
        "year" => Unit::Year,
        "month" => Unit::Month,
        "week" => Unit::Week,
        "day" => Unit::Day,
        _ => return None,
    })
}

fn b_rel_unit(caps: &Captures, text: &str) -> Option<Expr> {
    let whole = caps.get(0)?;
    // "the last year", "over the next month" are durations, not dates.
    if caps.name("mod").is_none() && context::after_article(text, whole.start()) {
        return None;
    }
    let n = match shift_cap(caps) {
        Shift::Last => -1,
        Shift::Next => 1,
        _ => 0,
    };
    Some(Expr::Offset {
        unit: unit_cap(caps)?,
        n,
    })
}

fn b_this_unit(caps: &Captures, _: &str) -> Option<Expr> {
    let unit = match caps
        .name("unit")
        .or(caps.name("cu"))
        .map(|u| u.as_str().to_ascii_lowercase())
    {
        Some(u) if u == "month" => Unit::Month,
        _ => Unit::Year,
    };
    Some(Expr::Offset { unit, n: 0 })
}

fn b_ago(caps: &Captures, _: &str) -> Option<Expr> {
    let n = lexicon::small_number(caps.name("n")?.as_str())?;
    let dir = caps.name("dir")?.as_str().to_ascii_lowercase();
    let sign = if dir == "from now" || dir == "hence" {
        1
    } else {
        -1
    };
    (1..=200).contains(&n).then_some(Expr::Offset {
        unit: unit_cap(caps)?,
        n: sign * n,
    })
}
