//! Name normalization: honorifics, a leading "the" and stray punctuation removed.

use super::lexicon::{is_honorific, two_word_honorific};

/// `name` without honorifics ("H.E.", "Mr.", "His Excellency"), a leading "the", surrounding
/// quotes and punctuation, with single spaces.
pub fn clean(name: &str) -> String {
    clean_with(name, true)
}

/// As [`clean`], but honorific-like words stay: a site's name ("Seri Kembangan") holds them.
pub fn clean_site(name: &str) -> String {
    clean_with(name, false)
}

fn clean_with(name: &str, honorifics: bool) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while let Some(first) = words.first() {
        if honorifics && two_word_honorific(&words) {
            words.drain(..2);
            continue;
        }
        let bare = first.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        if (honorifics && is_honorific(bare)) || bare.eq_ignore_ascii_case("the") || bare.is_empty()
        {
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
            ("Tan Sri Rahim Osman", "Rahim Osman"),
            ("Datuk Seri Ahmad Zulkifli", "Ahmad Zulkifli"),
            ("Sri Lanka", "Sri Lanka"),
        ];
        for (raw, want) in table {
            assert_eq!(clean(raw), want, "{raw}");
        }
        assert_eq!(strip_possessive("China’s"), "China");
        assert_eq!(clean_site("the Seri Kembangan"), "Seri Kembangan");
    }
}
