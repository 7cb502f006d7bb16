//! Regression bar over the dev gold files in `../shared/dev/gold` (skipped when absent): the
//! entity and role stages keep entities F1 ≥ 0.90 and roles F1 ≥ 0.80 under the matching rules
//! of `eval/score.py` (same type and a shared normalized name; optional gold neither counts nor
//! costs; roles match on person and title).

use corridor_extract::{entities::EntityFinder, roles, Doc};
use corridor_model::Article;
use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;

fn norm(s: &str) -> String {
    let s = s.to_lowercase().replace('’', "'").replace(['-', '–'], " ");
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

fn norm_title(s: &str) -> String {
    let s = norm(s);
    s.split(' ')
        .filter(|w| !matches!(*w, "h" | "e" | "he" | "mr" | "mrs" | "ms" | "dr" | "prof"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn strs(v: &Value, k: &str) -> Vec<String> {
    v.get(k)
        .and_then(|x| x.as_array())
        .map(|a| a.iter().filter_map(|x| x.as_str()).map(norm).collect())
        .unwrap_or_default()
}

#[test]
fn dev_entities_and_roles_stay_above_the_bar() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/dev/gold");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("note: {} not found, dev regression skipped", dir.display());
        return;
    };
    let finder = EntityFinder::new();
    // CORRIDOR_VERBOSE=1 lists the entities that do not match
    let verbose = std::env::var_os("CORRIDOR_VERBOSE").is_some();
    let (mut etp, mut efp, mut efn, mut rtp, mut rfp, mut rfn) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for p in entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(&p).expect("gold")).expect("gold json");
        let body = gold["body"].as_str().unwrap_or_default();
        let article = Article::new("dev", body);
        let doc = Doc::new(&article);
        let found = finder.find(&doc);
        let roles = roles::find(&doc, &found);
        let core = ["person", "organization", "country", "place"];
        let golds: Vec<&Value> = gold["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|g| core.contains(&g["type"].as_str().unwrap_or("")))
            .collect();
        let mut used = HashSet::new();
        let mut order: Vec<usize> = (0..golds.len()).collect();
        order.sort_by_key(|&j| {
            golds[j]
                .get("optional")
                .and_then(|o| o.as_bool())
                .unwrap_or(false)
        });
        for f in found
            .iter()
            .filter(|f| core.contains(&f.entity.kind.as_str()))
        {
            let e = &f.entity;
            let mut names: HashSet<String> = e.aliases.iter().map(|a| norm(a)).collect();
            names.insert(norm(&e.name));
            names.extend(e.acronym.iter().map(|a| norm(a)));
            let hit = order.iter().copied().find(|&j| {
                let g = golds[j];
                let mut gn = strs(g, "aliases");
                gn.push(norm(g["name"].as_str().unwrap_or("")));
                !used.contains(&j)
                    && g["type"].as_str() == Some(e.kind.as_str())
                    && gn.iter().any(|n| names.contains(n))
            });
            match hit {
                Some(j) => {
                    used.insert(j);
                    if !golds[j]
                        .get("optional")
                        .and_then(|o| o.as_bool())
                        .unwrap_or(false)
                    {
                        etp += 1;
                    }
                }
                None => {
                    efp += 1;
                    if verbose {
                        println!(
                            "spurious {} {:?} in {}",
                            e.kind.as_str(),
                            e.name,
                            p.display()
                        );
                    }
                }
            }
        }
        let missed: Vec<usize> = (0..golds.len())
            .filter(|j| {
                !used.contains(j)
                    && !golds[*j]
                        .get("optional")
                        .and_then(|o| o.as_bool())
                        .unwrap_or(false)
            })
            .collect();
        if verbose {
            for &j in &missed {
                println!("missed {} in {}", golds[j], p.display());
            }
        }
        efn += missed.len();
        let groles: Vec<&Value> = gold["roles"].as_array().into_iter().flatten().collect();
        let mut rused = HashSet::new();
        for r in &roles {
            let hit = (0..groles.len()).find(|&j| {
                let g = groles[j];
                let mut titles: Vec<String> =
                    strs(g, "titles").iter().map(|t| norm_title(t)).collect();
                titles.push(norm_title(g["title"].as_str().unwrap_or("")));
                !rused.contains(&j)
                    && norm(g["person"].as_str().unwrap_or("")) == norm(&r.person)
                    && titles.contains(&norm_title(&r.title))
            });
            match hit {
                Some(j) => {
                    rused.insert(j);
                    rtp += 1;
                }
                None => {
                    rfp += 1;
                    if verbose {
                        println!(
                            "spurious role {:?} {:?} in {}",
                            r.person,
                            r.title,
                            p.display()
                        );
                    }
                }
            }
        }
        if verbose {
            for j in (0..groles.len()).filter(|j| !rused.contains(j)) {
                println!("missed role {} in {}", groles[j], p.display());
            }
        }
        rfn += (0..groles.len())
            .filter(|j| {
                !rused.contains(j)
                    && !groles[*j]
                        .get("optional")
                        .and_then(|o| o.as_bool())
                        .unwrap_or(false)
            })
            .count();
    }
    let f1 = |tp: usize, fp: usize, fn_: usize| 2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64;
    let (ef, rf) = (f1(etp, efp, efn), f1(rtp, rfp, rfn));
    println!("dev entities F1 {ef:.3} ({etp}/{efp}/{efn}), roles F1 {rf:.3} ({rtp}/{rfp}/{rfn})");
    assert!(ef >= 0.90, "entities F1 {ef:.3}");
    assert!(rf >= 0.80, "roles F1 {rf:.3}");
}
