//! A router over a temporary embedded store, seeded with records written for the tests.
#![allow(dead_code)]

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use corridor_model::{
    Article, Entity, EntityType, Event, EventType, Extraction, Record, Role, Span,
};
use corridor_server::{router, ServerConfig};
use corridor_store::{EmbeddedStore, Store};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

/// The router, the store behind it and the ids of the seeded articles.
pub struct App {
    pub router: Router,
    pub store: Arc<dyn Store>,
    pub ids: Vec<i64>,
    _dir: tempfile::TempDir,
}

impl App {
    /// An empty knowledge base; `token` enables writes.
    pub fn new(token: Option<&str>) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let store: Arc<dyn Store> = Arc::new(EmbeddedStore::open(dir.path()).expect("open store"));
        let config = ServerConfig {
            token: token.map(Into::into),
            ..Default::default()
        };
        App {
            router: router(store.clone(), config),
            store,
            ids: Vec::new(),
            _dir: dir,
        }
    }

    /// A knowledge base with [`records`] stored.
    pub fn seeded(token: Option<&str>) -> Self {
        let mut app = Self::new(token);
        let out = app.store.add_records(&records()).expect("seed");
        app.ids = out
            .iter()
            .map(|o| o.id().expect("seed record stored"))
            .collect();
        app
    }
}

fn span_of(body: &str, needle: &str) -> Span {
    let b = body
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in body"));
    let start = body[..b].chars().count();
    Span::new(start, start + needle.chars().count())
}

fn entity(body: &str, id: &str, kind: EntityType, name: &str, mention: &str) -> Entity {
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        iso: None,
        lat: None,
        lon: None,
        acronym: None,
        aliases: vec![],
        mentions: vec![span_of(body, mention)],
    }
}

/// Two articles of our own: a meeting in Vientiane and a dry port launch, one with a script tag.
pub fn records() -> Vec<Record> {
    let body1 =
        "Lao Deputy Minister Somsak Vongsa met Chinese envoy Li Hua in Vientiane on 6 May 2024. \
        The Lao People's Democratic Republic and China agreed to extend the railway.";
    let mut a1 = Article::new("test-meeting.txt", body1);
    a1.title = Some("Lao and Chinese officials meet on railway".into());
    a1.published = Some("2024-05-07".into());
    a1.outlet = Some("Test Wire".into());
    let mut laos = entity(
        body1,
        "e1",
        EntityType::Country,
        "Lao People's Democratic Republic",
        "Lao People's Democratic Republic",
    );
    laos.iso = Some("LA".into());
    let mut vientiane = entity(body1, "e4", EntityType::Place, "Vientiane", "Vientiane");
    vientiane.lat = Some(17.97);
    vientiane.lon = Some(102.6);
    let ex1 = Extraction {
        entities: vec![
            laos,
            entity(
                body1,
                "e2",
                EntityType::Person,
                "Somsak Vongsa",
                "Somsak Vongsa",
            ),
            entity(body1, "e3", EntityType::Person, "Li Hua", "Li Hua"),
            vientiane,
        ],
        roles: vec![Role {
            person: "Somsak Vongsa".into(),
            title: "Deputy Minister".into(),
            organization: None,
            country: Some("LA".into()),
            evidence: None,
        }],
        events: vec![Event {
            kind: EventType::Meeting,
            start: Some("2024-05-06".into()),
            end: None,
            place: Some("Vientiane".into()),
            participants: vec!["Somsak Vongsa".into(), "Li Hua".into()],
            evidence: Span::new(0, 90),
            status: None,
            cameo: "040".into(),
            trigger: Some("met".into()),
        }],
        ..Default::default()
    };
    let body2 = "A dry port opened near the border on Friday. <script>alert('x')</script> \
        Officials said the dry port would cut transit times for freight trains.";
    let mut a2 = Article::new("test-port.txt", body2);
    a2.title = Some("Dry port opens near the border".into());
    a2.published = Some("2024-06-14".into());
    let ex2 = Extraction::default();
    vec![
        Record {
            article: a1,
            extraction: ex1,
        },
        Record {
            article: a2,
            extraction: ex2,
        },
    ]
}

async fn send(app: &App, req: Request<Body>) -> (StatusCode, String) {
    let resp = app
        .router
        .clone()
        .oneshot(req)
        .await
        .expect("router answers");
    let status = resp.status();
    let bytes = resp.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

/// GET returning the status and parsed JSON (`Null` when the body is not JSON).
pub async fn get(app: &App, uri: &str) -> (StatusCode, Value) {
    let (s, body) = get_text(app, uri).await;
    (s, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// GET returning the status and the body as text.
pub async fn get_text(app: &App, uri: &str) -> (StatusCode, String) {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

/// POST of a JSON body with an optional Authorization header.
pub async fn post(app: &App, uri: &str, auth: Option<&str>, body: &str) -> (StatusCode, Value) {
    let mut req = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(a) = auth {
        req = req.header(header::AUTHORIZATION, a);
    }
    let (s, body) = send(app, req.body(Body::from(body.to_string())).unwrap()).await;
    (s, serde_json::from_str(&body).unwrap_or(Value::Null))
}
