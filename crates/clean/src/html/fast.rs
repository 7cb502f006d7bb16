//! A fast main-text path over the page's one parsed DOM, tried before trafilatura.
//!
//! The algorithm is readability's (Arc90, as in Mozilla's readability.js), run in one walk:
//! 1. the page is cut into text blocks at block-level elements; navigation, forms, hidden
//!    elements and containers whose `class`/`id` names boilerplate ("sidebar", "comment", ...)
//!    are left out;
//! 2. every block of 25 characters or more scores `1 + commas + min(chars / 100, 3)`, which its
//!    parent receives in full, its grandparent by half and further ancestors by `3 × level`,
//!    on top of a prior from the tag and from `class`/`id` words;
//! 3. the best container, its score scaled by `1 − link density`, is the article; siblings that
//!    score at least a fifth of it, or read as a paragraph of prose, join it.
//!
//! The result is only used when it passes [`accept`]: enough prose, few links, and most of the
//! page's prose inside the chosen container. Otherwise the caller runs trafilatura, which is
//! slower (several parses and fallback extractors) but copes with odd layouts.

use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{Html, Node};

use super::body::{words, Block};
use super::classes::prior;
use super::structure::{Collector, Piece};

/// How many levels above a block its text is counted (bounds the work on absurdly deep pages).
const MAX_LEVELS: usize = 100;

/// The smallest block (in characters) that counts as a paragraph when scoring.
const MIN_SCORED: usize = 25;

/// Score and text of one container element.
#[derive(Default, Clone, Copy)]
struct Stats {
    score: f64,
    scored: bool,
    chars: usize,
    link_chars: usize,
}

impl Stats {
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// Characters that separate clauses (readability counts commas).
fn commas(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(c, ',' | '，' | '、' | '،'))
        .count()
}

/// What the fast path found: the blocks of the chosen container, and how it judged them.
#[derive(Debug, Clone)]
pub struct Fast {
    /// The main text, in document order.
    pub blocks: Vec<Block>,
    /// Characters of prose blocks inside the chosen container.
    pub prose_inside: usize,
    /// Characters of prose blocks anywhere in the page (outside pruned elements).
    pub prose_total: usize,
    /// Link characters over all characters of the chosen blocks.
    pub link_density: f64,
    /// Share of the chosen characters in blocks that do not read as prose (short items, labels).
    pub junk: f64,
}

/// Runs the fast path over a parsed page; `None` when the page has no scorable text at all.
/// `by_class`: leave out containers whose `class`/`id` names boilerplate (see [`accept`]).
pub fn main_text(doc: &Html, by_class: bool) -> Option<Fast> {
    let pieces = Collector::run(doc, by_class);
    let mut stats: HashMap<NodeId, Stats> = HashMap::new();
    for p in &pieces {
        let Some(node) = doc.tree.get(p.element) else {
            continue;
        };
        // Text and link text count towards the block's element and every ancestor.
        for anc in std::iter::once(node)
            .chain(node.ancestors())
            .take(MAX_LEVELS)
        {
            let s = stats.entry(anc.id()).or_default();
            s.chars += p.chars;
            s.link_chars += p.link_chars;
        }
        if p.chars < MIN_SCORED || p.block.heading {
            continue;
        }
        let score = 1.0 + commas(&p.block.text) as f64 + (p.chars as f64 / 100.0).floor().min(3.0);
        for (level, anc) in node.ancestors().take(5).enumerate() {
            let Node::Element(el) = anc.value() else {
                break;
            };
            let s = stats.entry(anc.id()).or_default();
            if !s.scored {
                s.scored = true;
                s.score = prior(el);
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            s.score += score / div;
        }
    }
    let final_score = |s: &Stats| s.score * (1.0 - s.link_density());
    let (&top, top_stats) = stats
        .iter()
        .filter(|(_, s)| s.scored)
        .max_by(|a, b| final_score(a.1).total_cmp(&final_score(b.1)))?;
    let top_score = final_score(top_stats);
    // The pieces each element holds directly, for the sibling test below.
    let mut own_pieces: HashMap<NodeId, Vec<&Piece>> = HashMap::new();
    for p in &pieces {
        own_pieces.entry(p.element).or_default().push(p);
    }
    let mut roots = std::collections::HashSet::from([top]);
    if let Some(parent) = doc.tree.get(top).and_then(|n| n.parent()) {
        let bar = (top_score * 0.2).max(10.0);
        for sib in parent.children().filter(|s| s.id() != top) {
            let s = stats.get(&sib.id()).copied().unwrap_or_default();
            let own = own_pieces
                .get(&sib.id())
                .map(Vec::as_slice)
                .unwrap_or_default();
            let is_p = matches!(sib.value(), Node::Element(e) if e.name() == "p");
            let paragraph = is_p && own.len() == 1 && {
                let (chars, ld) = (s.chars, s.link_density());
                (chars > 80 && ld < 0.25)
                    || (chars > 0 && ld == 0.0 && own[0].block.text.contains(". "))
            };
            if (s.scored && final_score(&s) >= bar) || paragraph {
                roots.insert(sib.id());
            }
        }
    }
    let inside = |id: NodeId| {
        doc.tree.get(id).is_some_and(|n| {
            std::iter::once(n)
                .chain(n.ancestors())
                .take(MAX_LEVELS)
                .any(|a| roots.contains(&a.id()))
        })
    };
    let in_list = |p: &Piece| {
        doc.tree.get(p.element).is_some_and(|n| {
            std::iter::once(n)
                .chain(n.ancestors())
                .take(4)
                .any(|a| matches!(a.value(), Node::Element(e) if e.name() == "li"))
        })
    };
    let is_prose = |p: &Piece| p.chars >= 80 && !p.block.heading && p.link_density() < 0.3;
    let mut out = Vec::new();
    let (mut chars, mut link_chars, mut junk) = (0usize, 0usize, 0usize);
    let (mut prose_inside, mut prose_total) = (0usize, 0usize);
    let within: Vec<bool> = pieces.iter().map(|p| inside(p.element)).collect();
    let inside_texts: std::collections::HashSet<&str> = pieces
        .iter()
        .zip(&within)
        .filter(|(_, w)| **w)
        .map(|(p, _)| p.block.text.as_str())
        .collect();
    for (p, &within) in pieces.iter().zip(&within) {
        if within && is_prose(p) {
            prose_inside += p.chars;
            prose_total += p.chars;
        } else if is_prose(p) && !inside_texts.contains(p.block.text.as_str()) && !in_list(p) {
            // Prose left out, unless it repeats the chosen text (a second copy of the story)
            // or is a list item (teasers of other stories).
            prose_total += p.chars;
        }
        if within && p.link_density() <= 0.5 {
            chars += p.chars;
            link_chars += p.link_chars;
            if !p.block.heading && !reads_as_prose(&p.block.text) {
                junk += p.chars;
            }
            out.push(p.block.clone());
        }
    }
    Some(Fast {
        blocks: out,
        prose_inside,
        prose_total,
        link_density: link_chars as f64 / chars.max(1) as f64,
        junk: junk as f64 / chars.max(1) as f64,
    })
}

/// Whether a block reads as prose: a sentence's end after several words, or a long CJK run.
fn reads_as_prose(t: &str) -> bool {
    let cjk = t
        .chars()
        .filter(|c| ('\u{3040}'..='\u{9fff}').contains(c) || ('\u{ac00}'..='\u{d7af}').contains(c))
        .count();
    cjk >= 20
        || (words(t) >= 6
            && t.trim_end()
                .ends_with(['.', '!', '?', '"', '”', '’', ')', '…', '。', ':', ';', '»']))
}

/// [`reject`]'s reason for a result under 500 characters.
const TOO_SHORT: &str = "too short";

/// Why the fast path's result must not be used, if it must not: the caller then falls back to
/// trafilatura.
pub fn reject(fast: &Fast) -> Option<&'static str> {
    let chars: usize = fast.blocks.iter().map(|b| b.text.chars().count()).sum();
    let prose = fast
        .blocks
        .iter()
        .filter(|b| !b.heading && (words(&b.text) >= 12 || b.text.chars().count() >= 80))
        .count();
    let inside = fast.prose_inside as f64 / fast.prose_total.max(1) as f64;
    // A short story is still the story when the container holds all of the page's prose.
    let whole = prose >= 1 && fast.prose_total > 0 && inside >= 0.95 && chars >= 200;
    if chars < 500 && !whole {
        Some(TOO_SHORT)
    } else if prose < 3 && !whole {
        Some("fewer than three paragraphs")
    } else if fast.link_density > 0.2 {
        Some("too much link text")
    } else if inside < 0.85 {
        Some("much prose outside the chosen container")
    } else {
        None
    }
}

/// The fast path's blocks when they pass the quality check. As in readability, a second
/// attempt without the `class`/`id` rule is made only when the first found too little text
/// (a page whose whole layout sits in a container named, say, "has-sidebar").
pub fn accept(doc: &Html) -> Result<Vec<Block>, &'static str> {
    let first = main_text(doc, true);
    let why = match &first {
        None => "no scorable text",
        Some(f) => match reject(f) {
            None => return Ok(first.map(|f| f.blocks).unwrap_or_default()),
            Some(w) => w,
        },
    };
    if !matches!(why, "no scorable text" | TOO_SHORT) {
        return Err(why);
    }
    let second = main_text(doc, false).ok_or(why)?;
    match reject(&second) {
        None => Ok(second.blocks),
        Some(w) => Err(w),
    }
}

/// Walks an element's subtree in document order (used by [`super::structure`]).
pub(super) fn edges(doc: &Html) -> impl Iterator<Item = Edge<'_, Node>> {
    doc.tree.root().traverse()
}
