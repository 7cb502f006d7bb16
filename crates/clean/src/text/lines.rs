//! What one line of a scraped page is: prose, a headline, a photo caption, or page furniture
//! (menus, icon-font junk, share bars, cookie banners, "Contact us" forms, script switchers).
//!
//! The classifiers look at the shape of the line (length, terminal punctuation, capitalisation,
//! glued icon names) and at small keyword lexicons of page furniture; none knows any one site.

use regex::Regex;
use std::sync::OnceLock;

/// Shape features of one line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shape {
    /// Whitespace-separated tokens.
    pub words: usize,
    /// Tokens that start with a letter.
    pub alpha_words: usize,
    /// Share of alphabetic tokens that start lower-case (function words and prose verbs).
    pub lower_ratio: f32,
    /// Whether the line ends like a sentence (`.`, `!`, `?`, `。`, also inside closing quotes).
    pub terminal: bool,
    /// Code points.
    pub chars: usize,
}

/// Computes the [`Shape`] of a trimmed line.
pub fn shape(line: &str) -> Shape {
    let mut words = 0;
    let mut alpha = 0;
    let mut lower = 0;
    let ascii = line.is_ascii();
    for w in line.split_whitespace() {
        // scripts written without spaces count about one word per two characters
        let cjk = if ascii || w.is_ascii() {
            0
        } else {
            w.chars().filter(|c| is_cjk(*c)).count()
        };
        words += (cjk / 2).max(1);
        let first = w.chars().find(|c| c.is_alphanumeric() || *c == '#');
        if let Some(c) = first.filter(|c| c.is_alphabetic()) {
            alpha += 1;
            if c.is_lowercase() {
                lower += 1;
            }
        }
    }
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '」', '』', ' ', '*']);
    let terminal = core.ends_with(['.', '!', '?', '。', '！', '？', '…', ';', '；']);
    let lower_ratio = if alpha == 0 {
        0.0
    } else {
        lower as f32 / alpha as f32
    };
    Shape {
        words,
        alpha_words: alpha,
        lower_ratio,
        terminal,
        chars: if ascii {
            line.len()
        } else {
            line.chars().count()
        },
    }
}

/// A sentence-like line that can open an article body: it ends like a sentence and has a few words,
/// or it is long and reads as running text. Chinese lines count by length.
pub fn opens_body(line: &str, s: &Shape) -> bool {
    if cjk_share(line) > 0.3 {
        return s.chars >= 20 && s.terminal;
    }
    (s.terminal && s.words >= 6) || (s.words >= 25 && s.lower_ratio >= 0.4)
}

/// Running text inside a body: [`opens_body`], or a line that was cut off without its final
/// punctuation but is too long for a headline (or reads as lower-case running text).
pub fn is_prose(line: &str, s: &Shape) -> bool {
    opens_body(line, s)
        || (s.words >= 12 && s.lower_ratio >= 0.5)
        || (s.words >= 20 && s.chars >= 120)
        || (cjk_share(line) > 0.3 && s.chars >= 40)
}

/// A headline that ends in `?` or `!` ("Why is rail freight booming?"): short, no comma clause.
pub fn is_exclaiming_headline(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ' ']);
    core.ends_with(['?', '!', '？', '！']) && shape(line).words < 16
}

/// A line shaped like a headline or subheading: a few words, no sentence end, not too long.
pub fn is_headline(line: &str, s: &Shape) -> bool {
    let core = line.trim_end_matches(['"', '”', '’', '\'']);
    !core.ends_with(['.', ',', ';', ':']) && s.alpha_words >= 1 && s.words <= 30 && s.chars <= 250
}

/// A list item: starts with a bullet or an enumerator (`•`, `-`, `1.`, `(a)`, `2)`).
pub fn is_list_item(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    re(
        &RE,
        r"^(?:[•·▪►◆■●\-–*]\s|\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]\s)",
    )
    .is_match(line.trim())
}

/// A Han ideograph, kana or hangul syllable: scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{3040}'..='\u{30FF}' | '\u{AC00}'..='\u{D7AF}')
}

/// Share of code points that are CJK ideographs, kana or hangul.
pub fn cjk_share(line: &str) -> f32 {
    if line.is_ascii() {
        return 0.0;
    }
    let mut n = 0usize;
    let mut han = 0usize;
    for c in line.chars().filter(|c| !c.is_whitespace()) {
        n += 1;
        if is_cjk(c) {
            han += 1;
        }
    }
    if n == 0 {
        0.0
    } else {
        han as f32 / n as f32
    }
}

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("line pattern compiles"))
}

/// A photo caption or credit: the line ends in a credit (`(Xinhua/Zou Jingyi)`, `[Photo by ...]`,
/// `Photo by ... reporter ...`, `© Reuters`) or is one (`Photo: CFP`, `Illustrative image`).
pub fn is_caption(line: &str) -> bool {
    static END_PAREN: OnceLock<Regex> = OnceLock::new();
    static END_BRACKET: OnceLock<Regex> = OnceLock::new();
    static CREDIT: OnceLock<Regex> = OnceLock::new();
    static ALONE: OnceLock<Regex> = OnceLock::new();
    static LEAD: OnceLock<Regex> = OnceLock::new();
    static AGENCY_PHOTO: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    // "(Xinhua/Zou Jingyi)", "(Photo: CFP)", "(File photo)", "(Photo provided to China Daily)"
    re(
        &END_PAREN,
        r"(?i)[(（]\s*(?:(?-i:\p{Lu})[^()（）/]{0,39}/[^()（）]{1,60}|(?:file\s+)?(?:photos?|images?|pictures?|pic|video|illustration|courtesy|credit|provided)\b[^()（）]{0,80})[)）]\s*$",
    )
    .is_match(t)
        || re(&END_BRACKET, r"(?i)\[\s*(?:photos?|images?|pictures?|file|provided|courtesy|credit|video)\b[^\]]{0,100}\]\s*$").is_match(t)
        // "... Photo by Xinhua News Agency reporter Xing Guangli", "... © Reuters", "... Photo: CFP"
        || re(
            &CREDIT,
            r"(?i)(?:^|[.!?。”\s])(?:(?:photos?|images?|pictures?|photographs?)\s*(?:by|:|/|courtesy|provided|credit)|photo\s+credit|©|\(c\)\s)[^.!?。]{0,80}$",
        )
        .is_match(t)
        || re(
            &ALONE,
            r"(?i)^(?:illustrative\s+(?:image|photo)|file\s+photo|photo|image|picture|illustration|infographic|video|graphics?)s?\s*(?:[:：/].{0,60})?$",
        )
        .is_match(t)
        || re(&LEAD, r"(?i)^(?:(?:file\s+)?photo|pic|picture|image|caption|credit)\s*[:：]").is_match(t)
        || re(&AGENCY_PHOTO, r"(?:^|[.!?]\s+)\p{Lu}[\p{L}./]*(?:\s+\p{Lu}[\p{L}./]*){0,3}\s+(?i:file\s+)?(?i:photos?)\s*$").is_match(t)
}

/// Icon-font and widget junk: several tokens glued from icon names (`ChevronIcon FacebookIcon`).
pub fn is_icon_junk(line: &str) -> bool {
    let mut glued = 0;
    let mut words = 0;
    for w in line.split_whitespace() {
        words += 1;
        if w.is_ascii() {
            glued += w
                .as_bytes()
                .windows(2)
                .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
                as usize;
            continue;
        }
        let mut prev_lower = false;
        for c in w.chars() {
            if prev_lower && c.is_uppercase() {
                glued += 1;
                break;
            }
            prev_lower = c.is_lowercase();
        }
    }
    glued >= 3 && glued * 2 >= words
}

/// Lines that hold no text: separators, lone symbols, hashtag strips, "|" bylines.
pub fn is_symbol_junk(line: &str) -> bool {
    let t = line.trim();
    if !t.chars().any(char::is_alphanumeric) {
        return true;
    }
    if t.contains('#') {
        let (mut words, mut tags) = (0, 0);
        for w in t.split_whitespace() {
            words += 1;
            tags += w.starts_with('#') as usize;
        }
        if tags >= 2 && tags * 2 >= words {
            return true;
        }
    }
    // "(ZHOU HUA) |": short fragments hanging on a separator, no sentence
    t.contains('|') && {
        let s = shape(t);
        !s.terminal && s.words <= 4 && !t.split('|').any(|p| p.split_whitespace().count() >= 3)
    }
}

/// Keyword lexicon of page furniture (matched on short lines only).
fn furniture() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    re(
        &RE,
        r"(?ix)^(?:
            convert\s+chinese|简体中文|繁體中文|简体|繁體|繁体|中文版?|english\s+version
          | (?:print|email|e-mail|share|tweet|save|copy\s+link|font\s+size|close|menu|search|home|login|log\s+in|sign\s+(?:in|up)|register)(?:\s*(?:this|article|story|page|[|/:·•-]))*\s*
          | share\s+(?:this|on|via|to)\b.*
          | (?:facebook|twitter|linkedin|whatsapp|telegram|weibo|wechat|reddit|email|print|x)(?:[\s|/·•,]+(?:facebook|twitter|linkedin|whatsapp|telegram|weibo|wechat|reddit|email|print|x))+
          | follow\s+us\b.*|subscribe\b.*|sign\s+up\s+for\b.*|download\s+(?:our|the)\s+app\b.*
          | .*\bcookies?\b.*\b(?:use|accept|consent|policy|settings|preferences|experience|browser)\b.*
          | .*\b(?:use|accept|consent\s+to)\b.*\bcookies?\b.*|.*\bprivacy\s+policy\b.*|.*\bterms\s+of\s+(?:use|service)\b.*
          | .*\ball\s+rights\s+reserved\b.*|copyright\b.*|©.*
          | .*\b(?:fill(?:ing)?\s+out|complete)\s+the\s+(?:following\s+)?form\b.*
          | .*\byour\s+email\s+address\s+will\s+not\s+be\s+published\b.*|.*\brequired\s+fields\s+are\s+marked\b.*
          | (?:name|e-?mail|website|message|comment|subject|phone)\s*\*?\s*[:：]?\s*
          | (?:submit|send|post\s+comment|reply|cancel\s+reply|load\s+more|view\s+more|show\s+more)\b.{0,20}
          | (?:editor|responsible\s+editor|chief\s+editor|translated\s+by|proofread\s+by|责任编辑|编辑)\s*[:：].*
          | (?:tags?|keywords?|topics?)\s*[:：].*
          | (?:previous|next)\s+(?:article|story|post|page)\b.*|page\s+\d+\s+of\s+\d+
          | advertisement|sponsored(?:\s+content)?|ad
          | (?:scan|scan\s+the\s+qr\s+code)\b.*
          | (?:read|see)\s+(?:more|also)\s*[:：].*|also\s+read\s*[:：].*|related\s*[:：].*
        )$",
    )
}

/// A menu or breadcrumb: three or more short items between separators (`Home > News > Asia`).
pub fn is_menu(line: &str) -> bool {
    const SEPARATORS: [char; 7] = ['|', '>', '»', '·', '•', '/', '›'];
    // three parts need two separators (in an ASCII line only the ASCII ones can occur)
    let two = if line.is_ascii() {
        line.bytes()
            .filter(|b| matches!(b, b'|' | b'>' | b'/'))
            .nth(1)
            .is_some()
    } else {
        line.matches(SEPARATORS).nth(1).is_some()
    };
    if !two {
        return false;
    }
    let parts: Vec<&str> = line
        .split(['|', '>', '»', '·', '•', '/', '›'])
        .map(str::trim)
        .collect();
    parts.len() >= 3
        && parts.iter().filter(|p| !p.is_empty()).count() >= 3
        && parts
            .iter()
            .all(|p| p.split_whitespace().count() <= 3 && !p.ends_with(['.', '!', '?']))
}

/// Page furniture anywhere on the page: [`is_icon_junk`], [`is_symbol_junk`], [`is_menu`] or a
/// short line of the furniture lexicon.
pub fn is_furniture(line: &str) -> bool {
    let t = line.trim();
    is_icon_junk(t)
        || is_symbol_junk(t)
        || is_menu(t)
        || (t.chars().count() <= 160 && furniture().is_match(t))
}

/// A line after which the page no longer holds the article: "Contact Us", "Related news",
/// comment sections, "Back to top".
pub fn ends_article(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    t.chars().count() <= 60
        && re(
            &RE,
            r"(?ix)^[\s\p{P}]*(?:
                contact\s+us
              | (?:more|other|latest|top|recent)\s+(?:news|stories|articles|from\b.*|on\b.*|in\b.*)
              | you\s+(?:may|might)\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?
              | most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|editor'?s?\s+picks?
              | (?:leave\s+a\s+|post\s+a\s+|add\s+a\s+)?(?:comments?|reply)|\d+\s+comments?
              | back\s+to\s+top(?:\s+button)?|上一篇.*|下一篇.*
            )[\s\p{P}]*$",
        )
        .is_match(t)
}

/// A widget that interrupts a story but may sit inside it: "Read more", "Related articles",
/// "See also". Weaker than [`ends_article`]: a long enough run of text after it continues the body.
pub fn interrupts_article(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    t.chars().count() <= 40
        && re(
            &RE,
            r"(?ix)^[\s\p{P}]*(?:
                related(?:\s+(?:news|articles?|stories|posts|reading|content|links|coverage|topics))?
              | read\s+(?:more|also|next)|see\s+also|also\s+read|相关(?:新闻|阅读|文章)
            )[\s\p{P}]*$",
        )
        .is_match(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions() {
        for yes in [
            "Photo: CFP",
            "Illustrative image",
            "Delegates pose for a group photo in Vientiane. (Xinhua/Li Ming)",
            "The new terminal opens on Monday. [Photo provided to chinadaily.com.cn]",
            "A worker loads boxes at the port. Photo by Xinhua News Agency reporter Wu Fei",
            "A train waits at the border station.   © Reuters",
            "Photos: courtesy of the organizers",
            "Leaders pose for a photo at the summit. VNA Photo",
            "Xinhua photo",
            "File photo: the port of Gwadar at dusk",
            "Photo taken on May 2, 2024 shows a train. (Photo by Li Ming/Xinhua)",
        ] {
            assert!(is_caption(yes), "{yes}");
        }
        for no in [
            "The ministry said trade rose 5 percent (year on year).",
            "Photography exhibitions were held in three cities during the week of the forum.",
            "BEIJING, March 3 (Xinhua) -- Talks were held.",
            "He thanked the host (the Xinjiang government) for its support.",
            "The rifle entered production in 1947, the agency said. (pvs/ji)",
        ] {
            assert!(!is_caption(no), "{no}");
        }
    }

    #[test]
    fn furniture_and_ends() {
        assert!(is_icon_junk(
            "ArrowIcon ChevronTitle FacebookIcon LinkedinIcon Mail"
        ));
        assert!(!is_icon_junk(
            "The iPhone maker met McDonald officials in YouTube's office"
        ));
        assert!(is_furniture("Convert Chinese"));
        assert!(is_furniture("#Trade #ASEAN #China"));
        assert!(is_furniture(" |"));
        assert!(is_furniture(
            "We use cookies to improve your experience. Accept"
        ));
        assert!(is_furniture("Share on Facebook"));
        assert!(!is_furniture("Share more development dividends"));
        assert!(is_furniture("Home > News > Asia-Pacific"));
        assert!(is_furniture("World | China | Business | Sports"));
        assert!(!is_furniture(
            "China, Laos sign deal on rail link | Trade hits record"
        ));
        assert!(is_furniture("Read more: Trade fair opens in Nanning"));
        assert!(!is_furniture(
            "Trade grew by 5 percent in the first quarter of the year."
        ));
        assert!(ends_article("Contact Us"));
        assert!(ends_article("Back to top button"));
        assert!(interrupts_article("Related News:") && !ends_article("Related News:"));
        assert!(interrupts_article("Read More"));
        assert!(!ends_article(
            "Contact us for more details about the tender, the notice said."
        ));
    }

    #[test]
    fn shapes() {
        let s = shape("Mekong ports and Yunnan traders see room for deeper cooperation");
        assert!(!s.terminal && is_headline("x", &s));
        let p = "Trade between the two sides rose by a fifth in the first half of the year.";
        assert!(opens_body(p, &shape(p)));
        let cut = "Trade officials from the three border provinces said that the new customs rules have cu";
        assert!(!opens_body(cut, &shape(cut)) && is_prose(cut, &shape(cut)));
        let q = "“We will work together,” he said.”";
        assert!(shape(q).terminal);
    }
}
