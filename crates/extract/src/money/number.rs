//! Numbers as written in figures: digits with separators, scale words, number words.

use crate::date::lexicon::{SMALL, TENS};

/// A decimal written in digits ("1,234.5"), exactly as mantissa and decimal places.
fn digits(s: &str) -> Option<(u128, u32)> {
    let mut mantissa: u128 = 0;
    let mut decimals = 0u32;
    let mut seen_point = false;
    let mut any = false;
    for c in s.chars() {
        match c {
            '0'..='9' => {
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add(u128::from(c as u8 - b'0'))?;
                any = true;
                if seen_point {
                    decimals += 1;
                }
            }
            ',' if !seen_point => {}
            '.' if !seen_point => seen_point = true,
            _ => return None,
        }
    }
    (any && decimals <= 12).then_some((mantissa, decimals))
}

/// The power of ten a scale word stands for ("billion", "bn", "bil", "crore").
pub fn scale(word: &str) -> Option<u32> {
    Some(match word.to_ascii_lowercase().trim_end_matches('.') {
        "trillion" | "tn" | "trn" | "tril" => 12,
        "billion" | "bn" | "bil" | "b" | "bln" => 9,
        "million" | "mn" | "mil" | "mln" | "m" => 6,
        "lakh crore" | "lakh crores" => 12,
        "crore" | "crores" => 7,
        "lakh" | "lakhs" => 5,
        "thousand" | "k" => 3,
        "hundred" => 2,
        _ => return None,
    })
}

/// A number written in words below a thousand ("twenty six", "a hundred thirty", "zero").
pub fn words(s: &str) -> Option<f64> {
    let mut total = 0u32;
    let mut any = false;
    let toks: Vec<String> = s
        .split([' ', '-'])
        .filter(|t| !t.is_empty())
        .map(|t| t.to_ascii_lowercase())
        .collect();
    for (i, t) in toks.iter().enumerate() {
        if let Some(v) = SMALL.iter().position(|w| w == t) {
            total += v as u32;
            any = true;
        } else if let Some(v) = TENS.iter().position(|w| !w.is_empty() && w == t) {
            total += 10 * v as u32;
            any = true;
        } else if t == "hundred" {
            total = total.max(1) * 100;
            any = true;
        } else if (t == "a" && i == 0) || t == "and" {
        } else {
            return None;
        }
    }
    any.then_some(f64::from(total))
}

/// The value of a number in digits or words times a scale word, or none when it is not a number.
pub fn value(number: &str, scale_word: Option<&str>) -> Option<f64> {
    let power = match scale_word {
        Some(w) => scale(w)?,
        None => 0,
    };
    if let Some((mantissa, decimals)) = digits(number) {
        let v = if power >= decimals {
            mantissa as f64 * 10f64.powi((power - decimals) as i32)
        } else {
            mantissa as f64 / 10f64.powi((decimals - power) as i32)
        };
        return v.is_finite().then_some(v);
    }
    Some(words(number)? * 10f64.powi(power as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(value("3.59", Some("trillion")), Some(3_590_000_000_000.0));
        assert_eq!(value("1,000", None), Some(1000.0));
        assert_eq!(value("938.57", Some("billion")), Some(938_570_000_000.0));
        assert_eq!(value("500", Some("crore")), Some(5_000_000_000.0));
        assert_eq!(value("27.2", None), Some(27.2));
        assert_eq!(value("twenty six", None), Some(26.0));
        assert_eq!(
            value("a hundred thirty", Some("million")),
            Some(130_000_000.0)
        );
        assert_eq!(value("zero", None), Some(0.0));
        assert_eq!(value("a", None), None);
        assert_eq!(value("1.2.3", None), None);
        assert_eq!(value("12", Some("dozen")), None);
    }
}
