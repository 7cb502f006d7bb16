//! Names of merged entities: government-body keys, initials, short forms, prefixed
//! organization names, and the canonical name, aliases, codes and coordinates of each entity.

use super::lexicon::{head_type, is_connector};
use super::merge::Group;
use super::Found;
use crate::gazetteer::{is_acronym, key, Gazetteer, Hit};
use crate::Doc;
use corridor_model::{Entity, EntityType};

/// Words that vary between the forms of one government body's name.
pub(super) fn is_variant_word(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "regional"
            | "municipal"
            | "provincial"
            | "people's"
            | "people"
            | "s"
            | "autonomous"
            | "region"
            | "city"
            | "province"
            | "uygur"
            | "uyghur"
            | "zhuang"
            | "hui"
    )
}

/// One key for "Government of the Xinjiang Uygur Autonomous Region", "Xinjiang Government" and
/// "Xinjiang Regional Government": the head word and the place, when nothing else differs.
pub(super) fn body_of(form: &str, g: &Gazetteer) -> Option<String> {
    let k = key(form);
    let words: Vec<&str> = k.split(' ').collect();
    let head = words
        .iter()
        .rev()
        .chain(words.first())
        .find(|w| head_type(w) == Some(EntityType::Organization))?;
    let mut place = None;
    for (i, w) in words.iter().enumerate() {
        match g.lookup(w).first() {
            Some(Hit::Place(p)) => place = Some((i, format!("p{p}"))),
            Some(Hit::Country(c) | Hit::CountryAdj(c)) => place = Some((i, format!("c{c}"))),
            _ => continue,
        }
        break;
    }
    let (pi, p) = place?;
    let rest_ok = words
        .iter()
        .enumerate()
        .all(|(i, w)| i == pi || w == head || is_variant_word(w));
    rest_ok.then(|| format!("body:{head}:{p}"))
}

/// The initials of a multi-word name ("Asian Development Bank" → "ADB").
pub(super) fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 {
        return String::new();
    }
    words
        .iter()
        .filter(|w| !is_connector(w))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Whether `short` is `long`'s first word and the rest of `long` is head words ("Khorgos" for
/// "Khorgos Port", "TBEA" for "TBEA Co., Ltd.").
pub(super) fn short_form_of(short: &str, long: &str) -> bool {
    let mut words = long.split_whitespace();
    if words.next() != Some(short) {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    !rest.is_empty()
        && rest.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || head_type(w).is_some()
                || matches!(w, "Autonomous" | "Uygur" | "Uyghur" | "Zhuang" | "Hui")
        })
}

pub(super) fn merge_prefixed_orgs(groups: &mut [Group], g: &Gazetteer) {
    let n = groups.len();
    for b in 0..n {
        if groups[b].kind != EntityType::Organization || groups[b].mentions.is_empty() {
            continue;
        }
        let Some(short) = groups[b].forms.first().map(|(f, _)| key(f)) else {
            continue;
        };
        if !short.contains(' ') {
            continue;
        }
        let target = (0..n).find(|&a| {
            a != b
                && groups[a].kind == EntityType::Organization
                && !groups[a].mentions.is_empty()
                && groups[a].forms.iter().any(|(f, _)| {
                    let long = key(f);
                    long.strip_suffix(&short).is_some_and(|prefix| {
                        let p = prefix.trim();
                        prefix.ends_with(' ')
                            && !p.is_empty()
                            && (g.lookup_key(p).is_some()
                                || p.split(' ').all(|w| g.lookup_key(w).is_some()))
                    })
                })
        });
        if let Some(a) = target {
            let moved = std::mem::take(&mut groups[b].mentions);
            let forms = std::mem::take(&mut groups[b].forms);
            groups[a].mentions.extend(moved);
            for f in forms {
                if !groups[a].forms.contains(&f) {
                    groups[a].forms.push(f);
                }
            }
        }
    }
}

pub(super) fn build(doc: &Doc, mut groups: Vec<Group>, g: &Gazetteer) -> Vec<Found> {
    groups.retain(|gr| !gr.mentions.is_empty() && !gr.forms.is_empty());
    for gr in &mut groups {
        gr.mentions.sort_by_key(|r| r.start);
    }
    groups.sort_by_key(|gr| gr.mentions[0].start);
    let mut out: Vec<Found> = Vec::with_capacity(groups.len());
    for gr in groups {
        let nouns: Vec<&String> = gr
            .forms
            .iter()
            .filter(|(_, adj)| !adj)
            .map(|(f, _)| f)
            .collect();
        let fullest = nouns
            .iter()
            .max_by_key(|f| (f.split_whitespace().count(), !is_acronym(f), f.len()))
            .map(|f| f.to_string());
        let (mut entity_name, mut iso, mut lat, mut lon, mut acronym) =
            (fullest.clone(), None, None, None, gr.acronym.clone());
        let mut gazetteer_name = None;
        match gr.hit {
            Some(Hit::Country(i)) => {
                entity_name = Some(g.countries[i].name.clone());
                iso = Some(g.countries[i].iso.clone());
            }
            Some(Hit::Place(i)) => {
                let p = &g.places[i];
                lat = Some(p.lat);
                lon = Some(p.lon);
                // a dateline's "KUALA LUMPUR" is named as the gazetteer writes it
                if entity_name.as_deref().is_none_or(is_acronym) {
                    entity_name = Some(p.name.clone());
                }
            }
            Some(Hit::Org(i)) => {
                // the name is the fullest form the article writes ("ASEAN" when it never spells
                // the name out); the gazetteer's full name is an alias, for search and resolution
                let o = &g.orgs[i];
                if entity_name.is_none() {
                    entity_name = Some(o.name.clone());
                }
                gazetteer_name = Some(o.name.clone());
                if acronym.is_none() {
                    acronym = o.acronym.clone();
                }
            }
            _ => {}
        }
        let Some(written) = entity_name else { continue };
        // "Central Asia Regional Economic Cooperation (CAREC) Institute": the name reads without
        // the bracketed acronym inside it; the form as written stays an alias
        let name = without_inner_acronym(&written).unwrap_or_else(|| written.clone());
        let mut aliases: Vec<String> = nouns
            .iter()
            .filter(|f| ***f != name)
            .map(|f| f.to_string())
            .collect();
        if let Some(Hit::Place(i)) = gr.hit {
            gazetteer_name = Some(g.places[i].name.clone());
        }
        if let Some(full) = gazetteer_name.filter(|f| *f != name && !aliases.contains(f)) {
            aliases.push(full);
        }
        if acronym.as_deref() == Some(name.as_str()) {
            acronym = None;
        }
        aliases.retain(|a| Some(a.as_str()) != acronym.as_deref());
        let mentions = gr.mentions.iter().map(|r| doc.span(r.clone())).collect();
        out.push(Found {
            entity: Entity {
                id: format!("e{}", out.len() + 1),
                kind: gr.kind,
                name,
                iso,
                lat,
                lon,
                acronym,
                aliases,
                mentions,
            },
            mentions: gr.mentions,
        });
    }
    out
}

/// `name` without a bracketed acronym in its middle ("A B (AB) Institute" → "A B Institute").
fn without_inner_acronym(name: &str) -> Option<String> {
    let open = name.find(" (")?;
    let close = open + name[open..].find(") ")?;
    let inner = &name[open + 2..close];
    let acronym = !inner.is_empty()
        && inner.len() <= 12
        && inner
            .chars()
            .all(|c| c.is_alphanumeric() || c == '&' || c == '-' || c == '.')
        && inner.chars().filter(|c| c.is_uppercase()).count() >= 2;
    acronym.then(|| format!("{}{}", &name[..open], &name[close + 1..]))
}

#[cfg(test)]
mod tests {
    use super::without_inner_acronym;

    #[test]
    fn inner_acronym_table() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Central Asia Regional Economic Cooperation (CAREC) Institute",
                Some("Central Asia Regional Economic Cooperation Institute"),
            ),
            ("Asian Development Bank (ADB)", None),
            ("Bank of Laos (in Vientiane) Office", None),
            ("Harbour Council", None),
        ];
        for &(name, want) in cases {
            assert_eq!(without_inner_acronym(name).as_deref(), want, "{name}");
        }
    }
}
