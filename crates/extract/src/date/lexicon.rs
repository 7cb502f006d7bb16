//! Words of the date grammar: month and weekday names, number words, unit words.

use jiff::civil::Weekday;

/// Month names and abbreviations (lower-case) with their number.
const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The month a name or abbreviation stands for ("Sept." is 9).
pub fn month(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// Regex alternation of month names, longest first, in any case (used next to digits).
pub fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    format!("(?i:{})", names.join("|"))
}

/// Regex alternation of full month names in any of three cases (Capitalized, UPPER, lower) and
/// abbreviations with a period, for a month that stands alone; lower case needs a cue (grammar).
pub fn month_alternation_proper() -> String {
    let full = MONTHS.iter().filter(|(n, _)| n.len() > 3 || *n == "may");
    let mut alts = Vec::new();
    for (n, _) in full {
        if n.len() == 4 && *n == "sept" {
            continue;
        }
        let mut cap = n.to_string();
        cap[..1].make_ascii_uppercase();
        alts.push(cap);
        alts.push(n.to_ascii_uppercase());
        alts.push(n.to_string());
    }
    // Abbreviations with a period stand alone too ("Sept.", "Oct.").
    for a in [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ] {
        alts.push(format!(r"{a}\."));
    }
    alts.sort_by_key(|n| std::cmp::Reverse(n.len()));
    format!("(?:{})", alts.join("|"))
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// The weekday a name stands for.
pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|&(_, d)| d)
}

/// Regex alternation of weekday names, Capitalized or UPPER (lower-case in `loose` mode).
pub fn weekday_alternation(loose: bool) -> String {
    let mut alts = Vec::new();
    for (n, _) in WEEKDAYS {
        let mut cap = n.to_string();
        cap[..1].make_ascii_uppercase();
        alts.push(cap);
        alts.push(n.to_ascii_uppercase());
        if loose {
            alts.push(n.to_string());
        }
    }
    format!("(?:{})", alts.join("|"))
}

/// Number words below twenty, by value (shared with the money finder).
pub(crate) const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Tens words by value of the tens digit.
pub(crate) const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A cardinal written in digits or words below 100 ("four", "twenty-six", "a", "12").
pub fn small_number(word: &str) -> Option<i32> {
    let w = word.trim().to_ascii_lowercase();
    if let Ok(n) = w.parse::<i32>() {
        return Some(n);
    }
    if w == "a" || w == "an" {
        return Some(1);
    }
    if let Some(i) = SMALL.iter().position(|s| *s == w) {
        return Some(i as i32);
    }
    let mut parts = w.split(['-', ' ']).filter(|p| !p.is_empty());
    let tens = parts.next()?;
    let t = TENS.iter().position(|s| !s.is_empty() && *s == tens)? as i32 * 10;
    match parts.next() {
        None => Some(t),
        Some(u) => {
            let u = SMALL
                .iter()
                .position(|s| *s == u)
                .filter(|&u| (1..10).contains(&u))?;
            parts.next().is_none().then_some(t + u as i32)
        }
    }
}

/// Regex alternation of number words below 100 (and "a", "an").
pub fn number_word_alternation() -> String {
    let units = SMALL[1..10].join("|");
    let tens = TENS[2..].join("|");
    format!(
        r"(?:\d{{1,3}}|(?:{tens})(?:[-\s](?:{units}))?|{}|an?)",
        SMALL[1..].join("|")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_numbers() {
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("MAY"), Some(5));
        assert_eq!(month("Mai"), None);
        assert_eq!(small_number("twenty-six"), Some(26));
        assert_eq!(small_number("four"), Some(4));
        assert_eq!(small_number("a"), Some(1));
        assert_eq!(small_number("twenty-ten"), None);
        assert_eq!(weekday("saturday"), Some(Weekday::Saturday));
    }
}
