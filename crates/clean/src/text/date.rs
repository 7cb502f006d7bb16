//! Publication dates as scraped pages write them: `Mar 30, 2024 12:36 PM`, `2017-09-11`,
//! `2017-Jul-29 10:12`, `15 May 2023`, `2024年3月30日`, and year-less dateline dates (`Sept. 26`).

use regex::Regex;
use std::sync::OnceLock;

/// A calendar date with an optional time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// Year (1900–2100).
    pub year: u16,
    /// Month (1–12).
    pub month: u8,
    /// Day of the month.
    pub day: u8,
    /// Hour and minute, 24-hour clock.
    pub time: Option<(u8, u8)>,
}

impl Stamp {
    /// ISO 8601: `2024-03-30` or `2024-03-30T12:36`.
    pub fn iso(&self) -> String {
        let d = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        match self.time {
            Some((h, m)) => format!("{d}T{h:02}:{m:02}"),
            None => d,
        }
    }
}

/// A date found in a line: its value and the byte range it covers (time and zone included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The value.
    pub stamp: Stamp,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const TIME: &str = r"(?:(?:\s*,?\s*|\s*T)(?P<h>\d{1,2})[:：](?P<mi>\d{2})(?:[:：]\d{2})?(?:\s*(?P<ap>[ap]\.?m\.?))?(?:\s*(?:\(?(?:GMT|UTC|BJT|CST|Beijing Time)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\)?))?)?";

fn patterns() -> &'static [Regex] {
    static RE: OnceLock<Vec<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        [
            // 2024-03-30, 2024/3/30, 2024.03.30
            format!(r"(?i)\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})\b{TIME}"),
            // 2017-Jul-29
            format!(r"(?i)\b(?P<y>(?:19|20)\d\d)[-/ ](?P<mn>{MONTH})\.?[-/ ](?P<d>\d{{1,2}})\b{TIME}"),
            // Mar 30, 2024 / March 30th 2024 / Sept. 26, 2017
            format!(
                r"(?i)\b(?P<mn>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y>(?:19|20)\d\d)\b{TIME}"
            ),
            // 15 May 2023 / 1st of June, 2024
            format!(
                r"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|[-/])(?P<mn>{MONTH})\.?(?:,?\s+|[-/])(?P<y>(?:19|20)\d\d)\b{TIME}"
            ),
            // 30.03.2024, 30/03/2024 (day first, as outside the United States)
            format!(r"\b(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>(?:19|20)\d\d)\b{TIME}"),
            // 03/30/2024 (month first, when the day cannot be a month)
            format!(r"\b(?P<m>\d{{1,2}})/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d\d)\b{TIME}"),
            // 2024年3月30日
            format!(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日{TIME}"),
        ]
        .iter()
        // ASCII word boundaries keep the regex crate on its fast engine beside curly quotes and
        // dashes (a Unicode `\b` sends a whole page to the slow ones); the dates are ASCII
        .map(|p| Regex::new(&p.replace(r"\b", r"(?-u:\b)")).expect("date pattern compiles"))
        .collect()
    })
}

/// Month number of an English month name or abbreviation (`Sept`, `March`).
pub fn month_number(name: &str) -> Option<u8> {
    let l = name.to_ascii_lowercase();
    let l = l.get(..3)?;
    let n = match l {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// Checks a year-month-day triple.
pub fn valid(year: u16, month: u8, day: u8) -> bool {
    (1900..=2100).contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in(year, month)
}

fn stamp_of(c: &regex::Captures<'_>) -> Option<Stamp> {
    let year: u16 = c.name("y")?.as_str().parse().ok()?;
    let month = match (c.name("m"), c.name("mn")) {
        (Some(m), _) => m.as_str().parse().ok()?,
        (None, Some(n)) => month_number(n.as_str())?,
        _ => return None,
    };
    let day: u8 = c.name("d")?.as_str().parse().ok()?;
    if !valid(year, month, day) {
        return None;
    }
    let time = match (c.name("h"), c.name("mi")) {
        (Some(h), Some(mi)) => {
            let mut h: u8 = h.as_str().parse().ok()?;
            let mi: u8 = mi.as_str().parse().ok()?;
            let ap = c.name("ap").map(|a| a.as_str().to_ascii_lowercase());
            match ap.as_deref().map(|a| a.starts_with('p')) {
                Some(true) if h < 12 => h += 12,
                Some(false) if h == 12 => h = 0,
                _ => {}
            }
            (h < 24 && mi < 60).then_some((h, mi))
        }
        _ => None,
    };
    Some(Stamp {
        year,
        month,
        day,
        time,
    })
}

/// The first full date (with year) in `s`, earliest in the text.
pub fn find(s: &str) -> Option<Found> {
    find_all(s).into_iter().next()
}

/// Every full date in `s`, in text order, without overlaps.
pub fn find_all(s: &str) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for re in patterns() {
        for c in re.captures_iter(s) {
            let whole = c.get(0).expect("group 0");
            if let Some(stamp) = stamp_of(&c) {
                out.push(Found {
                    stamp,
                    start: whole.start(),
                    end: whole.end(),
                });
            }
        }
    }
    out.sort_by_key(|f| (f.start, usize::MAX - f.end));
    let mut kept: Vec<Found> = Vec::new();
    for f in out {
        if kept.last().is_none_or(|k| f.start >= k.end) {
            kept.push(f);
        }
    }
    kept
}

/// A month and day without a year at the start of `s` (`March 27`, `Sept. 26`).
pub fn month_day(s: &str) -> Option<(u8, u8)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)^(?:(?P<mn>{MONTH})\.?\s+(?P<d>\d{{1,2}})\b|(?P<d2>\d{{1,2}})\s+(?P<mn2>{MONTH})\b)"
        ))
        .expect("month-day pattern")
    });
    let c = re.captures(s.trim())?;
    let m = month_number(c.name("mn").or(c.name("mn2"))?.as_str())?;
    let d: u8 = c.name("d").or(c.name("d2"))?.as_str().parse().ok()?;
    (d >= 1 && d <= days_in(2000, m)).then_some((m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_table() {
        let cases = [
            ("Published: Mar 30, 2024 12:36 PM", Some("2024-03-30T12:36")),
            (
                "Release time:Apr 16, 2024 18:05 PM",
                Some("2024-04-16T18:05"),
            ),
            ("Updated: 2017-09-11", Some("2017-09-11")),
            ("Time: 2017-Jul-29 10:12", Some("2017-07-29T10:12")),
            ("15 May 2023", Some("2023-05-15")),
            ("March 28, 2023", Some("2023-03-28")),
            ("2017-05-14 09:24 GMT+8", Some("2017-05-14T09:24")),
            ("Sept. 26, 2019, 9:05 a.m.", Some("2019-09-26T09:05")),
            ("2024年3月30日 08:00", Some("2024-03-30T08:00")),
            ("30.03.2024", Some("2024-03-30")),
            ("Updated 14:05, 30-Mar-2024", Some("2024-03-30")),
            ("05/07/2024", Some("2024-07-05")),
            ("07/25/2024", Some("2024-07-25")),
            ("12:30 AM Jan 1st 2020", Some("2020-01-01")),
            ("February 30, 2023", None),
            ("the 2024 summit", None),
            ("Room 2024-13-40", None),
        ];
        for (text, want) in cases {
            assert_eq!(find(text).map(|f| f.stamp.iso()).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn span_covers_time_and_zone() {
        let s = "x 2017-05-14 09:24 GMT+8 y";
        let f = find(s).unwrap();
        assert_eq!(&s[f.start..f.end], "2017-05-14 09:24 GMT+8");
    }

    #[test]
    fn month_days() {
        assert_eq!(month_day("March 27 (Xinhua)"), Some((3, 27)));
        assert_eq!(month_day("Sept. 26"), Some((9, 26)));
        assert_eq!(month_day("30 March"), Some((3, 30)));
        assert_eq!(month_day("Feb 31"), None);
        assert_eq!(month_day("Mayor Li"), None);
    }
}
