//! Titles of office: a small grammar over words (`modifier* office ("of"|"for" domain)?`).
//!
//! "Secretary General", "Vice Governor", "Chinese Foreign Ministry spokesperson" (office
//! "spokesperson"), "Minister of Foreign Affairs", "acting permanent secretary for foreign
//! affairs". The organization a title belongs to is not part of it: the caller reads it from the
//! entities around the title.

use crate::entities::lexicon::head_type;

/// Offices: a title must contain one of these and end with one (or with a domain).
#[rustfmt::skip]
const OFFICES: &[&str] = &[
    "president", "premier", "minister", "secretary", "director", "chairman", "chairwoman",
    "chairperson", "chair", "governor", "mayor", "ambassador", "consul", "spokesperson",
    "spokesman", "spokeswoman", "member", "researcher", "professor", "head", "chief", "ceo",
    "akim", "senator", "king", "queen", "sultan", "emir", "prince", "chancellor", "commissioner",
    "envoy", "representative", "dean", "rector", "manager", "founder", "counselor", "counsellor",
    "undersecretary", "councilor", "councillor", "analyst", "expert", "editor", "fellow",
    "lecturer", "officer", "coordinator", "adviser", "advisor", "attache", "leader", "delegate",
    "general", "executive", "vice-chairman", "vice-president", "vice-governor", "vice-minister",
    "vice-chair", "vice-premier", "secretary-general", "director-general", "deputy",
    "president-elect", "scholar", "economist", "administrator", "commander", "judge", "speaker",
    "lawmaker", "legislator", "diplomat", "negotiator", "ceo", "chairmen",
    // military ranks, clergy, sport
    "captain", "colonel", "lieutenant", "sergeant", "admiral", "marshal", "brigadier", "corporal",
    "bishop", "archbishop", "cardinal", "pope", "rabbi", "imam", "coach",
];

/// Words that may precede an office inside a title.
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "vice", "deputy", "assistant", "executive", "acting", "first", "senior", "permanent", "under",
    "chief", "foreign", "finance", "trade", "commerce", "defense", "defence", "economy",
    "economic", "prime", "state", "associate", "special", "party", "managing", "honorary",
    "general", "principal", "standing", "research", "education", "culture", "interior", "justice",
    "energy", "transport", "agriculture", "health", "labor", "labour", "industry", "tourism",
    "investment", "presidential", "resident", "regional", "provincial", "municipal", "secretary",
    "director", "division", "department", "program", "programme", "project", "country",
    "honorable", "executive-vice", "visiting", "co-chair", "grand", "lieutenant", "brigadier",
    "major", "rear", "field", "head", "federal", "union", "cabinet",
];

/// Domains after "of" or "for" that belong to the title ("Minister of Foreign Affairs").
const DOMAINS: &[&[&str]] = &[
    &["foreign", "affairs"],
    &["state"],
    &["finance"],
    &["commerce"],
    &["trade"],
    &["defense"],
    &["defence"],
    &["economy"],
    &["justice"],
    &["education"],
    &["culture"],
    &["agriculture"],
    &["energy"],
    &["transport"],
    &["health"],
    &["interior"],
    &["industry"],
    &["investment"],
    &["national", "economy"],
    &["economy", "and", "finance"],
    &["foreign", "affairs", "and", "international", "cooperation"],
    &["industry", "and", "trade"],
    &["state", "for", "foreign", "affairs"],
];

/// Words of ministerial portfolios ("Trade and Integration", "Labour and Social Protection of
/// the Population", "Emergency Situations"): a closed class of English government nouns and
/// the adjectives that go with them.
#[rustfmt::skip]
const PORTFOLIO: &[&str] = &[
    "affairs", "agriculture", "aviation", "budget", "children", "civil", "commerce",
    "communications", "community", "construction", "cooperation", "culture", "defence", "defense",
    "development", "digital", "digitalization", "economic", "economy", "education", "emergencies",
    "emergency", "employment", "energy", "enterprise", "entrepreneurship", "environment",
    "environmental", "family", "finance", "financial", "fisheries", "food", "foreign", "forestry",
    "gender", "health", "higher", "home", "housing", "human", "industrial", "industry",
    "information", "infrastructural", "infrastructure", "innovation", "innovations", "integration",
    "interior", "internal", "international", "investment", "investments", "irrigation", "justice",
    "labor", "labour", "land", "livestock", "local", "maritime", "media", "migration", "mineral",
    "mines", "mining", "national", "natural", "oil", "gas", "petroleum", "planning", "population",
    "ports", "post", "power", "protection", "public", "railways", "reform", "reforms", "regional",
    "relations", "religious", "resources", "roads", "rural", "science", "security", "shipping",
    "situations", "social", "sport", "sports", "technology", "technologies", "telecommunications",
    "tourism", "trade", "transport", "transportation", "treasury", "urban", "veterans", "water",
    "welfare", "women", "works", "youth", "ecology", "climate", "statistics", "logistics",
    "special", "initiatives", "revenue", "taxation", "customs", "road",
];

/// Whether `w` is a word of ministerial portfolios ("Trade", "Planning", "Initiatives").
pub fn is_portfolio(w: &str) -> bool {
    PORTFOLIO.contains(&w.to_lowercase().as_str())
}

/// The number of words of a portfolio at the start of `words` ("Trade and Integration",
/// "Labour, Employment and Social Protection of the Population"): portfolio words joined by
/// "and", "&", ",", "of" or "the", ending on a portfolio word.
pub fn portfolio_chain(words: &[&str]) -> Option<usize> {
    let mut end = None;
    let mut k = usize::from(words.first() == Some(&"the"));
    while k < words.len() {
        let w = words[k];
        if is_portfolio(w) {
            k += 1;
            end = Some(k);
        } else if end.is_some() && matches!(w, "and" | "&" | "," | "the" | "of") {
            k += 1;
        } else {
            break;
        }
    }
    end
}

/// How many more portfolio words follow a matched domain: "and Integration" after "Trade".
fn portfolio_more(words: &[&str]) -> usize {
    match words.first() {
        Some(&("and" | "&" | ",")) => portfolio_chain(&words[1..]).map_or(0, |n| n + 1),
        _ => 0,
    }
}

/// Whether `w` is a word of a title's domain ("Commerce", "Finance"): a portfolio, not a name.
pub fn is_domain_word(w: &str) -> bool {
    let l = w.to_lowercase();
    DOMAINS
        .iter()
        .any(|d| d.contains(&l.as_str()) && l != "and" && l != "for")
}

/// Words dropped from the front of a title ("the new Director" is "Director").
fn is_dropped(w: &str) -> bool {
    matches!(
        w,
        "new" | "former" | "then" | "incoming" | "outgoing" | "current" | "the" | "a" | "an"
    )
}

fn parts(w: &str) -> impl Iterator<Item = String> + '_ {
    w.split('-').map(|p| p.to_lowercase())
}

fn is_office(w: &str) -> bool {
    let l = w.to_lowercase();
    OFFICES.contains(&l.as_str())
        || parts(w)
            .last()
            .is_some_and(|p| OFFICES.contains(&p.as_str()))
}

fn is_modifier(w: &str) -> bool {
    let l = w.to_lowercase();
    MODIFIERS.contains(&l.as_str())
        || parts(w).all(|p| MODIFIERS.contains(&p.as_str()) || OFFICES.contains(&p.as_str()))
}

/// A title that starts at word `i` of `words`: the index one past its end and the title as
/// written (words joined by spaces). The title is the longest match.
pub fn title_at(words: &[&str], i: usize) -> Option<(usize, String)> {
    let mut start = i;
    while start < words.len() && is_dropped(&words[start].to_lowercase()) {
        start += 1;
    }
    let mut end = None;
    let mut j = start;
    while j < words.len() {
        let w = words[j];
        if !(is_office(w) || is_modifier(w)) || w.chars().next().is_some_and(|c| !c.is_alphabetic())
        {
            break;
        }
        j += 1;
        if is_office(w) && !(w.eq_ignore_ascii_case("general") && j == start + 1) {
            end = Some(j);
        }
    }
    let mut end = end?;
    // a lone "General" or "Executive" is not a title
    let head = words[end - 1].to_lowercase();
    // "Head of the Customs Administration" is a title: a capitalized "Head" before "of"
    let head_of = head == "head"
        && words[end - 1].starts_with('H')
        && words.get(end) == Some(&"of")
        && words
            .get(end + 1)
            .is_some_and(|w| *w == "the" || w.chars().next().is_some_and(char::is_uppercase));
    if end == start + 1
        && !head_of
        && matches!(
            head.as_str(),
            "general" | "executive" | "deputy" | "chief" | "head"
        )
    {
        return None;
    }
    if let Some(&link) = words.get(end) {
        if link == "of" || link == "for" {
            let rest: Vec<String> = words[end + 1..]
                .iter()
                .take(5)
                .map(|w| w.to_lowercase())
                .collect();
            let best = DOMAINS
                .iter()
                .filter(|d| d.len() <= rest.len() && d.iter().zip(&rest).all(|(a, b)| a == b))
                .map(|d| d.len())
                .max();
            let chain = portfolio_chain(&words[end + 1..]);
            let n = best
                .map(|n| n + portfolio_more(&words[end + 1 + n..]))
                .or(chain);
            // "Director-General of the Foreign Affairs Office", "Head of the Customs General
            // Administration": capitalized words ending on a head name an organization
            let n = n.filter(|&n| {
                !words[end + 1 + n..]
                    .iter()
                    .take(4)
                    .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .any(|w| head_type(w).is_some())
            });
            if let Some(n) = n {
                // "Minister of Commerce Zhang" keeps the domain, "Department of Commerce" is no
                // title; "Minister of Trade and Integration Aidar Seitkali" keeps both portfolios
                end += 1 + n;
                // "Minister of State for Finance, Revenue and Economic Affairs"
                if words.get(end) == Some(&"for") {
                    if let Some(m) = portfolio_chain(&words[end + 1..]) {
                        end += 1 + m;
                    }
                }
            } else if matches!(
                head.as_str(),
                "minister" | "secretary" | "commissioner" | "undersecretary"
            ) {
                // "Minister of Public Security": capitalized words that head no organization
                let mut k = end + 1;
                let mut last = None;
                while k < words.len() && k <= end + 5 {
                    let w = words[k];
                    let cap = w.chars().next().is_some_and(char::is_uppercase);
                    if cap && head_type(w).is_some() {
                        // "Party Secretary of Guilin Tourism University": an organization
                        last = None;
                        break;
                    } else if cap && !is_office(w) {
                        last = Some(k + 1);
                    } else if !(w == "and" && last.is_some()) {
                        break;
                    }
                    k += 1;
                }
                if let Some(l) = last {
                    end = l;
                }
            }
        }
    }
    Some((end, join_title(&words[start..end])))
}

/// The words of a title joined by spaces, commas attached to the word before them
/// ("Minister for Planning, Development and Special Initiatives").
fn join_title(words: &[&str]) -> String {
    let mut out = String::new();
    for w in words {
        if !out.is_empty() && *w != "," {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// One key for the forms of one office: "Minister of Foreign Affairs" and "Foreign Minister",
/// "Secretary-General" and "Secretary General".
pub fn office_key(title: &str) -> String {
    let k = crate::gazetteer::key(title);
    let k = k.strip_prefix("the ").unwrap_or(&k).to_string();
    if let Some(domain) = k.strip_prefix("minister of ") {
        let domain = domain.strip_suffix(" affairs").unwrap_or(domain);
        return format!("{domain} minister");
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(s: &str) -> Option<String> {
        let words: Vec<&str> = s.split(' ').collect();
        title_at(&words, 0).map(|(_, t)| t)
    }

    #[test]
    fn office_keys_join_forms_of_one_office() {
        assert_eq!(
            office_key("Minister of Foreign Affairs"),
            office_key("Foreign Minister")
        );
        assert_eq!(
            office_key("Secretary-General"),
            office_key("Secretary General")
        );
        assert_eq!(
            office_key("Minister of Finance"),
            office_key("Finance Minister")
        );
        assert_ne!(
            office_key("Deputy Prime Minister"),
            office_key("Prime Minister")
        );
    }

    #[test]
    fn title_table() {
        let table = [
            ("Secretary General Shi", Some("Secretary General")),
            ("Secretary-General of", Some("Secretary-General")),
            ("Vice Governor Kaiser", Some("Vice Governor")),
            ("Foreign Minister Wang", Some("Foreign Minister")),
            (
                "Minister of Foreign Affairs Murat",
                Some("Minister of Foreign Affairs"),
            ),
            ("spokesperson Lin", Some("spokesperson")),
            ("the new Director of", Some("Director")),
            (
                "acting permanent secretary for foreign affairs",
                Some("acting permanent secretary for foreign affairs"),
            ),
            (
                "Executive Vice Chairman Chen",
                Some("Executive Vice Chairman"),
            ),
            (
                "Undersecretary of State of",
                Some("Undersecretary of State"),
            ),
            ("Deputy Prime Minister and", Some("Deputy Prime Minister")),
            ("Party Secretary of", Some("Party Secretary")),
            (
                "Deputy Minister of Trade and Integration Aidar Seitkali",
                Some("Deputy Minister of Trade and Integration"),
            ),
            (
                "Minister of Labour and Social Protection of the Population Svetlana",
                Some("Minister of Labour and Social Protection of the Population"),
            ),
            (
                "Minister of Public Security Wang Xiaohong",
                Some("Minister of Public Security"),
            ),
            (
                "Minister of Industry and Infrastructural Development Kanat",
                Some("Minister of Industry and Infrastructural Development"),
            ),
            (
                "Minister for Emergency Situations Chingiz",
                Some("Minister for Emergency Situations"),
            ),
            (
                "Director of Finance and Trade Ana",
                Some("Director of Finance and Trade"),
            ),
            ("Director of the Foreign Affairs Office", Some("Director")),
            ("Head of the Customs General Administration", Some("Head")),
            ("Head of Mission Karl", Some("Head")),
            ("Head office", None),
            ("Head", None),
            ("General Administration", None),
            ("Chinese President", None),
            ("Shi Zhongjun", None),
        ];
        for (s, want) in table {
            assert_eq!(title(s).as_deref(), want, "{s}");
        }
    }
}
