//! `GET /api/events?type=&from=&to=&entity=`, `GET /api/network` (who met whom) and
//! `GET /api/places` (places with coordinates).

use axum::extract::State;
use axum::Json;
use corridor_store::{EventFilter, Network, NetworkFilter, Place, StoredEvent};
use serde::{Deserialize, Serialize};

use super::{date_prefix, event_type, id, number, ApiQuery};
use crate::{ApiError, AppState};

/// Parameters of the event listing.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct EventParams {
    /// `visit`, `meeting`, `conference`, `agreement` or `launch`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Earliest start (ISO date prefix: `2024`, `2024-03`, `2024-03-30`).
    pub from: Option<String>,
    /// Latest start (ISO date prefix).
    pub to: Option<String>,
    /// Only events of this entity id.
    pub entity: Option<String>,
    /// Page size (default 100).
    pub limit: Option<String>,
    /// Events to skip.
    pub offset: Option<String>,
}

/// Matching events, by start date.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EventList {
    /// The events.
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<StoredEvent>,
}

/// Validates the parameters into a store filter.
pub fn filter(state: &AppState, p: &EventParams) -> Result<EventFilter, ApiError> {
    let entity = match p.entity.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(id("entity", s)?),
        None => None,
    };
    Ok(EventFilter {
        kind: event_type(p.kind.as_deref())?,
        from: date_prefix("from", p.from.as_deref())?,
        to: date_prefix("to", p.to.as_deref())?,
        entity,
        limit: state.clamp_limit(number("limit", p.limit.as_deref())?, 100),
        offset: number("offset", p.offset.as_deref())?.unwrap_or(0),
    })
}

/// Lists events.
#[utoipa::path(get, path = "/api/events", params(EventParams), responses(
    (status = 200, body = EventList), (status = 400, body = crate::error::ErrorBody),
))]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<EventParams>,
) -> Result<Json<EventList>, ApiError> {
    let f = filter(&state, &p)?;
    Ok(Json(EventList {
        events: state.store(move |s| s.events(&f)).await?,
    }))
}

/// Parameters of the network.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct NetworkParams {
    /// Only edges touching this entity id.
    pub entity: Option<String>,
    /// Only edges of at least this weight.
    pub min_weight: Option<String>,
    /// At most this many edges (default 300).
    pub limit: Option<String>,
}

/// Validates the parameters into a store filter.
pub fn network_filter(p: &NetworkParams) -> Result<NetworkFilter, ApiError> {
    let entity = match p.entity.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(id("entity", s)?),
        None => None,
    };
    Ok(NetworkFilter {
        kinds: Vec::new(),
        entity,
        min_weight: number("min_weight", p.min_weight.as_deref())?.unwrap_or(0),
        limit: number("limit", p.limit.as_deref())?
            .unwrap_or(300)
            .clamp(1, 2000),
    })
}

/// Who met whom: entities co-participating in meeting and visit events.
#[utoipa::path(get, path = "/api/network", params(NetworkParams), responses(
    (status = 200, description = "`{nodes: [entity], edges: [{source, target, weight}]}`"),
))]
pub async fn network(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<NetworkParams>,
) -> Result<Json<Network>, ApiError> {
    let f = network_filter(&p)?;
    Ok(Json(state.store(move |s| s.network(&f)).await?))
}

/// Parameters of the places listing.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct PlaceParams {
    /// At most this many (default 500).
    pub limit: Option<String>,
}

/// Places with coordinates.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PlaceList {
    /// `{id, type, name, lat, lon, article_count, event_count}` each.
    #[schema(value_type = Vec<Object>)]
    pub places: Vec<Place>,
}

/// Places and countries with coordinates, most articles first.
#[utoipa::path(get, path = "/api/places", params(PlaceParams), responses((status = 200, body = PlaceList)))]
pub async fn places(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<PlaceParams>,
) -> Result<Json<PlaceList>, ApiError> {
    let limit = number("limit", p.limit.as_deref())?
        .unwrap_or(500)
        .clamp(1, 5000);
    Ok(Json(PlaceList {
        places: state.store(move |s| s.places(limit)).await?,
    }))
}
