//! Golden tests over hand-written pages in `tests/html_fixtures` (each says in its header what it
//! must yield): boilerplate removed, title suffix stripped, dates from meta/JSON-LD/`<time>`/a
//! dateline, outlet, canonical URL, and a navigation-only page rejected.

use corridor_clean::html::extract;
use corridor_model::Article;

fn page(name: &str) -> Article {
    let path = format!("{}/tests/html_fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(&path).unwrap();
    extract(&path, &html).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn paragraphs(a: &Article) -> Vec<&str> {
    a.body.split("\n\n").collect()
}

#[test]
fn meta_tags_page() {
    let a = page("meta_tags.html");
    assert_eq!(
        a.title.as_deref(),
        Some("Rail link opens between river towns")
    );
    assert_eq!(a.published.as_deref(), Some("2023-07-09T08:15"));
    assert_eq!(a.outlet.as_deref(), Some("Valley Courier"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://courier.example.org/2023/07/rail-link-opens")
    );
    let p = paragraphs(&a);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(p[0].starts_with("The first passenger train"));
    assert!(p[3].ends_with("the operator said in a statement."));
    for junk in [
        "Share on",
        "Subscribe",
        "newsletter",
        "Related stories",
        "Bridge repairs",
        "All rights reserved",
        "Contact us",
        "Hidden tooltip",
    ] {
        assert!(
            !a.body.contains(junk),
            "boilerplate {junk:?} left in body: {}",
            a.body
        );
    }
}

#[test]
fn json_ld_page() {
    let a = page("json_ld.html");
    assert_eq!(a.title.as_deref(), Some("Ministers sign port accord"));
    assert_eq!(a.published.as_deref(), Some("2024-03-30"));
    assert_eq!(a.outlet.as_deref(), Some("Harbour Daily"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://harbour.example.com/news/port-accord")
    );
    assert!(a
        .body
        .contains("Transport ministers from three coastal states"));
    assert!(a.body.contains("tested before it becomes mandatory."));
    assert!(!a.body.contains("Trade"), "menu left in body: {}", a.body);
}

#[test]
fn time_element_page() {
    let a = page("time_element.html");
    assert_eq!(
        a.title.as_deref(),
        Some("Orchard growers try drip irrigation")
    );
    assert_eq!(a.published.as_deref(), Some("2022-11-05T14:30"));
    assert_eq!(a.outlet.as_deref(), Some("Green Acres"));
    assert_eq!(a.url, None);
    assert!(a.body.contains("forty percent less water"));
    assert!(!a.body.contains("Advertise"));
}

#[test]
fn dateline_page() {
    let a = page("dateline.html");
    assert_eq!(
        a.title.as_deref(),
        Some("Library reopens after flood repairs")
    );
    assert_eq!(a.published.as_deref(), Some("2021-05-12"));
    assert!(a.body.starts_with("The town library opened"), "{}", a.body);
    assert!(!a.body.contains("Archives"));
}

#[test]
fn navigation_only_page_is_rejected() {
    let path = format!(
        "{}/tests/html_fixtures/nav_only.html",
        env!("CARGO_MANIFEST_DIR")
    );
    let html = std::fs::read_to_string(&path).unwrap();
    let err = extract(&path, &html).expect_err("a page of menus is not an article");
    assert!(!err.is_empty());
}

#[test]
fn empty_and_broken_markup_do_not_panic() {
    for html in [
        "",
        "<",
        "<html><body></body></html>",
        "<p>unclosed <b>tags <i>everywhere",
        "\u{0}\u{feff}<<>>",
    ] {
        assert!(
            extract("x.html", html).is_err(),
            "{html:?} yielded an article"
        );
    }
}
