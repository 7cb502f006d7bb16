//! The headline and the outlet: `<title>` and `og:title` without the site name, checked against
//! the page's `<h1>`.

use super::meta::{squash, PageMeta};

/// Separators that pages put between a headline and the site name.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ~ ",
];

/// Lowercase letters and digits only, for comparing names loosely.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `segment` names one of the `sites` (or looks like a bare domain name).
fn is_site(segment: &str, sites: &[String]) -> bool {
    let seg = norm(segment);
    if seg.is_empty() {
        return false;
    }
    let s = segment.trim().to_ascii_lowercase();
    let domainish = !s.contains(' ')
        && s.contains('.')
        && s.rsplit('.')
            .next()
            .is_some_and(|tld| (2..=6).contains(&tld.len()));
    domainish
        || sites
            .iter()
            .map(|x| norm(x))
            .filter(|x| x.len() >= 3)
            .any(|site| {
                site == seg
                    || (seg.len() >= 4 && site.contains(&seg))
                    || (site.len() >= 4 && seg.contains(&site) && seg.len() <= site.len() + 12)
            })
}

/// Splits `title` at its separators: `(segments, separators between them)`.
fn split(title: &str) -> (Vec<&str>, Vec<&str>) {
    let mut segs = Vec::new();
    let mut seps = Vec::new();
    let mut rest = title;
    loop {
        let next = SEPARATORS
            .iter()
            .filter_map(|s| rest.find(s).map(|i| (i, *s)))
            .min_by_key(|(i, _)| *i);
        match next {
            Some((i, s)) => {
                segs.push(&rest[..i]);
                seps.push(s);
                rest = &rest[i + s.len()..];
            }
            None => {
                segs.push(rest);
                return (segs, seps);
            }
        }
    }
}

/// A title with the site name removed, and the removed site segment when it was only guessed.
pub fn strip_site(title: &str, sites: &[String]) -> (String, Option<String>) {
    let title = squash(title);
    // A known site name that itself contains a separator ("Remember 80/90 - Memorabilia").
    for site in sites.iter().filter(|s| s.chars().count() >= 3) {
        for sep in SEPARATORS {
            let suffix = format!("{sep}{site}");
            if title.len() > suffix.len() && title.to_lowercase().ends_with(&suffix.to_lowercase())
            {
                return (title[..title.len() - suffix.len()].trim().to_string(), None);
            }
            let prefix = format!("{site}{sep}");
            if title.len() > prefix.len()
                && title.to_lowercase().starts_with(&prefix.to_lowercase())
            {
                return (title[prefix.len()..].trim().to_string(), None);
            }
        }
    }
    let (mut segs, _) = split(&title);
    if segs.len() == 1 {
        return (title, None);
    }
    let mut guessed = None;
    while segs.len() > 1 && is_site(segs[segs.len() - 1], sites) {
        segs.pop();
    }
    while segs.len() > 1 && is_site(segs[0], sites) {
        segs.remove(0);
    }
    if segs.len() > 1 {
        // No known name matched: a short last segment after a long headline is the site.
        let last = segs[segs.len() - 1];
        let head_words: usize = segs[..segs.len() - 1]
            .iter()
            .map(|s| s.split_whitespace().count())
            .sum();
        let last_words = last.split_whitespace().count();
        if last_words <= 4 && head_words >= 3 && head_words > last_words {
            guessed = Some(last.trim().to_string());
            segs.pop();
        }
    }
    // Re-join what is left with the separators that stood between those segments.
    let start = segs
        .first()
        .map(|s| s.as_ptr() as usize - title.as_ptr() as usize)
        .unwrap_or(0);
    let end = segs
        .last()
        .map(|s| s.as_ptr() as usize - title.as_ptr() as usize + s.len())
        .unwrap_or(title.len());
    (title[start..end].trim().to_string(), guessed)
}

/// Whether an `<h1>` agrees with a headline the page states (`<title>`, `og:title`, JSON-LD,
/// each without its site name): it is contained in one and at least half as long, and it is not
/// itself the site's name (a logo in an `<h1>`).
fn agrees(h1: &str, stated: &[String], sites: &[String]) -> bool {
    let h = norm(h1);
    if h1.split_whitespace().count() < 2 || h.chars().count() < 8 || is_site(h1, sites) {
        return false;
    }
    stated
        .iter()
        .map(|t| norm(t))
        .any(|t| t.contains(&h) && 2 * h.len() >= t.len())
}

/// Site names the page states: `og:site_name`, `application-name`, JSON-LD publisher.
pub fn site_names(meta: &PageMeta) -> Vec<String> {
    let mut v: Vec<String> = [
        meta.meta(&["og:site_name"]).map(str::to_string),
        meta.ld_publisher(),
        meta.meta(&["application-name", "apple-mobile-web-app-title"])
            .map(str::to_string),
    ]
    .into_iter()
    .flatten()
    .collect();
    v.retain(|s| !s.trim().is_empty());
    v
}

/// The headline, and a site name guessed from a stripped title suffix.
pub fn choose_title(meta: &PageMeta, sites: &[String]) -> (Option<String>, Option<String>) {
    let og = meta.meta(&["og:title", "twitter:title"]);
    let ld = meta.ld_article_str("headline");
    let tag = meta.title_tag.as_deref();
    let stated: Vec<String> = [og, ld.as_deref(), tag]
        .into_iter()
        .flatten()
        .map(|t| strip_site(t, sites).0)
        .collect();
    let guess = tag.and_then(|t| strip_site(t, sites).1);
    if let Some(h1) = meta.h1.iter().take(5).find(|h| agrees(h, &stated, sites)) {
        return (Some(h1.clone()), guess);
    }
    for cand in [og, ld.as_deref(), tag].into_iter().flatten() {
        let (t, g) = strip_site(cand, sites);
        if t.chars().any(char::is_alphanumeric) {
            return (Some(t), g.or(guess));
        }
    }
    (meta.h1.first().cloned(), guess)
}

/// The outlet: a stated site name, cleaned of taglines and URLs.
pub fn choose_outlet(sites: &[String], fallback: &[String]) -> Option<String> {
    sites.iter().chain(fallback).find_map(|s| {
        let first = s
            .split(" | ")
            .next()
            .unwrap_or(s)
            .split("; ")
            .next()
            .unwrap_or(s);
        let first = squash(first.trim_start_matches('@'));
        let low = first.to_ascii_lowercase();
        let urlish = low.contains("://")
            || low.starts_with("www.")
            || low.contains('/') && !low.contains(' ');
        (!first.is_empty() && !urlish && first.chars().count() <= 80).then_some(first)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_site_cases() {
        let sites = vec![
            "Harbour Times".to_string(),
            "Remember 80/90 - Memorabilia".to_string(),
        ];
        let cases: &[(&str, &str)] = &[
            ("Ports link up | Harbour Times", "Ports link up"),
            ("Harbour Times | Ports link up", "Ports link up"),
            ("Ports link up - HARBOUR TIMES", "Ports link up"),
            ("Ports link up – harbourtimes.com", "Ports link up"),
            (
                "Remake for Netflix - Remember 80/90 - Memorabilia",
                "Remake for Netflix",
            ),
            (
                "Wild beat Sabres 4-1 in overtime",
                "Wild beat Sabres 4-1 in overtime",
            ),
            (
                "Trade talks resume - what comes next for the region's ports",
                "Trade talks resume - what comes next for the region's ports",
            ),
            (
                "Orchard growers try drip irrigation – Green Acres",
                "Orchard growers try drip irrigation",
            ),
        ];
        for (title, want) in cases {
            assert_eq!(strip_site(title, &sites).0, *want, "{title}");
        }
        assert_eq!(
            strip_site("Orchard growers try drip irrigation – Green Acres", &[])
                .1
                .as_deref(),
            Some("Green Acres")
        );
    }

    #[test]
    fn outlet_cleaning() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            choose_outlet(&s(&["The Post | post.example"]), &[]).as_deref(),
            Some("The Post")
        );
        assert_eq!(
            choose_outlet(&s(&["https://www.facebook.com/x"]), &s(&["@courier"])).as_deref(),
            Some("courier")
        );
        assert_eq!(choose_outlet(&[], &[]), None);
    }
}
