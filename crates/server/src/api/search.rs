//! `GET /api/search?q=&limit=&offset=`: full-text search with highlighted snippets.

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::{number, ApiQuery};
use crate::{ApiError, AppState};

/// The deepest page a search may reach (`offset` beyond is clamped).
pub const MAX_OFFSET: usize = 10_000;

/// Parameters of a search.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SearchParams {
    /// The query (tantivy syntax, parsed leniently).
    pub q: Option<String>,
    /// Page size (default 10, clamped to the server's maximum).
    pub limit: Option<String>,
    /// Hits to skip (clamped to 10000).
    pub offset: Option<String>,
}

/// One page of hits.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SearchResponse {
    /// How many articles match in all.
    pub total: usize,
    /// The page, best first.
    pub hits: Vec<Hit>,
}

/// One matching article.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Hit {
    /// Article id (for `/api/articles/{id}`).
    pub id: i64,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Passage around the matched words, plain text.
    pub snippet: String,
    /// The matched words in `snippet` as `[start, end)` code-point ranges.
    #[schema(value_type = Vec<Vec<u64>>)]
    pub highlights: Vec<(usize, usize)>,
    /// The passage as HTML: text escaped, matches in `<b>`.
    pub snippet_html: String,
    /// BM25 relevance.
    pub score: f32,
}

/// The validated form of [`SearchParams`].
pub struct Search {
    /// The query, trimmed.
    pub q: String,
    /// Page size.
    pub limit: usize,
    /// Hits skipped.
    pub offset: usize,
}

impl Search {
    /// Validates and clamps the parameters.
    pub fn from_params(state: &AppState, p: &SearchParams) -> Result<Self, ApiError> {
        Ok(Search {
            q: p.q
                .as_deref()
                .unwrap_or("")
                .trim()
                .chars()
                .take(1000)
                .collect(),
            limit: state.clamp_limit(number("limit", p.limit.as_deref())?, 10),
            offset: number("offset", p.offset.as_deref())?
                .unwrap_or(0)
                .min(MAX_OFFSET),
        })
    }
}

/// Runs a validated search.
pub async fn run(state: &AppState, s: &Search) -> Result<SearchResponse, ApiError> {
    let (q, limit, offset) = (s.q.clone(), s.limit, s.offset);
    let res = state.store(move |st| st.search(&q, limit, offset)).await?;
    Ok(SearchResponse {
        total: res.total,
        hits: res
            .hits
            .into_iter()
            .map(|h| Hit {
                id: h.id,
                title: h.title,
                published: h.published,
                outlet: h.outlet,
                snippet: h.snippet,
                highlights: h.highlights,
                snippet_html: h.snippet_html,
                score: h.score,
            })
            .collect(),
    })
}

/// Searches titles and bodies.
#[utoipa::path(get, path = "/api/search", params(SearchParams), responses(
    (status = 200, body = SearchResponse),
    (status = 400, body = crate::error::ErrorBody, description = "missing q or a malformed number"),
))]
pub async fn search(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<SearchParams>,
) -> Result<Json<SearchResponse>, ApiError> {
    let s = Search::from_params(&state, &p)?;
    if s.q.is_empty() {
        return Err(ApiError::BadRequest("missing query parameter q".into()));
    }
    Ok(Json(run(&state, &s).await?))
}
