//! Normalized forms used to match names across articles and to hash content.
//!
//! A name key folds case, diacritics, punctuation and spacing, and drops a leading "the":
//! "The Association of Southeast Asian Nations" and "association of south-east asian nations"
//! do not match, but "Association of Southeast Asian Nations" and "ASSOCIATION OF SOUTHEAST
//! ASIAN NATIONS." do. Persons' keys also drop titles and honorifics ("President Xi" → "xi").

use unicode_normalization::UnicodeNormalization;

/// Titles and honorifics that may precede a person's name.
const PERSON_TITLES: &[&str] = &[
    "h e",
    "his excellency",
    "her excellency",
    "excellency",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
    "president",
    "vice president",
    "premier",
    "prime minister",
    "chairman",
    "chairwoman",
    "chair",
    "minister",
    "foreign minister",
    "deputy",
    "vice",
    "secretary general",
    "secretary",
    "general",
    "ambassador",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "sultan",
    "senator",
    "state councilor",
    "councilor",
    "director general",
    "director",
    "deputy director",
    "commissioner",
    "chief",
    "head",
    "gen",
    "lt",
    "col",
    "hon",
    "honourable",
    "honorable",
    "excellencies",
];

/// Folds a string: Unicode compatibility decomposition, combining marks removed, lowercase,
/// every run of characters other than letters and digits turned into one space, trimmed.
/// Apostrophes vanish without a space ("Xi'an" → "xian").
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfkd().flat_map(char::to_lowercase).nfkd() {
        if is_combining(c) || matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`') {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The key of a name of an organization, country, place or other non-person entity:
/// [`fold`] without a leading "the". Empty when nothing is left.
pub fn name_key(name: &str) -> String {
    let f = fold(name);
    match f.strip_prefix("the ") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => f,
    }
}

/// The key of a person's name: [`fold`] with leading titles and honorifics removed
/// ("H.E. President Xi Jinping" → "xi jinping"). Empty when only titles are left.
pub fn person_key(name: &str) -> String {
    let mut f = fold(name);
    loop {
        let before = f.len();
        for t in PERSON_TITLES {
            if let Some(rest) = f.strip_prefix(t) {
                if let Some(rest) = rest.strip_prefix(' ') {
                    f = rest.to_string();
                    break;
                }
            }
        }
        if f.len() == before {
            return f;
        }
    }
}

/// Whether a person key names only one word (a family name or a given name alone).
pub fn is_single_name(key: &str) -> bool {
    !key.is_empty() && !key.contains(' ')
}

/// The content that two copies of one article share: the title and the body, folded
/// ([`fold`]), joined by a newline.
pub fn content_text(title: Option<&str>, body: &str) -> String {
    let mut s = fold(title.unwrap_or(""));
    s.push('\n');
    s.push_str(&fold(body));
    s
}

/// A stable 128-bit hash of `s` as 32 hex digits (two FNV-1a 64 variants; stable across
/// platforms and releases, unlike `std`'s hasher).
pub fn content_hash(s: &str) -> String {
    let a = fnv1a(s.as_bytes(), 0xcbf2_9ce4_8422_2325);
    let b = fnv1a(s.as_bytes(), 0x6c62_272e_07bb_0142);
    format!(
        "{:016x}{:016x}",
        crate::dedup::mix(a),
        crate::dedup::mix(b ^ a.rotate_left(29))
    )
}

/// FNV-1a, 64 bits, from a given offset basis.
pub(crate) fn fnv1a(bytes: &[u8], basis: u64) -> u64 {
    let mut h = basis;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The key a name of type `kind` is looked up by among stored entities (`None`: the name has none).
/// A person named by one word only is kept apart from full names (`single:`).
pub(crate) fn lookup_key(kind: corridor_model::EntityType, name: &str) -> Option<String> {
    use corridor_model::EntityType;
    let key = if kind == EntityType::Person {
        person_key(name)
    } else {
        name_key(name)
    };
    if key.is_empty() {
        None
    } else if kind == EntityType::Person && is_single_name(&key) {
        Some(format!("single:{key}"))
    } else {
        Some(key)
    }
}

/// Entities resolved earlier in the same batch, by (is a person, key): a role or event that names
/// them finds them before the database does.
pub(crate) type BatchIds = std::collections::HashMap<(bool, String), crate::types::EntityId>;

/// The entity of `batch` that `name` refers to, for a name of one of `kinds`.
pub(crate) fn batch_id(
    batch: &BatchIds,
    name: &str,
    kinds: &[corridor_model::EntityType],
) -> Option<crate::types::EntityId> {
    use corridor_model::EntityType;
    let person = kinds
        .contains(&EntityType::Person)
        .then(|| batch.get(&(true, person_key(name))))
        .flatten();
    let other = || {
        kinds
            .iter()
            .any(|k| *k != EntityType::Person)
            .then(|| batch.get(&(false, name_key(name))))
            .flatten()
    };
    person.or_else(other).copied()
}

/// A SQL `LIKE` pattern (with `ESCAPE '\'`) matching `q` anywhere, wildcards in `q` escaped.
pub(crate) fn like_pattern(q: &str) -> String {
    format!(
        "%{}%",
        q.trim()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_lookup_helpers() {
        use corridor_model::EntityType::{Organization, Person};
        assert_eq!(like_pattern(" 50%_a\\b "), "%50\\%\\_a\\\\b%");
        assert_eq!(lookup_key(Person, "Xi"), Some("single:xi".into()));
        assert_eq!(lookup_key(Organization, "  "), None);
        let mut batch = BatchIds::new();
        batch.insert((false, name_key("Harbour Council")), 7);
        batch.insert((true, person_key("Lin Mei")), 3);
        assert_eq!(
            batch_id(&batch, "Harbour Council", &[Organization]),
            Some(7)
        );
        assert_eq!(batch_id(&batch, "Harbour Council", &[Person]), None);
        assert_eq!(
            batch_id(&batch, "Lin Mei", &[Person, Organization]),
            Some(3)
        );
    }

    #[test]
    fn fold_cases() {
        for (input, want) in [
            (
                "Association of Southeast Asian Nations",
                "association of southeast asian nations",
            ),
            ("ASEAN-China  Centre.", "asean china centre"),
            ("Xi'an", "xian"),
            ("Xi’an", "xian"),
            ("São Tomé", "sao tome"),
            ("Việt Nam", "viet nam"),
            ("  --  ", ""),
            ("Ｗｉｄｅ", "wide"),
        ] {
            assert_eq!(fold(input), want, "{input}");
        }
    }

    #[test]
    fn name_key_drops_leading_the() {
        assert_eq!(name_key("The Philippines"), "philippines");
        assert_eq!(name_key("the"), "the");
        assert_eq!(name_key("Theravada Council"), "theravada council");
    }

    #[test]
    fn person_key_cases() {
        for (input, want) in [
            ("Xi Jinping", "xi jinping"),
            ("President Xi", "xi"),
            ("H.E. Secretary General Shi Zhongjun", "shi zhongjun"),
            ("Mr. Wang Yi", "wang yi"),
            ("Prime Minister Anwar Ibrahim", "anwar ibrahim"),
            ("Heng Swee Keat", "heng swee keat"),
            ("President", "president"),
        ] {
            assert_eq!(person_key(input), want, "{input}");
        }
    }

    #[test]
    fn hashes_are_stable_and_sensitive() {
        let a = content_hash(&content_text(Some("T"), "Body  text."));
        assert_eq!(a, content_hash(&content_text(Some("t"), "body text")));
        assert_ne!(a, content_hash(&content_text(Some("T"), "Body text two")));
        assert_eq!(a.len(), 32);
    }
}
