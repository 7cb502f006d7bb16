//! Language identification cases: ISO 639-1 codes for long texts, and the fallbacks for short,
//! mixed and letterless ones.

use corridor_clean::language::detect;

#[test]
fn case_table() {
    let cases: &[(&str, Option<&str>)] = &[
        ("The ministers agreed to extend the railway line to the southern port by the end of next year.", Some("en")),
        ("Les ministres ont convenu de prolonger la ligne de chemin de fer jusqu'au port du sud l'année prochaine.", Some("fr")),
        ("Министры договорились продлить железнодорожную линию до южного порта к концу следующего года.", Some("ru")),
        ("Para menteri sepakat untuk memperpanjang jalur kereta api ke pelabuhan selatan pada akhir tahun depan.", Some("id")),
        ("Các bộ trưởng đã nhất trí kéo dài tuyến đường sắt đến cảng phía nam vào cuối năm tới.", Some("vi")),
        ("中国与东盟的合作前景广阔，双方贸易额连续多年增长。", Some("zh")),
        ("中老铁路", Some("zh")),
        // Chinese with a few Latin acronyms is still Chinese
        ("东盟（ASEAN）与中国在RCEP框架下深化经贸合作，推动区域经济一体化。", Some("zh")),
        ("大臣たちは来年末までに鉄道を南の港まで延長することで合意した。", Some("ja")),
        // short or name-heavy ASCII texts fall back to English
        ("ASEAN-China Centre", Some("en")),
        ("Kabir Jurazoda, CAREC", Some("en")),
        ("Xi Jinping met Tokayev in Astana.", Some("en")),
        ("", None),
        ("2024 — 12 345 %", None),
    ];
    for (text, want) in cases {
        assert_eq!(detect(text).as_deref(), *want, "{text}");
    }
}

#[test]
fn long_inputs_are_sampled() {
    let text = "Trade between the two regions grew again this year, officials said. ".repeat(5000);
    assert_eq!(detect(&text).as_deref(), Some("en"));
}
