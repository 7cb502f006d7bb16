//! Titles of office stay out of person names, whatever portfolio they name (texts are this
//! project's own writing).

use corridor_extract::{entities::EntityFinder, roles, Doc};
use corridor_model::{Article, EntityType};

fn persons_and_titles(body: &str) -> (Vec<String>, Vec<(String, String)>) {
    let article = Article::new("titles.txt", body);
    let doc = Doc::new(&article);
    let found = EntityFinder::new().find(&doc);
    let roles = roles::find(&doc, &found);
    let persons = found
        .iter()
        .filter(|f| f.entity.kind == EntityType::Person)
        .map(|f| f.entity.name.clone())
        .collect();
    (
        persons,
        roles.into_iter().map(|r| (r.person, r.title)).collect(),
    )
}

#[test]
fn portfolio_titles_end_before_the_name() {
    let table = [
        (
            "Deputy Minister of Trade and Integration Daniyar Kemelbekov opened the fair.",
            "Daniyar Kemelbekov",
            "Deputy Minister of Trade and Integration",
        ),
        (
            "Minister of Labour and Social Protection of the Population Gulnara Temirova spoke next.",
            "Gulnara Temirova",
            "Minister of Labour and Social Protection of the Population",
        ),
        (
            "The talks were chaired by Minister for Emergency Situations Bolat Saparov in Astana.",
            "Bolat Saparov",
            "Minister for Emergency Situations",
        ),
    ];
    for (text, person, title) in table {
        let (persons, roles) = persons_and_titles(text);
        assert_eq!(persons, vec![person.to_string()], "{text}");
        assert!(
            roles.iter().any(|(p, t)| p == person && t == title),
            "{text}: {roles:?}"
        );
    }
}
