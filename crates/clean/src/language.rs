//! Language identification: ISO 639-1 codes from [whatlang](https://docs.rs/whatlang)'s trigram
//! and script models, with fallbacks for the short and mixed texts news pages are full of.
//!
//! 1. Text mostly in Han ideographs (without kana or hangul) is Chinese, `zh`.
//! 2. Otherwise whatlang decides when it calls its guess reliable.
//! 3. An unreliable guess on text that is mostly ASCII Latin letters falls back to `en`
//!    (English names and acronyms in short texts fool trigram models).
//! 4. Otherwise the unreliable guess stands; text without letters has no language.
//!
//! ```
//! use corridor_clean::language::detect;
//! assert_eq!(detect("The ministers agreed to extend the railway to the port by next year.").as_deref(), Some("en"));
//! assert_eq!(detect("中国与东盟的合作前景广阔。").as_deref(), Some("zh"));
//! assert_eq!(detect("12 345 — 2024").as_deref(), None);
//! ```

use whatlang::Lang;

/// At most this many bytes are read (whole code points): enough for a stable guess.
const SAMPLE: usize = 1500;

/// ISO 639-1 code of the text's language, `None` when it has no letters.
pub fn detect(text: &str) -> Option<String> {
    let sample = prefix(text, SAMPLE);
    let mut letters = 0usize;
    let mut ascii = 0usize;
    let mut han = 0usize;
    let mut kana_hangul = 0usize;
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if c.is_ascii_alphabetic() {
            ascii += 1;
        } else if is_han(c) {
            han += 1;
        } else if is_kana_or_hangul(c) {
            kana_hangul += 1;
        }
    }
    if letters == 0 {
        return None;
    }
    if han * 2 >= letters && kana_hangul * 10 < han {
        return Some("zh".into());
    }
    let mostly_latin = ascii * 10 >= letters * 9;
    if mostly_latin && plainly_english(sample) {
        return Some("en".into());
    }
    let info = whatlang::detect(sample);
    match info {
        Some(i) if i.is_reliable() => iso639_1(i.lang()).map(str::to_string),
        _ if mostly_latin => Some("en".into()),
        Some(i) => iso639_1(i.lang()).map(str::to_string),
        None => None,
    }
}

/// English function words that other Latin-script languages do not write as words ("in", "a",
/// "on" are left out: German, Italian, Spanish and Portuguese have them too).
const ENGLISH: &[&str] = &[
    "and", "are", "by", "for", "from", "has", "have", "his", "its", "of", "said", "that", "the",
    "their", "this", "to", "was", "were", "which", "will", "with",
];

/// Whether at least a fifth of 40 or more words are [`ENGLISH`] function words: running English
/// prose, which whatlang reads as English anyway, decided without its trigram model (a fifth of
/// the whole extraction's time on short news).
fn plainly_english(sample: &str) -> bool {
    let mut words = 0usize;
    let mut function = 0usize;
    for w in sample
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if w.len() <= 5 && ENGLISH.iter().any(|e| e.eq_ignore_ascii_case(w)) {
            function += 1;
        }
    }
    words >= 40 && function * 5 >= words
}

fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2A6DF}')
}

fn is_kana_or_hangul(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}')
}

/// The ISO 639-1 code of a whatlang language (`None` for the few without one).
pub fn iso639_1(lang: Lang) -> Option<&'static str> {
    use Lang::*;
    let code = match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Cym => "cy",
        #[allow(unreachable_patterns)]
        _ => return None,
    };
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_whatlang_language_has_a_two_letter_code() {
        for &l in Lang::all() {
            let code = iso639_1(l).unwrap_or_else(|| panic!("{l:?}"));
            assert_eq!(code.len(), 2, "{l:?}");
        }
    }

    #[test]
    fn only_running_english_takes_the_shortcut() {
        let en = "The ministers of the two countries met in the capital on Monday and said that \
            the new railway would carry freight from the port to the border by the end of the year, \
            which was welcomed by the traders who have waited for it since the talks began.";
        assert!(plainly_english(en));
        assert_eq!(whatlang::detect(en).map(|i| i.lang()), Some(Lang::Eng));
        let others = [
            // Indonesian, Spanish, German, French, Malay: our own sentences
            "Menteri luar negeri kedua negara bertemu di ibu kota pada hari Senin dan mengatakan bahwa \
             jalur kereta api yang baru akan mengangkut barang dari pelabuhan ke perbatasan sebelum \
             akhir tahun ini, yang disambut baik oleh para pedagang di kota itu.",
            "Los ministros de los dos países se reunieron en la capital el lunes y dijeron que el nuevo \
             ferrocarril llevará mercancías del puerto a la frontera antes de fin de año, lo que fue \
             recibido con alegría por los comerciantes de la región.",
            "Die Minister der beiden Länder trafen sich am Montag in der Hauptstadt und sagten, dass \
             die neue Bahn bis Ende des Jahres Fracht vom Hafen zur Grenze bringen werde, was die \
             Händler in der Region sehr begrüßten und lange erwartet hatten.",
            "Les ministres des deux pays se sont rencontrés lundi dans la capitale et ont dit que le \
             nouveau chemin de fer transportera des marchandises du port à la frontière avant la fin \
             de l'année, ce que les commerçants de la région ont salué.",
            "Menteri-menteri kedua-dua negara bertemu di ibu negara pada hari Isnin dan berkata \
             landasan kereta api baharu akan membawa barangan dari pelabuhan ke sempadan sebelum \
             hujung tahun, yang dialu-alukan oleh para peniaga tempatan.",
        ];
        for t in others {
            assert!(!plainly_english(t), "{t}");
        }
        assert!(
            !plainly_english("The talks of the two sides."),
            "too short to decide"
        );
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        let s = "é".repeat(3000);
        assert!(prefix(&s, SAMPLE).len() <= SAMPLE);
    }
}
