//! Roles: the titles people hold and the organization or country each belongs to.
//!
//! Around every mention of a person, [`find`] reads a title ([`titles::title_at`]) in the forms
//! news writing uses: before the name ("Secretary General Shi Zhongjun of the ACC", "Kazakh
//! President Kassym-Jomart Tokayev", "Chinese Foreign Ministry spokesperson Lin Jian",
//! "President of the Republic of Kazakhstan Nursultan Nazarbayev") or after it in apposition
//! ("Kabir Jurazoda, Director of the CAREC Institute", "Wang Yi, a member of the Political
//! Bureau of ...", "Xiao Jie, China's Finance Minister", "X, who is Y of Z"). The organization
//! or country is the entity next to the title: "of Z", "at Z", or a name or adjective before it.

pub mod titles;

use crate::entities::Found;
use crate::Doc;
use corridor_model::{EntityType, Role};
use std::collections::HashMap;
use titles::title_at;

struct Ctx<'a> {
    words: Vec<(&'a str, usize, usize)>,
    /// the type of each entity
    kinds: Vec<EntityType>,
    /// word index of a mention's first word → (entity, index one past its last word)
    starts: HashMap<usize, (usize, usize)>,
    /// word index one past a mention's last word → (entity, first word)
    ends: HashMap<usize, (usize, usize)>,
}

impl<'a> Ctx<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.words.get(i).map(|w| w.0).unwrap_or("")
    }
}

/// The roles stated in `doc`.
pub fn find(doc: &Doc, entities: &[Found]) -> Vec<Role> {
    let words: Vec<(&str, usize, usize)> = doc
        .tokens
        .iter()
        .map(|t| (t.text(doc.body), t.start, t.end))
        .collect();
    let by_start: HashMap<usize, usize> = words.iter().enumerate().map(|(i, w)| (w.1, i)).collect();
    let by_end: HashMap<usize, usize> = words
        .iter()
        .enumerate()
        .map(|(i, w)| (w.2, i + 1))
        .collect();
    let kinds = entities.iter().map(|f| f.entity.kind).collect();
    let mut ctx = Ctx {
        words,
        kinds,
        starts: HashMap::new(),
        ends: HashMap::new(),
    };
    for (e, f) in entities.iter().enumerate() {
        for r in &f.mentions {
            if let (Some(&a), Some(&b)) = (by_start.get(&r.start), by_end.get(&r.end)) {
                // where mentions nest, the longest one counts
                if ctx.starts.get(&a).is_none_or(|&(_, b0)| b0 < b) {
                    ctx.starts.insert(a, (e, b));
                }
                if ctx.ends.get(&b).is_none_or(|&(_, a0)| a0 > a) {
                    ctx.ends.insert(b, (e, a));
                }
            }
        }
    }
    let mut out: Vec<Role> = Vec::new();
    for f in entities
        .iter()
        .filter(|f| f.entity.kind == EntityType::Person)
    {
        for r in &f.mentions {
            let (Some(&p0), Some(&p1)) = (by_start.get(&r.start), by_end.get(&r.end)) else {
                continue;
            };
            let mut found = before(&ctx, p0, p1);
            found.extend(after(&ctx, p1));
            for (title, owner) in found {
                let mut role = Role {
                    person: f.entity.name.clone(),
                    title,
                    organization: None,
                    country: None,
                    evidence: Some(doc.span(doc.sentence_of(r.start))),
                };
                if let Some(e) = owner.map(|o| &entities[o].entity) {
                    match e.kind {
                        EntityType::Country => role.country = e.iso.clone(),
                        EntityType::Person => {}
                        _ => role.organization = Some(e.name.clone()),
                    }
                }
                let k = (role.person.clone(), titles::office_key(&role.title));
                match out
                    .iter_mut()
                    .find(|x| (x.person.clone(), titles::office_key(&x.title)) == k)
                {
                    Some(x) => {
                        if x.organization.is_none() && x.country.is_none() {
                            *x = role;
                        }
                    }
                    None => out.push(role),
                }
            }
        }
    }
    out
}

fn is_honorific(w: &str) -> bool {
    crate::entities::lexicon::is_honorific(w) || w == "Excellency"
}

/// The entity (not a person) that ends right before word `i`, allowing a possessive between.
fn owner_ending_at(ctx: &Ctx, i: usize, entities_ok: bool) -> Option<usize> {
    let mut i = i;
    if matches!(ctx.text(i.wrapping_sub(1)), "'s" | "’s" | "’" | "'") {
        i -= 1;
    }
    // "China Communications Construction Company (CCCC) chairman Wang Tong"
    if i >= 3 && ctx.text(i - 1) == ")" && ctx.text(i - 3) == "(" {
        if let Some(&(e, _)) = ctx.ends.get(&(i - 3)).or_else(|| ctx.ends.get(&(i - 1))) {
            return Some(e).filter(|_| entities_ok);
        }
    }
    ctx.ends.get(&i).map(|&(e, _)| e).filter(|_| entities_ok)
}

/// `of [the] E` or `at [the] E` starting at word `i`: the entity and the word after it.
fn of_owner(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !matches!(ctx.text(i), "of" | "at" | "for") {
        return None;
    }
    let mut j = i + 1;
    if ctx.text(j) == "the" {
        j += 1;
    }
    ctx.starts.get(&j).copied()
}

/// The title that ends right before word `q` (within twelve words, as in "Minister of Labour
/// and Social Protection of the Population"): its first word and text.
fn title_ending_at(ctx: &Ctx, q: usize) -> Option<(usize, String)> {
    let lo = q.saturating_sub(12);
    let words: Vec<&str> = ctx.words[lo..q].iter().map(|w| w.0).collect();
    // a title starts after an entity that ends inside it ("Department of Trade and Industry
    // Secretary": the title is "Secretary", not "Industry Secretary")
    let inside = |s: usize| (s + 1..q).any(|b| ctx.ends.get(&b).is_some_and(|&(_, a)| a < s));
    let at = |words: &[&str]| {
        (0..q - lo)
            .filter(|&s| !inside(lo + s))
            .find_map(|s| match title_at(words, s) {
                Some((end, t)) if end == q - lo => Some((lo + s, t)),
                _ => None,
            })
    };
    // "Head of the Customs Administration": some titles stand alone only before "of"
    at(&words).or_else(|| {
        let more: Vec<&str> = ctx.words[lo..(q + 2).min(ctx.words.len())]
            .iter()
            .map(|w| w.0)
            .collect();
        (ctx.text(q) == "of").then(|| at(&more)).flatten()
    })
}

/// Titles before the person mention at words `p0..p1` ("Deputy Premier and Trade Minister
/// Aru Besova" holds two).
fn before(ctx: &Ctx, p0: usize, p1: usize) -> Vec<(String, Option<usize>)> {
    let mut q = p0;
    while q > 0 && is_honorific(ctx.text(q - 1)) {
        q -= 1;
    }
    // "the Secretary of the Regional Committee, Mr. Ma Xingrui, ..."
    if q > 1 && ctx.text(q - 1) == "," && ctx.ends.contains_key(&(q - 1)) {
        q -= 1;
    }
    // "President of the Republic of Kazakhstan Nursultan Nazarbayev", "Vice Chairman of
    // China's National Development and Reform Commission Li Chunhe"; "Chinese Ambassador to
    // Thailand Han Zhiqiang" (the country accredited to, or the city posted in, is no owner);
    // both: "Ambassador of the People's Republic of China to Mongolia Shen Minjuan"
    let mut inner_owner = None;
    for _ in 0..2 {
        let Some(&(e, a)) = ctx.ends.get(&q) else {
            break;
        };
        let mut k = a;
        if k > 1 && matches!(ctx.text(k - 1), "'s" | "’s") {
            if let Some(&(c, a2)) = ctx.ends.get(&(k - 1)) {
                if ctx.kinds[c] == EntityType::Country {
                    k = a2;
                }
            }
        }
        if k > 0 && ctx.text(k - 1) == "the" {
            k -= 1;
        }
        if inner_owner.is_none() && k > 0 && ctx.text(k - 1) == "of" {
            inner_owner = Some(e);
            q = k - 1;
            break;
        } else if k == a
            && k > 0
            && ((ctx.text(k - 1) == "to" && ctx.kinds[e] == EntityType::Country)
                // "Chinese Consul General in Karachi Yang Yundong"
                || (ctx.text(k - 1) == "in" && ctx.kinds[e] == EntityType::Place))
        {
            q = k - 1;
        } else {
            break;
        }
    }
    let found = match title_ending_at(ctx, q) {
        Some(t) => Some(t),
        None => portfolio_before(ctx, q).map(|(s, t, o)| {
            inner_owner = inner_owner.or(o);
            (s, t)
        }),
    };
    let Some((mut s, title)) = found else {
        return Vec::new();
    };
    let mut titles = vec![title];
    while s > 1 && ctx.text(s - 1) == "and" {
        match title_ending_at(ctx, s - 1) {
            Some((s2, t)) => {
                titles.push(t);
                s = s2;
            }
            None => break,
        }
    }
    let owner = inner_owner
        .or_else(|| owner_ending_at(ctx, s, true))
        .or_else(|| of_owner(ctx, p1).map(|(e, _)| e));
    titles.into_iter().map(|t| (t, owner)).collect()
}

/// "ADB Director General for Central and West Asia Yevgeniy Zhukov": a title, then "for" and
/// capitalized words (a region or department it covers) right before word `q`; the title may
/// name its owner before "for" ("Deputy Secretary-General of ASEAN for ASEAN Economic
/// Community"). Returns the title's first word, the title, and that owner.
fn portfolio_before(ctx: &Ctx, q: usize) -> Option<(usize, String, Option<usize>)> {
    let lo = q.saturating_sub(8);
    let j = (lo..q).rev().find(|&j| ctx.text(j) == "for")?;
    let plain = (j + 1..q).all(|k| {
        let w = ctx.text(k);
        matches!(w, "and" | ",") || w.chars().next().is_some_and(char::is_uppercase)
    });
    if !plain || q == j + 1 {
        return None;
    }
    if let Some((s, t)) = title_ending_at(ctx, j) {
        return Some((s, t, None));
    }
    let &(e, a) = ctx.ends.get(&j)?;
    let mut k = a;
    if k > 0 && ctx.text(k - 1) == "the" {
        k -= 1;
    }
    if k == 0 || ctx.text(k - 1) != "of" || ctx.kinds[e] == EntityType::Person {
        return None;
    }
    title_ending_at(ctx, k - 1).map(|(s, t)| (s, t, Some(e)))
}

/// A title in apposition after the person mention ending at word `p1`.
fn after(ctx: &Ctx, p1: usize) -> Vec<(String, Option<usize>)> {
    if ctx.text(p1) != "," {
        return Vec::new();
    }
    let mut i = p1 + 1;
    if ctx.text(i) == "who" && matches!(ctx.text(i + 1), "is" | "was" | "serves") {
        i += 2;
        if ctx.text(i) == "also" {
            i += 1;
        }
        if ctx.text(i) == "as" {
            i += 1;
        }
    }
    if matches!(ctx.text(i), "a" | "an" | "the") {
        i += 1;
    }
    // "China's Finance Minister", "GAC spokesman", "the CAREC Institute Director"
    let mut owner = None;
    if let Some(&(e, b)) = ctx.starts.get(&i) {
        owner = Some(e);
        i = b;
        if matches!(ctx.text(i), "'s" | "’s") {
            i += 1;
        }
    }
    // one title or several joined by "and": "State Councilor and Minister of Public Security"
    let mut titles = Vec::new();
    let mut after_title = i;
    loop {
        let hi = (after_title + 8).min(ctx.words.len());
        let words: Vec<&str> = ctx.words[after_title..hi].iter().map(|w| w.0).collect();
        let Some((end, title)) = title_at(&words, 0) else {
            break;
        };
        titles.push(title);
        after_title += end;
        let next: Vec<&str> = ctx
            .words
            .iter()
            .skip(after_title + 1)
            .take(8)
            .map(|w| w.0)
            .collect();
        if ctx.text(after_title) == "and" && title_at(&next, 0).is_some() {
            after_title += 1;
        } else {
            break;
        }
    }
    if titles.is_empty() {
        return Vec::new();
    }
    // "X, Mongolia's Deputy Premier and Trade Minister Aru Besova": the title belongs to the next
    // person
    let next_person = |k: usize| {
        ctx.starts
            .get(&k)
            .is_some_and(|&(e, _)| ctx.kinds[e] == EntityType::Person)
    };
    if next_person(after_title) || is_honorific(ctx.text(after_title)) {
        return Vec::new();
    }
    if let Some((e, _)) = of_owner(ctx, after_title) {
        owner = Some(e);
    }
    titles.into_iter().map(|t| (t, owner)).collect()
}
