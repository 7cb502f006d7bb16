//! Gazetteers: countries, places and international organizations, loaded once.
//!
//! The lists are the compact files in `data/gazetteers/` (built by `tools/gazetteers/build.py`
//! from GeoNames, SupraVerden and petrarch2; sources and licences in `ATTRIBUTION.md`), compiled
//! into the binary and indexed on first use ([`Gazetteer::get`]). Phrases are looked up by their
//! normalized token sequence ([`key`]); acronyms (all capitals) only match in capitals.

mod load;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// A sovereign state.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub iso: String,
    /// Canonical English short name.
    pub name: String,
}

/// A place: a city, a first-level division or a named region.
#[derive(Debug, Clone)]
pub struct Place {
    /// Canonical name.
    pub name: String,
    /// `city`, `admin` or `region`.
    pub kind: &'static str,
    /// ISO code of the country it lies in (empty for regions across countries).
    pub iso: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population (0 when unknown).
    pub population: u64,
}

/// An organization.
#[derive(Debug, Clone)]
pub struct Org {
    /// Full English name.
    pub name: String,
    /// The acronym it goes by, if any.
    pub acronym: Option<String>,
}

/// What a gazetteer phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A country by one of its names (index into [`Gazetteer::countries`]).
    Country(usize),
    /// A country's adjective or demonym ("Chinese", "Kazakh").
    CountryAdj(usize),
    /// A place (index into [`Gazetteer::places`]).
    Place(usize),
    /// An organization (index into [`Gazetteer::orgs`]).
    Org(usize),
}

/// The loaded lists and their phrase index.
pub struct Gazetteer {
    /// Sovereign states.
    pub countries: Vec<Country>,
    /// Cities, divisions and regions.
    pub places: Vec<Place>,
    /// Organizations.
    pub orgs: Vec<Org>,
    /// Given and family names of known office holders.
    pub person_tokens: HashSet<String>,
    index: HashMap<String, Vec<(Hit, bool)>>,
    /// Every proper word prefix of a multi-word key ("asean china" of "asean china centre").
    prefixes: HashSet<String>,
    max_tokens: usize,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(load::build);

impl Gazetteer {
    /// The shared gazetteer, built on first use.
    pub fn get() -> &'static Gazetteer {
        &GAZETTEER
    }

    /// The longest phrase in tokens.
    pub fn max_tokens(&self) -> usize {
        self.max_tokens
    }

    /// Entries named by `phrase` as written (`caps`: whether the text is all capitals matters
    /// only for acronyms, which must be written in capitals).
    pub fn lookup(&self, phrase: &str) -> Vec<Hit> {
        let k = key(phrase);
        let upper = is_acronym(phrase);
        match self.index.get(&k) {
            Some(v) => v
                .iter()
                .filter(|(_, acr)| !acr || upper)
                .map(|(h, _)| *h)
                .collect(),
            None => Vec::new(),
        }
    }

    /// Entries for an already normalized key, with whether the entry is an acronym.
    pub fn lookup_key(&self, k: &str) -> Option<&[(Hit, bool)]> {
        self.index.get(k).map(|v| v.as_slice())
    }

    /// Whether some longer phrase starts with the words of key `k`.
    pub fn has_prefix(&self, k: &str) -> bool {
        self.prefixes.contains(k)
    }

    /// The country with ISO code `iso`.
    pub fn country(&self, iso: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso == iso)
    }

    /// Whether `word` is a known given or family name.
    pub fn is_person_token(&self, word: &str) -> bool {
        self.person_tokens.contains(word)
    }
}

/// The index key of a phrase: lower-case words, apostrophes straightened, punctuation (but `&`
/// and `'`) dropped, one space between words.
pub fn key(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    let mut space = false;
    for c in phrase.chars() {
        if c.is_ascii() {
            // the same steps for one ASCII character, without the Unicode tables
            if c.is_ascii_alphanumeric() || c == '\'' || c == '&' {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c.to_ascii_lowercase());
            } else if c != '.' {
                space = true;
            }
            continue;
        }
        let c = if c == '\u{2019}' || c == '\u{2bc}' {
            '\''
        } else {
            c
        };
        if c.is_alphanumeric() || c == '\'' || c == '&' {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if c == '.' {
            // "U.S." and "US" share a key
        } else {
            space = true;
        }
    }
    out
}

/// Whether `s` is written like an acronym: at least two capitals and no lower-case letters
/// (dots, digits, `&` and hyphens allowed: "U.S.", "G20", "ASEAN").
pub fn is_acronym(s: &str) -> bool {
    let caps = s.chars().filter(|c| c.is_uppercase()).count();
    caps >= 2 && !s.chars().any(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_dots_and_curly_apostrophes() {
        assert_eq!(key("Xi’an"), "xi'an");
        assert_eq!(key("U.S."), "us");
        assert_eq!(key("ASEAN-China  Centre"), "asean china centre");
        assert_eq!(
            key(" Türkiye’s  U.S.-ÅLAND & Co "),
            "türkiye's us åland & co"
        );
        assert_eq!(key("-- . --"), "");
        assert_eq!(
            key("Lao People's Democratic Republic"),
            "lao people's democratic republic"
        );
    }

    #[test]
    fn countries_resolve_under_all_their_names() {
        let g = Gazetteer::get();
        for (phrase, iso) in [
            ("Lao PDR", "LA"),
            ("Laos", "LA"),
            ("Viet Nam", "VN"),
            ("Kyrgyz Republic", "KG"),
            ("Türkiye", "TR"),
            ("Philippines", "PH"),
            ("Russian Federation", "RU"),
        ] {
            let hits = g.lookup(phrase);
            let found = hits
                .iter()
                .any(|h| matches!(h, Hit::Country(i) if g.countries[*i].iso == iso));
            assert!(found, "{phrase} -> {hits:?}");
        }
        let adj = g.lookup("Kazakh");
        assert!(adj
            .iter()
            .any(|h| matches!(h, Hit::CountryAdj(i) if g.countries[*i].iso == "KZ")));
    }

    #[test]
    fn places_and_orgs_resolve() {
        let g = Gazetteer::get();
        let urumqi = g.lookup("Urumqi");
        assert!(urumqi
            .iter()
            .any(|h| matches!(h, Hit::Place(i) if g.places[*i].iso == "CN")));
        assert!(g
            .lookup("Central Asia")
            .iter()
            .any(|h| matches!(h, Hit::Place(_))));
        let adb = g.lookup("ADB");
        assert!(adb
            .iter()
            .any(|h| matches!(h, Hit::Org(i) if g.orgs[*i].name == "Asian Development Bank")));
        assert!(
            g.lookup("adb").is_empty(),
            "acronyms match only in capitals"
        );
    }
}
