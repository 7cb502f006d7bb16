//! Builders for the records the tests store (all text written for these tests).
#![allow(dead_code)]

use corridor_model::*;

pub fn entity(id: &str, kind: EntityType, name: &str) -> Entity {
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        iso: None,
        lat: None,
        lon: None,
        acronym: None,
        aliases: Vec::new(),
        mentions: vec![Span::new(0, 1)],
    }
}

pub fn with_aliases(mut e: Entity, aliases: &[&str]) -> Entity {
    e.aliases = aliases.iter().map(|s| s.to_string()).collect();
    e
}

pub fn with_acronym(mut e: Entity, acronym: &str) -> Entity {
    e.acronym = Some(acronym.into());
    e
}

pub fn with_iso(mut e: Entity, iso: &str) -> Entity {
    e.iso = Some(iso.into());
    e
}

pub fn with_coords(mut e: Entity, lat: f64, lon: f64) -> Entity {
    e.lat = Some(lat);
    e.lon = Some(lon);
    e
}

pub fn record(
    source: &str,
    published: &str,
    title: &str,
    body: &str,
    entities: Vec<Entity>,
) -> Record {
    let mut article = Article::new(source, body);
    article.title = Some(title.into());
    article.published = Some(published.into());
    article.outlet = Some("Test Wire".into());
    Record {
        article,
        extraction: Extraction {
            entities,
            ..Default::default()
        },
    }
}

pub fn role(person: &str, title: &str, org: Option<&str>, country: Option<&str>) -> Role {
    Role {
        person: person.into(),
        title: title.into(),
        organization: org.map(str::to_string),
        country: country.map(str::to_string),
        evidence: None,
    }
}

pub fn event(kind: EventType, start: &str, place: Option<&str>, participants: &[&str]) -> Event {
    Event {
        kind,
        start: Some(start.into()),
        end: None,
        place: place.map(str::to_string),
        participants: participants.iter().map(|s| s.to_string()).collect(),
        evidence: Span::new(0, 10),
        status: None,
        cameo: kind.cameo().into(),
        trigger: None,
    }
}

/// A body of distinct words so that no two generated bodies are near-duplicates.
pub fn body(seed: usize) -> String {
    let words = [
        "corridor",
        "freight",
        "ministers",
        "customs",
        "railway",
        "port",
        "investment",
        "summit",
        "energy",
        "trade",
        "digital",
        "agriculture",
        "tourism",
        "border",
        "logistics",
        "finance",
        "students",
        "culture",
        "health",
        "water",
        "climate",
        "satellite",
        "pipeline",
        "bridge",
    ];
    let mut x = seed as u64 * 2_654_435_761 + 12_345;
    let mut out = Vec::new();
    for _ in 0..60 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push(words[(x % words.len() as u64) as usize]);
    }
    format!("Report number {seed}. {}.", out.join(" "))
}
