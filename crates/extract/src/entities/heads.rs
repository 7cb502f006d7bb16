//! Names typed by their head word: "... Centre", "Ministry of ...", "... Province".

use super::lexicon::{head_type, is_function_word};
use super::words::*;
use crate::gazetteer::{is_acronym, Hit};
use crate::roles::titles::title_at;
use corridor_model::EntityType;

/// The end of a name headed by a type word in `words[i..limit]`, with its type: the rightmost
/// head word (words joined by hyphens, possessives, "and" or "&" count as one name), then
/// `of ...` chains for organizations, places and gatherings.
pub(super) fn headed_at(words: &[Word], i: usize, limit: usize) -> Option<(usize, EntityType)> {
    let mut j = i;
    let mut head = None;
    while j < limit {
        let w = &words[j];
        // "Bangko Sentral ng Pilipinas Governor Eli Remolona": a title before a name ends it
        if j > i && office_before_name(words, j, limit) {
            break;
        }
        if namey(w) {
            // "Ministry of ..." names a body, "Members of the ..." does not
            let followed_by_of = matches!(words.get(j + 1).map(|w| w.text), Some("of" | "for"))
                && !matches!(
                    w.text.to_lowercase().as_str(),
                    "members" | "countries" | "states" | "nations"
                );
            // "East Coast Rail Link" heads a project; "Link" is no head word of its own
            // ("Sound Transit's Link Light Rail")
            let link = w.text == "Link" && j > i && namey(&words[j - 1]);
            if j > i || followed_by_of {
                let t =
                    head_type(w.text.trim_end_matches('.')).or(link.then_some(EntityType::Project));
                if let Some(t) = t {
                    head = Some((j + 1, t));
                }
            }
            j += 1;
        } else if j > i
            && j + 1 < limit
            && ((is_joiner(w.text)
                && namey(&words[j + 1])
                && (w.text == "-" || !is_place_or_country(&words[j - 1])))
                // "Lao Cai provincial Party Committee"
                || level_inside(words, j))
        {
            j += 1;
        } else if paren_acronym(words, j, limit) {
            j += 3;
        } else if matches!(w.text, "and" | "&")
            && j > i
            // "Johnson Controls Inc and Lear Corp": a name that ended on its head stays whole
            && head_type(words[j - 1].text.trim_end_matches('.')) != Some(EntityType::Organization)
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
    let (mut end, mut ty) = head?;
    // "Pakistan Railways", "Kazakh Railways": the plural names the country's operator, not a line
    if ty == EntityType::Project
        && end > i + 1
        && words[end - 1].text == "Railways"
        && words[i..end - 1].iter().all(is_place_or_country)
    {
        ty = EntityType::Organization;
    }
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
                    // "Department of Trade and Industry Secretary Alfredo Pascual"
                    if m > k && office_before_name(words, m, limit) {
                        break;
                    }
                    if paren_acronym(words, m, limit) {
                        m += 3;
                    } else if namey(&words[m])
                        || (is_joiner(words[m].text) && m + 1 < limit && namey(&words[m + 1]))
                        || (words[m].text == "," && next_is_company_suffix(words, m))
                        || (m + 1 < limit && portfolio_comma(words, m))
                    {
                        m += 1;
                    } else {
                        break;
                    }
                }
                // "Culture and Tourism": an "and" inside the chain joins two capitalized words
                // ("of Laos and Electricite du Laos": a country or place closes the name)
                while m + 1 < limit
                    && words[m].text == "and"
                    && !matches!(words[m - 1].hit, Some(Hit::Country(_)))
                    && namey(&words[m + 1])
                    && !is_place_or_country(&words[m + 1])
                    && title_at(&[words[m + 1].text], 0).is_none()
                {
                    m += 1;
                    while m < limit && namey(&words[m]) && !office_before_name(words, m, limit) {
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

/// Whether word `j` is an office ("Secretary", "Governor") followed by a capitalized word that
/// heads nothing: a title before a person's name, which no organization's name holds
/// ("Department of Trade and Industry Secretary Alfredo Pascual"; not "ASEAN Member States",
/// "Prime Minister's Office").
pub(super) fn office_before_name(words: &[Word], j: usize, limit: usize) -> bool {
    let w = &words[j];
    namey(w)
        && head_type(w.text).is_none()
        && title_at(&[w.text], 0).is_some()
        && j + 1 < limit
        && namey(&words[j + 1])
        && head_type(words[j + 1].text).is_none()
        && title_at(&[words[j + 1].text], 0).is_none()
}

/// "(CPC)" inside a name that goes on after it: "Communist Party of China (CPC) Central Committee".
pub(super) fn paren_acronym(words: &[Word], j: usize, limit: usize) -> bool {
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

pub(super) fn is_place_or_country(w: &Word) -> bool {
    matches!(
        w.hit,
        Some(Hit::Country(_) | Hit::CountryAdj(_) | Hit::Place(_))
    )
}
