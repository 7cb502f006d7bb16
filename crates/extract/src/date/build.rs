//! Builders: from a pattern's captures to an [`Expr`], with the checks that need the text around.

use super::context;
use super::expr::{Expr, Feast, Shift, Unit};
use super::lexicon;
use regex::Captures;

pub(super) fn num<T: std::str::FromStr>(caps: &Captures, name: &str) -> Option<T> {
    let s = caps.name(name)?.as_str();
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits.parse().ok()
}

pub(super) fn month_cap(caps: &Captures, name: &str) -> Option<i8> {
    let s = caps.name(name)?.as_str();
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok().filter(|m| (1..=12).contains(m));
    }
    lexicon::month(s)
}

/// Lower-case "may" and "march" next to a day are verbs more often than months.
pub(super) fn verb_like(caps: &Captures) -> bool {
    caps.name("m")
        .is_some_and(|m| matches!(m.as_str(), "may" | "march"))
}

pub(super) fn weekday_cap(caps: &Captures) -> Option<jiff::civil::Weekday> {
    caps.name("wd").and_then(|w| lexicon::weekday(w.as_str()))
}

pub(super) fn b_day(caps: &Captures, _: &str) -> Option<Expr> {
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

pub(super) fn b_slash(caps: &Captures, _: &str) -> Option<Expr> {
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

pub(super) fn and_needs_between(caps: &Captures) -> bool {
    let and = caps
        .name("c")
        .is_some_and(|c| c.as_str().eq_ignore_ascii_case("and"));
    let between = caps
        .name("from")
        .is_some_and(|f| f.as_str().eq_ignore_ascii_case("between"));
    and && !between
}

pub(super) fn b_day_range(caps: &Captures, _: &str) -> Option<Expr> {
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

pub(super) fn rel_year(caps: &Captures) -> Option<i32> {
    caps.name("rel")
        .map(|r| match r.as_str().to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        })
}

pub(super) fn b_month_range(caps: &Captures, _: &str) -> Option<Expr> {
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

pub(super) fn shift_cap(caps: &Captures) -> Shift {
    match caps.name("shift").map(|s| s.as_str().to_ascii_lowercase()) {
        None => Shift::None,
        Some(s) if s == "last" || s == "this past" || s == "past" => Shift::Last,
        Some(s) if s == "next" || s.contains("coming") => Shift::Next,
        Some(_) => Shift::This,
    }
}

pub(super) fn b_month(caps: &Captures, text: &str) -> Option<Expr> {
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

pub(super) fn b_holiday(caps: &Captures, _: &str) -> Option<Expr> {
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

pub(super) fn b_year(caps: &Captures, text: &str) -> Option<Expr> {
    let m = caps.name("y")?;
    if !context::year_ok(text, m.range()) {
        return None;
    }
    Some(Expr::Year(m.as_str().parse().ok()?))
}

pub(super) fn b_weekday(caps: &Captures, _: &str) -> Option<Expr> {
    Some(Expr::Weekday {
        wd: weekday_cap(caps)?,
        shift: shift_cap(caps),
    })
}

pub(super) fn b_today(caps: &Captures, _: &str) -> Option<Expr> {
    let w = caps.name("w")?.as_str().to_ascii_lowercase();
    let n = match w.as_str() {
        "yesterday" | "last night" => -1,
        "tomorrow" => 1,
        _ => 0,
    };
    Some(Expr::Offset { unit: Unit::Day, n })
}

pub(super) fn unit_cap(caps: &Captures) -> Option<Unit> {
    let u = caps.name("unit")?.as_str().to_ascii_lowercase();
    Some(match u.trim_end_matches('s') {
        "year" => Unit::Year,
        "month" => Unit::Month,
        "week" => Unit::Week,
        "day" => Unit::Day,
        _ => return None,
    })
}

pub(super) fn b_rel_unit(caps: &Captures, text: &str) -> Option<Expr> {
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

pub(super) fn b_this_unit(caps: &Captures, _: &str) -> Option<Expr> {
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

pub(super) fn b_ago(caps: &Captures, _: &str) -> Option<Expr> {
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
