//! Golden tests over the fixtures in `testdata/entities/` (this project's own writing).
//!
//! Each fixture has a header of `# expect: type | name | alias-or-ISO...`, `# role: person |
//! title | organization, ISO code or -` and `# absent: exact name` lines, then `---` and the body.

use corridor_extract::{entities::EntityFinder, Doc};
use corridor_model::{Article, Extraction};
use std::path::PathBuf;

/// The entity and role stages only (the other stages have their own tests).
struct Stages(EntityFinder);

impl Stages {
    fn run(&self, article: &Article) -> Extraction {
        let doc = Doc::new(article);
        let found = self.0.find(&doc);
        let roles = corridor_extract::roles::find(&doc, &found);
        Extraction {
            entities: found.into_iter().map(|f| f.entity).collect(),
            roles,
            ..Default::default()
        }
    }
}

fn norm(s: &str) -> String {
    let s = s.to_lowercase().replace('’', "'");
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

fn names(e: &corridor_model::Entity) -> Vec<String> {
    let mut v = vec![norm(&e.name)];
    v.extend(e.aliases.iter().map(|a| norm(a)));
    v.extend(e.acronym.iter().map(|a| norm(a)));
    v
}

fn check(path: &PathBuf, ex: &Stages) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("fixture is readable");
    let (head, body) = text.split_once("\n---\n").expect("fixture has a --- line");
    let article = Article::new(path.display().to_string(), body.trim());
    let out = ex.run(&article);
    let mut errors = Vec::new();
    for line in head.lines() {
        let fields = |rest: &str| {
            rest.split('|')
                .map(|f| f.trim().to_string())
                .collect::<Vec<_>>()
        };
        if let Some(rest) = line.strip_prefix("# expect:") {
            let f = fields(rest);
            let (ty, name) = (&f[0], &f[1]);
            let Some(e) = out
                .entities
                .iter()
                .find(|e| e.kind.as_str() == ty && names(e).contains(&norm(name)))
            else {
                errors.push(format!("missing {ty} {name}"));
                continue;
            };
            for extra in &f[2..] {
                let is_iso = extra.len() == 2 && extra.chars().all(|c| c.is_ascii_uppercase());
                let ok = if is_iso {
                    e.iso.as_deref() == Some(extra.as_str())
                } else {
                    names(e).contains(&norm(extra))
                };
                if !ok {
                    errors.push(format!("{name}: no {extra} in {e:?}"));
                }
            }
            if e.mentions.is_empty() {
                errors.push(format!("{name}: no mentions"));
            }
        } else if let Some(rest) = line.strip_prefix("# role:") {
            let f = fields(rest);
            let r = out
                .roles
                .iter()
                .find(|r| norm(&r.person) == norm(&f[0]) && norm(&r.title) == norm(&f[1]));
            match r {
                None => errors.push(format!(
                    "missing role {} / {} in {:?}",
                    f[0], f[1], out.roles
                )),
                Some(r) if f[2] != "-" => {
                    let is_iso = f[2].len() == 2 && f[2].chars().all(|c| c.is_ascii_uppercase());
                    let ok = if is_iso {
                        r.country.as_deref() == Some(f[2].as_str())
                    } else {
                        // the organization by its canonical name or any form of it
                        let org = out
                            .entities
                            .iter()
                            .find(|e| Some(e.name.as_str()) == r.organization.as_deref());
                        org.is_some_and(|e| names(e).contains(&norm(&f[2])))
                    };
                    if !ok {
                        errors.push(format!(
                            "role {} / {}: owner {:?} {:?}, want {}",
                            f[0], f[1], r.organization, r.country, f[2]
                        ));
                    }
                }
                _ => {}
            }
        } else if let Some(rest) = line.strip_prefix("# absent:") {
            // no entity is named exactly so
            let name = rest.trim();
            if let Some(e) = out.entities.iter().find(|e| e.name == name) {
                errors.push(format!("unexpected entity {e:?}"));
            }
        }
    }
    // every mention is a real span of the body, in code points
    let chars = body.trim().chars().count();
    for e in &out.entities {
        for m in &e.mentions {
            if m.start >= m.end || m.end > chars {
                errors.push(format!("{}: bad mention {m:?}", e.name));
            }
        }
    }
    errors
}

#[test]
fn fixtures_yield_their_entities_and_roles() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/entities");
    let ex = Stages(EntityFinder::new());
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 3, "fixtures missing");
    let mut all = Vec::new();
    for p in &paths {
        for e in check(p, &ex) {
            all.push(format!(
                "{}: {e}",
                p.file_name().unwrap_or_default().to_string_lossy()
            ));
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}
