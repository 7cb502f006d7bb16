//! Word lists that decide the type of a capitalized name by its head word.
//!
//! These are closed classes of English (the nouns that head names of bodies, places, gatherings,
//! programmes and works), not names of particular entities: they generalize across outlets.

use corridor_model::EntityType;

/// Head nouns of organization names ("... Centre", "Ministry of ...").
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "academy", "administration", "agency", "airlines", "alliance", "assembly", "association",
    "authority", "bank", "base", "board", "bureau", "cabinet", "centre", "center", "chamber",
    "club", "co", "co.", "college", "commission", "committee", "company", "consulate",
    "corporation", "corp", "corp.", "council", "court", "daily", "department", "division",
    "embassy", "embassies", "enterprise", "enterprises", "federation", "foundation", "fund",
    "government", "group", "holdings", "inc", "inc.", "institute", "institution", "jsc", "league",
    "llc", "llp", "ltd", "ltd.", "media", "ministry", "motors", "network", "news", "office",
    "organisation", "organization", "parliament", "party", "police", "press", "radio", "school",
    "secretariat", "service", "society", "television", "times", "tv", "union", "university",
    "workshop", "limited", "states", "countries", "nations", "members", "ministries",
    "governments", "companies", "banks", "universities", "institutes",
    // more bodies, and the legal forms that end company names world-wide
    "exchange", "hospital", "hotel", "army", "navy", "force", "forces", "corps", "brigade",
    "regiment", "battalion", "band", "orchestra", "choir", "records", "studios", "industries",
    "pharmaceuticals", "airways", "partners", "systems", "technologies", "laboratory",
    "laboratories", "trust", "museum", "church", "spa", "s.a", "sa", "ag", "ab", "nv", "n.v", "gmbh",
    "plc", "bhd", "berhad", "pte", "oyj", "asa", "kk", "s.p.a",
];

/// Head nouns of place names.
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "airport", "avenue", "basin", "bay", "city", "county", "desert", "district", "gulf", "island",
    "islands", "lake", "mountain", "mountains", "municipality", "oblast", "ocean", "peninsula",
    "plateau", "port", "prefecture", "province", "region", "river", "sea", "square", "station",
    "strait", "valley", "village", "zone",
    // sites and buildings, and more natural features
    "street", "stadium", "arena", "cave", "cathedral", "temple", "mosque",
    "palace", "castle", "tower", "theatre", "theater", "hall", "building", "gardens", "estate",
    "canyon", "falls", "beach", "peak", "glacier", "forest", "coast", "heights", "hills",
    "harbour", "harbor", "boulevard", "lane", "monastery", "fortress", "cemetery", "reservoir",
];

/// Head nouns of named gatherings.
#[rustfmt::skip]
const EVENT_HEADS: &[&str] = &[
    "summit", "forum", "expo", "conference", "meeting", "exhibition", "fair", "festival", "games",
    "dialogue", "roundtable", "symposium", "seminar", "congress", "year", "week", "ceremony",
    "session", "olympics", "cup", "award", "awards", "prize", "championship", "championships",
    "tournament", "war", "battle", "marathon", "revolution",
];

/// Head nouns of programmes and agreements.
#[rustfmt::skip]
const INITIATIVE_HEADS: &[&str] = &[
    "initiative", "agreement", "partnership", "strategy", "plan", "programme", "framework",
    "outlook", "vision", "area", "treaty", "declaration", "charter", "code", "belt", "agenda",
    "concept", "mechanism", "community", "accord", "protocol", "roadmap",
];

/// Head nouns of infrastructure projects.
#[rustfmt::skip]
const PROJECT_HEADS: &[&str] = &[
    "railway", "highway", "expressway", "corridor", "pipeline", "bridge", "railroad", "plant",
    "park", "tunnel", "dam", "line", "complex", "road", "route", "railways",
];

/// The type a head word gives a name, if any.
pub fn head_type(word: &str) -> Option<EntityType> {
    let w = word.to_lowercase();
    let w = w.as_str();
    if ORG_HEADS.contains(&w) {
        Some(EntityType::Organization)
    } else if PLACE_HEADS.contains(&w) {
        Some(EntityType::Place)
    } else if EVENT_HEADS.contains(&w) {
        Some(EntityType::EventName)
    } else if INITIATIVE_HEADS.contains(&w) {
        Some(EntityType::Initiative)
    } else if PROJECT_HEADS.contains(&w) {
        Some(EntityType::Project)
    } else {
        None
    }
}

/// Small words that may sit inside a name ("Ministry of Culture and Tourism").
pub fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "the" | "and" | "for" | "&" | "de" | "on" | "du" | "la"
    )
}

/// Lower-case particles inside personal names ("Joost van der Westhuizen", "Aravinda de Silva",
/// "Mohamed bin Salman").
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "del"
            | "della"
            | "di"
            | "da"
            | "dos"
            | "das"
            | "du"
            | "le"
            | "bin"
            | "binti"
            | "ibn"
            | "al"
            | "ter"
            | "y"
    )
}

/// Honorifics that precede a name and are not part of it.
#[rustfmt::skip]
pub fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "h.e" | "mr" | "mrs" | "ms" | "miss" | "dr" | "prof" | "madam" | "madame" | "sir" | "dame"
            | "excellency" | "his" | "her" | "mme" | "u" | "daw" | "gen" | "lt" | "col" | "maj"
            | "capt" | "adm" | "sgt" | "cmdr" | "rev" | "sen" | "rep" | "gov" | "amb" | "pres"
            | "hon" | "datuk" | "dato" | "dato'" | "datin" | "seri" | "tun" | "pehin" | "haji"
            | "hajah" | "sheikh" | "shaikh"
    )
}

/// Whether `words` open with a two-word honorific before a capitalized name ("Tan Sri Rahim
/// Osman", "Puan Sri ..."): "Sri" alone is no honorific ("Sri Lanka").
pub fn two_word_honorific(words: &[&str]) -> bool {
    matches!(words, [a, "Sri", name, ..]
        if matches!(*a, "Tan" | "Puan" | "Datuk" | "Dato")
            && name.chars().next().is_some_and(char::is_uppercase))
}

/// Capitalized words that start sentences or headlines without naming anything.
pub fn is_function_word(word: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "a", "about", "according", "after", "against", "all", "also", "although", "an", "and",
        "another", "any", "are", "as", "at", "because", "before", "being", "between", "both",
        "but", "by", "currently", "despite", "during", "each", "earlier", "either", "every",
        "following", "for", "from", "furthermore", "he", "her", "here", "his", "however", "i",
        "if", "in", "including", "it", "its", "last", "later", "many", "meanwhile", "moreover",
        "most", "my", "next", "no", "not", "now", "of", "on", "one", "our", "over", "recently",
        "she", "since", "so", "some", "such", "that", "the", "their", "these", "they", "this",
        "those", "through", "thus", "to", "today", "under", "upon", "we", "what", "when", "where",
        "whether", "which", "while", "who", "with", "within", "yet", "you", "your", "yesterday",
        "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "photo", "source", "editor", "reporter", "read", "more",
        "related", "please", "there", "other", "first", "second", "third", "two", "three", "four",
        "five", "several", "let", "over", "only", "just", "even", "very", "speaking", "addressing",
        "noting", "saying", "talking", "around", "across", "along", "outside", "inside",
        "behind", "beyond", "toward", "towards", "throughout", "amid", "among", "via", "without",
        "into", "onto", "above", "below", "beneath", "besides", "unlike",
    ];
    WORDS.contains(&word.to_lowercase().as_str())
}

/// Common pinyin family names: a capitalized pair that starts with one is very likely a person.
pub fn is_chinese_surname(word: &str) -> bool {
    const NAMES: &[&str] = &[
        "Bai", "Cai", "Cao", "Chen", "Cheng", "Cui", "Dai", "Deng", "Ding", "Dong", "Du", "Duan",
        "Fan", "Fang", "Feng", "Fu", "Gao", "Ge", "Gong", "Gu", "Guo", "Han", "Hao", "He", "Hou",
        "Hu", "Hua", "Huang", "Jia", "Jiang", "Jin", "Kong", "Lei", "Li", "Liang", "Liao", "Lin",
        "Liu", "Long", "Lu", "Luo", "Lyu", "Ma", "Mao", "Meng", "Nong", "Pan", "Peng", "Qi",
        "Qian", "Qin", "Qiu", "Ren", "Shao", "Shen", "Shi", "Song", "Su", "Sun", "Tan", "Tang",
        "Tian", "Wan", "Wang", "Wei", "Wen", "Wu", "Xi", "Xia", "Xiao", "Xie", "Xiong", "Xu",
        "Xue", "Yan", "Yang", "Yao", "Ye", "Yin", "Yu", "Yuan", "Zeng", "Zhang", "Zhao", "Zheng",
        "Zhong", "Zhou", "Zhu", "Zou",
    ];
    NAMES.contains(&word)
}

/// Whether `word` reads as a pinyin given name of one to three syllables ("Lifeng",
/// "Xingrui", "Wei"): a capital, then lower-case letters that split into pinyin syllables.
pub fn is_pinyin_name(word: &str) -> bool {
    let mut chars = word.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase())
        || !chars.all(|c| c.is_ascii_lowercase())
        || word.len() > 12
    {
        return false;
    }
    let w = word.to_ascii_lowercase();
    let b = w.as_bytes();
    // can[k]: the fewest syllables that spell b[..k]
    let mut can = vec![usize::MAX; b.len() + 1];
    can[0] = 0;
    for k in 0..b.len() {
        if can[k] == usize::MAX {
            continue;
        }
        for e in k + 1..=(k + 6).min(b.len()) {
            if is_pinyin_syllable(&w[k..e]) {
                can[e] = can[e].min(can[k] + 1);
            }
        }
    }
    (1..=3).contains(&can[b.len()])
}

/// Whether `s` (lower case) is a pinyin syllable: an initial and a final, or a final alone.
fn is_pinyin_syllable(s: &str) -> bool {
    #[rustfmt::skip]
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w",
    ];
    #[rustfmt::skip]
    const FINALS: &[&str] = &[
        "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia",
        "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui",
        "uan", "un", "uang", "ue", "v", "ve",
    ];
    let rest = INITIALS.iter().find_map(|i| s.strip_prefix(i)).unwrap_or(s);
    FINALS.contains(&rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_words_decide_types() {
        let table = [
            ("Centre", Some(EntityType::Organization)),
            ("Ministry", Some(EntityType::Organization)),
            ("Province", Some(EntityType::Place)),
            ("Summit", Some(EntityType::EventName)),
            ("Initiative", Some(EntityType::Initiative)),
            ("Highway", Some(EntityType::Project)),
            ("Zhongjun", None),
        ];
        for (w, t) in table {
            assert_eq!(head_type(w), t, "{w}");
        }
    }

    #[test]
    fn honorifics_and_function_words() {
        assert!(is_honorific("H.E."));
        assert!(is_honorific("Mr."));
        assert!(!is_honorific("Shi"));
        assert!(is_function_word("During"));
        assert!(!is_function_word("Beijing"));
        assert!(is_chinese_surname("Wang") && !is_chinese_surname("Tokayev"));
    }

    #[test]
    fn pinyin_given_names() {
        for w in [
            "Lifeng", "Xingrui", "Wei", "Zhongjun", "Xiaoming", "Jianguo",
        ] {
            assert!(is_pinyin_name(w), "{w}");
        }
        for w in [
            "Said",
            "Toktogulov",
            "Beijing's",
            "Also",
            "Visited",
            "LIFENG",
            "lifeng",
        ] {
            assert!(!is_pinyin_name(w), "{w}");
        }
    }
}
