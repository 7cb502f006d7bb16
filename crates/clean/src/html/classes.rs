//! What an element's tag and `class`/`id` words say about it, for the fast main-text path:
//! whether it is boilerplate to leave out ([`pruned`]) and how much it is worth as the article's
//! container ([`prior`]). The word lists follow readability's (Arc90, Mozilla readability.js).

use std::sync::LazyLock;

use regex::Regex;

/// Class and id words (readability's "unlikely candidates", plus a few) of containers that hold
/// no article text. A word matches a segment of a class or id that starts with it
/// ("comments", "sidebar" in "left-sidebar", "menu" in "mainMenu").
const UNLIKELY: &[&str] = &[
    "ad",
    "advert",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "newsletter",
    "share",
    "sharing",
    "subscribe",
    "cookie",
    "promo",
    "outbrain",
    "taboola",
    "masthead",
    "navbar",
    "excerpt",
    "teaser",
];

/// Class and id words that keep a container even when [`UNLIKELY`] matches too.
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "text",
];

/// The segments of `class`/`id` words, lowercased: split at spaces, `-`, `_` and lower-to-upper
/// case changes ("PageBuilder-pageRow" becomes page, builder, page, row).
fn segments(words: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in words.chars() {
        let sep = c.is_whitespace() || c == '-' || c == '_';
        if (sep || (prev_lower && c.is_uppercase())) && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        if !sep {
            cur.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Whether a segment of [`segments`] is one of `list`'s words or starts with one; a word of
/// three letters or fewer ("ad", "rss") must be the whole segment, or it with an "s"
/// ("ads"), so that "address" names no ad.
fn names(segs: &[String], list: &[&str]) -> bool {
    segs.iter().any(|s| {
        list.iter().any(|w| {
            if w.len() <= 3 {
                s == w || s.strip_suffix('s') == Some(w)
            } else {
                s.starts_with(w)
            }
        })
    })
}

/// Class and id words that raise a container's score.
static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
    )
    .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
});

/// Class and id words that lower a container's score.
static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption")
        .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
});

/// The prior of a container from its tag and its `class`/`id` words.
pub(super) fn prior(el: &scraper::node::Element) -> f64 {
    let tag = match el.name() {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let mut class = 0.0;
    for v in [el.attr("class"), el.attr("id")].into_iter().flatten() {
        if NEGATIVE.is_match(v) {
            class -= 25.0;
        }
        if POSITIVE.is_match(v) {
            class += 25.0;
        }
    }
    if el
        .attr("itemprop")
        .is_some_and(|p| p.contains("articleBody"))
    {
        class += 25.0;
    }
    tag + class
}

/// Whether an element and everything under it is left out of the main text.
///
/// With `by_class` off only tags and hidden elements are left out, not `class`/`id` words
/// (readability's second attempt, for pages whose whole layout carries such a word).
pub(super) fn pruned(el: &scraper::node::Element, by_class: bool) -> bool {
    const TAGS: &[&str] = &[
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "button",
        "select",
        "option",
        "iframe",
        "object",
        "nav",
        "aside",
        "footer",
        "menu",
        "dialog",
        "textarea",
        "input",
        "head",
        "figure",
        "figcaption",
        "picture",
    ];
    if TAGS.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    if el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if el.attr("style").is_some_and(|s| {
        let s = s.replace(' ', "").to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    }) {
        return true;
    }
    if !by_class || matches!(el.name(), "body" | "article" | "main" | "html") {
        return false;
    }
    let words = [el.attr("class"), el.attr("id"), el.attr("role")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if words.is_empty() {
        return false;
    }
    let segs = segments(&words);
    (names(&segs, UNLIKELY) && !names(&segs, MAYBE))
        || words.split_whitespace().any(furniture)
        || matches!(
            el.attr("role"),
            Some("navigation" | "complementary" | "dialog" | "menu")
        )
}

/// Whether one `class`/`id` word names page furniture around the story (a caption, a photo
/// credit, a gallery, a byline) rather than a container of it ("article-body", "story-text").
fn furniture(word: &str) -> bool {
    const FURNITURE: &[&str] = &[
        "caption",
        "credit",
        "gallery",
        "slideshow",
        "carousel",
        "byline",
        "author",
        "timestamp",
        "dateline",
        "copyright",
        "citation",
        "photo",
        "image",
        "video",
    ];
    const CONTAINER: &[&str] = &["body", "content", "text", "story", "main", "article"];
    let w = word.to_ascii_lowercase();
    let segments = || w.split(['-', '_']).filter(|s| !s.is_empty());
    segments().any(|s| FURNITURE.iter().any(|f| s.starts_with(f)))
        && !segments().any(|s| CONTAINER.iter().any(|c| s.starts_with(c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    #[test]
    fn segments_split_at_separators_and_case_changes() {
        let cases: &[(&str, &[&str])] = &[
            ("PageBuilder-pageRow", &["page", "builder", "page", "row"]),
            ("left-sidebar main_col", &["left", "sidebar", "main", "col"]),
            ("mainMenu", &["main", "menu"]),
            ("h2Title", &["h2", "title"]),
            ("", &[]),
        ];
        for (words, want) in cases {
            assert_eq!(segments(words), *want, "{words}");
        }
    }

    #[test]
    fn furniture_words_cases() {
        let cases = [
            ("wp-caption", true),
            ("photo-credit", true),
            ("article-image", false),
            ("story-body", false),
            ("player-2020-580", false),
            ("subcaption", false),
            ("gallery__item", true),
        ];
        for (word, want) in cases {
            assert_eq!(furniture(word), want, "{word}");
        }
    }

    /// `pruned` of the first `<div>` of `html`, with class rules on.
    fn div_pruned(html: &str) -> bool {
        let doc = Html::parse_fragment(html);
        let sel = Selector::parse("div").unwrap();
        let el = doc.select(&sel).next().unwrap();
        pruned(el.value(), true)
    }

    #[test]
    fn pruned_cases() {
        let cases = [
            (r#"<div class="comments-list">x</div>"#, true),
            (r#"<div id="sidebar">x</div>"#, true),
            (r#"<div class="sidebar-and-main">x</div>"#, false),
            (r#"<div class="PageBuilder-pageRow">x</div>"#, false),
            (r#"<div class="content">x</div>"#, false),
            (r#"<div role="navigation">x</div>"#, true),
            (r#"<div style="display: none">x</div>"#, true),
            (r#"<div aria-hidden="true">x</div>"#, true),
            (r#"<div class="advert-box">x</div>"#, true),
            (r#"<div class="address">x</div>"#, false),
        ];
        for (html, want) in cases {
            assert_eq!(div_pruned(html), want, "{html}");
        }
    }
}
