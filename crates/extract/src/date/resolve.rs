//! Resolution of an [`Expr`] against an anchor date (the publication date) and the tense.

use super::expr::{Expr, Feast, Shift, Unit};
use super::{DateValue, Precision};
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

/// Whether the clause around an expression speaks of the future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past or present, the default of news.
    Past,
    /// "will", "is scheduled to", "next".
    Future,
}

/// A valid date, or none (30 February).
pub fn ymd(y: i16, m: i8, d: i8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

fn day_iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn month_iso(y: i32, m: i8) -> String {
    format!("{y:04}-{m:02}")
}

fn week_iso(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Days from `a` to `b` (negative when `b` is earlier).
fn days_between(a: Date, b: Date) -> i64 {
    a.until(b)
        .map(|s| i64::from(s.get_days()))
        .unwrap_or(i64::MAX / 2)
}

/// The year for a month/day without one: the candidate nearest the anchor, or the first on or
/// after it when the clause speaks of the future.
fn pick_year(anchor: Date, m: i8, d: i8, tense: Tense, wd: Option<Weekday>) -> Option<Date> {
    let y0 = anchor.year();
    if let Some(wd) = wd {
        // A written weekday fixes the year: the nearest year where the day falls on it.
        let mut best: Option<Date> = None;
        for dy in -6i16..=6 {
            if let Some(c) = ymd(y0 + dy, m, d).filter(|c| c.weekday() == wd) {
                let better = best
                    .is_none_or(|b| days_between(anchor, c).abs() < days_between(anchor, b).abs());
                if better {
                    best = Some(c);
                }
            }
        }
        if best.is_some() {
            return best;
        }
    }
    let cands: Vec<Date> = [y0 - 1, y0, y0 + 1]
        .iter()
        .filter_map(|&y| ymd(y, m, d))
        .collect();
    if tense == Tense::Future {
        if let Some(c) = cands.iter().copied().find(|&c| c >= anchor) {
            if days_between(anchor, c) <= 300 {
                return Some(c);
            }
        }
    }
    cands
        .into_iter()
        // News reports the past: a later candidate counts half again as far.
        .min_by_key(|&c| {
            let d = days_between(anchor, c);
            if d > 0 {
                d * 3 / 2
            } else {
                -d
            }
        })
}

/// The occurrence of a movable feast nearest the anchor (past-leaning, as for partial dates).
fn feast_near(anchor: Date, feast: Feast, tense: Tense) -> Option<Date> {
    let y0 = anchor.year();
    let cands: Vec<Date> = [y0 - 1, y0, y0 + 1]
        .iter()
        .filter_map(|&y| feast.date(y))
        .collect();
    let weight = |c: &Date| {
        let dd = days_between(anchor, *c);
        match (dd > 0, tense) {
            (true, Tense::Past) => dd * 3 / 2,
            (true, Tense::Future) => dd,
            (false, Tense::Past) => -dd,
            (false, Tense::Future) => -dd * 3 / 2,
        }
    };
    cands.into_iter().min_by_key(weight)
}

fn weekday_from(anchor: Date, wd: Weekday, shift: Shift, tense: Tense) -> Date {
    let back = i64::from(anchor.weekday().since(wd)); // 0..=6 days back to `wd`
    let fwd = i64::from(wd.since(anchor.weekday())); // 0..=6 days ahead
    let offset = match (shift, tense) {
        (Shift::Last, _) => -(if back == 0 { 7 } else { back }),
        (Shift::Next, _) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        (Shift::This, _) | (Shift::None, Tense::Future) => fwd,
        (Shift::None, Tense::Past) => -back,
    };
    anchor.checked_add(offset.days()).unwrap_or(anchor)
}

fn month_of(anchor: Date, m: i8, shift: Shift, tense: Tense) -> (i32, i8) {
    let y = anchor.year() as i32;
    let am = anchor.month();
    match shift {
        Shift::This => (y, m),
        Shift::Last => (if m < am { y } else { y - 1 }, m),
        Shift::Next => (if m > am { y } else { y + 1 }, m),
        Shift::None => {
            // The nearest such month, a later one counting half again as far unless the clause
            // speaks of the future.
            let here = y * 12 + am as i32;
            let dist = |c: i32| {
                let d = c - here;
                match (d > 0, tense) {
                    (true, Tense::Past) => d * 3,
                    (true, Tense::Future) => d * 2,
                    (false, Tense::Past) => -d * 2,
                    (false, Tense::Future) => -d * 3,
                }
            };
            let best = [y - 1, y, y + 1]
                .into_iter()
                .map(|cy| cy * 12 + m as i32)
                .min_by_key(|&c| dist(c))
                .unwrap_or(here);
            ((best - 1).div_euclid(12), m)
        }
    }
}

/// The value of `e` against `anchor`; `None` when it needs an anchor and there is none.
/// Partial expressions with no anchor keep their month and day ("--07-14").
pub fn resolve(e: &Expr, anchor: Option<Date>, tense: Tense) -> Option<DateValue> {
    use Precision as P;
    let v = match *e {
        Expr::Day {
            y: Some(y), m, d, ..
        } => DateValue::one(day_iso(ymd(y, m, d)?), P::Day),
        Expr::Day { y: None, m, d, wd } => match anchor {
            Some(a) => DateValue::one(day_iso(pick_year(a, m, d, tense, wd)?), P::Day),
            None => {
                ymd(2000, m, d)?; // validity (2000 is a leap year)
                DateValue::one(format!("--{m:02}-{d:02}"), P::Day)
            }
        },
        Expr::DayRange {
            y1,
            m1,
            d1,
            y2,
            m2,
            d2,
        } => {
            let (s, en) = match (y1, y2, anchor) {
                (Some(a), Some(b), _) => (ymd(a, m1, d1)?, ymd(b, m2, d2)?),
                (Some(a), None, _) => (
                    ymd(a, m1, d1)?,
                    ymd(if m2 < m1 { a + 1 } else { a }, m2, d2)?,
                ),
                (None, Some(b), _) => (
                    ymd(if m1 > m2 { b - 1 } else { b }, m1, d1)?,
                    ymd(b, m2, d2)?,
                ),
                (None, None, Some(a)) => {
                    let s = pick_year(a, m1, d1, tense, None)?;
                    let ey = if m2 < m1 { s.year() + 1 } else { s.year() };
                    (s, ymd(ey, m2, d2)?)
                }
                (None, None, None) => {
                    ymd(2000, m1, d1)?;
                    ymd(2000, m2, d2)?;
                    let s = format!("--{m1:02}-{d1:02}");
                    return Some(DateValue::range(s, format!("--{m2:02}-{d2:02}"), P::Day));
                }
            };
            if en < s {
                return None;
            }
            DateValue::range(day_iso(s), day_iso(en), P::Day)
        }
        Expr::Month { y: Some(y), m, .. } => DateValue::one(month_iso(y as i32, m), P::Month),
        Expr::Month {
            y: None,
            m,
            shift,
            year_rel,
        } => match (anchor, year_rel) {
            (Some(a), Some(k)) => DateValue::one(month_iso(a.year() as i32 + k, m), P::Month),
            (Some(a), None) => {
                let (y, m) = month_of(a, m, shift, tense);
                DateValue::one(month_iso(y, m), P::Month)
            }
            (None, _) if shift == Shift::None && year_rel.is_none() => {
                DateValue::one(format!("--{m:02}"), P::Month)
            }
            (None, _) => return None,
        },
        Expr::MonthRange {
            y,
            m1,
            m2,
            year_rel,
        } => {
            let y = match (y, anchor, year_rel) {
                (Some(y), _, _) => y as i32,
                (None, Some(a), k) => a.year() as i32 + k.unwrap_or(0),
                (None, None, _) => return None,
            };
            if m2 < m1 {
                return None;
            }
            DateValue::range(month_iso(y, m1), month_iso(y, m2), P::Month)
        }
        Expr::Year(y) => DateValue::one(format!("{y:04}"), P::Year),
        Expr::Feast { y: Some(y), feast } => DateValue::one(day_iso(feast.date(y)?), P::Day),
        Expr::Feast { y: None, feast } => {
            DateValue::one(day_iso(feast_near(anchor?, feast, tense)?), P::Day)
        }
        Expr::Weekday { wd, shift } => {
            DateValue::one(day_iso(weekday_from(anchor?, wd, shift, tense)), P::Day)
        }
        Expr::Offset { unit, n } => {
            let a = anchor?;
            match unit {
                Unit::Day => DateValue::one(day_iso(a.checked_add(n.days()).ok()?), P::Day),
                Unit::Week => {
                    DateValue::one(week_iso(a.checked_add((7 * n).days()).ok()?), P::Week)
                }
                Unit::Month => {
                    let first = ymd(a.year(), a.month(), 1)?.checked_add(n.months()).ok()?;
                    DateValue::one(month_iso(first.year() as i32, first.month()), P::Month)
                }
                Unit::Year => DateValue::one(format!("{:04}", a.year() as i32 + n), P::Year),
            }
        }
    };
    Some(v)
}
