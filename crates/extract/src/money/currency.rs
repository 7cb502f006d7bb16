//! Currency symbols, codes and names, and the ISO 4217 code each stands for.

/// ISO 4217 codes written as such ("USD2.98 trillion", "1.7 million USD").
pub const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "CNY", "RMB", "JPY", "INR", "KRW", "MYR", "SGD", "THB", "IDR", "PHP",
    "VND", "KZT", "UZS", "KGS", "TJS", "TMT", "RUB", "HKD", "AUD", "CAD", "CHF", "LAK", "KHR",
    "MMK", "BND", "PKR", "BDT", "LKR", "NPR", "AFN", "MNT", "AED", "SAR", "TRY", "NZD", "TWD",
    "AZN", "GEL", "IRR",
];

/// Symbols and abbreviations written before the number, longest first.
pub const PREFIXES: &[(&str, &str)] = &[
    ("U.S.$", "USD"),
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("NT$", "TWD"),
    ("AU$", "AUD"),
    ("CA$", "CAD"),
    ("S$", "SGD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("Rp", "IDR"),
    ("Tk.", "BDT"),
    ("Tk", "BDT"),
    ("RM", "MYR"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "CNY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₱", "PHP"),
    ("₸", "KZT"),
    ("฿", "THB"),
    ("₫", "VND"),
    ("₽", "RUB"),
];

/// Names written after the number (lower-case), longest first where one contains another.
pub const NAMES: &[(&str, &str)] = &[
    ("us dollars", "USD"),
    ("us dollar", "USD"),
    ("u.s. dollars", "USD"),
    ("u.s. dollar", "USD"),
    ("american dollars", "USD"),
    ("singapore dollars", "SGD"),
    ("hong kong dollars", "HKD"),
    ("australian dollars", "AUD"),
    ("canadian dollars", "CAD"),
    ("new zealand dollars", "NZD"),
    ("taiwan dollars", "TWD"),
    ("brunei dollars", "BND"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("yuan", "CNY"),
    ("元", "CNY"),
    ("chinese yuan", "CNY"),
    ("turkish lira", "TRY"),
    ("japanese yen", "JPY"),
    ("renminbi", "CNY"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds sterling", "GBP"),
    ("pound sterling", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("korean won", "KRW"),
    ("won", "KRW"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("rupiah", "IDR"),
    ("philippine pesos", "PHP"),
    ("pesos", "PHP"),
    ("dong", "VND"),
    ("tenge", "KZT"),
    ("soms", "KGS"),
    ("som", "KGS"),
    ("somoni", "TJS"),
    ("sums", "UZS"),
    ("sum", "UZS"),
    ("soum", "UZS"),
    ("manat", "TMT"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rouble", "RUB"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("kip", "LAK"),
    ("riel", "KHR"),
    ("kyat", "MMK"),
    ("taka", "BDT"),
    ("afghanis", "AFN"),
    ("tugriks", "MNT"),
    ("lari", "GEL"),
    ("dirhams", "AED"),
    ("riyals", "SAR"),
    ("lira", "TRY"),
    ("swiss francs", "CHF"),
];

/// The ISO code for a prefix, a name or a code ("RMB" is CNY); `china` resolves "¥".
pub fn iso(written: &str, china: bool) -> Option<&'static str> {
    let w = written.trim();
    if w == "¥" {
        return Some(if china { "CNY" } else { "JPY" });
    }
    if let Some(&(_, c)) = PREFIXES.iter().find(|(p, _)| *p == w) {
        return Some(c);
    }
    let upper = w.to_ascii_uppercase();
    if let Some(c) = CODES.iter().find(|c| **c == upper) {
        return Some(if *c == "RMB" { "CNY" } else { c });
    }
    let lower = w.to_lowercase();
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    NAMES.iter().find(|(n, _)| *n == lower).map(|&(_, c)| c)
}

/// Regex alternation of `items`, escaped, longest first.
pub fn alternation<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<String> = items
        .map(|s| regex::escape(s).replace(' ', r"\s+"))
        .collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v.join("|")
}

#[cfg(test)]
mod tests {
    use super::iso;

    #[test]
    fn codes() {
        assert_eq!(iso("US$", false), Some("USD"));
        assert_eq!(iso("RMB", false), Some("CNY"));
        assert_eq!(iso("¥", true), Some("CNY"));
        assert_eq!(iso("¥", false), Some("JPY"));
        assert_eq!(iso("US  Dollars", false), Some("USD"));
        assert_eq!(iso("tenge", false), Some("KZT"));
        assert_eq!(iso("doubloons", false), None);
    }
}
