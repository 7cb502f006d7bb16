//! `GET /api/entities?q=&type=&limit=` and `GET /api/entities/{id}`.

use axum::extract::{Path, State};
use axum::Json;
use corridor_store::{EntityDetail, EntitySummary};
use serde::{Deserialize, Serialize};

use super::{entity_type, id, number, ApiQuery};
use crate::{ApiError, AppState};

/// Parameters of the entity listing.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct EntityParams {
    /// Substring of the name or an alias (case-insensitive; empty: all).
    pub q: Option<String>,
    /// `person`, `organization`, `country`, `place`, `initiative`, `project` or `event_name`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Page size (default 50).
    pub limit: Option<String>,
}

/// Matching entities, most articles first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EntityList {
    /// `{id, type, name, aliases, article_count, ...}` each.
    #[schema(value_type = Vec<Object>)]
    pub entities: Vec<EntitySummary>,
}

/// Runs a validated listing.
pub async fn find(state: &AppState, p: &EntityParams) -> Result<Vec<EntitySummary>, ApiError> {
    let kind = entity_type(p.kind.as_deref())?;
    let limit = state.clamp_limit(number("limit", p.limit.as_deref())?, 50);
    let q: String =
        p.q.as_deref()
            .unwrap_or("")
            .trim()
            .chars()
            .take(200)
            .collect();
    state.store(move |s| s.entities(&q, kind, limit)).await
}

/// Lists entities.
#[utoipa::path(get, path = "/api/entities", params(EntityParams), responses(
    (status = 200, body = EntityList), (status = 400, body = crate::error::ErrorBody),
))]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<EntityParams>,
) -> Result<Json<EntityList>, ApiError> {
    Ok(Json(EntityList {
        entities: find(&state, &p).await?,
    }))
}

/// Fetches one entity by id.
pub async fn fetch(state: &AppState, raw_id: &str) -> Result<EntityDetail, ApiError> {
    let id = id("entity", raw_id)?;
    state
        .store(move |s| s.entity(id))
        .await?
        .ok_or(ApiError::NotFound {
            what: format!("entity {id}"),
        })
}

/// One entity: roles timeline, events, articles and co-occurring entities.
#[utoipa::path(get, path = "/api/entities/{id}", params(("id" = i64, Path, description = "entity id")), responses(
    (status = 200, description = "the entity with roles, events, articles and cooccurring"),
    (status = 404, body = crate::error::ErrorBody),
))]
pub async fn get_one(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<EntityDetail>, ApiError> {
    Ok(Json(fetch(&state, &raw).await?))
}
