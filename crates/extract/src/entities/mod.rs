//! Entities: people, organizations, countries and places, merged across mentions.
//!
//! The finder works in three steps, one file each:
//! 1. [`spans`]: capitalized word runs of each sentence are cut into mentions by the head-word
//!    lexicon ([`lexicon`]), the title grammar ([`crate::roles::titles`]) and the gazetteers
//!    ([`crate::gazetteer`]); the learned tagger ([`crate::ner`]) decides the runs that none of
//!    them types.
//! 2. [`merge`]: mentions of one entity are merged (acronyms, family names, country names and
//!    adjectives) and each entity gets its canonical name.
//! 3. [`names`]: names are cleaned of honorifics, titles and a leading "the".
//!
//! Known limits: persons are found by the tagger, by a title or honorific before them, or by
//! known given and family names; a name that is none of these is missed.

pub mod lexicon;
mod merge;
pub mod names;
mod spans;

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
        let tags = self.tagger.tag(doc);
        let words = spans::words(doc, Gazetteer::get());
        let mentions = spans::mentions(doc, &words, &tags, Gazetteer::get());
        merge::merge(doc, &words, mentions, Gazetteer::get())
    }
}

impl Default for EntityFinder {
    fn default() -> Self {
        Self::new()
    }
}
