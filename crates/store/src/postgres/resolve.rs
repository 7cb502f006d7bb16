//! Cross-article entity resolution over Postgres: the rules of `embedded::resolve` (keys,
//! one-word persons, acronym upgrades, first come first served), its SQL in Postgres.

use super::tx::Tx;
use super::{clip, MAX_KEY_BYTES};
use crate::embedded::resolve::{attachments, keys, looks_like_acronym};
use crate::types::EntityId;
use crate::Result;
use corridor_model::{Entity, EntityType};

fn lookup(tx: &mut Tx<'_>, kind: EntityType, key: &str) -> Result<Option<EntityId>> {
    Ok(tx
        .query_opt(
            "SELECT entity_id FROM entity_keys WHERE kind = $1 AND key = $2",
            &[&kind.as_str(), &clip(key, MAX_KEY_BYTES)],
        )?
        .map(|r| r.get(0)))
}

/// Finds the stored entity a name of some type refers to, trying persons' and other keys.
pub fn find_by_name(tx: &mut Tx<'_>, kinds: &[EntityType], name: &str) -> Result<Option<EntityId>> {
    for &kind in kinds {
        let Some(key) = crate::normalize::lookup_key(kind, name) else {
            continue;
        };
        if let Some(id) = lookup(tx, kind, &key)? {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Resolves the entities of one article; returns the global id of each (by position).
pub fn resolve_all(tx: &mut Tx<'_>, entities: &[Entity]) -> Result<Vec<EntityId>> {
    let mut ids: Vec<Option<EntityId>> = vec![None; entities.len()];
    let attach = attachments(entities);
    for (i, e) in entities.iter().enumerate() {
        if attach.contains_key(&i) {
            continue;
        }
        ids[i] = Some(resolve_one(tx, e)?);
    }
    let mut attach: Vec<(usize, usize)> = attach.into_iter().collect();
    attach.sort_unstable();
    for (i, owner) in attach {
        let id = ids[owner].unwrap_or_default();
        add_alias(tx, id, &entities[i].name)?;
        for a in &entities[i].aliases {
            add_alias(tx, id, a)?;
        }
        ids[i] = Some(id);
    }
    Ok(ids.into_iter().map(Option::unwrap_or_default).collect())
}

fn add_alias(tx: &mut Tx<'_>, id: EntityId, alias: &str) -> Result<()> {
    let alias = clip(alias.trim(), MAX_KEY_BYTES);
    if alias.is_empty() {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO entity_aliases (entity_id, alias)
         SELECT $1::bigint, $2::text
         WHERE NOT EXISTS (SELECT 1 FROM entities WHERE id = $1::bigint AND name = $2::text)
         ON CONFLICT DO NOTHING",
        &[&id, &alias],
    )?;
    Ok(())
}

/// Resolves one entity: finds or creates it, merges what this mention adds.
pub fn resolve_one(tx: &mut Tx<'_>, e: &Entity) -> Result<EntityId> {
    let keys = keys(e);
    let mut found = None;
    for k in &keys {
        if let Some(id) = lookup(tx, e.kind, k)? {
            found = Some(id);
            break;
        }
    }
    let iso = e
        .iso
        .as_deref()
        .map(|s| s.trim().to_ascii_uppercase())
        .filter(|s| !s.is_empty());
    let name = e.name.trim();
    let acronym = e.acronym.as_deref();
    let id: EntityId = match found {
        None => tx
            .query_one(
                "INSERT INTO entities (kind, name, acronym, iso, lat, lon)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                &[&e.kind.as_str(), &name, &acronym, &iso, &e.lat, &e.lon],
            )?
            .get(0),
        Some(id) => {
            let row = tx.query_one("SELECT name, acronym FROM entities WHERE id = $1", &[&id])?;
            let old_name: String = row.get(0);
            let old_acronym: Option<String> = row.get(1);
            // An entity first seen by its acronym takes the full name when one turns up.
            let upgrade = e.kind != EntityType::Person
                && name != old_name
                && (old_acronym.as_deref() == Some(old_name.as_str())
                    || looks_like_acronym(&old_name))
                && name.split_whitespace().count() > 1;
            if upgrade {
                tx.execute("UPDATE entities SET name = $2 WHERE id = $1", &[&id, &name])?;
                tx.execute(
                    "DELETE FROM entity_aliases WHERE entity_id = $1 AND alias = $2",
                    &[&id, &clip(name, MAX_KEY_BYTES)],
                )?;
                add_alias(tx, id, &old_name)?;
                if old_acronym.is_none() && looks_like_acronym(&old_name) && e.acronym.is_none() {
                    tx.execute(
                        "UPDATE entities SET acronym = $2 WHERE id = $1",
                        &[&id, &old_name],
                    )?;
                }
            }
            tx.execute(
                "UPDATE entities SET acronym = coalesce(acronym, $2), iso = coalesce(iso, $3),
                 lat = coalesce(lat, $4), lon = coalesce(lon, $5) WHERE id = $1",
                &[&id, &acronym, &iso, &e.lat, &e.lon],
            )?;
            add_alias(tx, id, name)?;
            id
        }
    };
    for k in &keys {
        tx.execute(
            "INSERT INTO entity_keys (kind, key, entity_id) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
            &[&e.kind.as_str(), &clip(k, MAX_KEY_BYTES), &id],
        )?;
    }
    if let Some(a) = acronym {
        add_alias(tx, id, a)?;
    }
    for a in &e.aliases {
        add_alias(tx, id, a)?;
    }
    Ok(id)
}
