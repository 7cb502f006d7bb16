//! One story of a page: its lines classified, its body located, its metadata read.

use super::date::Stamp;
use super::{dateline, lines, meta};

/// What one line is.
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    /// Date, source or byline fields.
    Meta(meta::Meta),
    /// Menus, widgets, switchers, captions: never body.
    Furniture,
    /// Past this line the page no longer holds the story ("Contact Us", "Comments").
    End,
    /// A widget that interrupts the story ("Read more", "Related articles").
    Break,
    /// Anything that may be article text.
    Text,
}

/// The parts of an article that a story yields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Story {
    /// Headline.
    pub title: Option<String>,
    /// ISO date or date-time.
    pub published: Option<String>,
    /// Publishing organisation.
    pub outlet: Option<String>,
    /// Paragraphs separated by a blank line.
    pub body: String,
}

fn kind(line: &str) -> Kind {
    if lines::ends_article(line) {
        Kind::End
    } else if lines::interrupts_article(line) {
        Kind::Break
    } else if lines::is_furniture(line) || lines::is_caption(line) {
        Kind::Furniture
    } else if let Some(m) = meta::parse_line(line) {
        Kind::Meta(m)
    } else if let Some(d) = dateline::find(line).filter(|d| d.len == line.len()) {
        // a dateline on a line of its own
        let outlet = d.agency.as_deref().and_then(meta::clean_outlet);
        Kind::Meta(meta::Meta {
            published: d.full,
            outlet,
            updated: false,
        })
    } else {
        Kind::Text
    }
}

/// How much a line speaks for being inside the body (in words): running text for, headlines and
/// page furniture against; an end marker ("Contact Us", "Related news") separates regions.
fn weight(text: &str, kind: &Kind, s: &lines::Shape) -> i64 {
    match kind {
        Kind::End => -100_000,
        Kind::Break => -40,
        Kind::Furniture | Kind::Meta(_) => -3,
        Kind::Text => {
            if lines::is_prose(text, s) {
                s.words.max(1) as i64
            } else if lines::is_headline(text, s) {
                -2
            } else {
                (s.words / 2) as i64
            }
        }
    }
}

/// The line where the body opens, and the line where it closes (inclusive).
///
/// Lines are weighted ([`weight`]) and cut into maximal positive-sum regions (as in Kadane's
/// algorithm); the body is the first region that holds at least a third of the best region's
/// weight, so a lone promotional sentence in a menu loses to the story, and the first story
/// wins over a longer one appended after it.
fn body_bounds(
    texts: &[String],
    kinds: &[Kind],
    shapes: &[lines::Shape],
) -> Option<(usize, usize)> {
    regions(texts, kinds, shapes, true).or_else(|| regions(texts, kinds, shapes, false))
}

/// [`body_bounds`] with regions opening at a sentence ([`lines::opens_body`]) when `strict`, else
/// at any prose line; a region extends over any prose line.
fn regions(
    texts: &[String],
    kinds: &[Kind],
    shapes: &[lines::Shape],
    strict: bool,
) -> Option<(usize, usize)> {
    let mut regions: Vec<(usize, usize, i64)> = Vec::new();
    let mut cur: Option<(usize, usize, i64, i64)> = None; // start, best end, best sum, running sum
    for i in 0..texts.len() {
        let shape = shapes[i];
        let w = weight(&texts[i], &kinds[i], &shape);
        let prose = kinds[i] == Kind::Text && lines::is_prose(&texts[i], &shape);
        // a long sentence-case headline or a short question is not the first line of a body
        let opens = prose
            && !lines::is_exclaiming_headline(&texts[i])
            && (!strict || lines::opens_body(&texts[i], &shape));
        cur = match cur {
            None if opens && w > 0 => Some((i, i, w, w)),
            None => None,
            Some((s, be, bs, run)) => {
                let run = run + w;
                if run <= 0 {
                    regions.push((s, be, bs));
                    (opens && w > 0).then_some((i, i, w, w))
                } else if run > bs && prose {
                    Some((s, i, run, run))
                } else {
                    Some((s, be, bs, run))
                }
            }
        };
    }
    if let Some((s, be, bs, _)) = cur {
        regions.push((s, be, bs));
    }
    let best = regions.iter().map(|r| r.2).max()?;
    let (start, end, _) = *regions.iter().find(|r| r.2 * 3 >= best)?;
    Some((start, end))
}

/// Whether the lines hold an article body at all.
pub fn has_body(story: &[String]) -> bool {
    // a body region opens at a prose line of text ([`body_bounds`])
    story
        .iter()
        .any(|l| kind(l) == Kind::Text && lines::is_prose(l, &lines::shape(l)))
}

/// The headline among the lines before the body: the first headline-shaped line of four words or
/// more (shorter ones are section labels or kickers), else the first headline-shaped line; without
/// a site-name suffix when the page also writes it bare.
fn pick_title(
    texts: &[String],
    kinds: &[Kind],
    shapes: &[lines::Shape],
    start: usize,
) -> Option<String> {
    let cands: Vec<&str> = (0..start)
        .filter(|&i| kinds[i] == Kind::Text && lines::is_headline(&texts[i], &shapes[i]))
        .map(|i| texts[i].as_str())
        .filter(|t| word_count(t) >= 2 || t.chars().count() >= 4)
        .collect();
    let pick = cands
        .iter()
        .find(|t| word_count(t) >= 4)
        .or(cands.first())?;
    // a page title with a site name ("Title - Site") repeated bare further down: the bare one
    let bare = cands.iter().find(|c| {
        c.len() < pick.len()
            && pick.starts_with(**c)
            && [" - ", " | ", " – ", " — ", " _ "]
                .iter()
                .any(|sep| pick[c.len()..].starts_with(sep))
    });
    let t = meta::strip_site_suffix(bare.unwrap_or(pick)).trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The agency a last paragraph signs off with: "... the ministry said. (Xinhua)".
fn signed_off(par: &str) -> Option<String> {
    let inner = par.trim_end().strip_suffix([')', '）'])?;
    let open = inner.rfind(['(', '（'])?;
    let name = inner[open..].trim_start_matches(['(', '（']);
    meta::outlet_line(name)
}

/// A page without any body paragraph (a short record, a list): its text lines as they are, when
/// they hold a few words; `None` for pages of furniture only.
pub fn fallback(story: &[String]) -> Option<Story> {
    let texts: Vec<&str> = story
        .iter()
        .filter(|l| kind(l) == Kind::Text)
        .map(|l| l.as_str())
        .collect();
    let words: usize = texts.iter().map(|t| word_count(t)).sum();
    (words >= 3).then(|| Story {
        body: texts.join("\n\n"),
        ..Default::default()
    })
}

/// Words with a letter or digit (separators like `|` do not count).
fn word_count(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Classifies and assembles one story; `None` when it has no body.
pub fn build(story: &[String], page_dates: &[Stamp]) -> Option<Story> {
    // labelled dates glued to the start of a line (" date 2023-03-28 Title ...")
    let mut prefixed: Vec<(usize, Stamp)> = Vec::new();
    let texts: Vec<String> = story
        .iter()
        .enumerate()
        .map(|(i, l)| match meta::split_date_prefix(l) {
            Some((d, rest)) => {
                prefixed.push((i, d));
                rest.to_string()
            }
            None => l.clone(),
        })
        .collect();
    let kinds: Vec<Kind> = texts.iter().map(|l| kind(l)).collect();
    let shapes: Vec<lines::Shape> = texts.iter().map(|t| lines::shape(t)).collect();
    let (start, end) = body_bounds(&texts, &kinds, &shapes)?;
    let title = pick_title(&texts, &kinds, &shapes, start);

    // body: text lines between start and end, without repeated headlines and headline lists
    let mut keep: Vec<usize> = (start..=end).filter(|&i| kinds[i] == Kind::Text).collect();
    if let Some(t) = &title {
        // strip_site_suffix returns a prefix of the trimmed line: only a line that starts with
        // the title can come out as the title
        keep.retain(|&i| {
            texts[i] != *t
                && (!texts[i].trim_start().starts_with(t.as_str())
                    || meta::strip_site_suffix(&texts[i]) != t)
        });
    }
    // a run of headline-shaped lines is a list of other stories; list items keep their bullets
    let prose: Vec<bool> = keep
        .iter()
        .map(|&i| {
            let (t, s) = (&texts[i], shapes[i]);
            lines::is_prose(t, &s) || !lines::is_headline(t, &s) || lines::is_list_item(t)
        })
        .collect();
    let mut drop = vec![false; keep.len()];
    let mut k = 0;
    while k < keep.len() {
        let run = prose[k..].iter().take_while(|p| !**p).count();
        if run >= 3 {
            drop[k..k + run].iter_mut().for_each(|d| *d = true);
        }
        k += run.max(1);
    }
    let mut paras: Vec<String> = keep
        .iter()
        .zip(&drop)
        .filter(|(_, d)| !**d)
        .map(|(&i, _)| texts[i].clone())
        .collect();

    let line = paras
        .first()
        .and_then(|p| dateline::find(p).map(|d| (d, p.clone())));
    let mut dl_agency = None;
    let mut dl_date = None;
    if let Some((d, p)) = line {
        paras[0] = p[d.len..].trim().to_string();
        dl_agency = d.agency.and_then(|a| meta::clean_outlet(&a));
        dl_date = d.full.or_else(|| {
            let (m, day) = d.month_day?;
            page_dates
                .iter()
                .find(|s| s.month == m && s.day == day)
                .map(|s| Stamp { time: None, ..*s })
        });
    }
    paras.retain(|p| !p.is_empty());
    // a paragraph the page repeats on the next line is kept once
    paras.dedup();
    if paras.is_empty() {
        return None;
    }

    // metadata: the header (before the body) first, then the tail (after it)
    let metas = |range: std::ops::Range<usize>| -> Vec<(usize, meta::Meta)> {
        range
            .filter_map(|i| match &kinds[i] {
                Kind::Meta(m) => Some((i, m.clone())),
                _ => None,
            })
            .collect()
    };
    let head = metas(0..start);
    let tail = metas(end + 1..texts.len());
    // the first publication date above the body; an update date only when there is no other
    let head_date = head
        .iter()
        .filter_map(|(i, m)| m.published.map(|d| ((m.updated, *i), d)))
        .chain(
            prefixed
                .iter()
                .filter(|(i, _)| *i <= start)
                .map(|(i, d)| ((false, *i), *d)),
        );
    let published = head_date
        .min_by_key(|(k, _)| *k)
        .map(|(_, d)| d)
        .or_else(|| tail.iter().find_map(|(_, m)| m.published))
        .or(dl_date)
        .or_else(|| prefixed.first().map(|(_, d)| *d));
    let tail_line = (end + 1..texts.len())
        .take_while(|&i| kinds[i] != Kind::End)
        .filter(|&i| kinds[i] == Kind::Text)
        .find_map(|i| meta::outlet_line(&texts[i]));
    let outlet = head
        .iter()
        .find_map(|(_, m)| m.outlet.clone())
        .or(dl_agency)
        .or_else(|| tail.iter().find_map(|(_, m)| m.outlet.clone()))
        .or(tail_line)
        .or_else(|| paras.last().and_then(|p| signed_off(p)));

    Some(Story {
        title,
        published: published.map(|d| d.iso()),
        outlet,
        body: paras.join("\n\n"),
    })
}
