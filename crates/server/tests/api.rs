//! The router against a temporary embedded store: statuses, JSON shapes, auth, limits and
//! escaping. Every article here is written for these tests.

mod common;

use axum::http::StatusCode;
use common::{get, post, App};
use serde_json::{json, Value};

#[tokio::test]
async fn health_and_openapi() {
    let app = App::new(None);
    let (s, v) = get(&app, "/api/health").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["status"], "ok");
    let (s, v) = get(&app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    for path in [
        "/api/search",
        "/api/articles/{id}",
        "/api/entities",
        "/api/events",
        "/api/network",
    ] {
        assert!(v["paths"][path].is_object(), "openapi lacks {path}");
    }
    assert!(v["paths"]["/api/articles"]["post"].is_object());
}

#[tokio::test]
async fn search_returns_hits_with_snippets() {
    let app = App::seeded(None);
    let (s, v) = get(&app, "/api/search?q=dry%20port&limit=5").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["total"], 1);
    let hit = &v["hits"][0];
    for key in ["id", "title", "published", "outlet", "snippet"] {
        assert!(hit.get(key).is_some(), "hit lacks {key}: {hit}");
    }
    assert_eq!(hit["title"], "Dry port opens near the border");
    assert!(hit["snippet"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("dry port"));

    let (s, v) = get(&app, "/api/search?q=").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );
    let (s, v) = get(&app, "/api/search?q=port&limit=many").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );
    let (s, v) = get(&app, "/api/search?q=port&limit=100000&offset=99999999").await;
    assert_eq!(s, StatusCode::OK, "limits are clamped, not refused: {v}");
}

#[tokio::test]
async fn article_entity_and_event_resources() {
    let app = App::seeded(None);
    let id = app.ids[0];
    let (s, v) = get(&app, &format!("/api/articles/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["id"], id);
    assert!(v["duplicates"].is_array() && v["entities"].is_array() && v["body"].is_string());
    assert_eq!(v["entities"][0]["name"], "Lao People's Democratic Republic");

    let (s, v) = get(&app, "/api/articles/987654").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
    let (s, v) = get(&app, "/api/articles/abc").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );

    let (s, v) = get(&app, "/api/entities?type=person").await;
    assert_eq!(s, StatusCode::OK);
    let people = v["entities"].as_array().unwrap();
    assert!(!people.is_empty());
    for e in people {
        assert_eq!(e["type"], "person");
        for key in ["id", "name", "aliases", "article_count"] {
            assert!(e.get(key).is_some(), "entity lacks {key}");
        }
    }
    let (s, v) = get(&app, "/api/entities?type=planet").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );

    let pid = people
        .iter()
        .find(|e| e["name"] == "Somsak Vongsa")
        .expect("person stored")["id"]
        .clone();
    let (s, v) = get(&app, &format!("/api/entities/{pid}")).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(
        v["roles"].is_array()
            && v["events"].is_array()
            && v["articles"].is_array()
            && v["cooccurring"].is_array()
    );
    let (s, _) = get(&app, "/api/entities/424242").await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    let (s, v) = get(&app, "/api/events?type=meeting&from=2024&to=2024-12-31").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(v["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["type"] == "meeting"));
    let (s, v) = get(&app, "/api/events?from=last%20week").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );
    let (s, v) = get(&app, "/api/events?type=party").await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");

    let (s, v) = get(&app, "/api/network").await;
    assert_eq!(s, StatusCode::OK);
    assert!(v["nodes"].is_array() && v["edges"].is_array());
    let (s, v) = get(&app, "/api/places").await;
    assert_eq!(s, StatusCode::OK);
    assert!(v["places"].is_array());
    let (s, v) = get(&app, "/api/nothing-here").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
}

#[tokio::test]
async fn writes_are_disabled_without_a_token() {
    let app = App::new(None);
    let (s, v) = post(
        &app,
        "/api/articles",
        Some("Bearer anything"),
        &json!({"text": "Laos and China met."}).to_string(),
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("writes_disabled"))
    );
    assert!(v["message"].as_str().unwrap().contains("CORRIDOR_TOKEN"));
}

#[tokio::test]
async fn writes_need_the_bearer_token() {
    let app = App::new(Some("t0ken"));
    let body = json!({"text": "Ministers of Laos and China met in Vientiane on Monday to discuss the railway.",
        "title": "Ministers meet in Vientiane", "published": "2024-05-06"})
    .to_string();
    for auth in [None, Some("Bearer wrong"), Some("t0ken")] {
        let (s, v) = post(&app, "/api/articles", auth, &body).await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::UNAUTHORIZED, Some("unauthorized")),
            "{auth:?}"
        );
    }
    let (s, v) = post(&app, "/api/articles", Some("Bearer t0ken"), &body).await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    assert_eq!(v["outcome"], "stored");
    let id = v["id"].as_i64().unwrap();
    let (s, a) = get(&app, &format!("/api/articles/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(a["title"], "Ministers meet in Vientiane");
    assert!(a["body"].as_str().unwrap().contains("Vientiane"));

    let (s, v) = post(&app, "/api/articles", Some("Bearer t0ken"), &body).await;
    assert_eq!(
        (s, v["outcome"].as_str()),
        (StatusCode::OK, Some("duplicate"))
    );

    let (s, v) = post(&app, "/api/articles", Some("Bearer t0ken"), "{not json").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_json"))
    );
    let (s, v) = post(
        &app,
        "/api/articles",
        Some("Bearer t0ken"),
        &json!({"txt": "typo"}).to_string(),
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_json"))
    );
    let (s, v) = post(
        &app,
        "/api/articles",
        Some("Bearer t0ken"),
        &json!({"title": "no text"}).to_string(),
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("bad_request"))
    );
}

#[tokio::test]
async fn bodies_over_the_limit_get_413() {
    let app = App::new(Some("t0ken"));
    let big = json!({"text": "word ".repeat(1024 * 1024)}).to_string();
    assert!(big.len() > 2 * 1024 * 1024);
    let (s, v) = post(&app, "/api/articles", Some("Bearer t0ken"), &big).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{v}");
    assert_eq!(v["code"], "payload_too_large");
}

#[tokio::test]
async fn error_bodies_have_message_and_code_only() {
    let app = App::new(None);
    let (_, v) = get(&app, "/api/articles/1").await;
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, vec!["code", "message"]);
    assert_eq!(
        v,
        json!({"code": "not_found", "message": "article 1 not found"}) as Value
    );
}
