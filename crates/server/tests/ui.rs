//! The HTML pages: they render, link, highlight, and escape whatever an article contains.

mod common;

use axum::http::StatusCode;
use common::{get_text, App};

#[tokio::test]
async fn pages_render() {
    let app = App::seeded(None);
    for path in [
        "/",
        "/?q=railway",
        "/entities",
        "/entities?type=person&q=som",
        "/events",
        "/events?type=meeting",
        "/network",
        "/map",
    ] {
        let (s, html) = get_text(&app, path).await;
        assert_eq!(s, StatusCode::OK, "{path}: {html}");
        assert!(html.starts_with("<!doctype html>"), "{path}");
    }
    let (_, html) = get_text(&app, "/?q=railway").await;
    assert!(html.contains("Lao and Chinese officials meet on railway"));
    assert!(html.contains("<mark>"), "search terms are highlighted");
    let (_, html) = get_text(&app, "/map").await;
    assert!(
        html.contains("Vientiane") && html.contains("<circle"),
        "geocoded place is plotted"
    );
    let (_, css) = get_text(&app, "/static/app.css").await;
    assert!(css.contains(".ent-person"));
    let (s, js) = get_text(&app, "/static/network.js").await;
    assert_eq!(s, StatusCode::OK);
    assert!(js.contains("network-data"));
}

#[tokio::test]
async fn article_page_marks_every_fact() {
    let app = App::seeded(None);
    let (s, html) = get_text(&app, &format!("/articles/{}", app.ids[0])).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        html.contains(
            r#"<mark class="ent ent-person" title="person: Somsak Vongsa">Somsak Vongsa</mark>"#
        ),
        "{html}"
    );
    assert!(html.contains(r#"class="ent ent-place" title="place: Vientiane @ 17.97, 102.60""#));
    assert!(
        html.contains("Lao People&#x27;s Democratic Republic"),
        "apostrophes are escaped"
    );
}

#[tokio::test]
async fn article_text_with_a_script_tag_renders_as_text() {
    let app = App::seeded(None);
    let (s, html) = get_text(&app, &format!("/articles/{}", app.ids[1])).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        !html.contains("<script>alert"),
        "script from an article must not become markup"
    );
    assert!(
        html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2f;script&gt;"),
        "{html}"
    );
    let (_, html) = get_text(&app, "/?q=alert").await;
    assert!(!html.contains("<script>alert"));
    let (_, html) = get_text(&app, "/?q=%3Cscript%3Ealert(1)%3C/script%3E").await;
    assert!(
        !html.contains("<script>alert(1)"),
        "the query is escaped too"
    );
}

#[tokio::test]
async fn missing_pages_are_html_404() {
    let app = App::seeded(None);
    for path in ["/articles/99999", "/entities/99999", "/no/such/page"] {
        let (s, html) = get_text(&app, path).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
        assert!(html.contains("not found"), "{path}");
    }
    let (s, html) = get_text(&app, "/events?from=soon").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(html.contains("ISO date"));
}
