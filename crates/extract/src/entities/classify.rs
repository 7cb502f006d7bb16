//! Runs that neither the gazetteer nor a head word types: persons, the tagger's names, lone
//! words, and one-word cities that are more likely parts of other names.

use super::lexicon::{
    head_type, is_chinese_surname, is_connector, is_function_word, is_pinyin_name,
};
use super::sites::{dashed_place_after, facility_noun_after, place_noun_after};
use super::spans::Kind;
use super::tags::LazyTags;
use super::words::*;
use crate::gazetteer::{is_acronym, Gazetteer, Hit};
use crate::ner::Label;
use crate::roles::titles::{is_domain_word, title_at};
use corridor_model::EntityType;

/// The tagger's label for words `w0..w1`: the first tagged span of their sentence that
/// overlaps them (tagger spans are in tokens, words may be finer, so bytes are compared).
pub(super) fn tag_at(
    words: &[Word],
    tags: &LazyTags,
    w0: usize,
    w1: usize,
) -> Option<(Label, f32)> {
    tags.at(words[w0].sent, words[w0].start, words[w1 - 1].end)
}

/// The entity type the tagger gives exactly words `w0..w1` (not a longer or shorter span),
/// when it is confident: the reading of a lone word or acronym that no other entity claims.
pub(super) fn tagged_type(
    words: &[Word],
    tags: &LazyTags,
    w0: usize,
    w1: usize,
) -> Option<EntityType> {
    // compass and portfolio words ("East", "Commerce") name nothing on their own
    if w1 == w0 + 1 && (is_compass(words[w0].text) || is_domain_word(words[w0].text)) {
        return None;
    }
    let (a, b) = (words[w0].start, words[w1 - 1].end);
    let (label, score) = tags.exact(words[w0].sent, a, b)?;
    if score < LONE_WORD_SCORE {
        return None;
    }
    match label {
        Label::Per => Some(EntityType::Person),
        Label::Org => Some(EntityType::Organization),
        Label::Loc => Some(EntityType::Place),
        Label::Misc => None,
    }
}

/// Points of the compass, which name no place alone.
pub(super) fn is_compass(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
    )
}

/// How sure the tagger must be of a lone word's type.
const LONE_WORD_SCORE: f32 = 0.8;

/// What surrounds a run of words that [`unknown`] classifies.
#[derive(Clone, Copy)]
pub(super) struct RunContext {
    /// A title or honorific precedes it.
    pub(super) titled: bool,
    /// It is the whole capitalized run, not a piece of a longer phrase.
    pub(super) whole: bool,
}

pub(super) fn first_of_sentence(words: &[Word], i: usize) -> bool {
    i == 0 || words[i - 1].sent != words[i].sent
}

/// Whether word `i` is a Chinese family name spelled like an English word ("He", "Ma")
/// followed by a pinyin given name ("He Lifeng"): the pair is a person's name, not a pronoun
/// and a name. At a sentence's start the given name must have no gazetteer reading ("He
/// Beijing ..." is no name).
pub(super) fn surname_pair(words: &[Word], i: usize) -> bool {
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    is_chinese_surname(words[i].text)
        && next.sent == words[i].sent
        && is_pinyin_name(next.text)
        && match next.hit {
            None => true,
            Some(Hit::Place(_)) => !first_of_sentence(words, i),
            Some(_) => false,
        }
}

/// Classifies a run of words that neither the gazetteer nor a head word types.
pub(super) fn unknown(
    g: &Gazetteer,
    words: &[Word],
    tags: &LazyTags,
    w0: usize,
    w1: usize,
    ctx: RunContext,
) -> Option<Kind> {
    let RunContext { titled, whole } = ctx;
    let n = w1 - w0;
    let ws = &words[w0..w1];
    if n == 1
        && is_acronym(ws[0].text)
        && ws[0].text.chars().filter(|c| c.is_alphabetic()).count() >= 2
    {
        return Some(Kind::Acronym(tagged_type(words, tags, w0, w1)));
    }
    let not_name = |w: &Word| {
        is_function_word(w.text)
            || is_connector(w.text)
            || head_type(w.text).is_some()
            || title_at(&[w.text], 0).is_some()
            || is_title_word(w.text)
            || is_acronym(w.text)
            || !w.text.chars().any(|c| c.is_lowercase())
    };
    let bad = |k: usize, w: &Word| {
        not_name(w)
            && !(w.text.len() == 2 && w.text.ends_with('.'))
            && !(k == 0 && n >= 2 && surname_pair(words, w0))
            && !(k > 0 && particle_inside(words, w0 + k))
    };
    if ws.iter().enumerate().any(|(k, w)| bad(k, w)) {
        // "CBS Cable", "FC Basel": capitalized words with an acronym among them are a name when
        // the tagger reads exactly these words as one
        let acronyms_only = ws
            .iter()
            .enumerate()
            .all(|(k, w)| !bad(k, w) || (is_acronym(w.text) && w.text.len() >= 2));
        return match tags.exact(words[w0].sent, words[w0].start, words[w1 - 1].end) {
            Some((label, score)) if (2..=4).contains(&n) && acronyms_only && score >= 0.9 => {
                match label {
                    Label::Per => Some(Kind::Typed(EntityType::Person)),
                    Label::Org => Some(Kind::Typed(EntityType::Organization)),
                    Label::Loc => Some(Kind::Typed(EntityType::Place)),
                    Label::Misc => None,
                }
            }
            _ => None,
        };
    }
    // "the Khorgos dry port", "the Gwadar port": a name before a lower-case place noun; "the
    // Seri Kembangan complex" even after an honorific-like word
    let adjectival = ws.last().is_some_and(|w| {
        let l = w.text.to_lowercase();
        ["ian", "ean", "ese", "ish", "ic"]
            .iter()
            .any(|s| l.ends_with(s))
    });
    if !adjectival && !first_of_sentence(words, w0) {
        // "a Youth center" is no named site
        let indefinite = w0 > 0 && matches!(words[w0 - 1].text, "a" | "an");
        if n <= 3
            && facility_noun_after(words, w1)
            && !indefinite
            && !ws
                .iter()
                .all(|w| crate::roles::titles::is_portfolio(w.text))
        {
            return Some(Kind::Typed(EntityType::Place));
        }
        if n <= 2 && !titled && (place_noun_after(words, w1) || dashed_place_after(words, w1)) {
            return Some(Kind::Typed(EntityType::Place));
        }
    }
    if titled && n <= 5 {
        return Some(Kind::Typed(EntityType::Person));
    }
    if n == 1 {
        // a lone word the tagger is sure names an organization ("Huawei") when it stands alone,
        // not inside a longer capitalized phrase; any other lone word may be a short form
        return match tag_at(words, tags, w0, w1) {
            Some((Label::Org, score)) if score >= 0.9 && whole && !first_of_sentence(words, w0) => {
                Some(Kind::Typed(EntityType::Organization))
            }
            _ => Some(Kind::Single(tagged_type(words, tags, w0, w1))),
        };
    }
    if n > 4 {
        return None;
    }
    let known = ws
        .iter()
        .filter(|w| g.is_person_token(w.text) || is_chinese_surname(w.text))
        .count();
    let initials = ws
        .iter()
        .any(|w| w.text.len() == 2 && w.text.ends_with('.'));
    // "Busadee Santipitaks, acting permanent secretary", "said Yergalym Nursalimuly"
    let appositive = words.get(w1).is_some_and(|w| w.text == ",")
        && (title_at(&texts(words, w1 + 1, 6), 0).is_some()
            || matches!(
                words.get(w1 + 1).map(|w| w.text),
                Some("a" | "an" | "the" | "who")
            ));
    let speaker = w0 > 0 && matches!(words[w0 - 1].text, "said" | "says" | "told")
        || matches!(
            words.get(w1).map(|w| w.text),
            Some("said" | "says" | "noted" | "stressed" | "added" | "told")
        );
    if known >= 1 || initials || appositive || speaker {
        return Some(Kind::Typed(EntityType::Person));
    }
    // the tagger decides runs that nothing above types (persons and places; organizations carry
    // head words); adjectives ("Central Asian") are not names
    let adjective = ws.last().is_some_and(|w| {
        let l = w.text.to_lowercase();
        ["ian", "ean", "ese", "ish", "ic"]
            .iter()
            .any(|s| l.ends_with(s))
    });
    match tag_at(words, tags, w0, w1) {
        Some((Label::Per, score)) if score >= 0.8 && !adjective => {
            Some(Kind::Typed(EntityType::Person))
        }
        Some((Label::Loc, score)) if score >= 0.9 && !adjective => {
            Some(Kind::Typed(EntityType::Place))
        }
        // a multi-word organization without a head word, when it is the whole capitalized run
        Some((Label::Org, score)) if score >= 0.9 && whole && !adjective => {
            Some(Kind::Typed(EntityType::Organization))
        }
        _ => None,
    }
}

pub(super) fn texts<'a>(words: &[Word<'a>], from: usize, n: usize) -> Vec<&'a str> {
    words.iter().skip(from).take(n).map(|w| w.text).collect()
}

/// Words that modify titles and offices ("Foreign", "Affairs", "Vice"): never part of a name.
pub(super) fn is_title_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "foreign"
            | "affairs"
            | "vice"
            | "deputy"
            | "assistant"
            | "special"
            | "acting"
            | "general"
            | "regional"
            | "economic"
            | "comprehensive"
            | "national"
            | "international"
            | "state"
            | "central"
            | "municipal"
            | "provincial"
            | "people"
            | "republic"
            | "kingdom"
    )
}

/// A one-word city or division that is more likely part of a person's name or a common word
/// (a division only next to an unknown capitalized word, "Joe Montana"): a small city
/// inside a run of other unknown capitalized words ("Cheng Daopin", "Lawrence Wong"), a city
/// whose name is a head word ("Summit"), or a small city that no locative preposition introduces.
pub(super) fn weak_place(
    g: &Gazetteer,
    words: &[Word],
    i: usize,
    end: usize,
    h: Hit,
    limit: usize,
) -> bool {
    let Hit::Place(p) = h else { return false };
    let place = &g.places[p];
    if end != i + 1 || place.kind == "region" || place_noun_after(words, end) {
        return false;
    }
    if place.kind == "admin" {
        // "Joe Montana", "Virginia Woolf": a one-word division inside a person's name
        let prev = i > 0 && words[i - 1].sent == words[i].sent && unknown_word_before(words, i);
        let next = i + 1 < limit
            && namey(&words[i + 1])
            && words[i + 1].hit.is_none()
            && head_type(words[i + 1].text).is_none()
            && g.is_person_token(words[i].text);
        return prev || next;
    }
    if head_type(words[i].text).is_some()
        || is_function_word(words[i].text)
        || is_title_word(words[i].text)
    {
        return true;
    }
    // "Gao Xiuying": a city named like a Chinese family name, before another plain capitalized
    // word, is a person's family name
    if is_chinese_surname(words[i].text)
        && i + 1 < limit
        && namey(&words[i + 1])
        && words[i + 1].sent == words[i].sent
        && head_type(words[i + 1].text).is_none()
        && !matches!(
            words[i + 1].hit,
            Some(Hit::Country(_) | Hit::CountryAdj(_) | Hit::Org(_))
        )
    {
        return true;
    }
    let unknown_word = |k: usize| {
        k < limit
            && namey(&words[k])
            && words[k].hit.is_none()
            && head_type(words[k].text).is_none()
    };
    let next_unknown = unknown_word(i + 1);
    let prev_unknown = i > 0 && words[i - 1].sent == words[i].sent && unknown_word_before(words, i);
    if place.population < 5_000_000 && (next_unknown || prev_unknown) {
        return true;
    }
    let locative = i > 0
        && matches!(
            words[i - 1].text,
            "in" | "at" | "to" | "from" | "near" | "of" | "and" | "," | "via"
        );
    place.population < 100_000 && !locative
}

pub(super) fn unknown_word_before(words: &[Word], i: usize) -> bool {
    let w = &words[i - 1];
    namey(w)
        && w.hit.is_none()
        && head_type(w.text).is_none()
        && !is_function_word(w.text)
        && title_at(&[w.text], 0).is_none()
}
