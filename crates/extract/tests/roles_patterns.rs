//! Case table for the role patterns: one sentence of this project's own writing per row, the
//! person, the title and the owner (organization name, ISO code, or `-` for none) it must yield.

use corridor_extract::{entities::EntityFinder, roles, Doc};
use corridor_model::Article;

const TABLE: &[(&str, &str, &str, &str)] = &[
    (
        "Secretary General Liang Wenjie of the Harbour Cooperation Centre opened the fair.",
        "Liang Wenjie",
        "Secretary General",
        "Harbour Cooperation Centre",
    ),
    (
        "Mr. Daniyar Sultanov, Director of the Steppe Logistics Institute, spoke first.",
        "Daniyar Sultanov",
        "Director",
        "Steppe Logistics Institute",
    ),
    (
        "Chinese Foreign Ministry spokesperson Zhao Lirong answered questions on Monday.",
        "Zhao Lirong",
        "spokesperson",
        "Chinese Foreign Ministry",
    ),
    (
        "Kazakh President Aidos Temirov arrived in Astana.",
        "Aidos Temirov",
        "President",
        "KZ",
    ),
    (
        "President of the Republic of Uzbekistan Farhod Karimov signed the decree.",
        "Farhod Karimov",
        "President",
        "UZ",
    ),
    (
        "Guo Meiling, a member of the Standing Committee of the Provincial Assembly, attended.",
        "Guo Meiling",
        "member",
        "Standing Committee of the Provincial Assembly",
    ),
    (
        "Nurlan Abenov, who is Chairman of the Caspian Freight Association, said exports grew.",
        "Nurlan Abenov",
        "Chairman",
        "Caspian Freight Association",
    ),
    (
        "Tajik Foreign Minister Rustam Nazarzoda met his counterpart.",
        "Rustam Nazarzoda",
        "Foreign Minister",
        "TJ",
    ),
    (
        "Kyrgyzstan's Deputy Prime Minister and Foreign Minister Almaz Beishenov spoke.",
        "Almaz Beishenov",
        "Foreign Minister",
        "KG",
    ),
    (
        "Kyrgyzstan's Deputy Prime Minister and Foreign Minister Almaz Beishenov spoke.",
        "Almaz Beishenov",
        "Deputy Prime Minister",
        "KG",
    ),
    (
        "Ambassador U Kyaw Min Naing of Myanmar to China gave a speech.",
        "Kyaw Min Naing",
        "Ambassador",
        "MM",
    ),
    (
        "Han Zhiwei, China's Finance Minister, praised the fund.",
        "Han Zhiwei",
        "Finance Minister",
        "CN",
    ),
    (
        "Executive Director of Kyrgyzstan's National Investment Agency Zhou Meiling opened the fund.",
        "Zhou Meiling",
        "Executive Director",
        "National Investment Agency",
    ),
    (
        "Vietnamese Ambassador to Cambodia Nguyen Minh Vu presented his credentials.",
        "Nguyen Minh Vu",
        "Ambassador",
        "VN",
    ),
    (
        "The loan is a milestone, said EBRD Managing Director for Central Asia and Mongolia Huang Lixin.",
        "Huang Lixin",
        "Managing Director",
        "EBRD",
    ),
    (
        "Secretary of the Hai Phong municipal Party Committee Le Tien Chau chaired the meeting.",
        "Le Tien Chau",
        "Secretary",
        "Hai Phong municipal Party Committee",
    ),
    (
        "Deputy Secretary-General of ASEAN for Community Affairs Maria Santos opened the forum.",
        "Maria Santos",
        "Deputy Secretary-General",
        "ASEAN",
    ),
    (
        "Chairman of Uzbekistan Temir Yollari Nurlan Rakhimov signed the contract.",
        "Nurlan Rakhimov",
        "Chairman",
        "Uzbekistan Temir Yollari",
    ),
    (
        "Ambassador of the People's Republic of China to Mongolia Gao Xiuying visited the port.",
        "Gao Xiuying",
        "Ambassador",
        "CN",
    ),
    (
        "Minister of Road and Transport Development Batbold Enkhtuya opened the bypass.",
        "Batbold Enkhtuya",
        "Minister of Road and Transport Development",
        "-",
    ),
    (
        "Department of Energy and Mines Secretary Ramon Villanueva signed the order.",
        "Ramon Villanueva",
        "Secretary",
        "Department of Energy and Mines",
    ),
    (
        "Reserve Bank Governor Rafael Ocampo and World Bank President Lena Moretti met.",
        "Lena Moretti",
        "President",
        "World Bank",
    ),
    (
        "Harbin Electric Corporation (HEC) chairman Song Limin visited the plant.",
        "Song Limin",
        "chairman",
        "Harbin Electric Corporation",
    ),
    (
        "Deputy Head of the Ministry of Foreign Affairs of Mongolia Zhao Ruolan met the press.",
        "Zhao Ruolan",
        "Deputy Head",
        "Ministry of Foreign Affairs of Mongolia",
    ),
    (
        "Vietnamese Deputy Prime Minister Tran Quoc Bao met Chinese Vice Premier He Minghao.",
        "He Minghao",
        "Vice Premier",
        "CN",
    ),
    (
        "Head of the Customs General Administration Ravshan Aliyev opened the terminal.",
        "Ravshan Aliyev",
        "Head",
        "Customs General Administration",
    ),
    (
        "Director of the Consular Affairs Department Ermek Bekbolotov, and two aides arrived.",
        "Ermek Bekbolotov",
        "Director",
        "Consular Affairs Department",
    ),
];

#[test]
fn role_table() {
    let finder = EntityFinder::new();
    let mut errors = Vec::new();
    for (text, person, title, owner) in TABLE {
        let article = Article::new("t", *text);
        let doc = Doc::new(&article);
        let found = finder.find(&doc);
        let roles = roles::find(&doc, &found);
        let Some(r) = roles
            .iter()
            .find(|r| r.person == *person && r.title == *title)
        else {
            errors.push(format!("{text}\n  want {person} / {title}, got {roles:?}"));
            continue;
        };
        let got = r
            .country
            .clone()
            .or_else(|| r.organization.clone())
            .unwrap_or_else(|| "-".into());
        if got != *owner {
            errors.push(format!("{text}\n  owner {got}, want {owner}"));
        }
        assert!(r.evidence.is_some_and(|e| e.end <= text.chars().count()));
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn a_title_before_the_next_person_is_not_an_apposition() {
    let text = "Liu Heng, Turkmenistan's Deputy Prime Minister Batyr Amanov and others met.";
    let finder = EntityFinder::new();
    let article = Article::new("t", text);
    let doc = Doc::new(&article);
    let found = finder.find(&doc);
    let roles = roles::find(&doc, &found);
    assert!(!roles.iter().any(|r| r.person == "Liu Heng"), "{roles:?}");
    assert!(
        roles
            .iter()
            .any(|r| r.person == "Batyr Amanov" && r.country.as_deref() == Some("TM")),
        "{roles:?}"
    );
}
