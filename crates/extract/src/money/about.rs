//! What a figure measures (`about`) and the time it refers to (`period`), read from its sentence.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Verbs and links between a measured thing and its figure ("trade reached $90 billion").
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:reached|hit|topped|totall?ed|amounted to|stood at|came to|rose to|grew to|increased to|climbed to|jumped to|surged to|fell to|dropped to|declined to|exceeded|surpassed|was|were|is|are|rose|grew|increased|climbed|jumped|surged|fell|dropped|declined|decreased|expanded|shrank|accounting for|accounted for|accounts for|valued at|estimated at|worth|of|by|up|down)\b",
    )
    .expect("link pattern compiles")
});

/// Where a clause begins, seen from the figure backwards.
static CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:[,;:(]|\b(?:that|which|while|whereas|and|but|with|as|according to)\b)")
        .expect("clause pattern compiles")
});

/// Where a clause begins, for a subject: punctuation and subordinators only.
static CLAUSE_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:[,;:(]|\b(?:that|which|while|whereas|but|according to)\b)")
        .expect("clause pattern compiles")
});

static LAST_DETERMINER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the|a|an|its|their|this|that|these|those)\s+")
        .expect("determiner pattern compiles")
});

static DETERMINER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:and|but|or|so|although|though|while|as|because|if|when|whereas)\s+)?(?:the|a|an|its|their|this|that|these|those|total|overall)?\s*")
        .expect("determiner pattern compiles")
});

/// Cuts a phrase to its last `n` words.
fn last_words(s: &str, n: usize) -> &str {
    let mut count = 0;
    for (i, c) in s.char_indices().rev() {
        if c.is_whitespace() {
            count += 1;
            if count == n {
                return &s[i + 1..];
            }
        }
    }
    s
}

/// The noun phrase or clause the figure at `fig` qualifies, from its sentence.
pub fn about(text: &str, sentence: Range<usize>, fig: Range<usize>) -> Option<String> {
    let lo = sentence.start.min(fig.start);
    let before = &text[lo..fig.start];
    let link = LINK.find_iter(before).last()?;
    // The link must sit right before the figure (one word between at most).
    if before[link.end()..].split_whitespace().count() > 1 {
        return None;
    }
    let mut head = &before[..link.start()];
    let mut word = link.as_str().to_ascii_lowercase();
    // "X increased by 16%": the verb before "by" links X to the figure.
    if word == "by" {
        let h = head.trim_end();
        let last = h.rsplit(' ').next().unwrap_or("");
        if last.len() > 3 && last.ends_with("ed") {
            head = &h[..h.len() - last.len()];
            word = last.to_ascii_lowercase();
        }
    }
    let phrase = if matches!(word.as_str(), "of" | "by" | "worth") {
        // "a trade volume of $4.5 trillion": the noun phrase before the preposition.
        let cut = CLAUSE.find_iter(head).last().map_or(0, |m| m.end());
        let np = last_words(head[cut..].trim(), 5);
        let det = LAST_DETERMINER.find_iter(np).last().map_or(0, |m| m.end());
        &np[det..]
    } else {
        let mut head = head.trim_end();
        // "X increased by 16% and amounted to $1.8 billion": the subject of the first verb.
        if let Some(h) = head.strip_suffix(" and") {
            if let Some(verb) = LINK
                .find_iter(h)
                .find(|m| !matches!(m.as_str(), "of" | "at" | "by"))
            {
                head = &h[..verb.start()];
            }
        }
        let cut = CLAUSE_STRONG.find_iter(head).last().map_or(0, |m| m.end());
        head[cut..].trim()
    };
    let phrase = AUXILIARY.replace(phrase.trim_matches(|c: char| !c.is_alphanumeric()), "");
    let phrase = DETERMINER.replace(phrase.trim(), "");
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // A lone adverb or participle ("up", "expanding") names nothing.
    let lone = words.len() == 1
        && (words[0].ends_with("ing")
            || matches!(
                words[0].to_lowercase().as_str(),
                "up" | "down" | "it" | "this" | "which"
            ));
    (!words.is_empty() && words.len() <= 14 && !lone).then(|| phrase.into_owned())
}

/// Auxiliaries left at the end of a subject ("investment has" [reached]).
static AUXILIARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:has|have|had|is|are|was|were|will|would|has been|have been|had been|also|further|already)$")
        .expect("auxiliary pattern compiles")
});

static PERIOD_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+(?:half|quarter)|(?:first|last)\s+(?:\w+\s+)?(?:months|weeks)|(?:end|beginning|start)|(?:first|second|third|fourth)\s+quarter)\s+of\s+$",
    )
    .expect("period prefix compiles")
});

/// The time the figure refers to, as written in its sentence ("2023", "first half of 2024").
pub fn period(text: &str, sentence: Range<usize>, fig: Range<usize>) -> Option<String> {
    period_cached(text, sentence, fig, &mut None)
}

/// The bytes of `text` that [`period`] reads for a figure, and the date expressions found there.
pub type PeriodScan = Option<(Range<usize>, Vec<crate::date::grammar::Match>)>;

/// [`period`], reusing the date scan of `cache` when it was made over the same bytes (figures of
/// one sentence, and the two values of a range, share it).
pub fn period_cached(
    text: &str,
    sentence: Range<usize>,
    fig: Range<usize>,
    cache: &mut PeriodScan,
) -> Option<String> {
    let lo = sentence.start.min(fig.start);
    let hi = sentence.end.max(fig.end).min(text.len());
    let s = &text[lo..hi];
    if cache.as_ref().is_none_or(|(r, _)| *r != (lo..hi)) {
        *cache = Some((lo..hi, crate::date::grammar::scan(s)));
    }
    let dates = cache.as_ref().map_or(&[][..], |(_, d)| d.as_slice());
    let at = fig.start - lo;
    let best = dates
        .iter()
        .filter(|d| d.text.end <= at || d.text.start >= fig.end - lo)
        .min_by_key(|d| {
            let dist = if d.text.start >= at {
                d.text.start - at
            } else {
                at - d.text.end
            };
            // Prefer the time after the figure ("$90 billion in 2023") at equal distance.
            2 * dist + usize::from(d.text.start < at)
        })?;
    let mut start = best.text.start;
    if let Some(m) = PERIOD_PREFIX.find(&s[..start]) {
        start = m.start();
    }
    Some(s[start..best.text.end].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_and_period() {
        let t = "Trade between China and the five countries reached almost $90 billion in 2023.";
        let fig = t.find("almost").unwrap()..t.find(" in 2023").unwrap();
        assert_eq!(
            about(t, 0..t.len(), fig.clone()).as_deref(),
            Some("Trade between China and the five countries")
        );
        assert_eq!(period(t, 0..t.len(), fig).as_deref(), Some("2023"));
        let t = "It handles a trade volume of $4.5 trillion in the first half of 2024.";
        let fig = t.find('$').unwrap()..t.find(" in the").unwrap();
        assert_eq!(
            about(t, 0..t.len(), fig.clone()).as_deref(),
            Some("trade volume")
        );
        assert_eq!(
            period(t, 0..t.len(), fig).as_deref(),
            Some("the first half of 2024")
        );
    }
}
