//! Queries: articles, entities, events, the network, places and counts.

use super::index::IndexDoc;
use crate::types::*;
use crate::{Result, StoreError};
use corridor_model::{EntityType, EventType, Record};
use rusqlite::{params, Connection, OptionalExtension, Row};

/// An article as the index needs it.
pub struct IndexRow {
    id: i64,
    title: Option<String>,
    body: String,
    published: Option<String>,
    outlet: Option<String>,
}

impl IndexRow {
    /// Borrowed for indexing.
    pub fn as_doc(&self) -> IndexDoc<'_> {
        IndexDoc {
            id: self.id,
            title: self.title.as_deref(),
            body: &self.body,
            published: self.published.as_deref(),
            outlet: self.outlet.as_deref(),
        }
    }
}

/// Canonical articles with `after < id <= upto`.
pub fn index_rows(conn: &Connection, after: i64, upto: i64) -> Result<Vec<IndexRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, body, published, outlet FROM articles
         WHERE id > ?1 AND id <= ?2 AND duplicate_of IS NULL ORDER BY id",
    )?;
    let rows = stmt.query_map(params![after, upto], |r| {
        Ok(IndexRow {
            id: r.get(0)?,
            title: r.get(1)?,
            body: r.get(2)?,
            published: r.get(3)?,
            outlet: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn parse_entity_type(s: &str) -> Result<EntityType> {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .map_err(|_| StoreError::Internal(format!("unknown entity type {s:?} in the database")))
}

pub(crate) fn parse_event_type(s: &str) -> Result<EventType> {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .map_err(|_| StoreError::Internal(format!("unknown event type {s:?} in the database")))
}

fn article_ref(r: &Row<'_>) -> rusqlite::Result<ArticleRef> {
    Ok(ArticleRef {
        id: r.get(0)?,
        title: r.get(1)?,
        published: r.get(2)?,
        outlet: r.get(3)?,
        source: r.get(4)?,
    })
}

const ARTICLE_REF: &str = "SELECT a.id, a.title, a.published, a.outlet, a.source FROM articles a";

/// One article.
pub fn article(conn: &Connection, id: ArticleId) -> Result<Option<StoredArticle>> {
    let row: Option<(String, Option<i64>)> = conn
        .query_row(
            "SELECT record, duplicate_of FROM articles WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((json, duplicate_of)) = row else {
        return Ok(None);
    };
    let record: Record = serde_json::from_str(&json)?;
    let mut stmt = conn.prepare_cached(
        "SELECT source FROM article_sources WHERE article_id = ?1 ORDER BY source",
    )?;
    let mut sources: Vec<String> = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    sources.retain(|s| *s != record.article.source);
    sources.insert(0, record.article.source.clone());
    let mut stmt = conn.prepare_cached(&format!(
        "{ARTICLE_REF} WHERE a.duplicate_of = ?1 ORDER BY a.id"
    ))?;
    let duplicates = stmt
        .query_map([id], article_ref)?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT ae.local_id, e.id, e.kind, e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
         WHERE ae.article_id = ?1 ORDER BY ae.position",
    )?;
    let raw: Vec<(String, i64, String, String)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    let mut entities = Vec::with_capacity(raw.len());
    for (local_id, eid, kind, name) in raw {
        entities.push(ArticleEntity {
            local_id,
            entity: EntityRef {
                id: eid,
                kind: parse_entity_type(&kind)?,
                name,
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
pub fn articles(conn: &Connection, limit: usize, offset: usize) -> Result<Vec<ArticleRef>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{ARTICLE_REF} WHERE a.duplicate_of IS NULL ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ?1 OFFSET ?2"
    ))?;
    let rows = stmt.query_map(params![limit as i64, offset as i64], article_ref)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const SUMMARY: &str = "SELECT e.id, e.kind, e.name, e.acronym, e.iso, e.lat, e.lon,
    (SELECT count(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.entity_id = e.id) AS n
    FROM entities e";

fn summary(conn: &Connection, r: &Row<'_>) -> Result<EntitySummary> {
    let id: i64 = r.get(0)?;
    let kind: String = r.get(1)?;
    let mut stmt = conn
        .prepare_cached("SELECT alias FROM entity_aliases WHERE entity_id = ?1 ORDER BY alias")?;
    let aliases = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(EntitySummary {
        id,
        kind: parse_entity_type(&kind)?,
        name: r.get(2)?,
        aliases,
        acronym: r.get(3)?,
        iso: r.get(4)?,
        lat: r.get(5)?,
        lon: r.get(6)?,
        article_count: r.get::<_, i64>(7)? as usize,
    })
}

/// Entities by name or alias.
pub fn entities(
    conn: &Connection,
    q: &str,
    kind: Option<EntityType>,
    limit: usize,
) -> Result<Vec<EntitySummary>> {
    let like = crate::normalize::like_pattern(q);
    let sql = format!(
        "{SUMMARY} WHERE (?1 IS NULL OR e.kind = ?1) AND (e.name LIKE ?2 ESCAPE '\\' OR e.acronym LIKE ?2 ESCAPE '\\'
         OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.entity_id = e.id AND x.alias LIKE ?2 ESCAPE '\\'))
         ORDER BY n DESC, e.name, e.id LIMIT ?3"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params![
        kind.map(EntityType::as_str),
        like,
        limit.max(1) as i64
    ])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(summary(conn, r)?);
    }
    Ok(out)
}

fn entity_summary(conn: &Connection, id: EntityId) -> Result<Option<EntitySummary>> {
    let mut stmt = conn.prepare_cached(&format!("{SUMMARY} WHERE e.id = ?1"))?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => Ok(Some(summary(conn, r)?)),
        None => Ok(None),
    }
}

/// One entity in full.
pub fn entity(conn: &Connection, id: EntityId) -> Result<Option<EntityDetail>> {
    let Some(summary) = entity_summary(conn, id)? else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT title, organization, organization_id, country, min(date), max(date), count(DISTINCT article_id)
         FROM roles WHERE person_id = ?1 GROUP BY title, organization, organization_id, country
         ORDER BY min(date) IS NULL, min(date), title",
    )?;
    let roles = stmt
        .query_map([id], |r| {
            Ok(RoleSpan {
                title: r.get(0)?,
                organization: r.get(1)?,
                organization_id: r.get(2)?,
                country: r.get(3)?,
                first_seen: r.get(4)?,
                last_seen: r.get(5)?,
                article_count: r.get::<_, i64>(6)? as usize,
            })
        })?
        .collect::<Result<_, _>>()?;
    let events = events(
        conn,
        &EventFilter {
            entity: Some(id),
            limit: 500,
            ..Default::default()
        },
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "{ARTICLE_REF} WHERE a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?1)
         ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT 200"
    ))?;
    let articles = stmt
        .query_map([id], article_ref)?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.kind, e.name, count(DISTINCT b.article_id) AS n
         FROM article_entities a JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id != a.entity_id
         JOIN entities e ON e.id = b.entity_id
         WHERE a.entity_id = ?1 GROUP BY e.id ORDER BY n DESC, e.name LIMIT 30",
    )?;
    let raw: Vec<(i64, String, String, i64)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    let mut cooccurring = Vec::with_capacity(raw.len());
    for (eid, kind, name, n) in raw {
        cooccurring.push(Cooccurrence {
            entity: EntityRef {
                id: eid,
                kind: parse_entity_type(&kind)?,
                name,
            },
            articles: n as usize,
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
pub fn events(conn: &Connection, f: &EventFilter) -> Result<Vec<StoredEvent>> {
    let limit = if f.limit == 0 { 100 } else { f.limit };
    // A `to` bound of `2024-03` must keep `2024-03-30`: compare against the bound's prefix range.
    let to_upper = f.to.as_ref().map(|t| format!("{t}\u{10FFFF}"));
    let mut stmt = conn.prepare_cached(
        r#"SELECT ev.id, ev.article_id, ev.kind, ev.start, ev."end", ev.place, ev.place_id, ev.status, ev.evidence
           FROM events ev
           WHERE (?1 IS NULL OR ev.kind = ?1) AND (?2 IS NULL OR ev.start >= ?2) AND (?3 IS NULL OR ev.start <= ?3)
             AND (?4 IS NULL OR ev.place_id = ?4
                  OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = ev.id AND p.entity_id = ?4))
           ORDER BY ev.start IS NULL, ev.start, ev.id LIMIT ?5 OFFSET ?6"#,
    )?;
    let mut out: Vec<StoredEvent> = stmt
        .query_map(
            params![
                f.kind.map(EventType::as_str),
                f.from,
                to_upper,
                f.entity,
                limit as i64,
                f.offset as i64
            ],
            |r| {
                let kind: String = r.get(2)?;
                let kind = parse_event_type(&kind).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        2,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?;
                Ok(StoredEvent {
                    id: r.get(0)?,
                    article_id: r.get(1)?,
                    kind,
                    start: r.get(3)?,
                    end: r.get(4)?,
                    place: r.get(5)?,
                    place_id: r.get(6)?,
                    participants: Vec::new(),
                    status: r.get(7)?,
                    evidence: r.get(8)?,
                })
            },
        )?
        .collect::<Result<_, _>>()?;
    let mut parts = conn.prepare_cached(
        "SELECT name, entity_id FROM event_participants WHERE event_id = ?1 ORDER BY position",
    )?;
    for ev in &mut out {
        ev.participants = parts
            .query_map([ev.id], |r| {
                Ok(Participant {
                    name: r.get(0)?,
                    entity_id: r.get(1)?,
                })
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(out)
}

/// Who met whom.
pub fn network(conn: &Connection, f: &NetworkFilter) -> Result<Network> {
    let kinds: Vec<&str> = if f.kinds.is_empty() {
        vec!["meeting", "visit"]
    } else {
        f.kinds.iter().map(|k| k.as_str()).collect()
    };
    let kinds_json = serde_json::to_string(&kinds)?;
    let limit = if f.limit == 0 { 500 } else { f.limit };
    let mut stmt = conn.prepare_cached(
        "SELECT a.entity_id, b.entity_id, count(DISTINCT ev.id) AS w
         FROM events ev
         JOIN event_participants a ON a.event_id = ev.id
         JOIN event_participants b ON b.event_id = ev.id AND a.entity_id < b.entity_id
         WHERE ev.kind IN (SELECT value FROM json_each(?1))
           AND (?2 IS NULL OR a.entity_id = ?2 OR b.entity_id = ?2)
         GROUP BY a.entity_id, b.entity_id HAVING w >= ?3
         ORDER BY w DESC, a.entity_id, b.entity_id LIMIT ?4",
    )?;
    let edges: Vec<Edge> = stmt
        .query_map(
            params![
                kinds_json,
                f.entity,
                f.min_weight.max(1) as i64,
                limit as i64
            ],
            |r| {
                Ok(Edge {
                    source: r.get(0)?,
                    target: r.get(1)?,
                    weight: r.get::<_, i64>(2)? as usize,
                })
            },
        )?
        .collect::<Result<_, _>>()?;
    let mut ids: Vec<i64> = edges.iter().flat_map(|e| [e.source, e.target]).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut nodes = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(s) = entity_summary(conn, id)? {
            nodes.push(s);
        }
    }
    Ok(Network { nodes, edges })
}

/// Places and countries with coordinates.
pub fn places(conn: &Connection, limit: usize) -> Result<Vec<Place>> {
    let limit = if limit == 0 { 1000 } else { limit };
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.kind, e.name, e.lat, e.lon,
            (SELECT count(DISTINCT article_id) FROM article_entities ae WHERE ae.entity_id = e.id) AS n,
            (SELECT count(*) FROM events ev WHERE ev.place_id = e.id)
         FROM entities e WHERE e.kind IN ('place', 'country') AND e.lat IS NOT NULL AND e.lon IS NOT NULL
         ORDER BY n DESC, e.name LIMIT ?1",
    )?;
    let raw: Vec<(i64, String, String, f64, f64, i64, i64)> = stmt
        .query_map([limit as i64], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    raw.into_iter()
        .map(|(id, kind, name, lat, lon, n, ev)| {
            Ok(Place {
                id,
                kind: parse_entity_type(&kind)?,
                name,
                lat,
                lon,
                article_count: n as usize,
                event_count: ev as usize,
            })
        })
        .collect()
}

/// Counts.
pub fn stats(conn: &Connection) -> Result<Stats> {
    let count = |sql: &str| -> Result<usize> {
        Ok(conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
    };
    let by_kind = |k: &str| -> Result<usize> {
        Ok(
            conn.query_row("SELECT count(*) FROM entities WHERE kind = ?1", [k], |r| {
                r.get::<_, i64>(0)
            })? as usize,
        )
    };
    let entities = count("SELECT count(*) FROM entities")?;
    let persons = by_kind("person")?;
    let organizations = by_kind("organization")?;
    let countries = by_kind("country")?;
    let places = by_kind("place")?;
    Ok(Stats {
        articles: count("SELECT count(*) FROM articles WHERE duplicate_of IS NULL")?,
        duplicates: count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
        duplicate_sources: count(
            "SELECT count(*) FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE s.source != a.source",
        )?,
        entities,
        persons,
        organizations,
        countries,
        places,
        other_entities: entities - persons - organizations - countries - places,
        events: count("SELECT count(*) FROM events")?,
        roles: count("SELECT count(*) FROM roles")?,
        figures: count("SELECT count(*) FROM figures")?,
        mentions: count("SELECT coalesce(sum(mentions), 0) FROM article_entities")?,
        indexed: 0,
    })
}
