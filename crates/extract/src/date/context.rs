//! What the words around an expression say: tense, and whether a number or a month is a date.

use super::lexicon;
use super::resolve::Tense;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Words after which a bare month or a four-digit number is a time.
const TEMPORAL_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "to",
    "through",
    "of",
    "before",
    "after",
    "during",
    "between",
    "and",
    "or",
    "early",
    "late",
    "mid",
    "fiscal",
    "year",
    "on",
    "for",
    "end",
    "beginning",
    "start",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "around",
    "circa",
    "as",
    "at",
    "last",
    "next",
    "this",
    "throughout",
    "than",
    "within",
    "over",
];

/// The word before byte `at`, lower-cased.
fn word_before(text: &str, at: usize) -> String {
    let trimmed = text[..at].trim_end();
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    trimmed[start..].to_lowercase()
}

/// Whether the word before `at` is a preposition or modifier of time.
pub fn cued(text: &str, at: usize) -> bool {
    let w = word_before(text, at);
    TEMPORAL_CUES.contains(&w.as_str())
}

/// A bare month name ("May", "June") is a date after a word of time ("in May", "since June"),
/// or where nothing suggests a person's name or the modal verb.
pub fn bare_month_ok(text: &str, m: Range<usize>) -> bool {
    let word = &text[m.clone()];
    if cued(text, m.start) {
        return true;
    }
    if word.eq_ignore_ascii_case("may") {
        return false;
    }
    // "April Smith", "Theresa May": a capitalized neighbour makes it a name.
    let next_cap = text[m.end..]
        .strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_uppercase());
    let prev = text[..m.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let determiner = matches!(
        prev.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "its"
            | "their"
            | "our"
            | "his"
            | "her"
            | "every"
            | "each"
    );
    let prev_is_cap_word = !determiner && prev.chars().next().is_some_and(char::is_uppercase);
    !next_cap && !prev_is_cap_word
}

static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:%|(?i:percent|per cent|pct|million|billion|trillion|thousand|hundred|bn|mn|m|km|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|tons?|tonnes?|kg|mw|gw|kw|hectares?|acres?|yuan|dollars?|euros?|baht|ringgit|tenge|rupees?|won|yen|usd|cny|rmb|people|persons|employees|workers|students|units|cars|vehicles|jobs|members|participants|delegates|representatives|companies|enterprises|firms|projects|trains|flights|containers|teus?|cases|deaths|shares|barrels|visitors|tourists|passengers|households|villages|schools|hospitals)\b)",
    )
    .expect("counted pattern compiles")
});

/// Plural words that may follow a year ("2023 levels", "2023 was").
const AFTER_YEAR_OK: &[&str] = &[
    "was", "is", "has", "as", "levels", "its", "saw", "sees", "marks",
];

/// Whether the four digits at `y` are a year rather than a count or part of a number.
pub fn year_ok(text: &str, y: Range<usize>) -> bool {
    let before = &text[..y.start];
    let after = &text[y.end..];
    let prev = before.chars().next_back();
    if prev.is_some_and(|c| "$€£¥₹#+".contains(c) || c.is_alphanumeric()) {
        return false;
    }
    let mut b = before.chars().rev();
    if let (Some(p), Some(pp)) = (b.next(), b.next()) {
        if (p == ',' || p == '.') && pp.is_ascii_digit() {
            return false;
        }
    }
    let mut a = after.chars();
    if let (Some(n), Some(nn)) = (a.next(), a.next()) {
        if (n == ',' || n == '.') && nn.is_ascii_digit() {
            return false;
        }
    }
    let lower_before = before.to_ascii_lowercase();
    if lower_before.ends_with("no. ") || lower_before.ends_with("number ") {
        return false;
    }
    if COUNTED.is_match(after) {
        return false;
    }
    if cued(text, y.start) {
        return true;
    }
    // "CAREC 2025", "Vision 2030": a year after a name is part of the name.
    let head = before.trim_end();
    if head.len() < before.len() && !head.ends_with(['.', '!', '?', ':', '\n']) {
        let prev_word = head
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if prev_word.chars().next().is_some_and(char::is_uppercase)
            && lexicon::month(prev_word).is_none()
            && lexicon::weekday(prev_word).is_none()
        {
            return false;
        }
    }
    // An uncued year followed by a plural noun is a count ("2000 soldiers").
    let next_word: String = after
        .strip_prefix(' ')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let plural = next_word.len() > 3
        && next_word.ends_with('s')
        && !next_word.ends_with("ss")
        && next_word.chars().next().is_some_and(|c| c.is_lowercase());
    !plural || AFTER_YEAR_OK.contains(&next_word.as_str())
}

/// Whether `at` follows "the" (or "over"/"for"/"in the"): "the last year" is a duration.
pub fn after_article(text: &str, at: usize) -> bool {
    let w = word_before(text, at);
    matches!(
        w.as_str(),
        "the" | "over" | "for" | "throughout" | "within" | "during"
    )
}

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:will|shall|won't|'ll|is to|are to|to be held|to take place|scheduled|slated|set to|plans? to|planned|planning to|upcoming|expected to|going to|due to|intends? to|would)\b",
    )
    .expect("future pattern compiles")
});

static PAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:said|was|were|had|has|have|did|held|signed|met|visited|announced|told|spoke|gave|made|took|came|went|paid|led|sent|wrote|began|became|grew|rose|fell|brought|saw|won|got|kept|stood|sought|found|built|[a-z]{3,}ed)\b",
    )
    .expect("past pattern compiles")
});

/// The tense of the clause that holds `at` within `sentence`: future when a future marker is
/// the verb nearest before the expression (or, with no verb before, the first after it).
pub fn tense(text: &str, sentence: Range<usize>, at: Range<usize>) -> Tense {
    let lo = sentence.start.min(at.start);
    let hi = sentence.end.max(at.end).min(text.len());
    let before = &text[lo..at.start];
    let last_future = FUTURE.find_iter(before).last().map(|m| m.end());
    let last_past = PAST.find_iter(before).last().map(|m| m.end());
    match (last_future, last_past) {
        (Some(f), Some(p)) if f >= p => return Tense::Future,
        (Some(_), None) => return Tense::Future,
        (_, Some(_)) => return Tense::Past,
        (None, None) => {}
    }
    let after = &text[at.end..hi];
    let next_future = FUTURE.find(after).map(|m| m.start());
    let next_past = PAST.find(after).map(|m| m.start());
    match (next_future, next_past) {
        (Some(f), Some(p)) if f < p => Tense::Future,
        (Some(_), None) => Tense::Future,
        _ => Tense::Past,
    }
}

static META_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:published|updated|posted|release date|date|time|last modified|source)\b\s*(?:on|at)?\s*:?")
        .expect("meta pattern compiles")
});

/// Whether byte `at` lies on a "Published: ..." line, which states the publication date rather
/// than a date of the story.
pub fn on_meta_line(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    META_LINE.is_match(line) && line.len() < 120
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.\- ]+)?,\s*[^\n()]{3,30}?\s*\((?:Xinhua|AP|AFP|Reuters|UPI|Bernama|Kyodo|Yonhap|TASS|Kazinform|Trend|VNA|ANTARA|PNA|KPL|AKP|IANS|PTI|[A-Z][A-Za-z ]{1,30})\)\s*(?:--|—|–|-|_)",
    )
    .expect("dateline pattern compiles")
});

/// The byte range of a dateline at the start of the body ("BEIJING, March 27 (Xinhua) --"),
/// whose date is the publication date rather than a date of the story.
pub fn dateline(text: &str) -> Option<Range<usize>> {
    DATELINE.find(text).map(|m| m.range())
}
