//! The text blocks of a parsed page, each tied to the element that holds it, with its link
//! text counted: the input of the fast main-text path ([`super::fast`]).

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{Html, Node};

use super::body::{Block, BLOCK_TAGS, HEADING_TAGS};
use super::classes::pruned;
use super::fast::edges;

/// One block of text and where it stands.
#[derive(Debug, Clone)]
pub struct Piece {
    /// The nearest block-level element around the text.
    pub element: NodeId,
    /// The text (whitespace squashed, `<br>` as `\n`) and whether it is a heading.
    pub block: Block,
    /// Characters of text.
    pub chars: usize,
    /// Characters of text inside `<a>` elements.
    pub link_chars: usize,
}

impl Piece {
    /// Link characters over all characters.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// Cuts a page into [`Piece`]s in one walk.
#[derive(Default)]
pub struct Collector {
    pieces: Vec<Piece>,
    /// Open block-level elements, innermost last.
    stack: Vec<NodeId>,
    cur: String,
    cur_links: usize,
    cur_heading: bool,
    heading_depth: usize,
    link_depth: usize,
}

impl Collector {
    /// The blocks of a page outside the elements that [`pruned`] leaves out (`by_class`: also by
    /// their `class`/`id` words).
    pub fn run(doc: &Html, by_class: bool) -> Vec<Piece> {
        let mut c = Collector::default();
        let mut skip: Option<NodeId> = None;
        for edge in edges(doc) {
            match edge {
                Edge::Open(node) => {
                    if skip.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Element(e) => {
                            if pruned(e, by_class) {
                                skip = Some(node.id());
                                continue;
                            }
                            let name = e.name();
                            if name == "br" {
                                c.line_break();
                            } else if BLOCK_TAGS.contains(&name) || name == "body" {
                                c.flush();
                                c.stack.push(node.id());
                            } else if name == "td" || name == "th" {
                                c.push_text(" ");
                            } else if name == "a" {
                                c.link_depth += 1;
                            }
                            if HEADING_TAGS.contains(&name) {
                                c.heading_depth += 1;
                            }
                        }
                        Node::Text(t) => c.push_text(t),
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if let Some(s) = skip {
                        if s == node.id() {
                            skip = None;
                        }
                        continue;
                    }
                    if let Node::Element(e) = node.value() {
                        let name = e.name();
                        if BLOCK_TAGS.contains(&name) || name == "body" {
                            c.flush();
                            c.stack.pop();
                        } else if name == "a" {
                            c.link_depth = c.link_depth.saturating_sub(1);
                        }
                        if HEADING_TAGS.contains(&name) {
                            c.heading_depth = c.heading_depth.saturating_sub(1);
                        }
                    }
                }
            }
        }
        c.flush();
        c.pieces
    }

    fn push_text(&mut self, t: &str) {
        let before = self.cur.len();
        for (i, piece) in t.split(char::is_whitespace).enumerate() {
            if i > 0 && !self.cur.ends_with([' ', '\n']) && !self.cur.is_empty() {
                self.cur.push(' ');
            }
            if !piece.is_empty() {
                if self.cur.is_empty() && self.heading_depth > 0 {
                    self.cur_heading = true;
                }
                self.cur.push_str(piece);
            }
        }
        if self.link_depth > 0 {
            self.cur_links += self.cur[before..].chars().count();
        }
    }

    fn line_break(&mut self) {
        let trimmed = self.cur.trim_end_matches(' ').len();
        self.cur.truncate(trimmed);
        if !self.cur.is_empty() && !self.cur.ends_with('\n') {
            self.cur.push('\n');
        }
    }

    fn flush(&mut self) {
        let text = self
            .cur
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        if let (true, Some(&element)) = (text.chars().any(char::is_alphanumeric), self.stack.last())
        {
            let chars = text.chars().count();
            self.pieces.push(Piece {
                element,
                block: Block {
                    text,
                    heading: self.cur_heading,
                },
                chars,
                link_chars: self.cur_links.min(chars),
            });
        }
        self.cur.clear();
        self.cur_links = 0;
        self.cur_heading = false;
    }
}
