//! Entities: people, organizations, countries and places, merged across mentions.
//!
//! The finder works in steps, one file each:
//! 1. `words`: tokens as words (hyphen compounds of gazetteer names split), each with its
//!    gazetteer key and one-word reading, and the runs of capitalized words of each sentence.
//! 2. `spans`: each run is cut into mentions by the title grammar ([`crate::roles::titles`]),
//!    the gazetteers ([`crate::gazetteer`]) and head words ([`lexicon`], `heads`); `classify`
//!    types what is left (title or honorific before it, known given names, apposition, the
//!    learned tagger [`crate::ner`] for multi-word persons and places and lone organizations);
//!    `sites` reads places and sites from the nouns around them (a facility noun, a border
//!    gate, a dateline's agency); `tails` settles boundaries the run grammar gets wrong (a
//!    person's name after "TITLE of ORG", units after numbers, companies named after their
//!    country, a title's portfolio).
//! 3. `merge`: mentions of one entity are merged (acronyms defined in the text, family names,
//!    country names and adjectives, government-body variants); a lone word or acronym that no
//!    entity claims takes the type the tagger gives it, by votes over its occurrences in the
//!    article (sentence-initial capitals count less, "the city of X" and coordination with a
//!    listed place vote for a place); `forms` gives each entity its canonical name, aliases,
//!    ISO code or coordinates ([`names`] cleans honorifics).
//!
//! [`eval`] scores the whole finder on CoNLL-style corpora (`corridor ner eval --finder FILE`).
//!
//! Known limits: persons are found by the tagger, by a title or honorific before them, or by
//! known given and family names; a name that is none of these is missed. Sports teams named
//! after their city (CoNLL "Surrey", "Chicago") are places, and ALL-CAPITALS headlines are read
//! word by word.

mod classify;
pub mod eval;
mod forms;
mod heads;
pub mod lexicon;
mod merge;
pub mod names;
mod sites;
mod spans;
mod tags;
mod tails;
mod words;

use crate::gazetteer::Gazetteer;
use crate::Doc;
use corridor_model::Entity;

/// An entity with the byte ranges of its mentions, for the finders that run after it.
#[derive(Debug, Clone)]
pub struct Found {
    /// The entity as emitted.
    pub entity: Entity,
    /// Byte ranges of its mentions in the body.
    pub mentions: Vec<std::ops::Range<usize>>,
}

/// Finds the entities of an article.
pub struct EntityFinder {
    tagger: crate::ner::Tagger,
}

impl EntityFinder {
    /// Loads the tagger and gazetteers.
    pub fn new() -> Self {
        let _ = Gazetteer::get();
        EntityFinder {
            tagger: crate::ner::Tagger::new(),
        }
    }

    /// The entities of `doc`, in order of first mention, with ids `e1`, `e2`, ...
    pub fn find(&self, doc: &Doc) -> Vec<Found> {
        let tags = tags::LazyTags::new(&self.tagger, doc);
        let words = words::words(doc, Gazetteer::get());
        let mentions = spans::mentions(doc, &words, &tags, Gazetteer::get());
        merge::merge(doc, &words, mentions, Gazetteer::get())
    }
}

impl Default for EntityFinder {
    fn default() -> Self {
        Self::new()
    }
}
