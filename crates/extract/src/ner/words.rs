//! Word lists behind the tagger's trigger features: titles and honorifics that announce a
//! person, and head words of organization names.

use std::sync::LazyLock;

/// Title and honorific words that announce a name ("President", "Minister", "Mr.").
const TRIGGERS: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "h.e.",
    "president",
    "minister",
    "secretary",
    "secretary-general",
    "chairman",
    "chairwoman",
    "chair",
    "premier",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "director",
    "director-general",
    "general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "king",
    "queen",
    "prince",
    "princess",
    "sultan",
    "emir",
    "sheikh",
    "senator",
    "deputy",
    "vice",
    "chancellor",
    "counsellor",
    "councillor",
    "commissioner",
    "ceo",
    "executive",
    "chief",
    "head",
    "leader",
    "coach",
    "captain",
    "judge",
    "sir",
    "lord",
    "lady",
    "pope",
    "bishop",
    "rev.",
    "gen.",
    "col.",
    "lt.",
    "capt.",
    "sen.",
    "gov.",
    "rep.",
    "his",
    "excellency",
];

/// Head words of organization names ("Centre", "Bank", "Ministry").
const ORG_HEADS: &[&str] = &[
    "centre",
    "center",
    "bank",
    "institute",
    "university",
    "college",
    "ministry",
    "council",
    "commission",
    "committee",
    "association",
    "corporation",
    "corp",
    "corp.",
    "company",
    "co.",
    "group",
    "organization",
    "organisation",
    "forum",
    "fund",
    "agency",
    "authority",
    "party",
    "union",
    "secretariat",
    "office",
    "department",
    "bureau",
    "board",
    "federation",
    "foundation",
    "alliance",
    "league",
    "club",
    "parliament",
    "assembly",
    "court",
    "academy",
    "society",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "holdings",
    "railway",
    "railways",
    "airlines",
    "port",
    "news",
    "agency",
    "times",
    "post",
    "daily",
    "network",
    "initiative",
    "programme",
    "program",
];

/// A word list sorted for binary search (the lists above are all lower-case ASCII).
fn sorted(list: &'static [&'static str]) -> Vec<&'static [u8]> {
    let mut v: Vec<&[u8]> = list.iter().map(|w| w.as_bytes()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Whether `word` (at most `max` bytes) is in `list`, compared ASCII case-insensitively.
/// The entries are ASCII, so a word with any other character matches none of them.
fn listed(list: &[&[u8]], word: &str, max: usize) -> bool {
    let mut buf = [0u8; 20];
    if word.len() > max || word.len() > buf.len() || !word.is_ascii() {
        return false;
    }
    let low = &mut buf[..word.len()];
    low.copy_from_slice(word.as_bytes());
    low.make_ascii_lowercase();
    list.binary_search(&&*low).is_ok()
}

/// Whether `word` is the head word of organization names.
pub fn is_org_head(word: &str) -> bool {
    static SORTED: LazyLock<Vec<&'static [u8]>> = LazyLock::new(|| sorted(ORG_HEADS));
    listed(&SORTED, word, 14)
}

/// Whether `word` is a title or honorific.
pub fn is_trigger(word: &str) -> bool {
    static SORTED: LazyLock<Vec<&'static [u8]>> = LazyLock::new(|| sorted(TRIGGERS));
    listed(&SORTED, word, 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_match_case_insensitively_and_only_whole_words() {
        for (w, trig, head) in [
            ("President", true, false),
            ("MINISTER", true, false),
            ("h.e.", true, false),
            ("Secretary-General", true, false),
            ("Bank", false, true),
            ("agency", false, true),
            ("Ltd.", false, true),
            ("Presidents", false, false),
            ("Présiden", false, false),
            ("", false, false),
            ("director-generalissimo", false, false),
        ] {
            assert_eq!(is_trigger(w), trig, "{w}");
            assert_eq!(is_org_head(w), head, "{w}");
        }
        // the sorted lookup agrees with a plain scan over every entry, in any case
        for t in TRIGGERS.iter().chain(ORG_HEADS) {
            for w in [t.to_string(), t.to_uppercase()] {
                let scan = |l: &[&str], max: usize| {
                    w.len() <= max && l.iter().any(|x| x.eq_ignore_ascii_case(&w))
                };
                assert_eq!(is_trigger(&w), scan(TRIGGERS, 20), "{w}");
                assert_eq!(is_org_head(&w), scan(ORG_HEADS, 14), "{w}");
            }
        }
    }
}
