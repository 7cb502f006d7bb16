//! Queries over Postgres: articles, entities, events, the network, places and counts. Text
//! orderings use the "C" collation, as SQLite's binary comparisons do.

use crate::embedded::read::{parse_entity_type, parse_event_type};
use crate::types::*;
use crate::Result;
use corridor_model::{EntityType, EventType, Record};
use postgres::{Client, Row};

fn article_ref(r: &Row) -> ArticleRef {
    ArticleRef {
        id: r.get(0),
        title: r.get(1),
        published: r.get(2),
        outlet: r.get(3),
        source: r.get(4),
    }
}

const ARTICLE_REF: &str = "SELECT a.id, a.title, a.published, a.outlet, a.source FROM articles a";

/// One article.
pub fn article(c: &mut Client, id: ArticleId) -> Result<Option<StoredArticle>> {
    let Some(row) = c.query_opt(
        "SELECT record, duplicate_of FROM articles WHERE id = $1",
        &[&id],
    )?
    else {
        return Ok(None);
    };
    let json: String = row.get(0);
    let duplicate_of: Option<i64> = row.get(1);
    let record: Record = serde_json::from_str(&json)?;
    let mut sources: Vec<String> = c
        .query(
            "SELECT source FROM article_sources WHERE article_id = $1 ORDER BY source",
            &[&id],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let own = super::clip(&record.article.source, super::MAX_KEY_BYTES);
    sources.retain(|s| s != own);
    sources.insert(0, record.article.source.clone());
    let duplicates = c
        .query(
            &format!("{ARTICLE_REF} WHERE a.duplicate_of = $1 ORDER BY a.id"),
            &[&id],
        )?
        .iter()
        .map(article_ref)
        .collect();
    let mut entities = Vec::new();
    for r in c.query(
        "SELECT ae.local_id, e.id, e.kind, e.name FROM article_entities ae
         JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = $1 ORDER BY ae.position",
        &[&id],
    )? {
        entities.push(ArticleEntity {
            local_id: r.get(0),
            entity: EntityRef {
                id: r.get(1),
                kind: parse_entity_type(r.get(2))?,
                name: r.get(3),
            },
        });
    }
    Ok(Some(StoredArticle {
        id,
        record,
        sources,
        duplicate_of,
        duplicates,
        entities,
    }))
}

/// Articles, newest first.
pub fn articles(c: &mut Client, limit: usize, offset: usize) -> Result<Vec<ArticleRef>> {
    Ok(c.query(
        &format!(
            "{ARTICLE_REF} WHERE a.duplicate_of IS NULL
             ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT $1 OFFSET $2"
        ),
        &[&(limit as i64), &(offset as i64)],
    )?
    .iter()
    .map(article_ref)
    .collect())
}

const SUMMARY: &str = "SELECT e.id, e.kind, e.name, e.acronym, e.iso, e.lat, e.lon,
    (SELECT count(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.entity_id = e.id) AS n
    FROM entities e";

fn summary(c: &mut Client, r: &Row) -> Result<EntitySummary> {
    let id: i64 = r.get(0);
    let aliases = c
        .query(
            "SELECT alias FROM entity_aliases WHERE entity_id = $1 ORDER BY alias",
            &[&id],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    Ok(EntitySummary {
        id,
        kind: parse_entity_type(r.get(1))?,
        name: r.get(2),
        aliases,
        acronym: r.get(3),
        iso: r.get(4),
        lat: r.get(5),
        lon: r.get(6),
        article_count: r.get::<_, i64>(7) as usize,
    })
}

/// Entities by name or alias (case-insensitive substring).
pub fn entities(
    c: &mut Client,
    q: &str,
    kind: Option<EntityType>,
    limit: usize,
) -> Result<Vec<EntitySummary>> {
    let like = crate::normalize::like_pattern(q);
    let sql = format!(
        "{SUMMARY} WHERE ($1::text IS NULL OR e.kind = $1::text)
           AND (e.name ILIKE $2 ESCAPE '\\' OR e.acronym ILIKE $2 ESCAPE '\\'
             OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.entity_id = e.id AND x.alias ILIKE $2 ESCAPE '\\'))
         ORDER BY n DESC, e.name, e.id LIMIT $3"
    );
    let rows = c.query(
        &sql,
        &[&kind.map(EntityType::as_str), &like, &(limit.max(1) as i64)],
    )?;
    rows.iter().map(|r| summary(c, r)).collect()
}

/// One entity's summary.
pub fn entity_summary(c: &mut Client, id: EntityId) -> Result<Option<EntitySummary>> {
    match c.query_opt(&format!("{SUMMARY} WHERE e.id = $1"), &[&id])? {
        Some(r) => Ok(Some(summary(c, &r)?)),
        None => Ok(None),
    }
}

/// One entity in full.
pub fn entity(c: &mut Client, id: EntityId) -> Result<Option<EntityDetail>> {
    let Some(summary) = entity_summary(c, id)? else {
        return Ok(None);
    };
    let roles = c
        .query(
            "SELECT title, organization, organization_id, country, min(date), max(date),
                    count(DISTINCT article_id)
             FROM roles WHERE person_id = $1 GROUP BY title, organization, organization_id, country
             ORDER BY min(date) IS NULL, min(date), title",
            &[&id],
        )?
        .iter()
        .map(|r| RoleSpan {
            title: r.get(0),
            organization: r.get(1),
            organization_id: r.get(2),
            country: r.get(3),
            first_seen: r.get(4),
            last_seen: r.get(5),
            article_count: r.get::<_, i64>(6) as usize,
        })
        .collect();
    let events = events(
        c,
        &EventFilter {
            entity: Some(id),
            limit: 500,
            ..Default::default()
        },
    )?;
    let articles = c
        .query(
            &format!(
                "{ARTICLE_REF} WHERE a.id IN (SELECT article_id FROM article_entities WHERE entity_id = $1)
                 ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT 200"
            ),
            &[&id],
        )?
        .iter()
        .map(article_ref)
        .collect();
    let mut cooccurring = Vec::new();
    for r in c.query(
        "SELECT e.id, e.kind, e.name, count(DISTINCT b.article_id) AS n
         FROM article_entities a
         JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id != a.entity_id
         JOIN entities e ON e.id = b.entity_id
         WHERE a.entity_id = $1 GROUP BY e.id ORDER BY n DESC, e.name LIMIT 30",
        &[&id],
    )? {
        cooccurring.push(Cooccurrence {
            entity: EntityRef {
                id: r.get(0),
                kind: parse_entity_type(r.get(1))?,
                name: r.get(2),
            },
            articles: r.get::<_, i64>(3) as usize,
        });
    }
    Ok(Some(EntityDetail {
        summary,
        roles,
        events,
        articles,
        cooccurring,
    }))
}

/// Events by filter.
pub fn events(c: &mut Client, f: &EventFilter) -> Result<Vec<StoredEvent>> {
    let limit = if f.limit == 0 { 100 } else { f.limit };
    // A `to` bound of `2024-03` must keep `2024-03-30`: compare against the bound's prefix range.
    let to_upper = f.to.as_ref().map(|t| format!("{t}\u{10FFFF}"));
    let rows = c.query(
        r#"SELECT ev.id, ev.article_id, ev.kind, ev.start, ev."end", ev.place, ev.place_id, ev.status, ev.evidence
           FROM events ev
           WHERE ($1::text IS NULL OR ev.kind = $1::text)
             AND ($2::text IS NULL OR ev.start >= $2::text)
             AND ($3::text IS NULL OR ev.start <= $3::text)
             AND ($4::bigint IS NULL OR ev.place_id = $4::bigint
                  OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = ev.id AND p.entity_id = $4::bigint))
           ORDER BY ev.start IS NULL, ev.start, ev.id LIMIT $5 OFFSET $6"#,
        &[
            &f.kind.map(EventType::as_str),
            &f.from,
            &to_upper,
            &f.entity,
            &(limit as i64),
            &(f.offset as i64),
        ],
    )?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: i64 = r.get(0);
        let participants = c
            .query(
                "SELECT name, entity_id FROM event_participants WHERE event_id = $1 ORDER BY position",
                &[&id],
            )?
            .iter()
            .map(|p| Participant {
                name: p.get(0),
                entity_id: p.get(1),
            })
            .collect();
        out.push(StoredEvent {
            id,
            article_id: r.get(1),
            kind: parse_event_type(r.get(2))?,
            start: r.get(3),
            end: r.get(4),
            place: r.get(5),
            place_id: r.get(6),
            participants,
            status: r.get(7),
            evidence: r.get(8),
        });
    }
    Ok(out)
}

/// Who met whom.
pub fn network(c: &mut Client, f: &NetworkFilter) -> Result<Network> {
    let kinds: Vec<&str> = if f.kinds.is_empty() {
        vec!["meeting", "visit"]
    } else {
        f.kinds.iter().map(|k| k.as_str()).collect()
    };
    let limit = if f.limit == 0 { 500 } else { f.limit };
    let edges: Vec<Edge> = c
        .query(
            "SELECT a.entity_id, b.entity_id, count(DISTINCT ev.id) AS w
             FROM events ev
             JOIN event_participants a ON a.event_id = ev.id
             JOIN event_participants b ON b.event_id = ev.id AND a.entity_id < b.entity_id
             WHERE ev.kind = ANY($1)
               AND ($2::bigint IS NULL OR a.entity_id = $2::bigint OR b.entity_id = $2::bigint)
             GROUP BY a.entity_id, b.entity_id HAVING count(DISTINCT ev.id) >= $3
             ORDER BY w DESC, a.entity_id, b.entity_id LIMIT $4",
            &[
                &kinds,
                &f.entity,
                &(f.min_weight.max(1) as i64),
                &(limit as i64),
            ],
        )?
        .iter()
        .map(|r| Edge {
            source: r.get(0),
            target: r.get(1),
            weight: r.get::<_, i64>(2) as usize,
        })
        .collect();
    let mut ids: Vec<i64> = edges.iter().flat_map(|e| [e.source, e.target]).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut nodes = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(s) = entity_summary(c, id)? {
            nodes.push(s);
        }
    }
    Ok(Network { nodes, edges })
}

/// Places and countries with coordinates.
pub fn places(c: &mut Client, limit: usize) -> Result<Vec<Place>> {
    let limit = if limit == 0 { 1000 } else { limit };
    c.query(
        "SELECT e.id, e.kind, e.name, e.lat, e.lon,
            (SELECT count(DISTINCT article_id) FROM article_entities ae WHERE ae.entity_id = e.id) AS n,
            (SELECT count(*) FROM events ev WHERE ev.place_id = e.id)
         FROM entities e WHERE e.kind IN ('place', 'country') AND e.lat IS NOT NULL AND e.lon IS NOT NULL
         ORDER BY n DESC, e.name LIMIT $1",
        &[&(limit as i64)],
    )?
    .iter()
    .map(|r| {
        Ok(Place {
            id: r.get(0),
            kind: parse_entity_type(r.get(1))?,
            name: r.get(2),
            lat: r.get(3),
            lon: r.get(4),
            article_count: r.get::<_, i64>(5) as usize,
            event_count: r.get::<_, i64>(6) as usize,
        })
    })
    .collect()
}

/// Counts, in one round trip.
pub fn stats(c: &mut Client) -> Result<Stats> {
    let r = c.query_one(
        "SELECT
            (SELECT count(*) FROM articles WHERE duplicate_of IS NULL),
            (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
            (SELECT count(*) FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE s.source != a.source),
            (SELECT count(*) FROM entities),
            (SELECT count(*) FROM entities WHERE kind = 'person'),
            (SELECT count(*) FROM entities WHERE kind = 'organization'),
            (SELECT count(*) FROM entities WHERE kind = 'country'),
            (SELECT count(*) FROM entities WHERE kind = 'place'),
            (SELECT count(*) FROM events),
            (SELECT count(*) FROM roles),
            (SELECT count(*) FROM figures),
            (SELECT coalesce(sum(mentions), 0)::bigint FROM article_entities)",
        &[],
    )?;
    let n = |i: usize| r.get::<_, i64>(i) as usize;
    let entities = n(3);
    let (persons, organizations, countries, places) = (n(4), n(5), n(6), n(7));
    Ok(Stats {
        articles: n(0),
        duplicates: n(1),
        duplicate_sources: n(2),
        entities,
        persons,
        organizations,
        countries,
        places,
        other_entities: entities.saturating_sub(persons + organizations + countries + places),
        events: n(8),
        roles: n(9),
        figures: n(10),
        mentions: n(11),
        indexed: 0,
    })
}
