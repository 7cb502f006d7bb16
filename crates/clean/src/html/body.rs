//! The main text as blocks: the fast path ([`super::fast`]) or trafilatura picks the article;
//! this module turns trafilatura's cleaned HTML into paragraphs, trims headline, bylines and
//! related lists, and decides whether anything article-like is left.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements that end a paragraph.
pub(super) const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "thead",
    "tbody",
    "tfoot",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "hr",
    "address",
    "main",
    "nav",
    "form",
    "fieldset",
    "details",
    "summary",
    "center",
    "caption",
    "list",
    "item",
    "head",
];

/// Elements whose text is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "button", "select", "option", "iframe",
    "object",
];

/// Elements that hold a heading.
pub(super) const HEADING_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "head"];

/// One block of the main text.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The text, lines separated by `\n` where the page has `<br>`.
    pub text: String,
    /// Whether the block is a heading.
    pub heading: bool,
}

/// Accumulates inline text into the current block.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    cur: String,
    heading_depth: usize,
    cur_heading: bool,
}

impl Builder {
    fn push_text(&mut self, t: &str) {
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
        if text.chars().any(char::is_alphanumeric) {
            self.blocks.push(Block {
                text,
                heading: self.cur_heading,
            });
        }
        self.cur.clear();
        self.cur_heading = false;
    }
}

/// Splits an HTML fragment (trafilatura's `content_html`) into text blocks.
pub fn blocks(fragment: &str) -> Vec<Block> {
    let doc = Html::parse_fragment(fragment);
    let mut b = Builder::default();
    let mut skipping = 0usize;
    for edge in doc.root_element().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if SKIP.contains(&name) {
                        skipping += 1;
                    } else if name == "br" {
                        b.line_break();
                    } else if BLOCK_TAGS.contains(&name) {
                        b.flush();
                    } else if name == "td" || name == "th" {
                        b.push_text(" ");
                    }
                    if HEADING_TAGS.contains(&name) {
                        b.heading_depth += 1;
                    }
                }
                Node::Text(t) if skipping == 0 => b.push_text(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    let name = e.name();
                    if SKIP.contains(&name) {
                        skipping = skipping.saturating_sub(1);
                    } else if BLOCK_TAGS.contains(&name) {
                        b.flush();
                    }
                    if HEADING_TAGS.contains(&name) {
                        b.heading_depth = b.heading_depth.saturating_sub(1);
                    }
                }
            }
        }
    }
    b.flush();
    b.blocks
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Removes a leading heading that repeats the headline (the body is the text under it).
pub fn drop_headline(blocks: &mut Vec<Block>, title: Option<&str>) {
    let Some(title) = title.map(norm).filter(|t| !t.is_empty()) else {
        return;
    };
    if let Some(pos) = blocks.iter().take(3).position(|b| {
        let n = norm(&b.text);
        b.heading
            && !n.is_empty()
            && (n == title
                || (n.len() >= 12 && title.contains(&n))
                || (title.len() >= 12 && n.contains(&title) && n.len() <= title.len() + 30))
    }) {
        blocks.remove(pos);
    }
}

/// Removes what stands before the story's first paragraph: a byline or date line
/// ("Published on 12 May 2021", "By A Reporter | Updated 3 June 2020"), and the headline when
/// the extractor glued it to the first paragraph.
pub fn drop_leading_furniture(blocks: &mut Vec<Block>, title: Option<&str>) {
    while blocks.len() > 1 {
        let first = &blocks[0];
        let t = first.text.trim();
        let low = t.to_lowercase();
        let bylineish = [
            "by ",
            "published",
            "posted",
            "updated",
            "last updated",
            "written by",
        ]
        .iter()
        .any(|p| low.starts_with(p));
        let short = words(t) <= 20 && !t.ends_with(['.', '!', '?', '"', '”']);
        if short && !first.heading && (bylineish || super::date::contains_date(t)) {
            blocks.remove(0);
        } else {
            break;
        }
    }
    if let (Some(title), Some(first)) = (title, blocks.first_mut()) {
        if title.split_whitespace().count() >= 4
            && first.text.len() > title.len() + 20
            && first.text.starts_with(title)
        {
            let rest = first.text[title.len()..]
                .trim_start_matches([' ', ':', '-', '|'])
                .to_string();
            if rest.starts_with(char::is_uppercase) {
                first.text = rest;
            }
        }
    }
}

/// Headings that open a list of other stories after the article.
const RELATED: &[&str] = &[
    "you may also like",
    "you might also like",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related news",
    "read more",
    "more from",
    "more stories",
    "recommended",
    "recommended for you",
    "most read",
    "most popular",
    "trending",
    "also read",
    "see also",
    "more on this story",
    "latest news",
    "top stories",
];

/// Cuts the body at a trailing "Related stories" / "You may also like" heading when only short
/// items (headlines of other stories) follow it.
pub fn drop_trailing_related(blocks: &mut Vec<Block>) {
    let cut = (1..blocks.len()).find(|&i| {
        let t = blocks[i]
            .text
            .trim()
            .trim_end_matches(['.', ':', '…', '!'])
            .to_lowercase();
        let named = RELATED
            .iter()
            .any(|r| t == *r || (t.starts_with(r) && words(&t) <= 5));
        named
            && blocks[i + 1..]
                .iter()
                .all(|b| !is_prose(b) || words(&b.text) <= 15)
    });
    if let Some(i) = cut {
        blocks.truncate(i);
    }
}

/// Words in a text.
pub fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether a block reads as prose: several words and a sentence's end (or CJK text).
fn is_prose(b: &Block) -> bool {
    let t = b.text.trim();
    let cjk = t
        .chars()
        .filter(|c| ('\u{3040}'..='\u{9fff}').contains(c) || ('\u{ac00}'..='\u{d7af}').contains(c))
        .count();
    if cjk >= 20 {
        return true;
    }
    !b.heading
        && words(t) >= 8
        && t.ends_with(['.', '!', '?', '"', '”', '’', ')', '…', '。', ':', ';'])
}

/// Why `blocks` is not an article, if it is not: no paragraph of prose, only short items.
pub fn not_article(blocks: &[Block]) -> Option<String> {
    let total: usize = blocks.iter().map(|b| words(&b.text)).sum();
    if blocks.is_empty() || total == 0 {
        return Some("no text in the page's main content".into());
    }
    let prose = blocks.iter().filter(|b| is_prose(b)).count();
    if prose == 0 && total < 60 {
        return Some(format!(
            "only navigation or short items ({} blocks, {total} words, no paragraph of prose)",
            blocks.len()
        ));
    }
    None
}

/// Joins blocks into a body: paragraphs separated by a blank line.
pub fn join(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lines_and_headings() {
        let b = blocks("<h2>Title  here</h2><p>One <b>two</b>\n three.<br>Four.</p><ul><li>a b</li><li>c</li></ul><script>x()</script>");
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Title here", "One two three.\nFour.", "a b", "c"]
        );
        assert!(b[0].heading && !b[1].heading);
    }

    #[test]
    fn headline_dropped_once() {
        let mut b = blocks(
            "<h1>Big news today</h1><p>Text of the story goes on.</p><h2>Big news today</h2>",
        );
        drop_headline(&mut b, Some("Big News Today!"));
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].text, "Text of the story goes on.");
    }

    #[test]
    fn related_list_cut_only_when_short_items_follow() {
        let story =
            "<p>The council approved the budget on Monday after a long debate in the chamber.</p>";
        let mut b = blocks(&format!(
            "{story}<h3>You may also like...</h3><p>Bridge repairs delayed</p><p>Fares rise</p>"
        ));
        drop_trailing_related(&mut b);
        assert_eq!(b.len(), 1);
        let long = "<p>Members said the plan would be reviewed again next year once the new figures for spending and revenue are published by the treasury office.</p>";
        let mut b = blocks(&format!("{story}<h3>Related</h3>{long}"));
        drop_trailing_related(&mut b);
        assert_eq!(b.len(), 3);
    }

    #[test]
    fn menus_are_not_articles() {
        let b = blocks("<ul><li>Home</li><li>World</li><li>Sport</li></ul>");
        assert!(not_article(&b).is_some());
        let b =
            blocks("<p>The two ministers met in the capital on Monday to sign the agreement.</p>");
        assert!(not_article(&b).is_none());
    }
}
