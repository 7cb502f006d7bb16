//! Storing records: deduplication, near-duplicate linking, resolution, all in one transaction.

use super::resolve;
use crate::dedup::{Signature, THRESHOLD};
use crate::normalize::{batch_id, content_hash, content_text, name_key, person_key, BatchIds};
use crate::types::{AddOutcome, ArticleId, EntityId};
use crate::Result;
use corridor_model::{EntityType, Record};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

/// Stores `records` in one transaction, in order.
pub fn add_records(conn: &mut Connection, records: &[Record]) -> Result<Vec<AddOutcome>> {
    let tx = conn.transaction()?;
    let mut outcomes = Vec::with_capacity(records.len());
    for r in records {
        outcomes.push(add_one(&tx, r)?);
    }
    tx.execute(
        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'",
        [],
    )?;
    tx.commit()?;
    Ok(outcomes)
}

fn add_one(tx: &Transaction<'_>, r: &Record) -> Result<AddOutcome> {
    let a = &r.article;
    let title = a.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
    if title.is_none() && a.body.trim().is_empty() {
        return Ok(AddOutcome::Rejected {
            reason: format!("{}: no title and no body", a.source),
        });
    }
    let hash = content_hash(&content_text(title, &a.body));
    let existing: Option<ArticleId> = tx
        .query_row(
            "SELECT id FROM articles WHERE content_hash = ?1",
            [&hash],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        tx.execute(
            "INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?1, ?2)",
            params![id, a.source],
        )?;
        return Ok(AddOutcome::Duplicate { id });
    }
    let signature = Signature::of_text(&a.body);
    let near = match &signature {
        Some(s) => nearest(tx, s)?,
        None => None,
    };
    let record_json = serde_json::to_string(r)?;
    tx.execute(
        "INSERT INTO articles (content_hash, source, url, title, published, published_date, outlet,
             language, body, record, duplicate_of, similarity, minhash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            hash,
            a.source,
            a.url,
            a.title,
            a.published,
            a.published_date(),
            a.outlet,
            a.language,
            a.body,
            record_json,
            near.map(|n| n.0),
            near.map(|n| n.1),
            signature.as_ref().map(Signature::to_bytes),
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?1, ?2)",
        params![id, a.source],
    )?;
    if let Some((of, similarity)) = near {
        return Ok(AddOutcome::NearDuplicate { id, of, similarity });
    }
    if let Some(s) = &signature {
        for (band, h) in s.band_hashes().into_iter().enumerate() {
            tx.execute(
                "INSERT INTO lsh_bands (band, hash, article_id) VALUES (?1, ?2, ?3)",
                params![band as i64, h, id],
            )?;
        }
    }
    store_extraction(tx, id, r)?;
    Ok(AddOutcome::Stored { id })
}

/// The stored canonical article most similar to `s`, when at or above the threshold
/// (ties go to the older article).
fn nearest(tx: &Transaction<'_>, s: &Signature) -> Result<Option<(ArticleId, f64)>> {
    let mut candidates: Vec<ArticleId> = Vec::new();
    let mut stmt =
        tx.prepare_cached("SELECT article_id FROM lsh_bands WHERE band = ?1 AND hash = ?2")?;
    for (band, h) in s.band_hashes().into_iter().enumerate() {
        let rows = stmt.query_map(params![band as i64, h], |r| r.get::<_, i64>(0))?;
        for id in rows {
            candidates.push(id?);
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    let mut best: Option<(ArticleId, f64)> = None;
    let mut get = tx.prepare_cached("SELECT minhash FROM articles WHERE id = ?1")?;
    for id in candidates {
        let bytes: Option<Vec<u8>> = get.query_row([id], |r| r.get(0))?;
        let Some(other) = bytes.as_deref().and_then(Signature::from_bytes) else {
            continue;
        };
        let sim = s.similarity(&other);
        if sim >= THRESHOLD && best.is_none_or(|(_, b)| sim > b) {
            best = Some((id, sim));
        }
    }
    Ok(best)
}

/// Code points `start..end` of `text`, clamped.
pub(crate) fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

fn store_extraction(tx: &Transaction<'_>, article_id: ArticleId, r: &Record) -> Result<()> {
    let x = &r.extraction;
    let ids = resolve::resolve_all(tx, &x.entities)?;
    // Names used in this article, to resolve roles and events to its own entities first.
    let mut local = BatchIds::new();
    for (pos, (e, &id)) in x.entities.iter().zip(&ids).enumerate() {
        tx.execute(
            "INSERT INTO article_entities (article_id, position, entity_id, local_id, mentions) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![article_id, pos as i64, id, e.id, e.mentions.len() as i64],
        )?;
        let person = e.kind == EntityType::Person;
        let forms = std::iter::once(&e.name)
            .chain(e.acronym.iter())
            .chain(e.aliases.iter());
        for f in forms {
            let key = if person { person_key(f) } else { name_key(f) };
            local.entry((person, key)).or_insert(id);
        }
    }
    let find = |name: &str, kinds: &[EntityType]| -> Result<Option<EntityId>> {
        match batch_id(&local, name, kinds) {
            Some(id) => Ok(Some(id)),
            None => resolve::find_by_name(tx, kinds, name),
        }
    };
    let date = r.article.published_date().map(str::to_string);
    for role in &x.roles {
        let Some(person) = find(&role.person, &[EntityType::Person])? else {
            continue;
        };
        let org_id = match &role.organization {
            Some(o) => find(o, &[EntityType::Organization, EntityType::Country])?,
            None => None,
        };
        tx.execute(
            "INSERT INTO roles (article_id, person_id, title, organization, organization_id, country, date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![article_id, person, role.title.trim(), role.organization, org_id, role.country, date],
        )?;
    }
    let participant_kinds = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Country,
    ];
    for ev in &x.events {
        let place_id = match &ev.place {
            Some(p) => find(p, &[EntityType::Place, EntityType::Country])?,
            None => None,
        };
        let evidence = slice_chars(&r.article.body, ev.evidence.start, ev.evidence.end);
        tx.execute(
            r#"INSERT INTO events (article_id, kind, start, "end", place, place_id, status, evidence)
               VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"#,
            params![
                article_id,
                ev.kind.as_str(),
                ev.start,
                ev.end,
                ev.place,
                place_id,
                ev.status,
                (!evidence.is_empty()).then_some(evidence)
            ],
        )?;
        let event_id = tx.last_insert_rowid();
        for (pos, name) in ev.participants.iter().enumerate() {
            let id = find(name, &participant_kinds)?;
            tx.execute(
                "INSERT INTO event_participants (event_id, position, name, entity_id) VALUES (?1, ?2, ?3, ?4)",
                params![event_id, pos as i64, name, id],
            )?;
        }
    }
    for f in &x.figures {
        tx.execute(
            "INSERT INTO figures (article_id, text, value, unit, about) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![article_id, f.text, f.value, f.unit, f.about],
        )?;
    }
    Ok(())
}
