//! A generator of realistic synthetic news articles for scale tests.
//!
//! Articles are assembled from sentence templates written for corridor, with slots filled from small
//! name lists (invented people, real country and city names, made-up organizations), dates around a
//! publication date, and amounts. The generator is seeded, so a corpus is reproducible.

/// A tiny deterministic generator (SplitMix64), enough for picking templates and names.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SURNAMES: &[&str] = &[
    "Li",
    "Wang",
    "Zhang",
    "Chen",
    "Liu",
    "Zhao",
    "Nurlanov",
    "Saidova",
    "Phommachanh",
    "Nguyen",
    "Tran",
    "Suzuki",
    "Rahman",
    "Ismailov",
    "Karimova",
    "Sombath",
    "Tan",
    "Lim",
];
const GIVEN: &[&str] = &[
    "Wei", "Mei", "Jun", "Aigerim", "Daniyar", "Sengphet", "Minh", "Hoa", "Farid", "Dilnoza",
    "Bounmy", "Hui", "Rustam", "Siti", "Arman",
];
const COUNTRIES: &[&str] = &[
    "China",
    "Kazakhstan",
    "Uzbekistan",
    "Kyrgyzstan",
    "Tajikistan",
    "Turkmenistan",
    "Laos",
    "Viet Nam",
    "Cambodia",
    "Thailand",
    "Malaysia",
    "Indonesia",
    "the Philippines",
    "Singapore",
    "Myanmar",
    "Brunei",
    "Mongolia",
    "Pakistan",
];
const CITIES: &[&str] = &[
    "Beijing",
    "Xi'an",
    "Urumqi",
    "Kunming",
    "Nanning",
    "Almaty",
    "Astana",
    "Tashkent",
    "Bishkek",
    "Dushanbe",
    "Vientiane",
    "Hanoi",
    "Phnom Penh",
    "Bangkok",
    "Kuala Lumpur",
    "Jakarta",
    "Manila",
    "Guiyang",
    "Chongqing",
];
const ORGS: &[&str] = &[
    "Regional Trade Council",
    "Silk Route Logistics Association",
    "Mekong Ports Authority",
    "Steppe Energy Company",
    "Corridor Development Bank",
    "Institute of Border Economics",
    "Ministry of Commerce",
    "Ministry of Foreign Affairs",
    "Chamber of Commerce and Industry",
];
const TITLES: &[&str] = &[
    "Minister of Trade",
    "Vice Minister",
    "Secretary General",
    "Director",
    "Ambassador",
    "Governor",
    "Chairman",
    "spokesperson",
    "Deputy Prime Minister",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const TOPICS: &[&str] = &[
    "rail freight",
    "cross-border e-commerce",
    "green energy",
    "agricultural trade",
    "digital connectivity",
    "tourism",
    "vocational education",
    "customs facilitation",
];
const UNITS: &[&str] = &[
    "billion US dollars",
    "million yuan",
    "billion yuan",
    "million dollars",
];

/// One generated article: a file name and its text (headline, dateline, paragraphs, source line).
#[derive(Debug, Clone)]
pub struct Generated {
    /// A file name such as `synthetic-000042.txt`.
    pub name: String,
    /// The article as a scraped text page.
    pub text: String,
}

fn person(r: &mut Rng) -> String {
    format!("{} {}", r.pick(SURNAMES), r.pick(GIVEN))
}

/// Generates article number `n` of the corpus seeded with `seed`.
pub fn article(seed: u64, n: u64) -> Generated {
    let mut r = Rng::new(seed ^ n.wrapping_mul(0x2545_F491_4F6C_DD1D));
    let (a, b) = (r.pick(COUNTRIES), r.pick(COUNTRIES));
    let city = r.pick(CITIES);
    let org = r.pick(ORGS);
    let topic = r.pick(TOPICS);
    let (p1, p2) = (person(&mut r), person(&mut r));
    let (t1, t2) = (r.pick(TITLES), r.pick(TITLES));
    let month = r.below(12);
    let day = 1 + r.below(28);
    let year = 2016 + r.below(10);
    let weekday = r.pick(WEEKDAYS);
    let amount = 1 + r.below(900);
    let pct = format!("{}.{}", r.below(40), r.below(10));
    let unit = r.pick(UNITS);
    let mut paras = vec![
        format!(
            "{t1} {p1} of {a} met with {t2} {p2} of the {org} in {city} on {weekday}, and the two sides exchanged views on {topic}."
        ),
        format!(
            "Trade between {a} and {b} reached {amount} {unit} in {}, up {pct} percent year-on-year, according to the {org}.",
            year - 1
        ),
        format!(
            "On {day} {}, a delegation from {b} paid a working visit to {city}, where officials signed a memorandum of understanding on {topic}.",
            MONTHS[month]
        ),
    ];
    for _ in 0..r.below(4) {
        paras.push(format!(
            "{p2} said that cooperation in {} had grown steadily since {}, and that both sides would hold a forum in {} next year.",
            r.pick(TOPICS),
            year - 1 - r.below(5),
            r.pick(CITIES)
        ));
    }
    let text = format!(
        "{a} and {b} deepen cooperation on {topic}\n\nPublished: {year}-{:02}-{:02}\n\n{}\n\nSource: Corridor Synthetic Wire\n",
        month + 1,
        day,
        paras.join("\n\n")
    );
    Generated {
        name: format!("synthetic-{n:07}.txt"),
        text,
    }
}

/// Escapes `&`, `<`, `>` and `"` for HTML.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The article as a news web page: head with title and publication date, a navigation menu, the
/// headline and paragraphs inside `<article>`, a related-links box and a footer (boilerplate that a
/// main-text extractor has to drop).
pub fn html(a: &Generated) -> String {
    let mut lines = a.text.lines().filter(|l| !l.trim().is_empty());
    let headline = escape(lines.next().unwrap_or(""));
    let mut published = String::new();
    let mut paras = String::new();
    for l in lines {
        if let Some(d) = l.strip_prefix("Published: ") {
            published = escape(d.trim());
        } else if !l.starts_with("Source: ") {
            paras.push_str("<p>");
            paras.push_str(&escape(l));
            paras.push_str("</p>\n");
        }
    }
    let nav: String = TOPICS
        .iter()
        .map(|t| {
            format!(
                "<li><a href=\"/topic/{}\">{t}</a></li>",
                t.replace(' ', "-")
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{headline} | Corridor Synthetic Wire</title>\n\
<meta property=\"article:published_time\" content=\"{published}T08:00:00Z\"></head>\n\
<body><header><div class=\"logo\">Corridor Synthetic Wire</div><nav><ul>{nav}</ul></nav></header>\n\
<main><article><h1>{headline}</h1><div class=\"byline\">By Staff Reporter | <time datetime=\"{published}\">{published}</time></div>\n\
{paras}</article>\n<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a/1\">Port volumes climb again</a></li><li><a href=\"/a/2\">New rail timetable announced</a></li></ul></aside></main>\n\
<footer><p>Copyright Corridor Synthetic Wire. All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/contact\">Contact</a></footer></body></html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_is_reproducible_and_varied() {
        assert_eq!(article(7, 3).text, article(7, 3).text);
        assert_ne!(article(7, 3).text, article(7, 4).text);
        let a = article(1, 0);
        assert!(a.text.contains("Published: "));
        assert!(a.text.lines().count() >= 7, "{}", a.text);
    }

    #[test]
    fn html_page_holds_the_paragraphs_and_boilerplate() {
        let a = article(3, 11);
        let page = html(&a);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<article><h1>"));
        assert!(page.contains("<footer>"));
        let paras = a
            .text
            .lines()
            .filter(|l| l.ends_with('.') && !l.starts_with("Source: "))
            .count();
        assert_eq!(page.matches("<p>").count(), paras + 1, "{page}");
        assert!(!page.contains("Source: Corridor"));
    }

    #[test]
    fn escape_cases() {
        for (raw, want) in [
            ("a&b", "a&amp;b"),
            ("<x>", "&lt;x&gt;"),
            ("say \"hi\"", "say &quot;hi&quot;"),
            ("Xi'an", "Xi'an"),
        ] {
            assert_eq!(escape(raw), want);
        }
    }

    #[test]
    fn a_hundred_thousand_articles_are_quick() {
        let start = std::time::Instant::now();
        let bytes: usize = (0..100_000).map(|n| article(9, n).text.len()).sum();
        assert!(bytes > 100_000 * 400, "{bytes}");
        // Debug builds are slow; this bounds only gross regressions (release: well under 1 s).
        assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
    }
}
