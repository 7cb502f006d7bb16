//! Cross-article entity resolution, inside the transaction that stores an article.
//!
//! Each entity of a record is matched, in order of strength, on its ISO code (countries), its
//! normalized name, its acronym and its aliases, within its type. Persons match on the full
//! name with titles removed; a one-word person ("Xi") attaches to a person of the same article
//! whose full name contains that word, and otherwise only to other one-word mentions, never
//! to a full name seen elsewhere. Keys are first come, first served: a key already claimed by
//! one entity is never moved to another, so the outcome does not depend on batch boundaries.

use crate::normalize::{is_single_name, name_key, person_key};
use crate::types::EntityId;
use crate::Result;
use corridor_model::{Entity, EntityType};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::HashMap;

/// The lookup keys of an entity, strongest first.
pub fn keys(e: &Entity) -> Vec<String> {
    let mut keys = Vec::new();
    let mut push = |k: String| {
        if !k.is_empty() && !keys.contains(&k) {
            keys.push(k);
        }
    };
    if e.kind == EntityType::Person {
        let full = person_key(&e.name);
        if is_single_name(&full) {
            push(format!("single:{full}"));
        } else {
            push(full);
        }
        for a in &e.aliases {
            let k = person_key(a);
            if !is_single_name(&k) {
                push(k);
            }
        }
        return keys;
    }
    if let Some(iso) = e.iso.as_deref().filter(|s| !s.trim().is_empty()) {
        push(format!("iso:{}", iso.trim().to_ascii_uppercase()));
    }
    push(name_key(&e.name));
    if let Some(a) = &e.acronym {
        push(name_key(a));
    }
    for a in &e.aliases {
        push(name_key(a));
    }
    keys
}

fn lookup(tx: &Transaction<'_>, kind: EntityType, key: &str) -> Result<Option<EntityId>> {
    Ok(tx
        .query_row(
            "SELECT entity_id FROM entity_keys WHERE kind = ?1 AND key = ?2",
            params![kind.as_str(), key],
            |r| r.get(0),
        )
        .optional()?)
}

/// Finds the stored entity a name of some type refers to, trying persons' and other keys.
pub fn find_by_name(
    tx: &Transaction<'_>,
    kinds: &[EntityType],
    name: &str,
) -> Result<Option<EntityId>> {
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

/// Whether a name looks like an acronym: one word, no lowercase letters.
pub(crate) fn looks_like_acronym(s: &str) -> bool {
    !s.contains(' ') && s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_lowercase())
}

/// One-word persons of an article that attach to the one full-named person of the same
/// article containing that word: index of the mention -> index of its owner. Pure, shared by
/// every store.
pub(crate) fn attachments(entities: &[Entity]) -> HashMap<usize, usize> {
    // Full person names of this article, for one-word mentions to attach to.
    let full_names: Vec<(usize, Vec<String>)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person)
        .map(|(i, e)| {
            (
                i,
                person_key(&e.name)
                    .split(' ')
                    .map(str::to_string)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, words)| words.len() > 1)
        .collect();
    let mut attach: HashMap<usize, usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityType::Person {
            continue;
        }
        let k = person_key(&e.name);
        if is_single_name(&k) {
            let owners: Vec<usize> = full_names
                .iter()
                .filter(|(_, w)| w.contains(&k))
                .map(|(j, _)| *j)
                .collect();
            if owners.len() == 1 {
                attach.insert(i, owners[0]);
            }
        }
    }
    attach
}

/// Resolves the entities of one article; returns the global id of each (by position).
pub fn resolve_all(tx: &Transaction<'_>, entities: &[Entity]) -> Result<Vec<EntityId>> {
    let mut ids: Vec<Option<EntityId>> = vec![None; entities.len()];
    let attach = attachments(entities);
    for (i, e) in entities.iter().enumerate() {
        if attach.contains_key(&i) {
            continue;
        }
        ids[i] = Some(resolve_one(tx, e)?);
    }
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

fn add_alias(tx: &Transaction<'_>, id: EntityId, alias: &str) -> Result<()> {
    let alias = alias.trim();
    if alias.is_empty() {
        return Ok(());
    }
    tx.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, alias)
         SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM entities WHERE id = ?1 AND name = ?2)",
        params![id, alias],
    )?;
    Ok(())
}

/// Resolves one entity: finds or creates it, merges what this mention adds.
pub fn resolve_one(tx: &Transaction<'_>, e: &Entity) -> Result<EntityId> {
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
    let id = match found {
        None => {
            tx.execute(
                "INSERT INTO entities (kind, name, acronym, iso, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![e.kind.as_str(), name, e.acronym.as_deref(), iso, e.lat, e.lon],
            )?;
            tx.last_insert_rowid()
        }
        Some(id) => {
            let (old_name, old_acronym): (String, Option<String>) = tx.query_row(
                "SELECT name, acronym FROM entities WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            // An entity first seen by its acronym takes the full name when one turns up.
            let upgrade = e.kind != EntityType::Person
                && name != old_name
                && (old_acronym.as_deref() == Some(old_name.as_str())
                    || looks_like_acronym(&old_name))
                && name.split_whitespace().count() > 1;
            if upgrade {
                tx.execute(
                    "UPDATE entities SET name = ?2 WHERE id = ?1",
                    params![id, name],
                )?;
                tx.execute(
                    "DELETE FROM entity_aliases WHERE entity_id = ?1 AND alias = ?2",
                    params![id, name],
                )?;
                add_alias(tx, id, &old_name)?;
                if old_acronym.is_none() && looks_like_acronym(&old_name) && e.acronym.is_none() {
                    tx.execute(
                        "UPDATE entities SET acronym = ?2 WHERE id = ?1",
                        params![id, old_name],
                    )?;
                }
            }
            tx.execute(
                "UPDATE entities SET acronym = coalesce(acronym, ?2), iso = coalesce(iso, ?3),
                 lat = coalesce(lat, ?4), lon = coalesce(lon, ?5) WHERE id = ?1",
                params![id, e.acronym.as_deref(), iso, e.lat, e.lon],
            )?;
            add_alias(tx, id, name)?;
            id
        }
    };
    for k in &keys {
        tx.execute(
            "INSERT OR IGNORE INTO entity_keys (kind, key, entity_id) VALUES (?1, ?2, ?3)",
            params![e.kind.as_str(), k, id],
        )?;
    }
    if let Some(a) = &e.acronym {
        add_alias(tx, id, a)?;
    }
    for a in &e.aliases {
        add_alias(tx, id, a)?;
    }
    Ok(id)
}
