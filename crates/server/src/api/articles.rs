//! `GET /api/articles`, `GET /api/articles/{id}` and `POST /api/articles` (extract and store
//! one posted article).

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use corridor_ingest::{Content, Given, RawDoc};
use corridor_model::Record;
use corridor_store::{AddOutcome, ArticleRef, StoredArticle};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{id, number, ApiQuery};
use crate::{ApiError, AppState};

/// Paging of the article list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ListParams {
    /// Page size (default 20).
    pub limit: Option<String>,
    /// Articles to skip.
    pub offset: Option<String>,
}

/// A page of articles, newest first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ArticleList {
    /// The articles.
    #[schema(value_type = Vec<Object>)]
    pub articles: Vec<ArticleRef>,
}

/// Lists articles, newest publication first.
#[utoipa::path(get, path = "/api/articles", params(ListParams), responses((status = 200, body = ArticleList)))]
pub async fn list(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<ListParams>,
) -> Result<Json<ArticleList>, ApiError> {
    let limit = state.clamp_limit(number("limit", p.limit.as_deref())?, 20);
    let offset = number("offset", p.offset.as_deref())?.unwrap_or(0);
    let articles = state.store(move |s| s.articles(limit, offset)).await?;
    Ok(Json(ArticleList { articles }))
}

/// Fetches a stored article by id, `None` when there is none.
pub async fn fetch(state: &AppState, raw_id: &str) -> Result<StoredArticle, ApiError> {
    let id = id("article", raw_id)?;
    state
        .store(move |s| s.article(id))
        .await?
        .ok_or(ApiError::NotFound {
            what: format!("article {id}"),
        })
}

/// The article's JSON: the extraction object (`spec/OUTPUT.md`) plus `id`, `sources`,
/// `duplicate_of`, `duplicates` and `entity_ids` (record entity id → knowledge-base entity id).
pub fn article_json(a: &StoredArticle) -> Result<Value, ApiError> {
    let mut obj =
        match serde_json::to_value(&a.record).map_err(|e| ApiError::Internal(e.to_string()))? {
            Value::Object(m) => m,
            _ => Map::new(),
        };
    obj.insert("id".into(), Value::from(a.id));
    obj.insert("sources".into(), serde_json::json!(a.sources));
    obj.insert("duplicate_of".into(), serde_json::json!(a.duplicate_of));
    obj.insert(
        "duplicates".into(),
        serde_json::to_value(&a.duplicates).unwrap_or(Value::Null),
    );
    let ids: Map<String, Value> = a
        .entities
        .iter()
        .map(|e| (e.local_id.clone(), Value::from(e.entity.id)))
        .collect();
    obj.insert("entity_ids".into(), Value::Object(ids));
    Ok(Value::Object(obj))
}

/// One article with its extraction, id and duplicates.
#[utoipa::path(get, path = "/api/articles/{id}", params(("id" = i64, Path, description = "article id")), responses(
    (status = 200, description = "the extraction object (spec/OUTPUT.md) plus id, sources, duplicate_of, duplicates, entity_ids"),
    (status = 404, body = crate::error::ErrorBody),
))]
pub async fn get_one(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let a = fetch(&state, &raw).await?;
    Ok(Json(article_json(&a)?))
}

/// A posted article: text or HTML, with optional metadata.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewArticle {
    /// Plain text of the article (exclusive with `html`).
    pub text: Option<String>,
    /// The article's HTML page (exclusive with `text`).
    pub html: Option<String>,
    /// Headline (wins over what cleaning finds).
    pub title: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
    /// Publication date, ISO 8601.
    pub published: Option<String>,
}

/// What became of a posted article.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Created {
    /// Id of the (first) stored article.
    pub id: i64,
    /// `stored`, `duplicate` or `near_duplicate`.
    pub outcome: String,
    /// One outcome per article the document held.
    #[schema(value_type = Vec<Object>)]
    pub articles: Vec<AddOutcome>,
}

/// Extracts and stores a posted article (needs `Authorization: Bearer $CORRIDOR_TOKEN`).
#[utoipa::path(post, path = "/api/articles", request_body = NewArticle, security(("bearer" = [])), responses(
    (status = 201, body = Created, description = "stored"),
    (status = 200, body = Created, description = "already stored"),
    (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
    (status = 403, body = crate::error::ErrorBody), (status = 413, body = crate::error::ErrorBody),
    (status = 422, body = crate::error::ErrorBody),
))]
pub async fn create(
    State(state): State<AppState>,
    body: Result<Json<NewArticle>, JsonRejection>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let Json(new) =
        body.map_err(|r| ApiError::from_json_rejection(r, state.config().body_limit))?;
    let doc = raw_doc(new)?;
    let outcomes = state
        .with_extractor(move |ex, store| {
            let articles =
                corridor_clean::clean(&doc).map_err(|e| ApiError::NoArticleText(e.to_string()))?;
            let records: Vec<Record> = articles
                .into_iter()
                .map(|article| Record {
                    extraction: ex.extract(&article),
                    article,
                })
                .collect();
            store
                .add_records(&records)
                .map_err(crate::state::store_error)
        })
        .await?;
    let first = outcomes
        .first()
        .ok_or_else(|| ApiError::NoArticleText("no article stored".into()))?;
    let (outcome, status, id) = match first {
        AddOutcome::Stored { id } => ("stored", StatusCode::CREATED, *id),
        AddOutcome::Duplicate { id } => ("duplicate", StatusCode::OK, *id),
        AddOutcome::NearDuplicate { id, .. } => ("near_duplicate", StatusCode::CREATED, *id),
        AddOutcome::Rejected { reason } => return Err(ApiError::NoArticleText(reason.clone())),
    };
    Ok((
        status,
        Json(Created {
            id,
            outcome: outcome.into(),
            articles: outcomes,
        }),
    ))
}

/// Validates a posted article into a raw document for the pipeline.
pub fn raw_doc(new: NewArticle) -> Result<RawDoc, ApiError> {
    let nonempty = |s: Option<String>| s.filter(|t| !t.trim().is_empty());
    let content = match (nonempty(new.text), nonempty(new.html)) {
        (Some(t), None) => Content::Text(t),
        (None, Some(h)) => Content::Html(h),
        (Some(_), Some(_)) => {
            return Err(ApiError::BadRequest(
                "give either text or html, not both".into(),
            ))
        }
        (None, None) => {
            return Err(ApiError::BadRequest(
                "the body needs a non-empty text or html field".into(),
            ))
        }
    };
    if let Some(p) = &new.published {
        super::date_prefix("published", p.get(..10).or(Some(p.as_str())))?;
    }
    let url = nonempty(new.url);
    let source = url.clone().unwrap_or_else(|| "api:post".to_string());
    Ok(RawDoc {
        source,
        url,
        content,
        given: Given {
            id: None,
            title: nonempty(new.title),
            published: nonempty(new.published),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new(text: Option<&str>, html: Option<&str>) -> NewArticle {
        NewArticle {
            text: text.map(Into::into),
            html: html.map(Into::into),
            title: None,
            url: None,
            published: None,
        }
    }

    #[test]
    fn posted_bodies_case_table() {
        assert!(matches!(
            raw_doc(new(Some("China and Laos met."), None))
                .unwrap()
                .content,
            Content::Text(_)
        ));
        assert!(matches!(
            raw_doc(new(None, Some("<p>x</p>"))).unwrap().content,
            Content::Html(_)
        ));
        assert!(raw_doc(new(Some("a"), Some("<p>b</p>"))).is_err());
        assert!(raw_doc(new(Some("  "), None)).is_err());
        assert!(raw_doc(new(None, None)).is_err());
        let mut dated = new(Some("x"), None);
        dated.published = Some("yesterday".into());
        assert!(raw_doc(dated).is_err());
        let mut ok = new(Some("x"), None);
        ok.published = Some("2024-03-30T12:36".into());
        ok.url = Some("https://example.org/a".into());
        let doc = raw_doc(ok).unwrap();
        assert_eq!(doc.source, "https://example.org/a");
        assert_eq!(doc.given.published.as_deref(), Some("2024-03-30T12:36"));
    }
}
