//! The one table that maps every error the server can report to an HTTP status and a
//! `snake_case` code; responses are shaped `{"message": ..., "code": ...}`.
//!
//! Bad input (4xx) is separated from internal failure (5xx): a 5xx response never carries the
//! internal detail, which is logged instead.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The addressed resource does not exist.
    #[error("{what} not found")]
    NotFound {
        /// What was looked for (`article 42`).
        what: String,
    },
    /// A query parameter or body field is invalid.
    #[error("{0}")]
    BadRequest(String),
    /// The request body is not the JSON the endpoint expects.
    #[error("invalid json body: {0}")]
    BadJson(String),
    /// The request body's content type is not `application/json`.
    #[error("expected a body with content-type application/json")]
    UnsupportedMediaType,
    /// The request body is larger than the configured limit.
    #[error("request body larger than {limit} bytes")]
    PayloadTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// A write without a valid bearer token.
    #[error("missing or invalid bearer token")]
    Unauthorized,
    /// Writes are disabled because no token is configured.
    #[error("writes are disabled: set CORRIDOR_TOKEN to enable POST /api/articles")]
    WritesDisabled,
    /// The posted document has no article text.
    #[error("{0}")]
    NoArticleText(String),
    /// The store did not answer within the request timeout.
    #[error("the request took longer than {secs} s")]
    Timeout {
        /// The timeout in seconds.
        secs: u64,
    },
    /// The store failed; the detail is logged, not returned.
    #[error("internal error")]
    Internal(String),
}

/// The body of every error response.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong, lowercase, for people.
    pub message: String,
    /// A stable `snake_case` code, for programs.
    #[schema(value_type = String)]
    pub code: &'static str,
}

impl ApiError {
    /// The status and code of the error: the table.
    pub fn status_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::NotFound { .. } => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiError::BadJson(_) => (StatusCode::BAD_REQUEST, "bad_json"),
            ApiError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            ApiError::PayloadTooLarge { .. } => {
                (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
            }
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::WritesDisabled => (StatusCode::FORBIDDEN, "writes_disabled"),
            ApiError::NoArticleText(_) => (StatusCode::UNPROCESSABLE_ENTITY, "no_article_text"),
            ApiError::Timeout { .. } => (StatusCode::SERVICE_UNAVAILABLE, "timeout"),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }

    /// Maps a JSON body rejection, keeping the size limit's 413.
    pub fn from_json_rejection(r: JsonRejection, limit: usize) -> Self {
        match r.status() {
            StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge { limit },
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType,
            _ => ApiError::BadJson(r.body_text().to_lowercase()),
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError::BadRequest(r.body_text().to_lowercase())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_code();
        if let ApiError::Internal(detail) = &self {
            tracing::error!(%detail, "internal error");
        }
        let body = ErrorBody {
            message: self.to_string(),
            code,
        };
        let mut resp = (status, Json(body)).into_response();
        if matches!(self, ApiError::Unauthorized) {
            resp.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_maps_each_error_to_status_and_code() {
        let cases: Vec<(ApiError, u16, &str)> = vec![
            (
                ApiError::NotFound {
                    what: "article 9".into(),
                },
                404,
                "not_found",
            ),
            (
                ApiError::BadRequest("limit must be a number".into()),
                400,
                "bad_request",
            ),
            (ApiError::BadJson("eof".into()), 400, "bad_json"),
            (
                ApiError::UnsupportedMediaType,
                415,
                "unsupported_media_type",
            ),
            (
                ApiError::PayloadTooLarge { limit: 10 },
                413,
                "payload_too_large",
            ),
            (ApiError::Unauthorized, 401, "unauthorized"),
            (ApiError::WritesDisabled, 403, "writes_disabled"),
            (ApiError::NoArticleText("x".into()), 422, "no_article_text"),
            (ApiError::Timeout { secs: 5 }, 503, "timeout"),
            (ApiError::Internal("disk".into()), 500, "internal"),
        ];
        for (err, status, code) in cases {
            let (s, c) = err.status_code();
            assert_eq!((s.as_u16(), c), (status, code), "{err:?}");
        }
    }

    #[test]
    fn internal_detail_is_not_returned() {
        assert_eq!(
            ApiError::Internal("secret path /x".into()).to_string(),
            "internal error"
        );
        assert!(ApiError::WritesDisabled
            .to_string()
            .contains("CORRIDOR_TOKEN"));
    }
}
