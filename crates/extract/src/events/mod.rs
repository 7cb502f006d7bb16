//! Events: visits, meetings, conferences, agreements and launches, with date, place and participants.
//!
//! Sentence by sentence: [`triggers`] finds what kind of event a sentence states and in which mode;
//! the arguments are attached from the same sentence (the date nearest the trigger, the place, the
//! persons, organizations and countries named); a sentence without a date that refers back ("during
//! the visit", "the summit") joins the event it refers to. Events of one type and one start are one
//! occurrence and are merged. Negated events are dropped; planned ones keep their date and are marked
//! `status: "planned"`. Events whose date the text does not fix are returned apart ([`Events::undated`]):
//! the contract's `events` holds only dated ones.

mod triggers;

pub use triggers::{triggers, Mode, Trigger};

use crate::date::{DateValue, FoundDate, Precision};
use crate::{entities::Found, Doc};
use corridor_model::{EntityType, Event, EventType};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The events of one article.
#[derive(Debug, Default, Clone)]
pub struct Events {
    /// Events with a start date, for the contract's `events`.
    pub dated: Vec<Event>,
    /// Events the text states without fixing their time.
    pub undated: Vec<Event>,
}

/// The dated events of `doc` (see [`find_all`] for the undated ones too).
pub fn find(doc: &Doc, entities: &[Found], dates: &[FoundDate]) -> Vec<Event> {
    find_all(doc, entities, dates).dated
}

/// Every event of `doc`, dated and undated.
pub fn find_all(doc: &Doc, entities: &[Found], dates: &[FoundDate]) -> Events {
    let mut out = Events::default();
    for sentence in &doc.sentences {
        let text = &doc.body[sentence.clone()];
        for t in triggers(text) {
            if t.mode == Mode::Negated {
                continue;
            }
            let at = sentence.start + t.at.start..sentence.start + t.at.end;
            let mut event = Event {
                kind: t.kind,
                start: None,
                end: None,
                place: place_in(sentence, &at, entities),
                participants: participants_in(doc.body, sentence, t.kind, entities),
                evidence: doc.span(sentence.clone()),
                status: (t.mode == Mode::Planned).then(|| "planned".to_string()),
                cameo: t.kind.cameo().to_string(),
                trigger: Some(text[t.at.clone()].to_string()),
            };
            if DELEGATION.is_match(text) {
                join_delegation(&mut event, &out.dated);
            }
            if let Some(value) = nearest_date(sentence, &at, t.kind, dates) {
                event.start = Some(value.start.clone());
                event.end = value.end.clone();
                add(&mut out.dated, event);
                continue;
            }
            match refers_back(text, t.kind, &out.dated) {
                Some(Back::Same(i)) => merge_into(&mut out.dated[i], event),
                Some(Back::Within(start)) => {
                    event.start = Some(start);
                    add(&mut out.dated, event);
                }
                None => {
                    match narrative_date(doc, sentence, dates).filter(|_| t.mode == Mode::Actual) {
                        Some(start) => {
                            event.start = Some(start);
                            add(&mut out.dated, event);
                        }
                        None => add(&mut out.undated, event),
                    }
                }
            }
        }
    }
    out
}

static DELEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe (?:delegation|visitors|visiting (?:delegation|team))\b")
        .expect("pattern compiles")
});

/// "The delegation held a seminar with ...": the persons and organizations of the latest visit take
/// part too.
fn join_delegation(event: &mut Event, dated: &[Event]) {
    if let Some(visit) = dated.iter().rev().find(|e| e.kind == EventType::Visit) {
        for p in &visit.participants {
            if !event.participants.contains(p) {
                event.participants.push(p.clone());
            }
        }
    }
}

/// The latest day-precise date stated earlier in the sentence's paragraph: news narrates a day's
/// events after stating the day once ("On 15 February, X visited Y. Z had a meeting with him.").
fn narrative_date(doc: &Doc, sentence: &Range<usize>, dates: &[FoundDate]) -> Option<String> {
    let paragraph_start = doc.body[..sentence.start]
        .rfind("\n\n")
        .map(|i| i + 2)
        .unwrap_or(0);
    dates
        .iter()
        .filter(|d| d.bytes.start >= paragraph_start && d.bytes.end <= sentence.start)
        .filter_map(|d| d.value.as_ref())
        .rfind(|v| v.has_year() && v.precision == Precision::Day && !v.start.is_empty())
        .map(|v| v.start.clone())
}

/// Adds `event`, merging it into an earlier event of the same type and start.
fn add(events: &mut Vec<Event>, event: Event) {
    match events
        .iter()
        .position(|e| e.kind == event.kind && e.start == event.start)
    {
        Some(i) => merge_into(&mut events[i], event),
        None => events.push(event),
    }
}

fn merge_into(into: &mut Event, from: Event) {
    for p in from.participants {
        if !into.participants.contains(&p) {
            into.participants.push(p);
        }
    }
    if into.place.is_none() {
        into.place = from.place;
    }
    if into.end.is_none() {
        into.end = from.end;
    }
}

/// The resolved date in the sentence nearest the trigger. Dates without a year (`--07-14`, when the
/// article gives none) date nothing; a year alone dates only launches and conferences (background
/// such as "since 2016" does not date a meeting), and only when the sentence has no finer date
/// ("On 23 September 2024, X hosted the 2024 Roundtable").
fn nearest_date<'d>(
    sentence: &Range<usize>,
    at: &Range<usize>,
    kind: EventType,
    dates: &'d [FoundDate],
) -> Option<&'d DateValue> {
    let within: Vec<(&FoundDate, &DateValue)> = dates
        .iter()
        .filter(|d| d.bytes.start >= sentence.start && d.bytes.end <= sentence.end)
        .filter_map(|d| d.value.as_ref().map(|v| (d, v)))
        .filter(|(_, v)| v.has_year())
        .collect();
    let finer = within.iter().any(|(_, v)| v.precision != Precision::Year);
    within
        .into_iter()
        .filter(|(_, v)| {
            v.precision != Precision::Year
                || (!finer && matches!(kind, EventType::Launch | EventType::Conference))
        })
        .min_by_key(|(d, _)| distance(&d.bytes, at))
        .map(|(_, v)| v)
}

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

static REFERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:during|at|on the sidelines of|in the course of|on the margins of) the (visit|trip|meeting|talks|summit|forum|conference|expo|ceremony|event|roundtable|workshop|seminar)\b|\bthe (summit|forum|conference|expo|meeting) (?:also|further|was attended)\b")
        .expect("pattern compiles")
});

/// What an undated sentence refers back to.
enum Back {
    /// The same occurrence as an earlier event of its type ("the summit also adopted...").
    Same(usize),
    /// Another event that happened within an earlier one, and takes its start ("documents were
    /// signed at the conference").
    Within(String),
}

/// The earlier event an undated sentence refers back to, if any ("during the visit", "at the
/// conference", "the summit also...").
fn refers_back(text: &str, kind: EventType, dated: &[Event]) -> Option<Back> {
    let caps = REFERS_BACK.captures(text)?;
    let noun = caps
        .get(1)
        .or_else(|| caps.get(2))?
        .as_str()
        .to_ascii_lowercase();
    let host = match noun.as_str() {
        "visit" | "trip" => EventType::Visit,
        "meeting" | "talks" | "seminar" => EventType::Meeting,
        "ceremony" | "event" => kind,
        _ => EventType::Conference,
    };
    let i = dated.iter().rposition(|e| e.kind == host)?;
    if host == kind {
        Some(Back::Same(i))
    } else {
        dated[i].start.clone().map(Back::Within)
    }
}

fn mentions_in<'e>(
    sentence: &Range<usize>,
    entities: &'e [Found],
) -> impl Iterator<Item = (&'e Found, &'e Range<usize>)> + 'e {
    let s = sentence.clone();
    entities.iter().flat_map(move |f| {
        let s = s.clone();
        f.mentions
            .iter()
            .filter(move |m| m.start >= s.start && m.end <= s.end)
            .map(move |m| (f, m))
    })
}

/// Persons, organizations and countries named in the sentence (and named gatherings or the launched
/// institution, for conferences and launches), in order of first mention. A name inside another
/// name ("China" in "Communist Party of China") and a country named only by its adjective ("the
/// Chinese President") are not taking part themselves.
fn participants_in(
    body: &str,
    sentence: &Range<usize>,
    kind: EventType,
    entities: &[Found],
) -> Vec<String> {
    let mut found: Vec<(usize, &str)> = Vec::new();
    let all: Vec<(&Found, &Range<usize>)> = mentions_in(sentence, entities).collect();
    for &(f, m) in &all {
        let ok = match f.entity.kind {
            EntityType::Person | EntityType::Organization => true,
            EntityType::Country => is_name_form(&body[m.clone()], &f.entity),
            EntityType::EventName => matches!(kind, EventType::Conference | EventType::Meeting),
            EntityType::Initiative | EntityType::Project => {
                matches!(kind, EventType::Launch | EventType::Agreement)
            }
            EntityType::Place => false,
        };
        let nested = all.iter().any(|&(g, n)| {
            !std::ptr::eq(g, f) && n.start <= m.start && m.end <= n.end && n.len() > m.len()
        });
        if ok && !nested {
            match found.iter_mut().find(|(_, n)| *n == f.entity.name) {
                Some(x) => x.0 = x.0.min(m.start),
                None => found.push((m.start, f.entity.name.as_str())),
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n.to_string()).collect()
}

/// Whether `surface` names the entity (its name, an alias, its acronym) rather than describing it
/// with an adjective ("Chinese" for China).
fn is_name_form(surface: &str, e: &corridor_model::Entity) -> bool {
    let same = |a: &str| {
        a.eq_ignore_ascii_case(surface)
            || a.trim_start_matches("the ")
                .eq_ignore_ascii_case(surface.trim_start_matches("the "))
    };
    same(&e.name) || e.aliases.iter().any(|a| same(a)) || e.acronym.as_deref().is_some_and(same)
}

/// The place of the event: the place named in the sentence nearest after the trigger, else the
/// nearest before it.
fn place_in(sentence: &Range<usize>, at: &Range<usize>, entities: &[Found]) -> Option<String> {
    mentions_in(sentence, entities)
        .filter(|(f, _)| f.entity.kind == EntityType::Place)
        .min_by_key(|(_, m)| (m.start < at.start, distance(m, at)))
        .map(|(f, _)| f.entity.name.clone())
}

#[cfg(test)]
mod tests;
