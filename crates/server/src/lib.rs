//! The HTTP API and web UI over the corridor knowledge base.
//!
//! [`router`] builds the axum application over any [`Store`]: a JSON API under `/api`
//! ([`api`], one module per resource, errors from the one table in [`error`]) and
//! server-rendered HTML pages ([`ui`], templates and assets embedded in the binary, every value
//! from an article autoescaped). [`serve`] binds an address and runs it until Ctrl-C.
//!
//! Writes (`POST /api/articles`) need `Authorization: Bearer <token>` with the token of
//! [`ServerConfig::token`] (the `CORRIDOR_TOKEN` environment variable in `corridor serve`); with
//! no token configured they are refused with 403. Bodies are bounded
//! ([`ServerConfig::body_limit`], 413 beyond), list sizes clamped, store calls timed out.
//!
//! ```no_run
//! # async fn run(store: std::sync::Arc<dyn corridor_store::Store>) -> Result<(), corridor_server::ServeError> {
//! let config = corridor_server::ServerConfig::default();
//! corridor_server::serve(store, "127.0.0.1:8080".parse().unwrap(), config).await
//! # }
//! ```
#![deny(missing_docs)]

pub mod api;
mod auth;
pub mod error;
mod state;
pub mod ui;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::Router;
use corridor_store::Store;

pub use error::ApiError;
pub use state::AppState;

/// Settings of the server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Bearer token that authorizes writes; `None` disables writes (403).
    pub token: Option<String>,
    /// Largest accepted request body in bytes (413 beyond).
    pub body_limit: usize,
    /// Longest time a request may take, store call included.
    pub timeout: Duration,
    /// Largest page size a list endpoint returns, whatever `limit` asks.
    pub max_limit: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            token: None,
            body_limit: 2 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            max_limit: 200,
        }
    }
}

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The reason.
        source: std::io::Error,
    },
    /// The server failed while running.
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

/// The whole application (API and UI) over `store`.
pub fn router(store: Arc<dyn Store>, config: ServerConfig) -> Router {
    router_with_state(AppState::new(store, config))
}

/// The application over a prepared state (tests use it to share the state).
pub fn router_with_state(state: AppState) -> Router {
    let limit = state.config().body_limit;
    let timeout = state.config().timeout;
    Router::new()
        .merge(api::routes(state.clone()))
        .merge(ui::routes())
        .fallback(ui::not_found)
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::middleware::from_fn(move |req, next| {
            within(timeout + Duration::from_secs(1), req, next)
        }))
        .with_state(state)
}

/// The overall bound on a request: past `limit` it is answered with the API's own JSON error
/// (`{"message", "code": "timeout"}`, 503), like a store call that overruns.
async fn within(
    limit: Duration,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let started = std::time::Instant::now();
    let resp = match tokio::time::timeout(limit, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => ApiError::Timeout {
            secs: limit.as_secs().max(1),
        }
        .into_response(),
    };
    tracing::info!(
        target: "corridor_server::access",
        %method,
        %path,
        status = resp.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    resp
}

/// Serves the application on `addr` until Ctrl-C (or SIGTERM).
pub async fn serve(
    store: Arc<dyn Store>,
    addr: SocketAddr,
    config: ServerConfig,
) -> Result<(), ServeError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })?;
    serve_on(listener, router(store, config)).await
}

/// Serves `app` on an already bound listener until Ctrl-C (or SIGTERM).
pub async fn serve_on(listener: tokio::net::TcpListener, app: Router) -> Result<(), ServeError> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use axum::routing::get;
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_request_past_the_overall_bound_gets_the_json_timeout_error() {
        let app: Router = Router::new()
            .route(
                "/slow",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    "late"
                }),
            )
            .route("/fast", get(|| async { "ok" }))
            .layer(axum::middleware::from_fn(|req, next| {
                within(Duration::from_millis(50), req, next)
            }));
        let slow = app
            .clone()
            .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(slow.status(), StatusCode::SERVICE_UNAVAILABLE);
        let bytes = axum::body::to_bytes(slow.into_body(), 1 << 16)
            .await
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["code"], "timeout");
        assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()));
        let fast = app
            .oneshot(Request::get("/fast").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(fast.status(), StatusCode::OK);
    }
}
