//! Bearer-token authorization of writes, checked before the body is read.

use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::{ApiError, AppState};

/// Middleware: lets the request through only with `Authorization: Bearer <configured token>`.
pub async fn require_token(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match check(
        state.config().token.as_deref(),
        req.headers()
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok()),
    ) {
        Ok(()) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}

/// Whether `header` (the Authorization value) carries `token`.
pub fn check(token: Option<&str>, header: Option<&str>) -> Result<(), ApiError> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Err(ApiError::WritesDisabled);
    };
    let given = header.and_then(|h| {
        let (scheme, rest) = h.trim().split_once(' ')?;
        scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
    });
    match given {
        Some(g) if constant_time_eq(g.as_bytes(), token.as_bytes()) => Ok(()),
        _ => Err(ApiError::Unauthorized),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_case_table() {
        type Case<'a> = (Option<&'a str>, Option<&'a str>, Result<(), &'a str>);
        let cases: [Case; 8] = [
            (None, Some("Bearer x"), Err("writes_disabled")),
            (Some(""), Some("Bearer "), Err("writes_disabled")),
            (Some("s3cret"), None, Err("unauthorized")),
            (Some("s3cret"), Some("Bearer wrong"), Err("unauthorized")),
            (Some("s3cret"), Some("Basic s3cret"), Err("unauthorized")),
            (Some("s3cret"), Some("Bearer s3cre"), Err("unauthorized")),
            (Some("s3cret"), Some("Bearer s3cret"), Ok(())),
            (Some("s3cret"), Some("bearer  s3cret "), Ok(())),
        ];
        for (token, header, want) in cases {
            let got = check(token, header).map_err(|e| e.status_code().1);
            assert_eq!(got, want, "{token:?} {header:?}");
        }
    }
}
