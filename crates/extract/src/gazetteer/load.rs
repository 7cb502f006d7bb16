//! Parsing the bundled TSV files into the index (once per process).

use super::{is_acronym, key, Country, Gazetteer, Hit, Org, Place};
use std::collections::{HashMap, HashSet};

const COUNTRIES: &str = include_str!("../../../../data/gazetteers/countries.tsv");
const PLACES: &str = include_str!("../../../../data/gazetteers/places.tsv");
const ORGS: &str = include_str!("../../../../data/gazetteers/orgs.tsv");
const PERSON_TOKENS: &str = include_str!("../../../../data/gazetteers/person_tokens.txt");

/// Cities smaller than this are indexed under their main name only, not their alternate names.
const ALT_NAME_POPULATION: u64 = 100_000;

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn names<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field
        .copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

struct Builder {
    index: HashMap<String, Vec<(Hit, bool)>>,
    max_tokens: usize,
}

impl Builder {
    fn add(&mut self, phrase: &str, hit: Hit) {
        let k = key(phrase);
        if k.is_empty() {
            return;
        }
        let acronym = is_acronym(phrase) && !phrase.contains(' ');
        self.max_tokens = self.max_tokens.max(k.split(' ').count());
        let v = self.index.entry(k).or_default();
        if !v.iter().any(|(h, _)| *h == hit) {
            v.push((hit, acronym));
        }
    }
}

pub(super) fn build() -> Gazetteer {
    let mut b = Builder {
        index: HashMap::new(),
        max_tokens: 1,
    };
    let mut countries = Vec::new();
    for r in rows(COUNTRIES) {
        let (Some(iso), Some(name)) = (r.first(), r.get(1)) else {
            continue;
        };
        let i = countries.len();
        countries.push(Country {
            iso: iso.to_string(),
            name: name.to_string(),
        });
        b.add(name, Hit::Country(i));
        for n in names(r.get(2)) {
            b.add(n, Hit::Country(i));
        }
        for a in names(r.get(3)) {
            b.add(a, Hit::CountryAdj(i));
        }
    }
    let mut orgs = Vec::new();
    for r in rows(ORGS) {
        let Some(name) = r.first() else { continue };
        let k = key(name);
        // the hand list comes first and wins over a later duplicate
        if b.index
            .get(&k)
            .is_some_and(|v| v.iter().any(|(h, _)| matches!(h, Hit::Org(_))))
        {
            continue;
        }
        let acronym = r
            .get(1)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let i = orgs.len();
        orgs.push(Org {
            name: name.to_string(),
            acronym: acronym.clone(),
        });
        b.add(name, Hit::Org(i));
        if let Some(a) = &acronym {
            b.add(a, Hit::Org(i));
        }
        for n in names(r.get(2)) {
            b.add(n, Hit::Org(i));
        }
    }
    let mut places = Vec::new();
    for r in rows(PLACES) {
        if r.len() < 6 {
            continue;
        }
        let kind = match r[1] {
            "admin" => "admin",
            "region" => "region",
            _ => "city",
        };
        let population = r[5].parse().unwrap_or(0);
        let i = places.len();
        places.push(Place {
            name: r[0].to_string(),
            kind,
            iso: r[2].to_string(),
            lat: r[3].parse().unwrap_or(0.0),
            lon: r[4].parse().unwrap_or(0.0),
            population,
        });
        let main = key(r[0]);
        // a city never shadows a country, an adjective or an organization
        let taken = |b: &Builder, k: &str| {
            b.index
                .get(k)
                .is_some_and(|v| v.iter().any(|(h, _)| !matches!(h, Hit::Place(_))))
        };
        if kind != "city" || !taken(&b, &main) {
            b.add(r[0], Hit::Place(i));
        }
        if kind != "city" || population >= ALT_NAME_POPULATION {
            for n in names(r.get(6)) {
                if kind != "city" || !taken(&b, &key(n)) {
                    b.add(n, Hit::Place(i));
                }
            }
        }
    }
    let person_tokens: HashSet<String> = PERSON_TOKENS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.trim().to_string())
        .collect();
    let mut prefixes = HashSet::new();
    for k in b.index.keys() {
        for (at, _) in k.match_indices(' ') {
            prefixes.insert(k[..at].to_string());
        }
    }
    Gazetteer {
        countries,
        places,
        orgs,
        person_tokens,
        index: b.index,
        prefixes,
        max_tokens: b.max_tokens,
    }
}
