//! Main text and metadata of HTML pages.
//!
//! [`extract`] reads one page into an [`Article`]:
//! - **body**: the page is parsed once; the fast path ([`fast`], readability's scoring over that
//!   DOM) chooses the article's blocks, and only when its result fails a quality check (too
//!   short, too many links, much prose outside the chosen container) does
//!   [trafilatura](https://crates.io/crates/trafilatura) (a port of go-trafilatura, with its
//!   readability and jusText fallbacks on; it parses the page again) choose them instead.
//!   [`body`] then drops a heading that repeats the headline, bylines and trailing lists of
//!   other stories, and rejects pages that hold no paragraph of prose (navigation only);
//! - **title**: an `<h1>` that agrees with `<title>`/`og:title`, else `og:title`, JSON-LD
//!   `headline` or `<title>`, without the site name ([`title`]);
//! - **published**: `article:published_time` and other meta tags, JSON-LD `datePublished`,
//!   `itemprop`, `<time>`, then trafilatura's date scan (run alone on a fast-path page that
//!   states no date), then a visible dateline ([`date`]);
//! - **outlet**: `og:site_name`, JSON-LD publisher, `application-name`, a site suffix of `<title>`;
//! - **url**: `<link rel=canonical>`, else `og:url`, made absolute.
//!
//! ```
//! let page = r#"<html><head><title>Two ports link up | Harbour Times</title>
//!   <meta property="og:site_name" content="Harbour Times">
//!   <meta property="article:published_time" content="2024-03-30T12:36:00+08:00"></head>
//!   <body><nav><a href="/">Home</a> <a href="/trade">Trade</a></nav>
//!   <article><h1>Two ports link up</h1>
//!   <p>Two ports signed an agreement on Saturday to run a weekly container service between them,
//!   starting in May, their operators said in a joint statement.</p>
//!   <p>The service will call at both ports every Tuesday and carry up to 900 containers a trip.</p>
//!   </article></body></html>"#;
//! let a = corridor_clean::html::extract("page.html", page).unwrap();
//! assert_eq!(a.title.as_deref(), Some("Two ports link up"));
//! assert_eq!(a.published.as_deref(), Some("2024-03-30T12:36"));
//! assert_eq!(a.outlet.as_deref(), Some("Harbour Times"));
//! assert!(a.body.starts_with("Two ports signed"));
//! ```

pub mod body;
mod classes;
pub mod date;
pub mod fast;
pub mod meta;
mod structure;
pub mod title;

use corridor_model::Article;
use scraper::{Html, Selector};

use meta::{squash, PageMeta};

/// What trafilatura says about the page besides its text: the date its heuristic scan finds
/// and the site name.
#[derive(Default)]
struct TrafMeta {
    date: Option<String>,
    sitename: String,
}

impl TrafMeta {
    fn from(m: trafilatura::Metadata) -> TrafMeta {
        TrafMeta {
            date: m.date.map(|d| d.format("%Y-%m-%d").to_string()),
            sitename: m.sitename,
        }
    }
}

/// What the main-text extractor found: the content's blocks, and trafilatura's metadata when
/// trafilatura ran.
struct Found {
    blocks: Vec<body::Block>,
    traf: Option<TrafMeta>,
}

fn trafilatura_options(focus: trafilatura::ExtractionFocus) -> trafilatura::Options {
    trafilatura::Options::default()
        .with_fallback(true)
        .with_focus(focus)
}

/// Runs trafilatura; a panic inside it becomes an error, never a crash.
fn run_trafilatura(html: &str, focus: trafilatura::ExtractionFocus) -> Result<Found, String> {
    let opts = trafilatura_options(focus);
    let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        trafilatura::extract(html, &opts)
    }));
    match res {
        Ok(Ok(r)) => Ok(Found {
            blocks: body::blocks(&r.content_html),
            traf: Some(TrafMeta::from(r.metadata)),
        }),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("the main-text extractor failed on this page".into()),
    }
}

/// Trafilatura's metadata alone (one more parse, no main-text extraction), for a page the fast
/// path read whose markup states no publication date or no outlet: the same fallbacks as when
/// trafilatura extracts the text. A panic inside it yields nothing.
fn trafilatura_metadata(html: &str) -> TrafMeta {
    let opts = trafilatura_options(trafilatura::ExtractionFocus::Balanced);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let doc = trafilatura::dom::Document::parse(html);
        TrafMeta::from(trafilatura::metadata::extract_metadata(&doc, &opts))
    }))
    .unwrap_or_default()
}

/// The page's canonical URL: `<link rel=canonical>`, else `og:url`, resolved to an absolute
/// http(s) URL.
fn canonical_url(meta: &PageMeta) -> Option<String> {
    let og = meta
        .meta(&["og:url"])
        .and_then(|u| url::Url::parse(u).ok())
        .filter(|u| u.scheme().starts_with("http"));
    let canon = meta
        .canonical
        .as_deref()
        .and_then(|c| match url::Url::parse(c) {
            Ok(u) => Some(u),
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                og.as_ref().and_then(|base| base.join(c).ok())
            }
            Err(_) => None,
        });
    canon
        .filter(|u| u.scheme().starts_with("http"))
        .or(og)
        .map(String::from)
}

/// Host labels of the page's URL ("techcrunch" for `https://www.techcrunch.com/...`).
fn host_names(url: Option<&str>) -> Vec<String> {
    let Some(host) = url
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_string))
    else {
        return Vec::new();
    };
    let host = host.trim_start_matches("www.").to_string();
    let first = host.split('.').next().unwrap_or("").to_string();
    vec![host, first]
}

/// Text of elements that usually carry the date line (`.date`, `.byline`, `.meta`, ...).
fn date_line_text(doc: &Html) -> String {
    let Ok(sel) = Selector::parse(
        "[class*=date], [class*=Date], [class*=time], [class*=byline], [class*=posted], [class*=published], [id*=date], [class*=meta]",
    ) else {
        return String::new();
    };
    let mut out = String::new();
    for el in doc.select(&sel).take(40) {
        let t = squash(&el.text().collect::<String>());
        if !t.is_empty() && t.len() < 300 {
            out.push_str(&t);
            out.push_str(" \n ");
        }
    }
    out
}

/// Extracts the main article of an HTML page, or says why the page holds none.
///
/// The fast path ([`fast`]) runs first; trafilatura only when its result fails the quality check.
pub fn extract(source: &str, html: &str) -> Result<Article, String> {
    extract_with(source, html, MainText::Fast)
}

/// Which main-text extractor [`extract_with`] may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainText {
    /// The fast path, then trafilatura when the fast result fails its quality check.
    Fast,
    /// Trafilatura only (slower; for comparison and benchmarks).
    Trafilatura,
}

/// [`extract`] with a choice of main-text extractor.
pub fn extract_with(source: &str, html: &str, path: MainText) -> Result<Article, String> {
    let doc = Html::parse_document(html);
    let meta = PageMeta::read(&doc);
    let fast = match path {
        MainText::Fast => fast::accept(&doc),
        MainText::Trafilatura => Err("not asked for"),
    };
    let found = match fast {
        Ok(blocks) => Found { blocks, traf: None },
        Err(_) => match run_trafilatura(html, trafilatura::ExtractionFocus::Balanced) {
            Ok(f) => f,
            Err(_) => run_trafilatura(html, trafilatura::ExtractionFocus::FavorRecall)
                .map_err(|e| format!("main-text extraction failed: {e}"))?,
        },
    };
    let url = canonical_url(&meta);
    let stated_sites = title::site_names(&meta);
    let mut sites = stated_sites.clone();
    sites.extend(
        meta.meta(&["twitter:site"])
            .map(|s| s.trim_start_matches('@').to_string()),
    );
    sites.extend(host_names(url.as_deref()));
    let (title, guessed_site) = title::choose_title(&meta, &sites);

    let mut blocks = found.blocks;
    body::drop_headline(&mut blocks, title.as_deref());
    body::drop_leading_furniture(&mut blocks, title.as_deref());
    body::drop_trailing_related(&mut blocks);
    if let Some(reason) = body::not_article(&blocks) {
        return Err(reason);
    }
    let body = body::join(&blocks);

    let guessed: Vec<String> = guessed_site.into_iter().collect();
    let traf = found.traf.unwrap_or_else(|| {
        let needed = date::stated(&meta).is_none()
            || title::choose_outlet(&stated_sites, &guessed).is_none();
        if needed {
            trafilatura_metadata(html)
        } else {
            TrafMeta::default()
        }
    });
    let fallback_outlets: Vec<String> = guessed.into_iter().chain(Some(traf.sitename)).collect();
    let outlet = title::choose_outlet(&stated_sites, &fallback_outlets);
    let visible = format!("{}\n{}", date_line_text(&doc), body);
    let published = date::published(&meta, traf.date, &visible);
    Ok(Article {
        source: source.to_string(),
        url,
        title,
        published,
        outlet,
        language: None,
        body,
    })
}
