//! Storing records in Postgres: deduplication, near-duplicate linking, resolution, all in one
//! transaction per batch.

use super::resolve;
use super::schema::LOCK_KEY;
use super::tx::{Conn, Tx};
use super::{clip, MAX_KEY_BYTES};
use crate::dedup::{Signature, THRESHOLD};
use crate::embedded::write::slice_chars;
use crate::normalize::{batch_id, content_hash, content_text, name_key, person_key, BatchIds};
use crate::types::{AddOutcome, ArticleId, EntityId};
use crate::Result;
use corridor_model::{EntityType, Record};
use std::borrow::Cow;
use std::collections::HashMap;

/// Stores `records` in one transaction, in order. Writers in other processes wait on an
/// advisory lock, so hashes, keys and near-duplicate links see every earlier batch.
pub fn add_records(conn: &mut Conn, records: &[Record]) -> Result<Vec<AddOutcome>> {
    let mut tx = Tx::begin(conn)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
    let mut outcomes = Vec::with_capacity(records.len());
    for r in records {
        let r = without_nul(r)?;
        outcomes.push(add_one(&mut tx, &r)?);
    }
    tx.execute(
        "UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'generation'",
        &[],
    )?;
    tx.commit()?;
    Ok(outcomes)
}

/// Postgres text cannot hold U+0000: such characters become U+FFFD (one code point for one,
/// so spans still hold).
fn without_nul(r: &Record) -> Result<Cow<'_, Record>> {
    let json = serde_json::to_string(r)?;
    if !json.contains("\\u0000") {
        return Ok(Cow::Borrowed(r));
    }
    Ok(Cow::Owned(serde_json::from_str(
        &json.replace("\\u0000", "\\ufffd"),
    )?))
}

fn add_one(tx: &mut Tx<'_>, r: &Record) -> Result<AddOutcome> {
    let a = &r.article;
    let title = a.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
    if title.is_none() && a.body.trim().is_empty() {
        return Ok(AddOutcome::Rejected {
            reason: format!("{}: no title and no body", a.source),
        });
    }
    let hash = content_hash(&content_text(title, &a.body));
    let existing: Option<ArticleId> = tx
        .query_opt("SELECT id FROM articles WHERE content_hash = $1", &[&hash])?
        .map(|row| row.get(0));
    if let Some(id) = existing {
        tx.execute(
            "INSERT INTO article_sources (article_id, source) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&id, &clip(&a.source, MAX_KEY_BYTES)],
        )?;
        return Ok(AddOutcome::Duplicate { id });
    }
    let signature = Signature::of_text(&a.body);
    let near = match &signature {
        Some(s) => nearest(tx, s)?,
        None => None,
    };
    let record_json = serde_json::to_string(r)?;
    let minhash = signature.as_ref().map(Signature::to_bytes);
    // Indexed columns; a date is short, anything longer is not one.
    let published = a.published.as_deref().map(|p| clip(p, 100));
    let published_date = a.published_date().map(|p| clip(p, 100));
    let id: ArticleId = tx
        .query_one(
            "INSERT INTO articles (content_hash, source, url, title, published, published_date, outlet,
                 language, body, record, duplicate_of, similarity, minhash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
            &[
                &hash,
                &a.source,
                &a.url,
                &a.title,
                &published,
                &published_date,
                &a.outlet,
                &a.language,
                &a.body,
                &record_json,
                &near.map(|n| n.0),
                &near.map(|n| n.1),
                &minhash,
            ],
        )?
        .get(0);
    tx.execute(
        "INSERT INTO article_sources (article_id, source) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        &[&id, &clip(&a.source, MAX_KEY_BYTES)],
    )?;
    if let Some((of, similarity)) = near {
        return Ok(AddOutcome::NearDuplicate { id, of, similarity });
    }
    if let Some(s) = &signature {
        let bands: Vec<i64> = (0..s.band_hashes().len() as i64).collect();
        tx.execute(
            "INSERT INTO lsh_bands (band, hash, article_id)
             SELECT b, h, $3 FROM unnest($1::bigint[], $2::bigint[]) AS t(b, h)",
            &[&bands, &s.band_hashes(), &id],
        )?;
    }
    store_extraction(tx, id, r)?;
    Ok(AddOutcome::Stored { id })
}

/// The stored canonical article most similar to `s`, when at or above the threshold
/// (ties go to the older article).
fn nearest(tx: &mut Tx<'_>, s: &Signature) -> Result<Option<(ArticleId, f64)>> {
    let hashes = s.band_hashes();
    let bands: Vec<i64> = (0..hashes.len() as i64).collect();
    let rows = tx.query(
        "SELECT a.id, a.minhash FROM articles a WHERE a.id IN (
             SELECT l.article_id FROM lsh_bands l
             JOIN unnest($1::bigint[], $2::bigint[]) AS t(b, h) ON l.band = t.b AND l.hash = t.h)
         ORDER BY a.id",
        &[&bands, &hashes],
    )?;
    let mut best: Option<(ArticleId, f64)> = None;
    for row in rows {
        let id: ArticleId = row.get(0);
        let bytes: Option<Vec<u8>> = row.get(1);
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

/// Names used in one article, to resolve roles and events to its own entities first.
type Local = BatchIds;

fn find(
    tx: &mut Tx<'_>,
    local: &Local,
    name: &str,
    kinds: &[EntityType],
) -> Result<Option<EntityId>> {
    match batch_id(local, name, kinds) {
        Some(id) => Ok(Some(id)),
        None => resolve::find_by_name(tx, kinds, name),
    }
}

fn store_extraction(tx: &mut Tx<'_>, article_id: ArticleId, r: &Record) -> Result<()> {
    let x = &r.extraction;
    let ids = resolve::resolve_all(tx, &x.entities)?;
    let mut local: Local = HashMap::new();
    for (pos, (e, &id)) in x.entities.iter().zip(&ids).enumerate() {
        tx.execute(
            "INSERT INTO article_entities (article_id, position, entity_id, local_id, mentions)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &article_id,
                &(pos as i64),
                &id,
                &e.id,
                &(e.mentions.len() as i64),
            ],
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
    let date = r.article.published_date().map(str::to_string);
    for role in &x.roles {
        let Some(person) = find(tx, &local, &role.person, &[EntityType::Person])? else {
            continue;
        };
        let org_id = match &role.organization {
            Some(o) => find(
                tx,
                &local,
                o,
                &[EntityType::Organization, EntityType::Country],
            )?,
            None => None,
        };
        tx.execute(
            "INSERT INTO roles (article_id, person_id, title, organization, organization_id, country, date)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[&article_id, &person, &role.title.trim(), &role.organization, &org_id, &role.country, &date],
        )?;
    }
    let participant_kinds = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Country,
    ];
    for ev in &x.events {
        let place_id = match &ev.place {
            Some(p) => find(tx, &local, p, &[EntityType::Place, EntityType::Country])?,
            None => None,
        };
        let evidence = slice_chars(&r.article.body, ev.evidence.start, ev.evidence.end);
        let evidence = (!evidence.is_empty()).then_some(evidence);
        let event_id: i64 = tx
            .query_one(
                r#"INSERT INTO events (article_id, kind, start, "end", place, place_id, status, evidence)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"#,
                &[
                    &article_id,
                    &ev.kind.as_str(),
                    &ev.start.as_deref().map(|s| clip(s, 100)),
                    &ev.end,
                    &ev.place,
                    &place_id,
                    &ev.status,
                    &evidence,
                ],
            )?
            .get(0);
        for (pos, name) in ev.participants.iter().enumerate() {
            let id = find(tx, &local, name, &participant_kinds)?;
            tx.execute(
                "INSERT INTO event_participants (event_id, position, name, entity_id) VALUES ($1, $2, $3, $4)",
                &[&event_id, &(pos as i64), name, &id],
            )?;
        }
    }
    for f in &x.figures {
        tx.execute(
            "INSERT INTO figures (article_id, text, value, unit, about) VALUES ($1, $2, $3, $4, $5)",
            &[&article_id, &f.text, &f.value, &f.unit, &f.about],
        )?;
    }
    Ok(())
}
