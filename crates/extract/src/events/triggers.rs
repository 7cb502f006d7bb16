//! Trigger detection: which sentences state an event, of which type, and in which mode.
//!
//! A trigger is a verb or noun pattern ("paid a visit", "held talks", "forum ... was held",
//! "signed", "inaugurated"). Each pattern is compiled once; [`triggers`] runs them over one sentence
//! and returns at most one trigger per type, each with its mode (happened, planned, negated).

use corridor_model::EventType;
use regex::Regex;
use std::sync::LazyLock;

/// Whether the sentence says the event happened, will happen, or did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Reported as having happened (or happening).
    Actual,
    /// Announced for the future ("will visit", "is scheduled to").
    Planned,
    /// Denied ("did not sign", "was cancelled").
    Negated,
    /// Not stated as happening at all: a bare infinitive ("contracts to launch spacecraft"), an
    /// imperative ("Visit the fair!"), plans announced rather than things launched ("unveiled its
    /// plans").
    Hypothetical,
}

impl Mode {
    /// Whether a trigger in this mode states an event (actual or planned).
    pub fn is_event(self) -> bool {
        matches!(self, Mode::Actual | Mode::Planned)
    }
}

/// One trigger found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    /// The event type it signals.
    pub kind: EventType,
    /// Byte range of the trigger inside the sentence.
    pub at: std::ops::Range<usize>,
    /// Happened, planned or negated.
    pub mode: Mode,
}

/// Gathering nouns: a sentence naming one of these with an occurrence verb is a conference.
const GATHERING: &str = r"(?:forum|summit|conference|round-?table|expo(?:sition)?|workshop|symposium|congress|ministerial meeting|ministers[’']? meeting|leaders[’']? meeting|ministerial|fair|festival|dialogue|seminar series|plenary|assembly|games|meetings? of (?:the )?(?:[\w-]+ ){0,4}(?:ministers|leaders|heads of (?:state|government)))";

struct Pattern {
    kind: EventType,
    re: Regex,
}

/// A case-insensitive event pattern. Its `\b` are ASCII word boundaries, which keep the regex
/// crate on its fast engine on any text (a Unicode `\b` drops it to the slow ones beside a curly
/// quote or a dash; see `date::boundary`); the patterns are English words, for which the two agree.
pub(super) fn rx(s: &str) -> Regex {
    pattern(&format!("(?i){s}"))
}

/// `src` compiled with ASCII word boundaries (see [`rx`]).
pub(super) fn pattern(src: &str) -> Regex {
    Regex::new(&crate::date::boundary::ascii_boundaries(src)).expect("event pattern compiles")
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    use EventType::*;
    let p = |kind, s: &str| Pattern { kind, re: rx(s) };
    vec![
        // Agreements: a signing verb; a document noun is usual but "signed" alone is enough.
        p(
            Agreement,
            r"\b(?:signed|inked|sign(?:s|ing)?\b(?:\s+\w+){0,6}\s+(?:agreements?|mou|memorand(?:um|a)|contracts?|deals?|documents?|accords?|protocols?|treat(?:y|ies)|declarations?)|signing ceremony|exchanged (?:the )?(?:signed )?documents|exchange of (?:\w+ ){0,3}(?:memorand(?:um|a)|mous?\b|agreements|documents|instruments|notes)|(?:concluded|reached|sealed|struck|clinched|finali[sz]ed|inked) (?:a |an |the )?(?:[\w$-]+ ){0,4}(?:agreements?|deals?|accords?|contracts?|memorand(?:um|a)|mous?\b|pacts?|treat(?:y|ies)))",
        ),
        // Launches: institutions, facilities, routes, programmes.
        p(
            Launch,
            r"\b(?:launch(?:ed|es|ing)?(?: ceremony)?|inaugurat(?:ed|es|ion|ing)|unveil(?:ed|s|ing)|broke ground|ground-?breaking|officially (?:opened|established|started)|was (?:officially )?(?:established|founded|set up|created|opened)|were (?:officially )?(?:established|founded|set up|created|opened)|(?:has|have) been (?:established|set up|founded|opened)|put into (?:operation|service)|(?:began|begins|started|starts|commenced) (?:commercial |trial )?operations?|opened to (?:traffic|the public)|maiden (?:voyage|trip|flight|run|journey)|came into (?:effect|force)|entered into force|commissioned|rolled out|(?:began|started|commenced|kicked off|launched) construction|(?:construction|work) (?:of|on) [^.;]{0,60}?(?:commenced|began|started|kicked off)|(?:first|maiden|inaugural) (?:[\w-]+ ){0,3}(?:trains?|flights?|voyages?|services?|shipments?|sailings?) (?:departed|left|set off|took off|arrived|pulled out)|(?:set up|created|established|founded) (?:a|an|the)\b|^(?:first )?(?:established|founded|set up|created|inaugurated) in\b)",
        ),
        // Conferences: a gathering noun with an occurrence verb nearby.
        p(
            Conference,
            &format!(
                r"\b(?:{GATHERING}\b[^.;]{{0,80}}?\b(?:was|were|is being|has been)? ?(?:held|opened|convened|kicked off|took place|concluded|closed|staged|hosted|organi[sz]ed|co-hosted|wrapped up|ended|got under ?way|drew to a close)|(?:held|hosted|co-hosted|attended|chaired|opened|convened|organi[sz]ed|addressed|took part in|participated in|(?:host|hold|attend|chair|convene|organi[sz]e|address)(?:s|ing)?|take part in|participate in|gathered (?:in|at|for)|(?:delivered|gave) (?:a |an |the )?(?:\w+ )?(?:speech|address|remarks) at|spoke at|speaking at)\b[^.;]{{0,80}}?\b{GATHERING}|opening ceremony of)\b"
            ),
        ),
        // Meetings: talks between named parties.
        p(
            Meeting,
            r"\b(?:met\b|meets?\b|meeting with|(?:held|hold|holds|holding) (?:a |an )?(?:\w+ ){0,2}(?:talks|meeting|seminar|consultations?|discussions?)|(?:summit |bilateral |official )?talks (?:with|between|took place|were held|was held)|(?:was|were) received by|received (?:the |a )?(?:visiting )?(?:delegation|minister|ambassador|secretary|president|prime minister|governor|chairman|director|vice|deputy|mr|ms|h\.e\.)|exchanged views|work meeting (?:was )?held|(?:meeting|talks|consultations) (?:of|between|with) [^.;]{0,80}?\b(?:was|were|will be|would be|is to be|are to be|to be) (?:held|convened)|courtesy call|consultations (?:on|were)|had a meeting|received (?:the )?(?:visiting )?(?-i:[A-Z])\w+|(?:had|held) (?:a )?(?:phone|telephone|video) (?:call|conversation|talk)s?|spoke (?:by|on the|over the) (?:phone|telephone)|spoke (?:with|to) (?:his|her|their) (?:[\w-]+ )?counterparts?|sat down with|conferred with|had (?:a |an )?(?:\w+ )?discussions?|for talks\b)",
        ),
        // Visits: travel of a person or delegation.
        p(
            Visit,
            r"\b(?:visit(?:ed|s|ing)?\b|paid (?:a |an )?(?:\w+ ){0,3}visit|(?:state|official|working|field|study) visits?|(?:is|was) on (?:a|an) (?:\w+ )?visit|arrived in|toured|trip to|travell?ed to|headed a delegation|led a delegation|embarked on (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:tour|trip|visit|journey))",
        ),
    ]
});

static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"\b(?:will|shall|is to|are to|is set to|are set to|is scheduled to|are scheduled to|is expected to|are expected to|plans? to|planned to|is planning to|intends? to|is due to|upcoming|next (?:week|month|year)|to be held|would|agreed to|agrees? to|decided to|pledged to|vowed to|promised to|proposed to|slated|(?:the|an?) (?:expected|forthcoming|planned|proposed|scheduled|prospective))\b",
    )
});

static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"\b(?:did not|didn[’']t|has not|have not|had not|was not|were not|never|cancel(?:l)?ed|postponed|called off|failed to|refused to|no (?:agreement|deal|documents?) (?:was|were))\b",
    )
});

/// Verbs of speech or hope that describe a wish rather than an event ("hopes to sign").
static IRREALIS: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"\b(?:hope[sd]? to|wish(?:es|ed)? to|look(?:s|ed)? forward to|call(?:s|ed)? for|urge[sd]?|if|should|could|(?-i:may)|might|would like to|aims? to)\b",
    )
});

static REFERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"\b(?:during|at|on the sidelines of|in the course of|on the margins of|after|before|following|ahead of|prior to|on the occasion of|in conjunction with|as part of|within the framework of|in the framework of) the (?:(?:official|state|working|bilateral|trilateral|high-level|plenary|opening|closing|joint|\w+-day) )?(visit|trip|meeting|talks|negotiations|consultations|discussions|summit|forum|conference|expo|ceremony|event|roundtable|workshop|seminar|signing)\b|\bthe (summit|forum|conference|expo|meeting) (?:also|further|was attended)\b|^(?:On|At) the (?:sidelines|margins)()\b",
    )
});

/// A phrase that refers back to an event already told ("during the visit", "following the talks",
/// "at the forum", "the summit also", "On the sidelines,"): its byte range in the sentence, and the type of event it names (`None` for
/// "the ceremony" or "the event", which name whatever was told last).
pub fn back_reference(sentence: &str) -> Option<(std::ops::Range<usize>, Option<EventType>)> {
    let caps = REFERS_BACK.captures(sentence)?;
    let noun = caps
        .get(1)
        .or_else(|| caps.get(2))
        .or_else(|| caps.get(3))?;
    let kind = match noun.as_str().to_ascii_lowercase().as_str() {
        "visit" | "trip" => Some(EventType::Visit),
        "meeting" | "talks" | "seminar" | "negotiations" | "consultations" | "discussions" => {
            Some(EventType::Meeting)
        }
        "signing" => Some(EventType::Agreement),
        // "the ceremony", "the event", a bare "On the sidelines,": whatever was told last
        "ceremony" | "event" | "" => None,
        _ => Some(EventType::Conference),
    };
    Some((caps.get(0)?.range(), kind))
}

/// Whether the trigger at `at` is a noun named with the definite article ("the inauguration", "the
/// signing ceremony"): the sentence refers to an event already known.
pub fn is_definite(sentence: &str, at: &std::ops::Range<usize>) -> bool {
    let word = &sentence[at.clone()];
    !word.to_ascii_lowercase().ends_with("ed") && DEFINITE.is_match(&sentence[..at.start])
}

/// "the", perhaps with a modifier of extent or kind ("The two-day forum", "the opening ceremony"),
/// just before a trigger noun.
static DEFINITE: LazyLock<Regex> = LazyLock::new(|| {
    rx(r"(?:^|\s)the (?:(?:\w+-day|official|opening|closing|signing|plenary|joint) )?$")
});

/// The triggers of one sentence, at most one per event type, in order of appearance. A trigger
/// word inside a phrase that refers back ("During the visit, ...") is not a new event.
pub fn triggers(sentence: &str) -> Vec<Trigger> {
    triggers_beside(sentence, back_reference(sentence).map(|(r, _)| r).as_ref())
}

/// [`triggers`], given the sentence's [`back_reference`] range (found once by the caller).
pub fn triggers_beside(sentence: &str, back: Option<&std::ops::Range<usize>>) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    for p in PATTERNS.iter() {
        let Some(m) =
            p.re.find_iter(sentence)
                .find(|m| back.is_none_or(|b| m.end() <= b.start || m.start() >= b.end))
        else {
            continue;
        };
        if out.iter().any(|t| t.kind == p.kind) {
            continue;
        }
        // "summit talks" and "work meeting" are meetings, not gatherings.
        if p.kind == EventType::Conference && meeting_not_gathering(sentence) {
            continue;
        }
        if wrong_object(p.kind, &sentence[..m.start()], &sentence[m.end()..]) {
            continue;
        }
        out.push(Trigger {
            kind: p.kind,
            at: m.range(),
            mode: mode_of(sentence, &m),
        });
    }
    out.sort_by_key(|t| t.at.start);
    out
}

/// What a launch verb acts on when it is no launch of an institution, facility, route or
/// programme: attacks, inquiries, offers, findings ("launched missile strikes", "established a high
/// probability", "launched an investigation").
static NOT_LAUNCHED: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"^\s+(?:(?:a|an|the|its|their|new|\w+)\s+){0,3}?(?:strikes?|air ?strikes?|attacks?|offensives?|raids?|missiles?|rockets?|assaults?|war|invasion|investigations?|probes?|inquir(?:y|ies)|crackdowns?|appeals?|bids?|offers?|lawsuits?|suits?|boycotts?|protests?|probability|likelihood|links?|records?|contacts?|relations|ties|tender offer|takeover|search|manhunt|hunt|nation|situation|atmosphere|conditions|opportunit(?:y|ies)|jobs|problems?|crisis|confusion|environment|momentum|impression|precedent|sense|risks?|chaos|tension)\b",
    )
});

/// The noun a passive launch verb tells of ("a search has been launched").
static NOT_LAUNCHED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"\b(?:strikes?|attacks?|offensives?|raids?|investigations?|probes?|inquir(?:y|ies)|crackdowns?|appeals?|bids?|offers?|search|manhunt|hunt|lawsuits?|protests?)\s+(?:\w+\s+){0,3}$",
    )
});

/// What "met" acts on when nobody met anybody: "met the test", "met with the severest crackdown".
static NOT_MET: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"^\s+(?:(?:the|a|an|all|its|their|his|her|these|those|this|\w+'s|\w+’s|new|growing|rising|local|government|capital|market|\w+al)\s+){0,4}(?:tests?|requirements?|demands?|criteria|standards?|targets?|goals?|needs|expectations|deadlines?|conditions|obligations|challenges?|quotas?|thresholds?|resistance|opposition|criticism|skepticism|scepticism|approval|disapproval|applause|success|failure|fate|death|end|halt)\b",
    )
});

/// A passive "be met with" tells of a reaction, not a meeting.
static MET_WITH_REACTION: LazyLock<Regex> =
    LazyLock::new(|| rx(r"\b(?:be|been|was|were|is|are)\s+$"));

/// What a signing verb acts on when it is no agreement between parties: letters, laws, books.
static NOT_AGREED: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"^(?:\s+up\b|\s+off\b|\s+(?:(?:a|an|the|his|her|its|their|into|\w+)\s+){0,2}?(?:letters?|petitions?|books?|bills?|laws?|decrees?|executive orders?|orders?|autographs?|copies|checks?|cheques?|photos?|jerseys?|condolence|guest ?book|players?|free agents?|with (?:the )?[A-Z]\w* (?:club|team|label))\b)",
    )
});

/// The noun before a passive "signed by" ("a letter signed by the mayor").
static SIGNED_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    rx(r"\b(?:letters?|petitions?|books?|bills?|laws?|decrees?|orders?|statements?|notes?)\s*$")
});

/// Things that arrive or travel without being visitors: vehicles and cargo, written in lower case
/// ("freight train", not the "China Freight Association").
static NOT_VISITOR: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"\b(?:trains?|flights?|cargo|shipments?|containers?|goods|vessels?|ships?|planes?|aircraft|consignments?|trucks?|lorries|convoys?|batch|freight|parcels?|products)\b",
    )
});

/// Whether what the trigger acts on, or what acts, rules the event type out (selectional
/// restriction).
fn wrong_object(kind: EventType, before: &str, after: &str) -> bool {
    match kind {
        EventType::Visit => NOT_VISITOR.is_match(tail_words(before, 8)),
        EventType::Launch => NOT_LAUNCHED.is_match(after) || NOT_LAUNCHED_BEFORE.is_match(before),
        EventType::Meeting => {
            NOT_MET.is_match(after)
                || (MET_WITH_REACTION.is_match(before) && after.trim_start().starts_with("with"))
        }
        EventType::Agreement => {
            let of_intent =
                |m: regex::Match| after[m.end()..].trim_start().starts_with("of intent");
            NOT_AGREED.find(after).is_some_and(|m| !of_intent(m)) || SIGNED_NOUN.is_match(before)
        }
        _ => false,
    }
}

fn meeting_not_gathering(sentence: &str) -> bool {
    static TALKS: LazyLock<Regex> = LazyLock::new(|| rx(r"\bsummit talks\b"));
    TALKS.is_match(sentence) && !rx_gathering_other().is_match(sentence)
}

fn rx_gathering_other() -> &'static Regex {
    static R: LazyLock<Regex> =
        LazyLock::new(|| rx(r"\b(?:forum|conference|expo|round-?table|workshop|symposium)\b"));
    &R
}

/// A bare infinitive right before the trigger ("to launch", "to jointly sign").
static INFINITIVE: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"\bto (?:\w+ly )?$|\b(?:let|lets|letting|make|made|help|helped|helps|allow|allowed|allows) (?:them|him|her|us|it|the \w+) $",
    )
});

/// Base-form verbs that open an imperative ("Visit the fair", "Join us").
static IMPERATIVE: LazyLock<Regex> =
    LazyLock::new(|| rx(r"^(?:visit|sign|launch|join|meet|attend|register|tour)\b"));

/// What a launch verb reports when its object is a plan, not a thing launched.
static PLAN_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"^\s+(?:(?:its|their|his|her|the|a|new|\w+'s|\w+’s)\s+){0,2}(?:plans?|proposals?|details|ideas|findings|report|survey|results|list)\b",
    )
});

/// The mode of trigger `m` of `sentence`, read from the words before it in its clause.
fn mode_of(sentence: &str, m: &regex::Match) -> Mode {
    let at = m.start();
    let clause_start = sentence[..at].rfind([';', ':']).map(|i| i + 1).unwrap_or(0);
    let before = &sentence[clause_start..at];
    let window = tail_words(before, 8);
    if NEGATED.is_match(window) {
        return Mode::Negated;
    }
    if before.trim().is_empty() && IMPERATIVE.is_match(m.as_str()) {
        return Mode::Hypothetical;
    }
    if PLAN_OBJECT.is_match(&sentence[m.end()..]) {
        return Mode::Hypothetical;
    }
    // a noun-first trigger carries its own auxiliary ("the forum will be held")
    if PLANNED.is_match(window)
        || IRREALIS.is_match(tail_words(before, 4))
        || FUTURE_PASSIVE.is_match(m.as_str())
    {
        return Mode::Planned;
    }
    if INFINITIVE.is_match(before) {
        return Mode::Hypothetical;
    }
    Mode::Actual
}

static FUTURE_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    rx(r"\b(?:will|would|shall|is to|are to|to) be (?:held|convened|hosted|organi[sz]ed|opened)\b")
});

/// The last `n` words of `s`.
fn tail_words(s: &str, n: usize) -> &str {
    let mut count = 0;
    for (i, c) in s.char_indices().rev() {
        if c.is_whitespace() {
            count += 1;
            if count > n {
                return &s[i..];
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use EventType::*;

    fn kinds(s: &str) -> Vec<(EventType, Mode)> {
        triggers(s).into_iter().map(|t| (t.kind, t.mode)).collect()
    }

    #[test]
    fn back_reference_table() {
        type Want = Option<(&'static str, Option<EventType>)>;
        let cases: &[(&str, Want)] = &[
            (
                "During the visit, he toured a farm.",
                Some(("During the visit", Some(Visit))),
            ),
            (
                "Following the talks, the firms signed a deal.",
                Some(("Following the talks", Some(Meeting))),
            ),
            (
                "The bank spoke at the two-day forum in Almaty.",
                Some(("at the two-day forum", Some(Conference))),
            ),
            (
                "After the signing, they toured the port.",
                Some(("After the signing", Some(Agreement))),
            ),
            (
                "On the sidelines, she met the envoy.",
                Some(("On the sidelines", None)),
            ),
            ("The ministers met on the sidelines.", None),
            ("During the previous visit, he toured a farm.", None),
        ];
        for (text, want) in cases {
            let got = back_reference(text).map(|(r, k)| (&text[r], k));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn trigger_table() {
        let cases: &[(&str, &[(EventType, Mode)])] = &[
            (
                "The minister paid an official visit to Hanoi on Monday.",
                &[(Visit, Mode::Actual)],
            ),
            (
                "The two leaders held talks in Astana.",
                &[(Meeting, Mode::Actual)],
            ),
            (
                "Wang Yi met with the secretary-general here on Monday.",
                &[(Meeting, Mode::Actual)],
            ),
            (
                "The delegation was received by Vice Governor Ali.",
                &[(Meeting, Mode::Actual)],
            ),
            (
                "The third business forum was held in Kunming on Thursday.",
                &[(Conference, Mode::Actual)],
            ),
            (
                "She attended the opening of the trade expo.",
                &[(Conference, Mode::Actual)],
            ),
            (
                "The two sides signed a memorandum of understanding.",
                &[(Agreement, Mode::Actual)],
            ),
            (
                "He said the fifth meeting of the joint committee would be held in Lahore next month.",
                &[(Meeting, Mode::Planned)],
            ),
            (
                "The three-day Kunming trade fair wrapped up on Monday.",
                &[(Conference, Mode::Actual)],
            ),
            (
                "Over 500 delegates gathered in Nanning for the Port Forum.",
                &[(Conference, Mode::Actual)],
            ),
            (
                "She delivered a keynote speech at the Boao Forum for Asia.",
                &[(Conference, Mode::Actual)],
            ),
            ("The rail service was rolled out on Monday.", &[(Launch, Mode::Actual)]),
            (
                "The first freight train departed from Chongqing for Hanoi.",
                &[(Launch, Mode::Actual)],
            ),
            (
                "Construction of the port terminal commenced on Monday.",
                &[(Launch, Mode::Actual)],
            ),
            (
                "Laos and Peru concluded an agreement on tariffs.",
                &[(Agreement, Mode::Actual)],
            ),
            ("The two sides sealed a $2 billion deal.", &[(Agreement, Mode::Actual)]),
            (
                "The minister embarked on a tour of Central Asia.",
                &[(Visit, Mode::Actual)],
            ),
            ("The president sat down with the premier.", &[(Meeting, Mode::Actual)]),
            (
                "Wang spoke with his Thai counterpart over the phone.",
                &[(Meeting, Mode::Actual)],
            ),
            (
                "The minister hosted the ambassador for talks on Monday.",
                &[(Meeting, Mode::Actual)],
            ),
            ("Officials met resistance from farmers.", &[]),
            (
                "The ministers will meet again in Astana on 20 May.",
                &[(Meeting, Mode::Planned)],
            ),
            ("The plant can meet the demand of the region.", &[]),
            ("The bank may not meet the new government capital criteria.", &[]),
            (
                "The court let them meet with the boy's father.",
                &[(Meeting, Mode::Hypothetical)],
            ),
            ("The company signed up 2,000 new customers.", &[]),
            (
                "Established in 2001, the council has funded 200 projects.",
                &[(Launch, Mode::Actual)],
            ),
            (
                "The president will host the third Silk Road Summit in Baku on 3 May.",
                &[(Conference, Mode::Planned)],
            ),
            (
                "The two leaders witnessed the exchange of 14 memorandums of understanding.",
                &[(Agreement, Mode::Actual)],
            ),
            (
                "Talks between the two ministries were held on Friday.",
                &[(Meeting, Mode::Actual)],
            ),
            (
                "A new dry port was inaugurated in Vientiane.",
                &[(Launch, Mode::Actual)],
            ),
            (
                "The premier will visit Laos next week.",
                &[(Visit, Mode::Planned)],
            ),
            (
                "The president is scheduled to attend the summit held in Bali.",
                &[(Conference, Mode::Planned)],
            ),
            (
                "The two countries did not sign the agreement.",
                &[(Agreement, Mode::Negated)],
            ),
            ("Trade grew by 5 percent in the first half.", &[]),
            (
                "The ministers agreed to set up a working group.",
                &[(Launch, Mode::Planned)],
            ),
            (
                "On Wednesday the summit talks took place in Astana.",
                &[(Meeting, Mode::Actual)],
            ),
            (
                "Firms may bid for contracts to regularly launch satellites.",
                &[(Launch, Mode::Hypothetical)],
            ),
            (
                "Visit the trade fair in Almaty from 3 to 5 May.",
                &[(Visit, Mode::Hypothetical)],
            ),
            (
                "The company unveiled its plans for a new plant.",
                &[(Launch, Mode::Hypothetical)],
            ),
            (
                "The company unveiled a new electric truck.",
                &[(Launch, Mode::Actual)],
            ),
            (
                "The two sides are set to sign a deal in May.",
                &[(Agreement, Mode::Planned)],
            ),
            (
                "President Li received Uzbek Foreign Minister Saidov in Beijing.",
                &[(Meeting, Mode::Actual)],
            ),
            ("The port received 500 applications last year.", &[]),
            (
                "The two presidents held a phone call on Monday.",
                &[(Meeting, Mode::Actual)],
            ),
            (
                "The new freight line began operations on 3 May.",
                &[(Launch, Mode::Actual)],
            ),
            (
                "Wang co-chaired the fourth meeting of the foreign ministers of both countries.",
                &[(Conference, Mode::Actual)],
            ),
            (
                "The first freight train on the new route arrived in Tashkent on Friday.",
                &[],
            ),
            (
                "A delegation of the Rail Freight Union arrived in Tashkent.",
                &[(Visit, Mode::Actual)],
            ),
            (
                "The minister arrived in Tashkent on Friday by train.",
                &[(Visit, Mode::Actual)],
            ),
            (
                "A search has been launched for accomplices in the region.",
                &[],
            ),
            ("The war has created a nation of widows.", &[]),
            (
                "Acts of terror must be met with the severest crackdown.",
                &[],
            ),
            ("The father met the test for custody.", &[]),
            (
                "The minister met with the governor in Urumqi.",
                &[(Meeting, Mode::Actual)],
            ),
            (
                "U.S. forces launched cruise missile strikes on Thursday.",
                &[],
            ),
            (
                "The tests established a high probability that it matched.",
                &[],
            ),
            ("Police launched an investigation into the fire.", &[]),
            ("Castro read from a letter signed by the father.", &[]),
            ("The governor signed the bill into law on Friday.", &[]),
            (
                "The bank launched a new rail freight route to Almaty.",
                &[(Launch, Mode::Actual)],
            ),
            (
                "The ministers signed a letter of intent on a new railway.",
                &[(Agreement, Mode::Actual)],
            ),
            (
                "On 3 May the ministers signed a deal.",
                &[(Agreement, Mode::Actual)],
            ),
            (
                "They discussed the slated visit of the minister.",
                &[(Visit, Mode::Planned)],
            ),
            (
                "He travelled to Tashkent to sign the accord.",
                &[(Visit, Mode::Actual), (Agreement, Mode::Hypothetical)],
            ),
        ];
        for (s, want) in cases {
            assert_eq!(&kinds(s), want, "{s}");
        }
    }
}
