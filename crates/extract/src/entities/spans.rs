//! Cutting the capitalized word runs of each sentence into typed mentions.

use super::lexicon::{head_type, is_chinese_surname, is_connector, is_function_word, is_honorific};
use crate::gazetteer::{is_acronym, key, Gazetteer, Hit};
use crate::ner::{Label, NerSpan};
use crate::roles::titles::title_at;
use crate::Doc;
use corridor_model::EntityType;

/// A token of the body with what the finders need to know about it.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// The token's text.
    pub text: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of its sentence.
    pub sent: usize,
    /// Its gazetteer key ([`key`]).
    pub key: String,
    /// What the gazetteer says the word alone names, if anything.
    pub hit: Option<Hit>,
}

impl Word<'_> {
    /// Whether the word starts with a capital letter.
    pub fn cap(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }
}

/// The words of `doc` with their sentence numbers. A hyphenated token whose capitalized parts
/// include a gazetteer name ("China-Central", "Kazakhstan-China") is split at its hyphens, so
/// that "China-Central Asia" holds "China" and "Central Asia".
pub fn words<'a>(doc: &Doc<'a>, g: &Gazetteer) -> Vec<Word<'a>> {
    let mut out = Vec::with_capacity(doc.tokens.len());
    let mut s = 0;
    for t in &doc.tokens {
        while s + 1 < doc.sentences.len() && doc.sentences[s].end <= t.start {
            s += 1;
        }
        let text = t.text(doc.body);
        if text.contains('-') && split_hyphens(text, g) {
            let mut at = t.start;
            for (n, part) in text.split('-').enumerate() {
                if n > 0 {
                    out.push(word(g, &doc.body[at..at + 1], at, s));
                    at += 1;
                }
                if !part.is_empty() {
                    out.push(word(g, part, at, s));
                }
                at += part.len();
            }
            continue;
        }
        out.push(word(g, text, t.start, s));
    }
    out
}

fn word<'a>(g: &Gazetteer, text: &'a str, start: usize, sent: usize) -> Word<'a> {
    let k = key(text);
    let upper = is_acronym(text);
    let hit = if text.chars().next().is_some_and(|c| c.is_uppercase()) {
        g.lookup_key(&k)
            .and_then(|v| v.iter().find(|(_, acr)| !acr || upper).map(|(h, _)| *h))
    } else {
        None
    };
    Word {
        text,
        start,
        end: start + text.len(),
        sent,
        key: k,
        hit,
    }
}

fn split_hyphens(text: &str, g: &Gazetteer) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts
        .iter()
        .all(|p| p.chars().next().is_some_and(|c| c.is_uppercase()))
        && parts.iter().any(|p| {
            g.lookup(p).iter().any(|h| {
                matches!(
                    h,
                    Hit::Country(_) | Hit::CountryAdj(_) | Hit::Place(_) | Hit::Org(_)
                )
            })
        })
}

/// What a mention is, before merging.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A gazetteer entry.
    Gaz(Hit),
    /// A typed name with no gazetteer entry (organization, place, person, or an extra type).
    Typed(EntityType),
    /// An all-capitals word not yet resolved ("ACC").
    Acronym,
    /// A lone capitalized word: a family name or a short form, if a longer name has it.
    Single,
}

/// A mention: words `w0..w1` and its kind.
#[derive(Debug, Clone)]
pub struct Mention {
    /// First word.
    pub w0: usize,
    /// One past the last word.
    pub w1: usize,
    /// What it names.
    pub kind: Kind,
}

fn namey(w: &Word) -> bool {
    (w.cap() && w.text.chars().any(|c| c.is_alphabetic())) || is_particle_name(w.text)
}

/// "al-Jaafari", "el-Sisi": a lower-case Arabic article glued to a capitalized name.
fn is_particle_name(w: &str) -> bool {
    ["al-", "el-", "ad-", "ash-", "as-", "az-"].iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Runs of capitalized words (with connectors between them) inside one sentence.
fn runs(words: &[Word]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !namey(&words[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < words.len() && words[j].sent == words[start].sent {
            let w = &words[j];
            if namey(w) {
                j += 1;
                end = j;
            } else if paren_acronym(words, j, words.len()) {
                j += 3;
            } else if is_connector(w.text)
                || is_joiner(w.text)
                || (w.text == "," && next_is_company_suffix(words, j))
            {
                j += 1;
            } else {
                break;
            }
        }
        out.push((start, end));
        i = end.max(i + 1);
    }
    out
}

/// Hyphens between split name parts and possessives inside names ("People’s Government",
/// "Ministers’ Meeting").
fn is_joiner(w: &str) -> bool {
    matches!(w, "-" | "'s" | "’s" | "’" | "'")
}

fn next_is_company_suffix(words: &[Word], j: usize) -> bool {
    words.get(j + 1).is_some_and(|w| {
        matches!(
            w.text.trim_end_matches('.'),
            "Ltd" | "Inc" | "LLP" | "LLC" | "JSC" | "Co" | "PLC"
        )
    })
}

/// The longest gazetteer phrase starting at word `i` and ending before `limit`.
fn gazetteer_at(
    g: &Gazetteer,
    doc: &Doc,
    words: &[Word],
    i: usize,
    limit: usize,
) -> Option<(usize, Hit)> {
    let max = g.max_tokens().min(8);
    let mut best = None;
    let mut k = String::new();
    for j in i..limit.min(i + max) {
        let part = &words[j].key;
        if part.is_empty() {
            continue;
        }
        if !k.is_empty() {
            k.push(' ');
        }
        k.push_str(part);
        // the phrase must end on a capitalized word
        if !namey(&words[j]) {
            continue;
        }
        if j == i {
            if let Some(h) = words[i].hit {
                best = Some((j + 1, h));
            }
        } else if let Some(hits) = g.lookup_key(&k) {
            let text = &doc.body[words[i].start..words[j].end];
            let upper = is_acronym(text);
            if let Some((h, _)) = hits.iter().find(|(_, acr)| !acr || upper) {
                best = Some((j + 1, *h));
            }
        }
        if !g.has_prefix(&k) {
            break;
        }
    }
    best
}

/// The end of a name headed by a type word in `words[i..limit]`, with its type: the rightmost
/// head word (words joined by hyphens, possessives, "and" or "&" count as one name), then
/// `of ...` chains for organizations, places and gatherings.
fn headed_at(words: &[Word], i: usize, limit: usize) -> Option<(usize, EntityType)> {
    let mut j = i;
    let mut head = None;
    while j < limit {
        let w = &words[j];
        if namey(w) {
            let followed_by_of = matches!(words.get(j + 1).map(|w| w.text), Some("of" | "for"));
            if j > i || followed_by_of {
                if let Some(t) = head_type(w.text.trim_end_matches('.')) {
                    head = Some((j + 1, t));
                }
            }
            j += 1;
        } else if is_joiner(w.text)
            && j > i
            && j + 1 < limit
            && namey(&words[j + 1])
            && (w.text == "-" || !is_place_or_country(&words[j - 1]))
        {
            j += 1;
        } else if paren_acronym(words, j, limit) {
            j += 3;
        } else if matches!(w.text, "and" | "&")
            && j > i
            && j + 1 < limit
            && namey(&words[j + 1])
            && !is_acronym(words[j - 1].text)
            && !is_acronym(words[j + 1].text)
            && !is_place_or_country(&words[j - 1])
            && !is_place_or_country(&words[j + 1])
        {
            j += 1;
        } else {
            break;
        }
    }
    let (mut end, ty) = head?;
    // "China Jiangsu Province" is a country and then a province
    if ty == EntityType::Place
        && end > i + 1
        && matches!(words[i].hit, Some(Hit::Country(_) | Hit::CountryAdj(_)))
    {
        return None;
    }
    if ty == EntityType::Organization || ty == EntityType::Place || ty == EntityType::EventName {
        // "Ministry of Commerce of Cambodia", "Department of Culture and Tourism"
        loop {
            let link = words.get(end).map(|w| w.text);
            if end < limit && matches!(link, Some("of" | "for" | "on")) {
                let mut k = end + 1;
                if words.get(k).is_some_and(|w| w.text == "the") {
                    k += 1;
                }
                if k >= limit
                    || is_function_word(words[k].text)
                    || title_at(&[words[k].text], 0).is_some()
                {
                    break;
                }
                let mut m = k;
                while m < limit {
                    if paren_acronym(words, m, limit) {
                        m += 3;
                    } else if namey(&words[m])
                        || (is_joiner(words[m].text) && m + 1 < limit && namey(&words[m + 1]))
                        || (words[m].text == "," && next_is_company_suffix(words, m))
                    {
                        m += 1;
                    } else {
                        break;
                    }
                }
                // "Culture and Tourism": an "and" inside the chain joins two capitalized words
                while m + 1 < limit
                    && words[m].text == "and"
                    && namey(&words[m + 1])
                    && !is_place_or_country(&words[m + 1])
                    && title_at(&[words[m + 1].text], 0).is_none()
                {
                    m += 1;
                    while m < limit && namey(&words[m]) {
                        m += 1;
                    }
                }
                if m == k {
                    break;
                }
                end = m;
            } else if end < limit && words[end].text == "," && next_is_company_suffix(words, end) {
                end += 2;
            } else {
                break;
            }
        }
    }
    Some((end, ty))
}

/// "(CPC)" inside a name that goes on after it: "Communist Party of China (CPC) Central Committee".
fn paren_acronym(words: &[Word], j: usize, limit: usize) -> bool {
    j < limit
        && words.get(j).is_some_and(|w| w.text == "(")
        && words.get(j + 1).is_some_and(|w| is_acronym(w.text))
        && words.get(j + 2).is_some_and(|w| w.text == ")")
        && words.get(j + 3).is_some_and(|w| {
            namey(w) && w.sent == words[j].sent && !is_function_word(w.text) && title_at(&[w.text], 0).is_none()
        })
        // the name must go on to a head word: "(CPC) Central Committee"
        && words[j + 3..].iter().take(3).take_while(|w| namey(w)).any(|w| head_type(w.text).is_some())
}

fn is_place_or_country(w: &Word) -> bool {
    matches!(
        w.hit,
        Some(Hit::Country(_) | Hit::CountryAdj(_) | Hit::Place(_))
    )
}

/// The tagger's label for words `w0..w1`: the first tagged span that overlaps them (tagger
/// spans are in token indices of the [`Doc`], words may be finer, so bytes are compared).
fn tag_at(
    doc: &Doc,
    words: &[Word],
    tags: &[NerSpan],
    w0: usize,
    w1: usize,
) -> Option<(Label, f32)> {
    let (a, b) = (words[w0].start, words[w1 - 1].end);
    tags.iter()
        .find(|t| {
            let (Some(first), Some(last)) = (
                doc.tokens.get(t.start),
                doc.tokens.get(t.end.wrapping_sub(1)),
            ) else {
                return false;
            };
            first.start < b && a < last.end
        })
        .map(|t| (t.label, t.score))
}

/// What surrounds a run of words that [`unknown`] classifies.
#[derive(Clone, Copy)]
struct RunContext {
    /// A title or honorific precedes it.
    titled: bool,
    /// It is the whole capitalized run, not a piece of a longer phrase.
    whole: bool,
}

fn first_of_sentence(words: &[Word], i: usize) -> bool {
    i == 0 || words[i - 1].sent != words[i].sent
}

/// Classifies a run of words that neither the gazetteer nor a head word types.
fn unknown(
    doc: &Doc,
    g: &Gazetteer,
    words: &[Word],
    tags: &[NerSpan],
    w0: usize,
    w1: usize,
    ctx: RunContext,
) -> Option<Kind> {
    let RunContext { titled, whole } = ctx;
    let n = w1 - w0;
    let ws = &words[w0..w1];
    if n == 1
        && is_acronym(ws[0].text)
        && ws[0].text.chars().filter(|c| c.is_alphabetic()).count() >= 2
    {
        return Some(Kind::Acronym);
    }
    let not_name = |w: &Word| {
        is_function_word(w.text)
            || is_connector(w.text)
            || head_type(w.text).is_some()
            || title_at(&[w.text], 0).is_some()
            || is_title_word(w.text)
            || is_acronym(w.text)
            || !w.text.chars().any(|c| c.is_lowercase())
    };
    if ws
        .iter()
        .any(|w| not_name(w) && !(w.text.len() == 2 && w.text.ends_with('.')))
    {
        return None;
    }
    if titled && n <= 5 {
        return Some(Kind::Typed(EntityType::Person));
    }
    if n == 1 {
        // a lone word the tagger is sure names an organization ("Huawei") when it stands alone,
        // not inside a longer capitalized phrase; any other lone word may be a short form
        return match tag_at(doc, words, tags, w0, w1) {
            Some((Label::Org, score)) if score >= 0.9 && whole && !first_of_sentence(words, w0) => {
                Some(Kind::Typed(EntityType::Organization))
            }
            _ => Some(Kind::Single),
        };
    }
    if n > 4 {
        return None;
    }
    let known = ws
        .iter()
        .filter(|w| g.is_person_token(w.text) || is_chinese_surname(w.text))
        .count();
    let initials = ws
        .iter()
        .any(|w| w.text.len() == 2 && w.text.ends_with('.'));
    // "Busadee Santipitaks, acting permanent secretary", "said Yergalym Nursalimuly"
    let appositive = words.get(w1).is_some_and(|w| w.text == ",")
        && (title_at(&texts(words, w1 + 1, 6), 0).is_some()
            || matches!(
                words.get(w1 + 1).map(|w| w.text),
                Some("a" | "an" | "the" | "who")
            ));
    let speaker = w0 > 0 && matches!(words[w0 - 1].text, "said" | "says" | "told")
        || matches!(
            words.get(w1).map(|w| w.text),
            Some("said" | "says" | "noted" | "stressed" | "added" | "told")
        );
    if known >= 1 || initials || appositive || speaker {
        return Some(Kind::Typed(EntityType::Person));
    }
    // the tagger decides runs that nothing above types (persons and places; organizations carry
    // head words); adjectives ("Central Asian") are not names
    let adjective = ws.last().is_some_and(|w| {
        let l = w.text.to_lowercase();
        ["ian", "ean", "ese", "ish", "ic"]
            .iter()
            .any(|s| l.ends_with(s))
    });
    match tag_at(doc, words, tags, w0, w1) {
        Some((Label::Per, score)) if score >= 0.8 && !adjective => {
            Some(Kind::Typed(EntityType::Person))
        }
        Some((Label::Loc, score)) if score >= 0.9 && !adjective => {
            Some(Kind::Typed(EntityType::Place))
        }
        // a multi-word organization without a head word, when it is the whole capitalized run
        Some((Label::Org, score)) if score >= 0.9 && whole && !adjective => {
            Some(Kind::Typed(EntityType::Organization))
        }
        _ => None,
    }
}

fn texts<'a>(words: &[Word<'a>], from: usize, n: usize) -> Vec<&'a str> {
    words.iter().skip(from).take(n).map(|w| w.text).collect()
}

/// Words that modify titles and offices ("Foreign", "Affairs", "Vice"): never part of a name.
fn is_title_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "foreign"
            | "affairs"
            | "vice"
            | "deputy"
            | "assistant"
            | "special"
            | "acting"
            | "general"
            | "regional"
            | "economic"
            | "comprehensive"
            | "national"
            | "international"
            | "state"
            | "central"
            | "municipal"
            | "provincial"
            | "people"
            | "republic"
            | "kingdom"
    )
}

/// All mentions of `doc`, in text order.
pub fn mentions(doc: &Doc, words: &[Word], tags: &[NerSpan], g: &Gazetteer) -> Vec<Mention> {
    let mut out = Vec::new();
    let wt: Vec<&str> = words.iter().map(|w| w.text).collect();
    for (r0, r1) in runs(words) {
        let mut i = r0;
        let mut titled = false;
        let first = {
            let mut f = r0;
            while f < r1 && (is_function_word(words[f].text) || is_connector(words[f].text)) {
                f += 1;
            }
            f
        };
        // a capitalized function word opens sentences and headlines, it is not a name
        while i < r1 && (is_function_word(words[i].text) || is_connector(words[i].text)) {
            i += 1;
        }
        while i < r1 {
            let w = &words[i];
            if is_connector(w.text) || is_joiner(w.text) || w.text == "," {
                i += 1;
                continue;
            }
            if is_honorific(w.text) || w.text == "Excellency" {
                titled = true;
                i += 1;
                continue;
            }
            let rest = &wt[i..r1];
            if let Some((e, _)) = title_at(rest, 0) {
                titled = true;
                i += e;
                continue;
            }
            let mut gaz = gazetteer_at(g, doc, words, i, r1);
            if let Some((ge, h)) = gaz {
                if weak_place(g, words, i, ge, h, r1) {
                    gaz = None;
                }
            }
            // "(FAO)" right after a name is that name's acronym, whatever the gazetteer says
            if i > 0
                && words[i - 1].text == "("
                && is_acronym(w.text)
                && words.get(i + 1).is_some_and(|w| w.text == ")")
            {
                out.push(Mention {
                    w0: i,
                    w1: i + 1,
                    kind: Kind::Acronym,
                });
                i += 1;
                continue;
            }
            let headed = headed_at(words, i, r1);
            let (end, kind) = match (gaz, headed) {
                (Some((ge, h)), Some((he, t))) if he > ge => (he, pick(h, t, ge == he)),
                (Some((ge, h)), _) => (ge, Kind::Gaz(h)),
                (None, Some((he, t))) => (he, Kind::Typed(t)),
                (None, None) => {
                    let mut e = i + 1;
                    while e < r1
                        && namey(&words[e])
                        && title_at(&wt[e..(e + 6).min(wt.len())], 0).is_none()
                    {
                        match gazetteer_at(g, doc, words, e, r1) {
                            Some((ge, h)) if !weak_place(g, words, e, ge, h, r1) => break,
                            _ => e += 1,
                        }
                    }
                    // "the Central Asian region"
                    if let Some(r) = words.get(e).filter(|w| w.text == "region") {
                        let text = &doc.body[words[i].start..r.end];
                        if let Some(h) = g
                            .lookup(text)
                            .into_iter()
                            .find(|h| matches!(h, Hit::Place(_)))
                        {
                            out.push(Mention {
                                w0: i,
                                w1: e + 1,
                                kind: Kind::Gaz(h),
                            });
                            titled = false;
                            i = e + 1;
                            continue;
                        }
                    }
                    let ctx = RunContext {
                        titled,
                        whole: i == first && e == r1,
                    };
                    match unknown(doc, g, words, tags, i, e, ctx) {
                        Some(k) => (e, k),
                        None => {
                            i = e;
                            continue;
                        }
                    }
                }
            };
            let (end, kind) = place_suffix(g, doc, words, i, end, kind);
            let nested = matches!(kind, Kind::Typed(_));
            out.push(Mention {
                w0: i,
                w1: end,
                kind,
            });
            if nested {
                // "East Asia Institute of Management of Singapore" also mentions Singapore
                let mut k = i;
                while k < end {
                    match gazetteer_at(g, doc, words, k, end) {
                        Some((e2, h @ Hit::Country(_))) if !(k == i && e2 == end) => {
                            out.push(Mention {
                                w0: k,
                                w1: e2,
                                kind: Kind::Gaz(h),
                            });
                            k = e2;
                        }
                        _ => k += 1,
                    }
                }
            }
            titled = false;
            i = end;
        }
    }
    out
}

/// A one-word city that is more likely part of a person's name or a common word: a small city
/// inside a run of other unknown capitalized words ("Cheng Daopin", "Lawrence Wong"), a city
/// whose name is a head word ("Summit"), or a small city that no locative preposition introduces.
fn weak_place(g: &Gazetteer, words: &[Word], i: usize, end: usize, h: Hit, limit: usize) -> bool {
    let Hit::Place(p) = h else { return false };
    let place = &g.places[p];
    if end != i + 1 || place.kind != "city" {
        return false;
    }
    if head_type(words[i].text).is_some()
        || is_function_word(words[i].text)
        || is_title_word(words[i].text)
    {
        return true;
    }
    let unknown_word = |k: usize| {
        k < limit
            && namey(&words[k])
            && words[k].hit.is_none()
            && head_type(words[k].text).is_none()
    };
    let next_unknown = unknown_word(i + 1);
    let prev_unknown = i > 0 && words[i - 1].sent == words[i].sent && unknown_word_before(words, i);
    if place.population < 5_000_000 && (next_unknown || prev_unknown) {
        return true;
    }
    let locative = i > 0
        && matches!(
            words[i - 1].text,
            "in" | "at" | "to" | "from" | "near" | "of" | "and" | "," | "via"
        );
    place.population < 100_000 && !locative
}

fn unknown_word_before(words: &[Word], i: usize) -> bool {
    let w = &words[i - 1];
    namey(w)
        && w.hit.is_none()
        && head_type(w.text).is_none()
        && !is_function_word(w.text)
        && title_at(&[w.text], 0).is_none()
}

/// A gazetteer entry inside a longer headed name: the headed name wins ("Xinjiang Department
/// of Education"), typed by its head.
fn pick(_inner: Hit, head: EntityType, _same: bool) -> Kind {
    Kind::Typed(head)
}

/// "Kostanay region": a lower-case region word after a place name belongs to it (and names the
/// region, not the city).
fn place_suffix(
    g: &Gazetteer,
    doc: &Doc,
    words: &[Word],
    w0: usize,
    end: usize,
    kind: Kind,
) -> (usize, Kind) {
    let placeish = matches!(
        kind,
        Kind::Gaz(Hit::Place(_)) | Kind::Single | Kind::Typed(EntityType::Place)
    );
    if placeish {
        if let Some(w) = words.get(end) {
            if matches!(
                w.text,
                "region" | "province" | "oblast" | "prefecture" | "county"
            ) {
                let text = &doc.body[words[w0].start..w.end];
                let kind = match g
                    .lookup(text)
                    .into_iter()
                    .find(|h| matches!(h, Hit::Place(_)))
                {
                    Some(h) => Kind::Gaz(h),
                    None => Kind::Typed(EntityType::Place),
                };
                return (end + 1, kind);
            }
        }
    }
    (end, kind)
}
