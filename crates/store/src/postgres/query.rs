//! The search query language of the embedded store (tantivy's, read leniently), turned into
//! clauses Postgres can parse: words and "phrases" are alternatives (any may match, more
//! matches rank higher), `+x` is required, `-x` and `NOT x` are excluded, `AND`/`OR` and
//! field prefixes (`title:`) are ignored, and anything unreadable is read as words. Each
//! clause is later handed to `websearch_to_tsquery`, which never fails.

/// A query split into clauses (each a word or a quoted phrase, quotes kept).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Clauses {
    /// Clauses that must match.
    pub required: Vec<String>,
    /// Clauses any of which may match (ignored for matching when some are required).
    pub optional: Vec<String>,
    /// Clauses that must not match.
    pub excluded: Vec<String>,
}

/// Characters that carry no meaning inside a clause (tantivy syntax), read as spaces.
fn is_noise(c: char) -> bool {
    !(c.is_alphanumeric() || c == '\'' || c == '-' || c == '.' || c == '_')
}

/// A word of the query, cleaned of syntax; empty when nothing searchable is left.
fn word(s: &str) -> String {
    let s = match s.split_once(':') {
        Some((field, rest)) if field.chars().all(char::is_alphabetic) => rest,
        _ => s,
    };
    s.chars()
        .map(|c| if is_noise(c) { ' ' } else { c })
        .collect::<String>()
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '_' | '\''))
        .to_string()
}

/// Splits `q` into clauses. Never fails.
pub fn parse(q: &str) -> Clauses {
    let mut out = Clauses::default();
    let chars: Vec<char> = q.chars().collect();
    let mut i = 0;
    let mut negate_next = false;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let mut sign = None;
        if chars[i] == '+' || chars[i] == '-' {
            sign = Some(chars[i]);
            i += 1;
        }
        let clause = if chars.get(i) == Some(&'"') {
            let close = chars[i + 1..].iter().position(|&c| c == '"');
            match close {
                Some(n) => {
                    let inner = word(&chars[i + 1..i + 1 + n].iter().collect::<String>());
                    i += n + 2;
                    if inner.is_empty() {
                        continue;
                    }
                    format!("\"{inner}\"")
                }
                None => {
                    // An unclosed quote is a typo: what follows is read as words.
                    i += 1;
                    continue;
                }
            }
        } else {
            let start = i;
            while i < chars.len() && !chars[i].is_whitespace() {
                i += 1;
            }
            let raw: String = chars[start..i].iter().collect();
            if sign.is_none() {
                match raw.as_str() {
                    "AND" | "OR" | "&&" | "||" => continue,
                    "NOT" => {
                        negate_next = true;
                        continue;
                    }
                    _ => {}
                }
            }
            word(&raw)
        };
        if clause.is_empty() {
            continue;
        }
        let bucket = match (sign, std::mem::take(&mut negate_next)) {
            (Some('-'), _) | (_, true) => &mut out.excluded,
            (Some('+'), _) => &mut out.required,
            _ => &mut out.optional,
        };
        bucket.push(clause);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    /// A query and its required, optional and excluded clauses.
    type Case = (
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    );

    #[test]
    fn query_cases() {
        let cases: &[Case] = &[
            ("railway", &[], &["railway"], &[]),
            ("railway port", &[], &["railway", "port"], &[]),
            ("+railway port", &["railway"], &["port"], &[]),
            ("railway -port", &[], &["railway"], &["port"]),
            ("railway NOT port", &[], &["railway"], &["port"]),
            ("railway AND port OR x", &[], &["railway", "port", "x"], &[]),
            (
                "\"Belt and Road\" forum",
                &[],
                &["\"Belt and Road\"", "forum"],
                &[],
            ),
            ("\"unbalanced ( query", &[], &["unbalanced", "query"], &[]),
            ("title:Vientiane", &[], &["Vientiane"], &[]),
            (".:*{", &[], &[], &[]),
            ("", &[], &[], &[]),
            ("-", &[], &[], &[]),
            ("ASEAN-China \"\"", &[], &["ASEAN-China"], &[]),
            ("中国 老挝", &[], &["中国", "老挝"], &[]),
            ("(railway)", &[], &["railway"], &[]),
        ];
        for (q, req, opt, exc) in cases {
            let c = parse(q);
            assert_eq!(c.required, v(req), "{q:?}");
            assert_eq!(c.optional, v(opt), "{q:?}");
            assert_eq!(c.excluded, v(exc), "{q:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_query_parses_into_clean_clauses(q in "[ -~\u{a0}-\u{3000}]{0,60}") {
            let c = parse(&q);
            for clause in c.required.iter().chain(&c.optional).chain(&c.excluded) {
                let phrase = clause.len() > 2 && clause.starts_with('"') && clause.ends_with('"');
                proptest::prop_assert!(!clause.trim().is_empty(), "{:?}", clause);
                proptest::prop_assert!(phrase || !clause.contains('"'), "{:?}", clause);
            }
        }
    }
}
