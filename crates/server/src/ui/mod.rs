//! The web UI: server-rendered pages (minijinja templates embedded with `include_str!`,
//! autoescaping on for every `.html` template, so text from articles always renders as text)
//! plus one stylesheet and one script, served from the binary; nothing is fetched elsewhere.

pub mod highlight;
pub mod map;
mod pages;

use std::sync::OnceLock;

use axum::http::{header, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use minijinja::Environment;
use serde::Serialize;

use crate::{ApiError, AppState};

const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../assets/templates/base.html"),
    ),
    (
        "search.html",
        include_str!("../../assets/templates/search.html"),
    ),
    (
        "article.html",
        include_str!("../../assets/templates/article.html"),
    ),
    (
        "entities.html",
        include_str!("../../assets/templates/entities.html"),
    ),
    (
        "entity.html",
        include_str!("../../assets/templates/entity.html"),
    ),
    (
        "events.html",
        include_str!("../../assets/templates/events.html"),
    ),
    (
        "network.html",
        include_str!("../../assets/templates/network.html"),
    ),
    ("map.html", include_str!("../../assets/templates/map.html")),
    (
        "error.html",
        include_str!("../../assets/templates/error.html"),
    ),
];

const APP_CSS: &str = include_str!("../../assets/static/app.css");
const NETWORK_JS: &str = include_str!("../../assets/static/network.js");

/// The UI routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::search))
        .route("/articles/{id}", get(pages::article))
        .route("/entities", get(pages::entities))
        .route("/entities/{id}", get(pages::entity))
        .route("/events", get(pages::events))
        .route("/network", get(pages::network))
        .route("/map", get(pages::map))
        .route(
            "/static/app.css",
            get(|| async { asset("text/css; charset=utf-8", APP_CSS) }),
        )
        .route(
            "/static/network.js",
            get(|| async { asset("text/javascript; charset=utf-8", NETWORK_JS) }),
        )
}

fn asset(mime: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response()
}

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, src) in TEMPLATES {
            // The templates are part of the binary and covered by tests: a syntax error is a bug.
            env.add_template(name, src)
                .expect("embedded template parses");
        }
        env.add_global("version", env!("CARGO_PKG_VERSION"));
        env
    })
}

/// Renders an embedded template with `ctx`.
pub fn render<S: Serialize>(name: &str, ctx: S) -> Result<Html<String>, UiError> {
    let tmpl = env()
        .get_template(name)
        .map_err(|e| UiError(ApiError::Internal(format!("template {name}: {e}"))))?;
    tmpl.render(ctx)
        .map(Html)
        .map_err(|e| UiError(ApiError::Internal(format!("template {name}: {e:#}"))))
}

/// An error shown as an HTML page with the status of the error table.
#[derive(Debug)]
pub struct UiError(pub ApiError);

impl From<ApiError> for UiError {
    fn from(e: ApiError) -> Self {
        UiError(e)
    }
}

impl IntoResponse for UiError {
    fn into_response(self) -> Response {
        let (status, _) = self.0.status_code();
        if let ApiError::Internal(detail) = &self.0 {
            tracing::error!(%detail, "internal error");
        }
        let ctx = minijinja::context! { status => status.as_u16(), message => self.0.to_string() };
        match env().get_template("error.html").and_then(|t| t.render(ctx)) {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, self.0.to_string()).into_response(),
        }
    }
}

/// The fallback: JSON 404 under `/api`, an HTML page elsewhere.
pub async fn not_found(uri: Uri) -> Response {
    let err = ApiError::NotFound {
        what: format!("path {}", uri.path()),
    };
    if uri.path().starts_with("/api/") || uri.path() == "/api" {
        err.into_response()
    } else {
        UiError(err).into_response()
    }
}

/// Keeps a URL for a link only when it is http(s) (no `javascript:` links from articles).
pub fn safe_url(url: Option<&str>) -> Option<String> {
    let u = url?.trim();
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then(|| u.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_escapes() {
        for (name, _) in TEMPLATES {
            assert!(env().get_template(name).is_ok(), "{name}");
        }
        let html = render(
            "error.html",
            minijinja::context! { status => 404, message => "<script>alert(1)</script>" },
        )
        .unwrap();
        assert!(
            html.0
                .contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
            "{}",
            html.0
        );
        assert!(!html.0.contains("<script>alert"));
    }

    #[test]
    fn only_http_urls_become_links() {
        assert_eq!(
            safe_url(Some(" https://example.org/a ")).as_deref(),
            Some("https://example.org/a")
        );
        assert_eq!(safe_url(Some("javascript:alert(1)")), None);
        assert_eq!(safe_url(Some("JaVaScRiPt:alert(1)")), None);
        assert_eq!(safe_url(None), None);
    }
}
