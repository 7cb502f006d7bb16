//! Sites and places named by the words around them: a lower-case place or facility noun after
//! a name ("the Gwadar port", "the Seri Perdana complex"), a dash to a border gate's other side
//! ("Mong Cai – Dongxing border gate"), a region word after a place ("Kostanay region"), and a
//! dateline's bracketed news agency ("Samarkand, 12 May (UzA) –").

use super::lexicon::head_type;
use super::spans::{Kind, Mention};
use super::words::{namey, Word};
use crate::gazetteer::{Gazetteer, Hit};
use crate::Doc;
use corridor_model::EntityType;

/// Whether a dash at word `k` joins one or two capitalized words that a lower-case place noun
/// follows ("Mong Cai – Dongxing border gate"): the name before the dash is the crossing's
/// other side, a place.
pub(super) fn dashed_place_after(words: &[Word], k: usize) -> bool {
    let dash = words
        .get(k)
        .is_some_and(|w| matches!(w.text, "–" | "—" | "-") && k > 0 && w.sent == words[k - 1].sent);
    dash && (k + 2..=k + 3).any(|e| {
        e <= words.len()
            && words[k + 1..e]
                .iter()
                .all(|w| namey(w) && w.sent == words[k].sent)
            && place_noun_after(words, e)
    })
}

/// Whether a lower-case noun of buildings and sites follows at word `k` ("complex", "hall"),
/// not before a name: the capitalized words before it name the site, not a person.
pub(super) fn facility_noun_after(words: &[Word], k: usize) -> bool {
    words.get(k).is_some_and(|w| {
        k > 0
            && w.sent == words[k - 1].sent
            && matches!(
                w.text,
                "complex"
                    | "building"
                    | "hall"
                    | "palace"
                    | "centre"
                    | "center"
                    | "stadium"
                    | "hotel"
                    | "compound"
                    | "residence"
                    | "auditorium"
            )
            // "Sabres center Casey Mittelstadt": a noun before a name is a position, no site
            && words
                .get(k + 1)
                .is_none_or(|n| n.sent != w.sent || !namey(n))
    })
}

/// Whether a lower-case noun of places follows at word `k` ("port", "dry port", "border
/// crossing", "city"): the capitalized word before it names the place.
pub(super) fn place_noun_after(words: &[Word], k: usize) -> bool {
    let at = |k: usize| words.get(k).map_or("", |w| w.text);
    let same = words
        .get(k)
        .is_some_and(|w| k > 0 && w.sent == words[k - 1].sent);
    same && (matches!(
        at(k),
        "port" | "city" | "town" | "village" | "county" | "district" | "airport" | "checkpoint"
    ) || (at(k) == "dry" && at(k + 1) == "port")
        || (at(k) == "border" && matches!(at(k + 1), "crossing" | "gate" | "checkpoint" | "port")))
}

/// "Kostanay region": a lower-case region word after a place name belongs to it (and names the
/// region, not the city).
pub(super) fn place_suffix(
    g: &Gazetteer,
    doc: &Doc,
    words: &[Word],
    w0: usize,
    end: usize,
    kind: Kind,
) -> (usize, Kind) {
    let placeish = matches!(
        kind,
        Kind::Gaz(Hit::Place(_)) | Kind::Single(_) | Kind::Typed(EntityType::Place)
    );
    // "English county" is no place name
    let adjective = matches!(kind, Kind::Single(_)) && {
        let l = words[w0].text.to_lowercase();
        ["ian", "ean", "ese", "ish", "ic"]
            .iter()
            .any(|x| l.ends_with(x))
    };
    if placeish && !adjective {
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

/// Whether the bracketed capitalized word at word `i` is a dateline's news agency: "(NAME)"
/// right before a dash, after a date ("Samarkand, 12 May (UzA) –") or a place's name ("TERMEZ
/// (UzA) --").
pub(super) fn dateline_agency(words: &[Word], i: usize) -> bool {
    let at = |k: usize| words.get(k).map_or("", |w| w.text);
    let dash = words.get(i).is_some_and(namey) && matches!(at(i + 2), "–" | "—" | "-" | "--");
    let before = i.checked_sub(2).map(|k| &words[k]);
    dash && at(i.wrapping_sub(1)) == "("
        && at(i + 1) == ")"
        && before.is_some_and(|w| {
            w.text.chars().all(|c| c.is_ascii_digit())
                || is_month(w.text)
                || matches!(w.hit, Some(Hit::Place(_) | Hit::Country(_)))
        })
}

/// A month's name or abbreviation ("May", "Sept.").
fn is_month(w: &str) -> bool {
    #[rustfmt::skip]
    const MONTHS: &[&str] = &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ];
    MONTHS.contains(&w.trim_end_matches('.').to_lowercase().as_str())
}

/// A lower-case noun of places ("city", "town", "port"): "the city of X" names a place.
pub(super) fn is_place_noun(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && (w == "town" || head_type(w) == Some(EntityType::Place))
}

/// Whether mention `m` is joined by "and", "or" or a comma to a listed place or country.
pub(super) fn coordinated_with_place(words: &[Word], m: &Mention) -> bool {
    let placey = |w: Option<&Word>| {
        w.is_some_and(|w| matches!(w.hit, Some(Hit::Place(_) | Hit::Country(_))))
    };
    let link = |w: Option<&Word>| w.is_some_and(|w| matches!(w.text, "and" | "or" | ","));
    (link(words.get(m.w1)) && placey(words.get(m.w1 + 1)))
        || (m.w0 >= 2 && link(words.get(m.w0 - 1)) && placey(words.get(m.w0 - 2)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::words::word;

    fn words(text: &'static str) -> Vec<Word<'static>> {
        let g = Gazetteer::get();
        let mut at = 0;
        text.split(' ')
            .map(|t| {
                let w = word(g, t, at, 0);
                at += t.len() + 1;
                w
            })
            .collect()
    }

    #[test]
    fn facility_nouns_follow_sites_not_positions() {
        let ws = words("at the Seri Cempaka complex in the capital");
        assert!(facility_noun_after(&ws, 4));
        let ws = words("Falcons center Tomas Lindqvist scored");
        assert!(!facility_noun_after(&ws, 1));
        let ws = words("the Seri Cempaka Complex");
        assert!(!facility_noun_after(&ws, 3));
    }

    #[test]
    fn a_dash_joins_a_border_gates_other_side() {
        let ws = words("the Mong Cai – Dongxing border gate");
        assert!(dashed_place_after(&ws, 3));
        let ws = words("the Mong Cai – Dongxing talks");
        assert!(!dashed_place_after(&ws, 3));
    }

    #[test]
    fn a_bracketed_name_after_a_dateline_is_its_agency() {
        let ws = words("Samarkand , 12 May ( UzA ) – A terminal opened");
        assert!(dateline_agency(&ws, 5));
        let ws = words("the bank ( ADB ) – which lends");
        assert!(!dateline_agency(&ws, 3));
    }
}
