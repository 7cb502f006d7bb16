//! Events: visits, meetings, conferences, agreements and launches, with date, place and participants.
//!
//! Sentence by sentence: [`triggers`] finds what kind of event a sentence states and in which mode;
//! the arguments are attached from the same sentence (the date nearest the trigger, the place, the
//! persons, organizations and countries named); a sentence without a date that refers back ("during
//! the visit", "the summit") joins the event it refers to. Events of one type and one start are one
//! occurrence and are merged. Negated and hypothetical events are dropped; planned ones keep their date and are marked
//! `status: "planned"`. Events whose date the text does not fix are returned apart ([`Events::undated`]):
//! the contract's `events` holds only dated ones.

mod participants;
mod triggers;

pub use triggers::{triggers, Mode, Trigger};

use crate::date::{DateValue, FoundDate, Precision};
use crate::{entities::Found, Doc};
use corridor_model::{Event, EventType, Role};
use participants::{place_in, Cast};

/// A phrase referring back to a told event, and the type it names ([`triggers::back_reference`]).
type BackRef = (Range<usize>, Option<EventType>);
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
pub fn find(doc: &Doc, entities: &[Found], dates: &[FoundDate], roles: &[Role]) -> Vec<Event> {
    find_all(doc, entities, dates, roles).dated
}

/// How many sentences after an event a sentence without a trigger of its own can still add to it
/// ("X, Y and Z attended the opening ceremony.").
const FOLLOW_WINDOW: usize = 3;

/// Every event of `doc`, dated and undated.
pub fn find_all(doc: &Doc, entities: &[Found], dates: &[FoundDate], roles: &[Role]) -> Events {
    let cast = Cast {
        doc,
        entities,
        roles,
    };
    let mut out = Events::default();
    // the dated event the narrative is about, and the sentence that last added to it
    let mut recent: Option<(usize, usize)> = None;
    // who "the delegation" is: the actors of the sentence that first tells the visit
    let mut delegation: Option<Vec<String>> = None;
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let text = &doc.body[sentence.clone()];
        let back = triggers::back_reference(text);
        let back_at = back.as_ref().map(|(r, _)| r);
        let found = triggers::triggers_beside(text, back_at);
        if !found.iter().any(|t| t.mode.is_event()) {
            if let Some(i) = follows(back.as_ref(), text, &out.dated, recent, si) {
                // a back-reference stands where a trigger would: a reported one leaves the speaker out
                let at = back_at.map(|r| sentence.start + r.start..sentence.start + r.end);
                let more = cast.participants(sentence, out.dated[i].kind, at.as_ref(), back_at);
                join(&mut out.dated[i].participants, more);
                recent = Some((i, si));
            }
            continue;
        }
        for t in found {
            if !t.mode.is_event() {
                continue;
            }
            let at = sentence.start + t.at.start..sentence.start + t.at.end;
            let mut event = Event {
                kind: t.kind,
                start: None,
                end: None,
                place: place_in(doc.body, sentence, t.kind, &at, entities),
                participants: cast.participants(sentence, t.kind, Some(&at), back_at),
                evidence: doc.span(sentence.clone()),
                status: (t.mode == Mode::Planned).then(|| "planned".to_string()),
                cameo: t.kind.cameo().to_string(),
                trigger: Some(text[t.at.clone()].to_string()),
            };
            if si > 0 && THE_TWO.is_match(&text[..t.at.start]) {
                let before = &doc.sentences[si - 1];
                join(
                    &mut event.participants,
                    cast.participants(before, t.kind, None, None),
                );
            }
            if si > 0 && PRONOUN.is_match(&text[..t.at.start]) {
                // "He last visited the country in 2017": the person the sentence before is about
                if let Some(p) = cast.first_person(&doc.sentences[si - 1]) {
                    join(&mut event.participants, vec![p]);
                }
            }
            if DELEGATION.is_match(text) {
                if let Some(d) = &delegation {
                    join(&mut event.participants, d.clone());
                }
            }
            if t.kind == EventType::Visit && t.mode == Mode::Actual {
                delegation.get_or_insert_with(|| event.participants.clone());
            }
            if let Some(value) = nearest_date(doc.body, sentence, &at, t.kind, dates) {
                event.start = Some(value.start.clone());
                event.end = value.end.clone();
                recent = Some((add_placed(&mut out.dated, event), si));
                continue;
            }
            let last = recent.map(|(i, _)| (i, &out.dated[i]));
            match refers_back(back.as_ref(), t.kind, &out.dated, last.map(|(_, e)| e))
                .or_else(|| same_by_definite_noun(text, &t, &out.dated))
                .or_else(|| same_day(text, last))
            {
                Some(Back::Same(i)) => {
                    merge_into(&mut out.dated[i], event);
                    recent = Some((i, si));
                }
                Some(Back::Within(host)) => {
                    // it happened within the host event: its day, and its place unless it says one
                    event.start.clone_from(&out.dated[host].start);
                    if event.place.is_none() {
                        event.place.clone_from(&out.dated[host].place);
                    }
                    recent = Some((add_placed(&mut out.dated, event), si));
                }
                None => {
                    match narrative_date(doc, sentence, dates).filter(|_| t.mode == Mode::Actual) {
                        Some(start) => {
                            event.start = Some(start);
                            recent = Some((add(&mut out.dated, event), si));
                        }
                        None => {
                            add(&mut out.undated, event);
                        }
                    }
                }
            }
        }
    }
    if let Some(published) = doc.article.published.as_deref() {
        against_publication(&mut out, published);
    }
    out
}

/// Squares events with the publication date: what is dated after it has not happened yet (it is
/// planned, whatever the verb says), and a plan dated before it took its date from something else
/// in the sentence ("agreed to set up a panel to investigate the crash of 6 April 1994"), so it
/// keeps no date.
fn against_publication(out: &mut Events, published: &str) {
    let order = |start: &str| {
        let n = start.len().min(published.len()).min(10);
        start.get(..n).cmp(&published.get(..n))
    };
    let mut i = 0;
    while i < out.dated.len() {
        let Some(start) = out.dated[i].start.as_deref() else {
            i += 1;
            continue;
        };
        match order(start) {
            std::cmp::Ordering::Greater => {
                out.dated[i].status = Some("planned".to_string());
                i += 1;
            }
            std::cmp::Ordering::Less if out.dated[i].status.is_some() => {
                let mut e = out.dated.remove(i);
                e.start = None;
                e.end = None;
                add(&mut out.undated, e);
            }
            _ => i += 1,
        }
    }
}

/// Verbs of attending: a sentence with one and no trigger of its own adds its actors to the event
/// just told ("Officials from A, B and C attended the ceremony.").
static ATTEND: LazyLock<Regex> = LazyLock::new(|| {
    triggers::pattern(
        r"(?i)\b(?:attended|joined (?:the|in)|took part|participated|(?:was|were) present|spoke at|presided over|(?:co-)?chaired|witnessed|(?:was|were) (?:co-)?(?:sponsored|organi[sz]ed|hosted) by|addressed|(?:delivered|gave|made) (?:a |an |the )?(?:\w+ )?(?:speech|address|remarks))\b",
    )
});

/// The dated event a sentence without a trigger adds to: the one it refers back to ("said during
/// the summit"), or the event of the last few sentences when it tells who attended.
fn follows(
    back: Option<&BackRef>,
    text: &str,
    dated: &[Event],
    recent: Option<(usize, usize)>,
    si: usize,
) -> Option<usize> {
    if let Some(&(_, kind)) = back {
        let kind = kind.unwrap_or(recent.map(|(i, _)| dated[i].kind)?);
        return dated.iter().rposition(|e| e.kind == kind);
    }
    let (i, s0) = recent?;
    (ATTEND.is_match(text) && si - s0 <= FOLLOW_WINDOW).then_some(i)
}

/// An undated trigger that names its event with a definite noun ("the inauguration ceremony",
/// "the signing") is the latest dated event of its type, however far back it was told.
fn same_by_definite_noun(text: &str, t: &Trigger, dated: &[Event]) -> Option<Back> {
    if t.mode != Mode::Actual || !triggers::is_definite(text, &t.at) {
        return None;
    }
    dated.iter().rposition(|e| e.kind == t.kind).map(Back::Same)
}

fn join(into: &mut Vec<String>, more: Vec<String>) {
    for p in more {
        if !into.contains(&p) {
            into.push(p);
        }
    }
}

/// "The two met at ...", "Both sides signed ...": the actors are those of the sentence before.
static THE_TWO: LazyLock<Regex> = LazyLock::new(|| {
    triggers::pattern(
        r"^(?:[A-Z][^,]{0,60}, )?(?:[Tt]he two|Both|both)(?: (?:sides|leaders|officials|ministers|parties|delegations|heads of state|presidents|premiers|countries))?(?: also| then| later| further| jointly)? (?:[a-z]+ed |[a-z]+ed the )?$|^(?:[A-Z][^,]{0,60}, )?[Tt]hey(?: also| then| later)? (?:[a-z]+ed |[a-z]+ed the )?$",
    )
});

/// A sentence whose subject is "He" or "She", up to the trigger.
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    triggers::pattern(
        r"^(?:[A-Z][^,]{0,60}, )?(?:He|She)(?: (?:also|then|later|last|first|had|has|will|would))* ?$",
    )
});

/// "The delegation held a seminar with ...": the persons and organizations that led the visit take
/// part too.
static DELEGATION: LazyLock<Regex> = LazyLock::new(|| {
    triggers::pattern(r"(?i)\bthe (?:delegation|visitors|visiting (?:delegation|team))\b")
});

/// The latest day-precise date stated earlier in the sentence's paragraph: news narrates a day's
/// events after stating the day once ("On 15 February, X visited Y. Z had a meeting with him.").
/// A paragraph that states no date at all goes on with the day of the paragraph before it (the
/// lead's "On Tuesday, the summit was held ..." and then "The leaders signed a declaration.").
fn narrative_date(doc: &Doc, sentence: &Range<usize>, dates: &[FoundDate]) -> Option<String> {
    let start_of = |at: usize| doc.body[..at].rfind("\n\n").map(|i| i + 2).unwrap_or(0);
    let paragraph_start = start_of(sentence.start);
    let day_between = |from: usize, to: usize| {
        dates
            .iter()
            .filter(|d| d.bytes.start >= from && d.bytes.end <= to)
            .filter_map(|d| d.value.as_ref())
            .rfind(|v| v.has_year() && v.precision == Precision::Day && !v.start.is_empty())
            .map(|v| v.start.clone())
    };
    if let Some(day) = day_between(paragraph_start, sentence.start) {
        return Some(day);
    }
    let paragraph_end = doc.body[sentence.end..]
        .find("\n\n")
        .map_or(doc.body.len(), |i| sentence.end + i);
    let dateless = !dates
        .iter()
        .any(|d| d.bytes.start >= paragraph_start && d.bytes.end <= paragraph_end);
    if !dateless || paragraph_start < 2 {
        return None;
    }
    day_between(start_of(paragraph_start - 2), paragraph_start)
}

/// Whether `event` is `e` again: same type, and the same start or a start within `e`'s span (a
/// visit "from 9 to 15 July" and "on 12 July, the delegation visited ...").
fn same_occurrence(e: &Event, event: &Event) -> bool {
    e.kind == event.kind && within_span(e, event)
}

/// Whether `event` starts on `e`'s start or within its span.
fn within_span(e: &Event, event: &Event) -> bool {
    if e.start == event.start {
        return true;
    }
    match (e.start.as_deref(), e.end.as_deref(), event.start.as_deref()) {
        (Some(a), Some(b), Some(x)) => a.len() == x.len() && b.len() == x.len() && a <= x && x <= b,
        _ => false,
    }
}

/// [`add`], after an event that names no place of its own takes the place of the visit it falls
/// within ("On 10 July, the delegation met with ...").
fn add_placed(dated: &mut Vec<Event>, mut event: Event) -> usize {
    if event.place.is_none() {
        event.place = dated
            .iter()
            .filter(|v| v.kind == EventType::Visit && v.kind != event.kind)
            .find(|v| v.place.is_some() && within_span(v, &event))
            .and_then(|v| v.place.clone());
    }
    add(dated, event)
}

/// Adds `event`, merging it into an earlier occurrence ([`same_occurrence`]); returns its index.
fn add(events: &mut Vec<Event>, event: Event) -> usize {
    match events.iter().position(|e| same_occurrence(e, &event)) {
        Some(i) => {
            merge_into(&mut events[i], event);
            i
        }
        None => {
            events.push(event);
            events.len() - 1
        }
    }
}

fn merge_into(into: &mut Event, from: Event) {
    join(&mut into.participants, from.participants);
    if into.place.is_none() {
        into.place = from.place;
    }
    if into.end.is_none() {
        into.end = from.end;
    }
}

/// The resolved date in the sentence nearest the trigger. Dates without a year (`--07-14`, when the
/// article gives none) date nothing; a year alone dates launches and conferences, and agreements
/// as a time adverbial ("signed a plan in 2019"), not meetings or visits (background such as "since
/// 2016", "the number of visits in 2016"), and only when the sentence has no finer date ("On 23
/// September 2024, X hosted the 2024 Roundtable").
fn nearest_date<'d>(
    body: &str,
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
    // "was set up in 2001", "signed on 3 May": a date right after the trigger is its date
    if let Some((_, v)) = within
        .iter()
        .find(|(d, _)| d.bytes.start >= at.end && d.bytes.start <= at.end + ADJACENT)
    {
        return Some(v);
    }
    let finer = within.iter().any(|(_, v)| v.precision != Precision::Year);
    let adverbial = |d: &FoundDate| body[..d.bytes.start].ends_with(" in ");
    within
        .into_iter()
        .filter(|(d, v)| {
            v.precision != Precision::Year
                || (!finer
                    && (matches!(kind, EventType::Launch | EventType::Conference)
                        || (kind == EventType::Agreement && adverbial(d))))
        })
        .min_by_key(|(d, _)| distance(&d.bytes, at))
        .map(|(_, v)| v)
}

/// How many bytes after a trigger a date still belongs to it (" in ", " on ").
const ADJACENT: usize = 4;

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// A phrase that dates a sentence by the day just told ("Earlier in the day", "On the same day",
/// "later that day").
static SAME_DAY: LazyLock<Regex> = LazyLock::new(|| {
    triggers::pattern(
        r"(?i)\b(?:(?:earlier|later) (?:in|on) the (?:same )?day|(?:earlier|later) that (?:same )?day|on the same day|the same day|(?:later|earlier) (?:that|in the) (?:morning|afternoon|evening)|that (?:same )?(?:morning|afternoon|evening))\b",
    )
});

/// The start of the event just told, for a sentence that places itself on its day ([`SAME_DAY`]);
/// only a one-day event fixes the day.
fn same_day(text: &str, last: Option<(usize, &Event)>) -> Option<Back> {
    let (i, last) = last?;
    let start = last.start.as_ref()?;
    (last.end.is_none() && start.len() == 10 && SAME_DAY.is_match(text)).then_some(Back::Within(i))
}

/// What an undated sentence refers back to.
enum Back {
    /// The same occurrence as an earlier event of its type ("the summit also adopted...").
    Same(usize),
    /// Another event that happened within an earlier one, and takes its start ("documents were
    /// signed at the conference").
    Within(usize),
}

/// The earlier event an undated sentence refers back to, if any ("during the visit", "at the
/// conference", "the summit also...").
fn refers_back(
    back: Option<&BackRef>,
    kind: EventType,
    dated: &[Event],
    last: Option<&Event>,
) -> Option<Back> {
    let host = back?.1.or(last.map(|e| e.kind)).unwrap_or(kind);
    let i = dated.iter().rposition(|e| e.kind == host)?;
    if host == kind {
        Some(Back::Same(i))
    } else {
        dated[i].start.is_some().then_some(Back::Within(i))
    }
}

#[cfg(test)]
mod tests;
