//! The JSON API, one module per resource. Every handler answers JSON; errors are
//! `{message, code}` from [`crate::error`].

pub mod articles;
pub mod entities;
pub mod events;
pub mod openapi;
pub mod search;

use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::routing::{get, post};
use axum::{Json, Router};
use corridor_model::{EntityType, EventType};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{ApiError, AppState};

/// The API routes (`/api/...`).
pub fn routes(state: AppState) -> Router<AppState> {
    let writes = Router::new()
        .route("/api/articles", post(articles::create))
        .route_layer(axum::middleware::from_fn_with_state(
            state,
            crate::auth::require_token,
        ));
    Router::new()
        .route("/api/health", get(health))
        .route("/api/stats", get(stats))
        .route("/api/search", get(search::search))
        .route("/api/articles", get(articles::list))
        .route("/api/articles/{id}", get(articles::get_one))
        .route("/api/entities", get(entities::list))
        .route("/api/entities/{id}", get(entities::get_one))
        .route("/api/events", get(events::list))
        .route("/api/network", get(events::network))
        .route("/api/places", get(events::places))
        .route("/api/openapi.json", get(openapi::spec))
        .merge(writes)
}

/// The answer of `GET /api/health`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Health {
    /// Always `ok` when the server answers.
    pub status: String,
    /// The server's version.
    pub version: String,
}

/// Whether the server is up.
#[utoipa::path(get, path = "/api/health", responses((status = 200, body = Health)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
}

/// Counts of the knowledge base.
#[utoipa::path(get, path = "/api/stats", responses((status = 200, description = "counts, as `corridor stats --json`")))]
pub async fn stats(
    state: axum::extract::State<AppState>,
) -> Result<Json<corridor_store::Stats>, ApiError> {
    Ok(Json(state.store(|s| s.stats()).await?))
}

/// A query string extractor whose rejection is an [`ApiError`] (400 `bad_request`).
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Query(t) = Query::<T>::from_request_parts(parts, state).await?;
        Ok(ApiQuery(t))
    }
}

/// Parses an optional numeric parameter; empty counts as absent.
pub fn number(name: &str, v: Option<&str>) -> Result<Option<usize>, ApiError> {
    match v.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|_| {
            ApiError::BadRequest(format!("{name} must be a non-negative integer, got {s:?}"))
        }),
    }
}

/// Parses a resource id from the path.
pub fn id(what: &str, raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .map_err(|_| ApiError::BadRequest(format!("{what} id must be an integer, got {raw:?}")))
}

/// Parses an entity type name (`person`, `organization`, ...); empty counts as absent.
pub fn entity_type(v: Option<&str>) -> Result<Option<EntityType>, ApiError> {
    let Some(s) = v.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase())).map(Some).map_err(|_| {
        ApiError::BadRequest(format!(
            "unknown entity type {s:?} (one of person, organization, country, place, initiative, project, event_name)"
        ))
    })
}

/// Parses an event type name (`visit`, `meeting`, ...); empty counts as absent.
pub fn event_type(v: Option<&str>) -> Result<Option<EventType>, ApiError> {
    let Some(s) = v.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase()))
        .map(Some)
        .map_err(|_| {
            ApiError::BadRequest(format!(
                "unknown event type {s:?} (one of visit, meeting, conference, agreement, launch)"
            ))
        })
}

/// Checks an ISO date prefix (`2024`, `2024-03`, `2024-03-30`); empty counts as absent.
pub fn date_prefix(name: &str, v: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(s) = v.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    };
    if ok {
        Ok(Some(s.to_string()))
    } else {
        Err(ApiError::BadRequest(format!(
            "{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {s:?}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameter_parsers_case_table() {
        assert_eq!(number("limit", Some("20")).unwrap(), Some(20));
        assert_eq!(number("limit", Some(" ")).unwrap(), None);
        assert!(number("limit", Some("-1")).is_err());
        assert!(number("limit", Some("ten")).is_err());
        assert_eq!(
            entity_type(Some("Person")).unwrap(),
            Some(EntityType::Person)
        );
        assert_eq!(entity_type(Some("")).unwrap(), None);
        assert!(entity_type(Some("planet")).is_err());
        assert_eq!(event_type(Some("visit")).unwrap(), Some(EventType::Visit));
        assert!(event_type(Some("party")).is_err());
        for ok in ["2024", "2024-03", "2024-03-30"] {
            assert_eq!(date_prefix("from", Some(ok)).unwrap().as_deref(), Some(ok));
        }
        for bad in ["24", "2024-3", "2024/03/30", "march", "2024-03-30T10"] {
            assert!(date_prefix("from", Some(bad)).is_err(), "{bad}");
        }
        assert!(id("article", "12").is_ok() && id("article", "x").is_err());
    }
}
