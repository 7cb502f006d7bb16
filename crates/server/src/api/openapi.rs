//! `GET /api/openapi.json`: the OpenAPI 3.1 description, generated from the handlers.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{articles, entities, events, search};

/// The API's description.
#[derive(OpenApi)]
#[openapi(
    info(title = "corridor", description = "Knowledge base of regional-cooperation news: articles, entities, roles, events."),
    paths(
        super::health, super::stats, search::search, articles::list, articles::get_one, articles::create,
        entities::list, entities::get_one, events::list, events::network, events::places,
    ),
    components(schemas(crate::error::ErrorBody)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The OpenAPI document.
pub async fn spec() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
