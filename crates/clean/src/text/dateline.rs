//! Datelines that open a story: `BEIJING, March 27 (Xinhua) --`, `Hanoi, (VNA) -`,
//! `KHORGOS, Kazakhstan --`, `ISLAMABAD, PAKISTAN –`, `Riyadh:`. The gold convention drops
//! them from the body; the agency becomes the outlet and the month and day can date the story.

use super::date;
use regex::Regex;
use std::sync::OnceLock;

/// A dateline found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Bytes of the paragraph the dateline covers (with the separator and following spaces).
    pub len: usize,
    /// The news agency in parentheses (`Xinhua`).
    pub agency: Option<String>,
    /// Month and day, when the dateline gives them.
    pub month_day: Option<(u8, u8)>,
    /// The full date, when the dateline gives a year too.
    pub full: Option<date::Stamp>,
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let word = r"\p{Lu}[\p{L}'’.\-]*";
        let place = format!(r"{word}(?:\s+{word}){{0,3}}");
        let month = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
        let pat = format!(
            r"^(?P<place>{place})?(?:\s*,\s*(?P<region>{place}))?(?:\s*,?\s*(?P<md>(?:{month}\s+\d{{1,2}}|\d{{1,2}}\s+{month})(?:,?\s+(?:19|20)\d\d)?))?\s*,?\s*(?:[(（](?P<agency>[^()（）]{{2,40}})[)）])?\s*(?P<sep>--|—|–|-|_|:|：)(?:\s+|$)"
        );
        Regex::new(&pat).expect("dateline pattern compiles")
    })
}

fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Whether `s` is a date and nothing more ("14 November 2022", "Sept. 5, 2024").
fn is_date(s: &str) -> bool {
    date::find(s).is_some_and(|f| f.start == 0 && s[f.end..].trim().is_empty())
}

/// The dateline at the start of `par`, if it has one.
pub fn find(par: &str) -> Option<Dateline> {
    static AGENCY_FIRST: OnceLock<Regex> = OnceLock::new();
    // "ASTANA. KAZINFORM – ..."
    let af = AGENCY_FIRST.get_or_init(|| {
        Regex::new(r"^\p{Lu}[\p{Lu}'’\-]+(?:\s+\p{Lu}[\p{Lu}'’\-]+){0,2}\.\s+(?P<agency>\p{Lu}[\p{Lu}\-]{2,})\s*(?:--|—|–|-)\s+")
            .expect("dateline pattern compiles")
    });
    if let Some(c) = af.captures(par) {
        let len = c.get(0)?.end();
        let agency = c.name("agency").map(|m| m.as_str().to_string());
        return Some(Dateline {
            len,
            agency,
            month_day: None,
            full: None,
        });
    }
    let c = pattern().captures(par)?;
    let place = c.name("place").map(|m| m.as_str());
    let region = c.name("region").map(|m| m.as_str());
    let mut md = c.name("md").map(|m| m.as_str());
    let mut agency = c.name("agency").map(|m| m.as_str().trim());
    // "MANILA, PHILIPPINES (14 November 2022) —": the parentheses hold the date, not an agency
    if let Some(a) = agency.filter(|a| md.is_none() && is_date(a)) {
        md = Some(a);
        agency = None;
    }
    let agency = agency.map(str::to_string);
    let sep = c.name("sep")?.as_str();
    let len = c.get(0)?.end();
    if place.is_none() && agency.is_none() {
        return None;
    }
    // what follows must read as a sentence, not a list or a title
    let rest = &par[len..];
    if rest.is_empty() && (agency.is_some() || md.is_some()) && sep != ":" {
        // a dateline on a line of its own ("NAIROBI, Kenya (AP) _")
        let month_day = md.and_then(date::month_day);
        let full = md.and_then(date::find).map(|f| f.stamp);
        return Some(Dateline {
            len,
            agency,
            month_day,
            full,
        });
    }
    if rest.split_whitespace().count() < 4
        || !rest
            .chars()
            .next()
            .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric() || "\"“‘'".contains(ch))
    {
        return None;
    }
    let words = place.map_or(0, |p| p.split_whitespace().count());
    let strong =
        agency.is_some() || md.is_some() || region.is_some() || place.is_some_and(all_caps);
    let ok = match sep {
        ":" | "：" => (strong || words <= 2) && md.is_none() || agency.is_some(),
        "-" => strong,
        "_" => agency.is_some(),
        _ => strong || words <= 3,
    };
    if !ok {
        return None;
    }
    let month_day = md.and_then(date::month_day);
    let full = md.and_then(date::find).map(|f| f.stamp);
    Some(Dateline {
        len,
        agency,
        month_day,
        full,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stripped prefix, agency, month and day.
    type Want = Option<(&'static str, Option<&'static str>, Option<(u8, u8)>)>;

    #[test]
    fn case_table() {
        let cases: &[(&str, Want)] = &[
            (
                "BEIJING, March 27 (Xinhua) -- Wang met the envoy.",
                Some((
                    "BEIJING, March 27 (Xinhua) -- ",
                    Some("Xinhua"),
                    Some((3, 27)),
                )),
            ),
            (
                "VIENTIANE, Sept. 26 (Xinhua) -- The railway opened today.",
                Some((
                    "VIENTIANE, Sept. 26 (Xinhua) -- ",
                    Some("Xinhua"),
                    Some((9, 26)),
                )),
            ),
            (
                "MANILA, PHILIPPINES (14 November 2022) — The bank approved a loan.",
                Some((
                    "MANILA, PHILIPPINES (14 November 2022) — ",
                    None,
                    Some((11, 14)),
                )),
            ),
            (
                "Hanoi, (VNA) - The bloc became the top partner.",
                Some(("Hanoi, (VNA) - ", Some("VNA"), None)),
            ),
            (
                "KHORGOS, Kazakhstan -- In late June, workers were busy.",
                Some(("KHORGOS, Kazakhstan -- ", None, None)),
            ),
            (
                "ISLAMABAD, PAKISTAN – The bank president concluded a visit.",
                Some(("ISLAMABAD, PAKISTAN – ", None, None)),
            ),
            (
                "Riyadh: President Xi affirmed the relations were strong.",
                Some(("Riyadh: ", None, None)),
            ),
            (
                "ASTANA, July 3, 2024 (Kazinform) -- Talks took place in Astana.",
                Some((
                    "ASTANA, July 3, 2024 (Kazinform) -- ",
                    Some("Kazinform"),
                    Some((7, 3)),
                )),
            ),
            ("On 10 October, the summit opened in Vientiane.", None),
            (
                "MOSCOW (AP)_ The mayor has allocated funds for a museum.",
                Some(("MOSCOW (AP)_ ", Some("AP"), None)),
            ),
            (
                "NAIROBI, Kenya (AP) _",
                Some(("NAIROBI, Kenya (AP) _", Some("AP"), None)),
            ),
            (
                "Jakarta, 30 March 2024 (ANTARA) - The ministers met in the capital.",
                Some((
                    "Jakarta, 30 March 2024 (ANTARA) - ",
                    Some("ANTARA"),
                    Some((3, 30)),
                )),
            ),
            (
                "ASTANA. KAZINFORM – The forum opened on Monday in the capital.",
                Some(("ASTANA. KAZINFORM – ", Some("KAZINFORM"), None)),
            ),
            (
                "BISHKEK (AKIpress) - Kyrgyzstan and China signed the deal.",
                Some(("BISHKEK (AKIpress) - ", Some("AKIpress"), None)),
            ),
            (
                "KUALA LUMPUR: Malaysia will host the talks next month.",
                Some(("KUALA LUMPUR: ", None, None)),
            ),
            ("China-ASEAN trade - a record year for both sides.", None),
            ("The Chinese side: we welcome all partners here.", None),
            ("Xi said: the door will open wider.", None),
        ];
        for (par, want) in cases {
            let got = find(par).map(|d| (&par[..d.len], d.agency, d.month_day));
            let want = want.map(|(p, a, md)| (p, a.map(String::from), md));
            assert_eq!(got, want, "{par}");
        }
        assert_eq!(
            find("ASTANA, July 3, 2024 (Kazinform) -- Talks took place in Astana.")
                .unwrap()
                .full
                .unwrap()
                .iso(),
            "2024-07-03"
        );
    }
}
