//! Name normalization: honorifics, a leading "the" and stray punctuation removed.

use super::lexicon::is_honorific;

/// `name` without honorifics ("H.E.", "Mr.", "His Excellency"), a leading "the", surrounding
/// quotes and punctuation, with single spaces.
pub fn clean(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while let Some(first) = words.first() {
        let bare = first.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        if is_honorific(bare) || bare.eq_ignore_ascii_case("the") || bare.is_empty() {
            words.remove(0);
        } else {
            break;
        }
    }
    let joined = words.join(" ");
    let trimmed = joined.trim_matches(|c: char| {
        matches!(
            c,
            '"' | '“' | '”' | '‘' | '\'' | ',' | ';' | ':' | '(' | ')' | '’'
        )
    });
    trimmed.to_string()
}

/// The possessive `'s` / `’s` removed from the end of a name.
pub fn strip_possessive(name: &str) -> &str {
    name.strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_table() {
        let table = [
            ("H.E. Shi Zhongjun", "Shi Zhongjun"),
            ("Mr. Kabir Jurazoda", "Kabir Jurazoda"),
            ("His Excellency Tin Maung Swe", "Tin Maung Swe"),
            ("the ASEAN-China Centre", "ASEAN-China Centre"),
            ("The Philippines", "Philippines"),
            ("“Two Countries Twin Parks”", "Two Countries Twin Parks"),
            ("Dr. Li  Xingyu", "Li Xingyu"),
            ("Ferdinand R. Marcos Jr.", "Ferdinand R. Marcos Jr."),
        ];
        for (raw, want) in table {
            assert_eq!(clean(raw), want, "{raw}");
        }
        assert_eq!(strip_possessive("China’s"), "China");
    }
}
