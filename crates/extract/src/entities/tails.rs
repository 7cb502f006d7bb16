//! Boundaries of names that the run grammar alone gets wrong: a person's name after an
//! organization ("Secretary of the Provincial Committee of the Communist Party of China Zhao
//! Qiming"), units after numbers ("1.1 million TEU"), a national company named after its
//! country ("Uzbekistan Temir Yollari and China Railway ..."), a gazetteer name with its
//! acronym inside ("... Cooperation (CAREC) Program"), a title's portfolio ("Director
//! General for Central and West Asia"), and names that define or confirm an acronym right after
//! them ("Council for Trade and Cooperation in Eurasia (CTCE)").

use super::classify::{is_compass, is_title_word};
use super::forms::initials;
use super::heads::headed_at;
use super::lexicon::{head_type, is_chinese_surname, is_function_word};
use super::spans::Kind;
use super::tags::LazyTags;
use super::words::{namey, Word};
use crate::gazetteer::{is_acronym, key, Gazetteer, Hit};
use crate::ner::Label;
use crate::roles::titles::{is_portfolio, portfolio_chain, title_at};
use crate::Doc;
use corridor_model::EntityType;

/// A capitalized word that may be part of a personal name: no gazetteer reading, no head, title,
/// function word or acronym.
fn plain_name_word(w: &Word) -> bool {
    w.hit.is_none() && name_word(w)
}

/// As [`plain_name_word`], but a place's name may be a person's too ("Liping", "Ning").
fn name_word(w: &Word) -> bool {
    namey(w)
        && !matches!(
            w.hit,
            Some(Hit::Country(_) | Hit::CountryAdj(_) | Hit::Org(_))
        )
        && head_type(w.text).is_none()
        && !is_function_word(w.text)
        && !is_title_word(w.text)
        && title_at(&[w.text], 0).is_none()
        && !is_acronym(w.text)
        && !is_portfolio(w.text)
        && w.text.chars().any(char::is_lowercase)
}

/// Whether words `p..end` are read the same elsewhere in the article.
fn occurs_elsewhere(words: &[Word], p: usize, end: usize) -> bool {
    let n = end - p;
    (0..words.len().saturating_sub(n - 1))
        .filter(|&q| q + n <= p || q >= end)
        .any(|q| (0..n).all(|k| words[q + k].text == words[p + k].text))
}

/// Where a person's name starts at the end of organization `w0..end`: "TITLE of ORG PERSON" is
/// an appositive, and organization names do not end in a person's name. The name is two or
/// three capitalized words that can be a person's, after a word that can close an organization's
/// name (a country or place, a head word, an acronym's bracket, a word of an "of" chain). It is a
/// person's by the name lexicons (a Chinese family name or a known given or family name first),
/// by the tagger, or by another mention of the same words in the article; after a title
/// (`titled`: "Chairman of the Board of ... Talgat Tokayev"), two plain words suffice.
pub(super) fn person_tail(
    g: &Gazetteer,
    words: &[Word],
    tags: &LazyTags,
    span: (usize, usize),
    titled: bool,
) -> Option<usize> {
    let (w0, end) = span;
    let candidate = |n: usize| {
        if end < w0 + n + 2 {
            return None;
        }
        let p = end - n;
        let prev = &words[p - 1];
        // "... of Taxation Zhou Liping": a word of an "of" chain closes it too
        let chained = (w0 + 1..p - 1).any(|k| matches!(words[k].text, "of" | "for"));
        let closes = matches!(prev.hit, Some(Hit::Country(_) | Hit::Place(_)))
            || head_type(prev.text) == Some(EntityType::Organization)
            || prev.text == ")"
            || chained;
        // the first word is no place's ("Wang Liping", not "Asia Pacific")
        let phrase: Vec<&str> = words[p..end].iter().map(|w| w.key.as_str()).collect();
        (closes
            && plain_name_word(&words[p])
            && words[p + 1..end].iter().all(name_word)
            && g.lookup_key(&phrase.join(" ")).is_none())
        .then_some(p)
    };
    let strong = |p: usize| {
        let first = words[p].text;
        is_chinese_surname(first)
            || g.is_person_token(first)
            || matches!(
                tags.exact(words[p].sent, words[p].start, words[end - 1].end),
                Some((Label::Per, s)) if s >= 0.8
            )
            || occurs_elsewhere(words, p, end)
    };
    [3, 2]
        .into_iter()
        .filter_map(candidate)
        .find(|&p| strong(p))
        .or_else(|| candidate(2).filter(|&p| titled && words[p..end].iter().all(plain_name_word)))
}

/// Whether name `i..end` holds an "and" after one to three plain capitalized words from `i`
/// ("Eli Remolona and Asian Development Bank").
pub(super) fn holder_before_and(words: &[Word], i: usize, end: usize) -> bool {
    (i + 1..end.min(i + 4))
        .find(|&x| !plain_name_word(&words[x]))
        .is_some_and(|x| words[x].text == "and" && plain_name_word(&words[i]))
}

/// Whether word `i` follows a number: "1.1 million TEU", "600 MW" name units, not entities.
pub(super) fn after_number(words: &[Word], i: usize) -> bool {
    i > 0
        && words[i - 1].sent == words[i].sent
        && (words[i - 1].text.chars().any(|c| c.is_ascii_digit())
            || matches!(
                words[i - 1].text.to_lowercase().as_str(),
                "million" | "billion" | "trillion" | "thousand" | "hundred" | "mln" | "bln"
            ))
}

/// "Nov 2", "Sept. 25": a month's abbreviation before a day is no name.
pub(super) fn month_before_day(words: &[Word], i: usize) -> bool {
    let month = matches!(
        words[i].text.trim_end_matches('.'),
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    );
    let mut k = i + 1;
    if words.get(k).is_some_and(|w| w.text == ".") {
        k += 1;
    }
    month
        && words
            .get(k)
            .is_some_and(|w| w.sent == words[i].sent && w.text.chars().all(|c| c.is_ascii_digit()))
}

/// "Kazakhstan Temir Zholy and China Railway Group": a country's name (words `i..ge`) followed
/// by plain capitalized words that are no person's (by the name lexicons) is a company's name
/// when it is coordinated with an organization or the tagger reads the whole as one; after a
/// title and "of" (`titled`), when a person's name ends the run ("Chairman of Kazakhstan Temir
/// Zholy Nurlan Sauranbayev"). `span` is `(i, ge, limit)`. Returns the company's end and, in the
/// second case, the person's.
pub(super) fn national_company(
    g: &Gazetteer,
    doc: &Doc,
    words: &[Word],
    tags: &LazyTags,
    span: (usize, usize, usize),
    titled: bool,
) -> Option<(usize, Option<usize>)> {
    let (i, ge, limit) = span;
    let mut x = ge;
    while x < limit && x < ge + 5 && plain_name_word(&words[x]) {
        x += 1;
    }
    let followed = x < limit && namey(&words[x]);
    if x == ge || followed {
        return None;
    }
    let personal = |w: &Word| is_chinese_surname(w.text) || g.is_person_token(w.text);
    if titled {
        let holder = (ge + 1..x).find(|&c| {
            (2..=3).contains(&(x - c)) && personal(&words[c]) && !words[ge..c].iter().any(personal)
        });
        if let Some(c) = holder {
            return Some((c, Some(x)));
        }
    }
    if x > ge + 3 || words[ge..x].iter().any(personal) {
        return None;
    }
    let org_at = |k: usize| {
        k < words.len()
            && (matches!(words[k].hit, Some(Hit::Org(_)))
                || (k < limit
                    && headed_at(words, k, limit)
                        .is_some_and(|(_, t)| t == EntityType::Organization))
                || org_phrase(g, doc, words, k))
    };
    let coordinated = (x < words.len() && matches!(words[x].text, "and" | "&") && org_at(x + 1))
        || (i >= 2 && words[i - 1].text == "and" && org_before(words, i - 1));
    let tagged = matches!(
        tags.exact(words[i].sent, words[i].start, words[x - 1].end),
        Some((Label::Org, s)) if s >= 0.8
    );
    (coordinated || tagged).then_some((x, None))
}

/// Whether a gazetteer organization's name starts at word `k`.
fn org_phrase(g: &Gazetteer, doc: &Doc, words: &[Word], k: usize) -> bool {
    let mut e = k;
    while e < words.len() && e < k + 6 && namey(&words[e]) && words[e].sent == words[k].sent {
        e += 1;
        let text = &doc.body[words[k].start..words[e - 1].end];
        if g.lookup(text).iter().any(|h| matches!(h, Hit::Org(_))) {
            return true;
        }
    }
    false
}

/// Whether an organization's head word ends right before word `k`.
fn org_before(words: &[Word], k: usize) -> bool {
    k > 0
        && (head_type(words[k - 1].text) == Some(EntityType::Organization)
            || matches!(words[k - 1].hit, Some(Hit::Org(_))))
}

/// "Central Asia Regional Economic Cooperation (CAREC) Program": a gazetteer organization whose
/// name goes on after the acronym it defines. Returns the new end when the name before the
/// brackets and the words after them form the same organization's name.
pub(super) fn past_inner_acronym(
    g: &Gazetteer,
    doc: &Doc,
    words: &[Word],
    w0: usize,
    end: usize,
    hit: Hit,
) -> Option<usize> {
    let Hit::Org(_) = hit else { return None };
    let sent = words[w0].sent;
    let bracket = |k: usize| words.get(k).map(|w| w.text);
    if bracket(end) != Some("(") || bracket(end + 2) != Some(")") {
        return None;
    }
    if !words.get(end + 1).is_some_and(|w| is_acronym(w.text)) {
        return None;
    }
    let head = key(&doc.body[words[w0].start..words[end - 1].end]);
    let mut best = None;
    let mut k = end + 3;
    while k < words.len() && k < end + 6 && words[k].sent == sent && namey(&words[k]) {
        let phrase = format!(
            "{head} {}",
            key(&doc.body[words[end + 3].start..words[k].end])
        );
        if g.lookup_key(&phrase)
            .is_some_and(|v| v.iter().any(|(h, _)| *h == hit))
        {
            best = Some(k + 1);
        }
        k += 1;
    }
    best
}

/// After a title or its owner, "for" and the portfolio it covers, right before a capitalized
/// name: coordinated regions ([`region_portfolio`]) or portfolio words ("for Community Affairs").
/// Returns the word after it.
pub(super) fn title_portfolio(
    g: &Gazetteer,
    words: &[Word],
    wt: &[&str],
    i: usize,
    limit: usize,
) -> Option<usize> {
    region_portfolio(g, words, i, limit).or_else(|| {
        if wt.get(i) != Some(&"for") || i + 1 >= limit {
            return None;
        }
        let n = portfolio_chain(&wt[i + 1..limit])?;
        let k = i + 1 + n;
        (k < limit && namey(&words[k]) && wt[i + 1..k].iter().all(|w| *w != ",")).then_some(k)
    })
}

/// "Director General for Central and West Asia Yevgeniy Zhukov": after a title, "for" and
/// coordinated regions ending on a gazetteer region, right before a capitalized name, are the
/// title's portfolio; "West Asia" there is no place of its own. Returns the word after it.
fn region_portfolio(g: &Gazetteer, words: &[Word], i: usize, limit: usize) -> Option<usize> {
    if words.get(i).is_none_or(|w| w.text != "for") {
        return None;
    }
    let mut k = i + 1;
    let mut coordinated = false;
    let mut region = false;
    while k < limit {
        let w = &words[k];
        if matches!(w.text, "and" | ",") {
            coordinated = true;
            region = false;
            k += 1;
        } else if is_compass(w.text) && !region {
            k += 1;
        } else if let Some(e) = region_at(g, words, k, limit) {
            region = true;
            k = e;
        } else {
            break;
        }
    }
    (coordinated && region && k < limit && namey(&words[k])).then_some(k)
}

/// A gazetteer region ("West Asia") of one or two words starting at word `k`.
fn region_at(g: &Gazetteer, words: &[Word], k: usize, limit: usize) -> Option<usize> {
    (1..=2).rev().find_map(|n| {
        let e = k + n;
        if e > limit || !words[k..e].iter().all(namey) {
            return None;
        }
        let phrase: Vec<&str> = words[k..e].iter().map(|w| w.key.as_str()).collect();
        let hits = g.lookup_key(&phrase.join(" "))?;
        hits.iter()
            .any(|(h, _)| matches!(h, Hit::Place(p) if g.places[*p].kind == "region"))
            .then_some(e)
    })
}

/// Whether words `w0..w1` (two or more) are followed by "(ACR)" spelling their initials.
pub(super) fn defines_acronym(doc: &Doc, words: &[Word], w0: usize, w1: usize) -> bool {
    w1 >= w0 + 2
        && words.get(w1).is_some_and(|w| w.text == "(")
        && words.get(w1 + 2).is_some_and(|w| w.text == ")")
        && words.get(w1 + 1).is_some_and(|a| {
            is_acronym(a.text) && initials(&doc.body[words[w0].start..words[w1 - 1].end]) == a.text
        })
}

/// "Organisation for Security and Cooperation in Europe (OSCE)": an organization's name goes on
/// through "in" when the acronym defined right after the longer name spells its initials.
pub(super) fn acronym_confirms(
    doc: &Doc,
    words: &[Word],
    w0: usize,
    end: usize,
    kind: &Kind,
) -> usize {
    if !matches!(kind, Kind::Typed(EntityType::Organization)) {
        return end;
    }
    if words.get(end).is_none_or(|w| w.text != "in") {
        return end;
    }
    let mut e = end + 1;
    while e < words.len() && e < end + 5 && namey(&words[e]) && words[e].sent == words[w0].sent {
        e += 1;
    }
    let defined = |k: usize| {
        (words.get(k).is_some_and(|w| w.text == "(")
            && words.get(k + 2).is_some_and(|w| w.text == ")"))
        .then(|| words.get(k + 1).map(|w| w.text))
        .flatten()
    };
    match defined(e) {
        Some(acr)
            if e > end + 1 && initials(&doc.body[words[w0].start..words[e - 1].end]) == acr =>
        {
            e
        }
        _ => end,
    }
}
