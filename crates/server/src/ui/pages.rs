//! The page handlers: each gathers from the store what its template shows.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::highlight::{segments, snippet_segments, Segment};
use super::{map as geo, render, safe_url, UiError};
use crate::api::entities::EntityParams;
use crate::api::events::{filter, network_filter, EventParams, NetworkParams};
use crate::api::search::{run, Search, SearchParams};
use crate::api::{articles, entities as ent_api, number, ApiQuery};
use crate::AppState;

const ENTITY_TYPES: &[&str] = &[
    "person",
    "organization",
    "country",
    "place",
    "initiative",
    "project",
    "event_name",
];
const EVENT_TYPES: &[&str] = &["visit", "meeting", "conference", "agreement", "launch"];

#[derive(Serialize)]
struct HitView {
    id: i64,
    title: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    segments: Vec<Segment>,
}

/// `/` and `/?q=`: search, or the latest articles.
pub async fn search(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<SearchParams>,
) -> Result<Html<String>, UiError> {
    let s = Search::from_params(&state, &p)?;
    if s.q.is_empty() {
        let recent = state.store(|st| st.articles(20, 0)).await?;
        return render(
            "search.html",
            json!({"nav": "search", "q": "", "recent": recent}),
        );
    }
    let res = run(&state, &s).await?;
    let hits: Vec<HitView> = res
        .hits
        .into_iter()
        .map(|h| HitView {
            id: h.id,
            segments: snippet_segments(&h.snippet, &h.highlights),
            title: h.title,
            published: h.published,
            outlet: h.outlet,
        })
        .collect();
    render(
        "search.html",
        json!({"nav": "search", "q": s.q, "total": res.total, "hits": hits, "offset": s.offset, "limit": s.limit}),
    )
}

/// `/articles/{id}`: the text with every extracted fact marked.
pub async fn article(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Html<String>, UiError> {
    let a = articles::fetch(&state, &raw).await?;
    let rec = &a.record;
    let kb = |local: &str| {
        a.entities
            .iter()
            .find(|e| e.local_id == local)
            .map(|e| e.entity.id)
    };
    let entities: Vec<Value> = rec
        .extraction
        .entities
        .iter()
        .map(|e| json!({"type": e.kind.as_str(), "name": e.name, "aliases": e.aliases, "kb_id": kb(&e.id)}))
        .collect();
    let mut art = serde_json::to_value(&rec.article).unwrap_or(Value::Null);
    art["url"] = json!(safe_url(rec.article.url.as_deref()));
    render(
        "article.html",
        json!({
            "nav": "search", "id": a.id, "a": art,
            "segments": segments(&rec.article.body, &rec.extraction),
            "entities": entities, "roles": rec.extraction.roles, "events": rec.extraction.events,
            "figures": rec.extraction.figures, "duplicates": a.duplicates, "duplicate_of": a.duplicate_of,
        }),
    )
}

/// `/entities?q=&type=`: the entity listing.
pub async fn entities(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<EntityParams>,
) -> Result<Html<String>, UiError> {
    let list = ent_api::find(&state, &p).await?;
    render(
        "entities.html",
        json!({"nav": "entities", "eq": p.q.unwrap_or_default(), "kind": p.kind.unwrap_or_default(), "types": ENTITY_TYPES, "entities": list}),
    )
}

/// `/entities/{id}`: roles timeline, events, articles, related entities.
pub async fn entity(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Html<String>, UiError> {
    let e = ent_api::fetch(&state, &raw).await?;
    render("entity.html", json!({"nav": "entities", "e": e}))
}

/// `/events?type=&from=&to=&entity=`: the timeline, grouped by month.
pub async fn events(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<EventParams>,
) -> Result<Response, UiError> {
    let ctx = |events: Value, groups: Value, error: Option<String>| {
        json!({
            "nav": "events", "types": EVENT_TYPES, "kind": p.kind.clone().unwrap_or_default(),
            "from": p.from.clone().unwrap_or_default(), "to": p.to.clone().unwrap_or_default(),
            "entity": p.entity.clone().unwrap_or_default(), "events": events, "groups": groups, "error": error,
        })
    };
    let f = match filter(&state, &p) {
        Ok(f) => f,
        Err(e) => {
            let page = render(
                "events.html",
                ctx(json!([]), json!([]), Some(e.to_string())),
            )?;
            return Ok((StatusCode::BAD_REQUEST, page).into_response());
        }
    };
    let events = state.store(move |s| s.events(&f)).await?;
    let mut groups: Vec<(String, Vec<&corridor_store::StoredEvent>)> = Vec::new();
    for ev in &events {
        let month = ev
            .start
            .as_deref()
            .and_then(|s| s.get(..7))
            .unwrap_or("undated")
            .to_string();
        match groups.last_mut() {
            Some((m, v)) if *m == month => v.push(ev),
            _ => groups.push((month, vec![ev])),
        }
    }
    Ok(render("events.html", ctx(json!(events), json!(groups), None))?.into_response())
}

/// `/network`: who met whom, laid out in the browser.
pub async fn network(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<NetworkParams>,
) -> Result<Html<String>, UiError> {
    let f = network_filter(&p)?;
    let net = state.store(move |s| s.network(&f)).await?;
    let nodes: Vec<Value> =
        net.nodes.iter().map(|n| json!({"id": n.id, "type": n.kind.as_str(), "name": n.name, "article_count": n.article_count})).collect();
    let graph = json!({"nodes": nodes, "edges": net.edges});
    render(
        "network.html",
        json!({"nav": "network", "nodes": nodes, "edges": net.edges, "graph": graph}),
    )
}

#[derive(Deserialize)]
pub struct MapParams {
    limit: Option<String>,
}

/// `/map`: places on an equirectangular plot.
pub async fn map(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<MapParams>,
) -> Result<Html<String>, UiError> {
    let limit = number("limit", p.limit.as_deref())?
        .unwrap_or(300)
        .clamp(1, 2000);
    let places = state.store(move |s| s.places(limit)).await?;
    let pts: Vec<(String, String, f64, f64, u64)> = places
        .iter()
        .map(|p| {
            (
                p.id.to_string(),
                p.name.clone(),
                p.lat,
                p.lon,
                p.article_count as u64,
            )
        })
        .collect();
    render(
        "map.html",
        json!({"nav": "map", "map": geo::view(&pts), "places": places}),
    )
}
