//! Outlet names: cleaning them, recognising a line that names a news organisation ("Global
//! Times", "chinadaily.com.cn"), and dropping site names from headlines.

use super::meta::strip_switchers;

/// Cleans an outlet name: trims decorations, rejects sentences and over-long strings.
pub fn clean_outlet(s: &str) -> Option<String> {
    let t = strip_switchers(s);
    let t = t.trim_matches(|c: char| c.is_whitespace() || "()（）[]|:：,-–—·•".contains(c));
    let words = t.split_whitespace().count();
    let ok = !t.is_empty()
        && words <= 8
        && t.chars().count() <= 60
        && t.chars().any(char::is_alphabetic);
    ok.then(|| t.to_string())
}

/// Words that mark a line as the name of a news organisation.
fn outlet_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let lower = w.to_lowercase();
    [
        ".com", ".cn", ".net", ".org", ".kz", ".vn", ".my", ".sg", ".id", ".ph", ".th",
    ]
    .iter()
    .any(|d| lower.contains(d))
        || matches!(
            lower.as_str(),
            "times"
                | "news"
                | "daily"
                | "post"
                | "agency"
                | "press"
                | "herald"
                | "tribune"
                | "journal"
                | "gazette"
                | "review"
                | "xinhua"
                | "network"
                | "television"
                | "tv"
                | "radio"
                | "broadcasting"
                | "online"
                | "media"
                | "observer"
                | "today"
                | "weekly"
                | "magazine"
                | "chronicle"
                | "monitor"
                | "telegraph"
                | "reuters"
                | "bloomberg"
                | "cgtn"
                | "cctv"
                | "afp"
                | "kyodo"
                | "yonhap"
                | "bernama"
                | "antara"
                | "vna"
                | "kazinform"
                | "akipress"
                | "tass"
                | "sputnik"
                | "nikkei"
                | "diplomat"
                | "inquirer"
                | "vnexpress"
                | "xinhuanet"
                | "chinadaily"
                | "globaltimes"
        )
}

/// A short line naming a news organisation, as pages sign off ("Global Times").
pub fn outlet_line(line: &str) -> Option<String> {
    let t = line.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let shaped = (1..=5).contains(&words.len())
        && t.chars().count() <= 50
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with(['.', '!', '?', ':'])
        && words.iter().all(|w| {
            matches!(*w, "of" | "the" | "and" | "&" | "for")
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '(')
        });
    (shaped && words.iter().any(|w| outlet_word(w)))
        .then(|| clean_outlet(t))
        .flatten()
}

/// Drops a site-name decoration from a headline ("Title | Global Times", "Title - Xinhua").
pub fn strip_site_suffix(title: &str) -> &str {
    let mut t = title.trim();
    'outer: loop {
        for sep in [" | ", " - ", " – ", " — ", " _ "] {
            if let Some(i) = t.rfind(sep) {
                let (head, tail) = (&t[..i], &t[i + sep.len()..]);
                if head.split_whitespace().count() >= 2 && outlet_line(tail).is_some() {
                    t = head.trim();
                    continue 'outer;
                }
            }
        }
        return t;
    }
}
