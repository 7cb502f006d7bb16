//! Metadata lines of scraped pages: publication dates (`Published: ...`, `Release time:...`,
//! `Updated: ...`, a bare date), sources (`Source:ASEAN-China Centre`), bylines
//! (`By Sun Hui ( chinadaily.com.cn )`, `Nikkei staff writers | China`) and outlet sign-offs.

use super::date::{self, Stamp};
pub use super::outlet::{clean_outlet, outlet_line, strip_site_suffix};
use regex::Regex;
use std::sync::OnceLock;

/// What a metadata line says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    /// Publication date.
    pub published: Option<Stamp>,
    /// Publishing organisation named by a source or byline field.
    pub outlet: Option<String>,
    /// The date is labelled as an update (`Updated:`), weaker than a publication label.
    pub updated: bool,
}

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("meta pattern compiles"))
}

const DATE_LABEL: &str = r"(?:published(?:\s+(?:on|at|time|date))?|publication\s+date|release(?:d)?(?:\s+(?:time|date|on))?|(?:last\s+)?updated(?:\s+(?:on|at|time))?|posted(?:\s+(?:on|at))?|issued(?:\s+on)?|time|date|发布时间|发布日期|时间|日期)";

/// Script switchers and similar widgets that scrapers glue onto metadata lines.
pub fn strip_switchers(line: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &RE,
        r"(?i)\s*(?:convert\s+(?:to\s+)?(?:simplified\s+|traditional\s+)?chinese|简体中文|繁體中文|简体|繁體|繁体|english\s+version|中文版)\s*",
    );
    r.replace_all(line, " ").trim().to_string()
}

/// A labelled date at the start of a line followed by other text (` date 2023-03-28 Senior ...`):
/// the date and the rest of the line.
pub fn split_date_prefix(line: &str) -> Option<(Stamp, &str)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(&RE, &format!(r"(?i)^\s*{DATE_LABEL}\s*[:：]?\s*"));
    let label = r.find(line)?;
    let rest = &line[label.end()..];
    let f = date::find(rest).filter(|f| f.start == 0)?;
    let after = rest[f.end..].trim_start_matches([' ', '|', ',', '-', '–']);
    (!after.trim().is_empty()).then_some((f.stamp, after.trim()))
}

/// Whether only separators, weekday names and zone words are left.
fn only_filler(s: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &RE,
        r"(?i)^(?:[\s\p{P}\p{S}]|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:gmt|utc|bjt|cst|beijing\s+time|local\s+time|am|pm|\d{1,2}(?::\d\d)?)\b)*$",
    );
    r.is_match(s)
}

/// A date field: an optional label and a date with nothing else.
fn date_field(seg: &str) -> Option<(Stamp, bool)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let r = re(&RE, &format!(r"(?i)^\s*{DATE_LABEL}\s*[:：]?\s*"));
    let (rest, updated) = match r.find(seg) {
        Some(m) => (
            &seg[m.end()..],
            m.as_str().to_lowercase().contains("updated"),
        ),
        None => (seg, false),
    };
    let f = date::find(rest)?;
    (only_filler(&rest[..f.start]) && only_filler(&rest[f.end..])).then_some((f.stamp, updated))
}

/// Personal names as bylines write them: capitalised words, initials, commas, "and".
fn names_like(s: &str) -> bool {
    let toks: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    !toks.is_empty()
        && toks.len() <= 10
        && toks.iter().all(|w| {
            matches!(
                *w,
                "and" | "&" | "in" | "de" | "van" | "von" | "bin" | "binti" | "al"
            ) || w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
}

/// One field of a metadata line.
fn field(seg: &str) -> Option<Meta> {
    static SOURCE: OnceLock<Regex> = OnceLock::new();
    static BYLINE: OnceLock<Regex> = OnceLock::new();
    static STAFF: OnceLock<Regex> = OnceLock::new();
    static PERSON: OnceLock<Regex> = OnceLock::new();
    let seg = seg.trim();
    if let Some((d, updated)) = date_field(seg) {
        return Some(Meta {
            published: Some(d),
            outlet: None,
            updated,
        });
    }
    if let Some(c) = re(&SOURCE, r"(?i)^(?:source|from|来源|來源)\s*[:：]\s*(.+)$").captures(seg)
    {
        return Some(Meta {
            published: None,
            outlet: clean_outlet(&c[1]),
            updated: false,
        });
    }
    if let Some(c) = re(
        &BYLINE,
        r"(?i)^by\s*[:：]?\s+([^()（）|]+?)(?:\s+in\s+[\p{L} &]{2,30})?\s*(?:[(（]\s*([^()（）]+?)\s*[)）])?\s*$",
    )
    .captures(seg)
    {
        if names_like(&c[1]) {
            // "By Sun Hui ( chinadaily.com.cn )"; "By Global Times" names the outlet itself
            let outlet = c.get(2).and_then(|o| clean_outlet(o.as_str()));
            let outlet = outlet.or_else(|| outlet_line(&c[1]));
            return Some(Meta { published: None, outlet, updated: false });
        }
    }
    if let Some(c) = re(&STAFF, r"^(.{2,40}?)\s+(?i:staff\s+(?:writers?|reporters?)|correspondents?|reporters?|news\s+desk|staff)$").captures(seg) {
        if names_like(&c[1]) {
            return Some(Meta { published: None, outlet: clean_outlet(&c[1]), updated: false });
        }
    }
    if let Some(c) = re(&PERSON, r"(?i)^(?:author|reporter|writer|written\s+by|posted\s+by|editor|responsible\s+editor|责任编辑|编辑|作者|记者)\s*[:：]\s*(.+)$").captures(seg) {
        if c[1].split_whitespace().count() <= 8 && date::find(&c[1]).is_none() {
            return Some(Meta::default());
        }
    }
    // a field that ends in a date: "By Aida Nur in Business on 3 July 2024"
    let f = date::find(seg)?;
    if f.start == 0 || !only_filler(&seg[f.end..]) {
        return None;
    }
    let head = seg[..f.start].trim_end_matches(|c: char| c.is_whitespace() || ",|-–·".contains(c));
    let head = head.strip_suffix(" on").unwrap_or(head);
    // "Xinhua, March 30, 2024" (an outlet), "Beijing, March 30, 2024" (a place)
    let short = head.split_whitespace().count() <= 3 && names_like(head);
    let m = field(head).or_else(|| {
        short.then(|| Meta {
            outlet: outlet_line(head),
            ..Meta::default()
        })
    })?;
    Some(Meta {
        published: Some(f.stamp),
        ..m
    })
}

/// Parses a line made only of metadata fields (separated by `|`, or run together as in
/// `Source: X Time: 2017-Jul-29`). `None` when the line holds anything else.
pub fn parse_line(line: &str) -> Option<Meta> {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let t = strip_switchers(line);
    // "(Source: Xinhua)", "[Updated: 2024-03-30]"
    let t = match (
        t.strip_prefix(['(', '[', '（']),
        t.ends_with([')', ']', '）']),
    ) {
        (Some(inner), true) => {
            inner[..inner.len() - inner.chars().next_back().map_or(0, char::len_utf8)].to_string()
        }
        _ => t,
    };
    if t.is_empty() || t.chars().count() > 160 {
        return None;
    }
    let label = re(
        &LABEL,
        &format!(
            r"(?i)(?:\s|^)(?:source|from|{DATE_LABEL}|editor|author|reporter|来源|來源|作者|编辑|责任编辑|记者)\s*[:：]"
        ),
    );
    let mut segs: Vec<&str> = Vec::new();
    for part in t.split(['|', '｜']) {
        let mut from = 0;
        for m in label.find_iter(part) {
            segs.push(&part[from..m.start()]);
            from = m.start();
        }
        segs.push(&part[from..]);
    }
    let mut meta = Meta::default();
    let mut known = 0;
    let mut unknown = 0;
    for seg in segs.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        match field(seg) {
            Some(m) => {
                known += 1;
                // a publication date wins over an update date on the same line
                if m.published.is_some()
                    && (meta.published.is_none() || (meta.updated && !m.updated))
                {
                    meta.published = m.published;
                    meta.updated = m.updated;
                }
                meta.outlet = meta.outlet.or(m.outlet);
            }
            // a section label beside a byline ("Nikkei staff writers | China")
            None if seg.split_whitespace().count() <= 3 && !seg.ends_with('.') => {
                // "Xinhua | Updated: ..." names the outlet bare
                meta.outlet = meta.outlet.take().or_else(|| outlet_line(seg));
                unknown += 1
            }
            None => return None,
        }
    }
    (known > 0 && unknown <= known).then_some(meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(m: &Meta) -> Option<String> {
        m.published.map(|s| s.iso())
    }

    #[test]
    fn meta_lines() {
        let m = parse_line("Source:ASEAN-China Centre Convert Chinese").unwrap();
        assert_eq!(m.outlet.as_deref(), Some("ASEAN-China Centre"));
        let m = parse_line("By Sun Hui ( chinadaily.com.cn )").unwrap();
        assert_eq!(m.outlet.as_deref(), Some("chinadaily.com.cn"));
        let m = parse_line("Source: Mekong Daily Time: 2019-Aug-02 08:15").unwrap();
        assert_eq!(
            (m.outlet.as_deref(), iso(&m).as_deref()),
            (Some("Mekong Daily"), Some("2019-08-02T08:15"))
        );
        assert_eq!(
            iso(&parse_line("Updated: 2017-09-11").unwrap()).as_deref(),
            Some("2017-09-11")
        );
        assert_eq!(
            iso(&parse_line("Tuesday, 11 Jun 2024").unwrap()).as_deref(),
            Some("2024-06-11")
        );
        let m = parse_line("Steppe Herald staff writers | Economy").unwrap();
        assert_eq!(m.outlet.as_deref(), Some("Steppe Herald"));
        assert_eq!(parse_line("By Zhu Danni").unwrap().outlet, None);
        assert!(parse_line("By 2015, tariffs will fall to zero for most goods.").is_none());
        assert!(parse_line("The summit opened on 12 May 2022 in Astana.").is_none());
        assert!(parse_line("Share more development dividends").is_none());
    }

    #[test]
    fn prefixes_and_outlets() {
        assert_eq!(
            strip_site_suffix("Rail link opens - Xinhua | English.news.cn"),
            "Rail link opens"
        );
        let m = parse_line("Updated: 2024-04-02 | Published: 2024-03-30").unwrap();
        assert_eq!(iso(&m).as_deref(), Some("2024-03-30"));
        let m = parse_line("Xinhua, March 30, 2024").unwrap();
        assert_eq!(
            (iso(&m).as_deref(), m.outlet.as_deref()),
            (Some("2024-03-30"), Some("Xinhua"))
        );
        assert_eq!(parse_line("Beijing, March 30, 2024").unwrap().outlet, None);
        assert!(parse_line("The talks ended on March 30, 2024").is_none());
        let m = parse_line("Xinhua | Updated: 2024-03-30 21:05").unwrap();
        assert_eq!(
            (iso(&m).as_deref(), m.outlet.as_deref()),
            (Some("2024-03-30T21:05"), Some("Xinhua"))
        );
        assert_eq!(
            parse_line("(Source: Xinhua)").unwrap().outlet.as_deref(),
            Some("Xinhua")
        );
        let m = parse_line("Posted by: admin on March 30, 2024").unwrap();
        assert_eq!(iso(&m).as_deref(), Some("2024-03-30"));
        let m = parse_line("By Aida Nur in Business on 3 July 2024").unwrap();
        assert_eq!(iso(&m).as_deref(), Some("2024-07-03"));
        assert_eq!(
            parse_line("By Global Times").unwrap().outlet.as_deref(),
            Some("Global Times")
        );
        let m = parse_line("2024-03-30 08:00 来源：新华网").unwrap();
        assert_eq!(
            (iso(&m).as_deref(), m.outlet.as_deref()),
            (Some("2024-03-30T08:00"), Some("新华网"))
        );
        let m = parse_line("Source: Xinhua| 2024-03-30 20:14:05|Editor: huaxia").unwrap();
        assert_eq!(
            (iso(&m).as_deref(), m.outlet.as_deref()),
            (Some("2024-03-30T20:14"), Some("Xinhua"))
        );
        let (d, rest) = split_date_prefix(" date 2023-03-28 Ministers meet in Hanoi").unwrap();
        assert_eq!(
            (d.iso().as_str(), rest),
            ("2023-03-28", "Ministers meet in Hanoi")
        );
        assert!(split_date_prefix("Date: 2023-03-28").is_none());
        assert_eq!(outlet_line("Global Times").as_deref(), Some("Global Times"));
        assert_eq!(outlet_line("Back to top"), None);
        assert_eq!(
            outlet_line("The Steppe Tribune").as_deref(),
            Some("The Steppe Tribune")
        );
        assert_eq!(
            strip_site_suffix("Rail link opens | Borneo Post"),
            "Rail link opens"
        );
        assert_eq!(
            strip_site_suffix("Consultations on “Central Asia – China” Secretariat"),
            "Consultations on “Central Asia – China” Secretariat"
        );
    }
}
