//! Lone capitalized words and acronyms that no longer name of the article claims: the tagger's
//! type decides them, once per document, from their occurrences inside sentences (texts are this
//! project's own writing).

use corridor_extract::{entities::EntityFinder, Doc};
use corridor_model::{Article, EntityType};

fn kinds(body: &str) -> Vec<(EntityType, String)> {
    let article = Article::new("lone.txt", body);
    let doc = Doc::new(&article);
    EntityFinder::new()
        .find(&doc)
        .into_iter()
        .map(|f| (f.entity.kind, f.entity.name))
        .collect()
}

fn has(found: &[(EntityType, String)], kind: EntityType, name: &str) -> bool {
    found.iter().any(|(k, n)| *k == kind && n == name)
}

#[test]
fn lone_words_take_the_taggers_type() {
    let found = kinds(
        "The striker joined Juventus in 1994 and later moved to Ajax. \
         He scored twice for Juventus against Ajax in the final.",
    );
    assert!(
        has(&found, EntityType::Organization, "Juventus"),
        "{found:?}"
    );
}

#[test]
fn a_word_coordinated_with_a_listed_place_is_a_place() {
    let found = kinds("Caravans stopped at towns such as Qarabel and Samarkand on the way west.");
    assert!(has(&found, EntityType::Place, "Qarabel"), "{found:?}");
    assert!(!found
        .iter()
        .any(|(k, n)| *k == EntityType::Person && n == "Qarabel"));
}

#[test]
fn sentence_initial_capitals_and_compass_words_name_nothing_alone() {
    let found = kinds(
        "Mutual respect was the theme of the day.\n\n\
         Traders from East and West met at the market in Tashkent.",
    );
    for w in ["Mutual", "East", "West"] {
        assert!(!found.iter().any(|(_, n)| n == w), "{w} in {found:?}");
    }
}

#[test]
fn an_acronym_of_a_named_agreement_is_not_an_organization() {
    let found = kinds(
        "After the Regional Trade and Transit Partnership Agreement entered into force, \
         members of the RTTP cut tariffs on grain.",
    );
    assert!(
        !found
            .iter()
            .any(|(k, n)| *k == EntityType::Organization && n == "RTTP"),
        "{found:?}"
    );
}

#[test]
fn the_city_of_a_word_makes_it_a_place() {
    let found = kinds(
        "Trucks queue at the border town of Dostyk every morning. \
         Officials said Dostyk handled more freight than ever.",
    );
    assert!(has(&found, EntityType::Place, "Dostyk"), "{found:?}");
}

#[test]
fn an_acronym_confirms_a_name_that_goes_on_through_in() {
    let found = kinds(
        "The Council for Trade and Cooperation in Eurasia (CTCE) met in Bishkek. \
         Delegates said the CTCE would meet again in spring.",
    );
    assert!(
        has(
            &found,
            EntityType::Organization,
            "Council for Trade and Cooperation in Eurasia"
        ),
        "{found:?}"
    );
}

#[test]
fn an_adjective_before_a_lower_case_place_noun_is_no_place() {
    let found = kinds("Players from the Scottish county sides met in Glasgow on Monday.");
    assert!(
        !found.iter().any(|(_, n)| n.starts_with("Scottish")),
        "{found:?}"
    );
}

#[test]
fn first_level_divisions_world_wide_are_places() {
    let found = kinds(
        "The company builds wind farms in Texas, Bavaria and Western Australia, \
         and opened an office in Ontario last year.",
    );
    for p in ["Texas", "Bavaria", "Western Australia", "Ontario"] {
        assert!(has(&found, EntityType::Place, p), "{p} in {found:?}");
    }
}

#[test]
fn company_forms_and_body_nouns_head_organizations() {
    let found = kinds(
        "Shares of Harlow Fittings Inc and Derwent Castings Corp rose on the Oslo Stock Exchange, \
         and Vestfold Maskin AB said it would buy both.",
    );
    for o in [
        "Harlow Fittings Inc",
        "Derwent Castings Corp",
        "Oslo Stock Exchange",
        "Vestfold Maskin AB",
    ] {
        assert!(has(&found, EntityType::Organization, o), "{o} in {found:?}");
    }
}

#[test]
fn ranks_clergy_sites_and_headlines() {
    let found = kinds("Colonel Arvid Lindqvist and Bishop Tomas Eriksen inspected the base.");
    assert!(
        has(&found, EntityType::Person, "Arvid Lindqvist"),
        "{found:?}"
    );
    assert!(
        has(&found, EntityType::Person, "Tomas Eriksen"),
        "{found:?}"
    );
    let found = kinds("The concert moved from Brightwater Stadium to the Old Mill Theatre.");
    assert!(
        has(&found, EntityType::Place, "Brightwater Stadium"),
        "{found:?}"
    );
    assert!(
        has(&found, EntityType::Place, "Old Mill Theatre"),
        "{found:?}"
    );
    let found = kinds("FOOTBALL - NORWAY BEAT ICELAND IN NORDIC CUP FINAL\n\nThe match ended 2-1.");
    assert!(has(&found, EntityType::Country, "Norway"), "{found:?}");
    assert!(has(&found, EntityType::Country, "Iceland"), "{found:?}");
}

#[test]
fn name_particles_stay_inside_person_names() {
    let found = kinds(
        "The prize went to Pieter van der Merwe, who thanked coach Luisa de Almeida \
         after the final.",
    );
    assert!(
        has(&found, EntityType::Person, "Pieter van der Merwe"),
        "{found:?}"
    );
    assert!(
        has(&found, EntityType::Person, "Luisa de Almeida"),
        "{found:?}"
    );
}

#[test]
fn a_name_that_defines_its_acronym_is_an_organization() {
    let found =
        kinds("Members of the Greyfield Rowing Circle (GRC) met in Leeds. The GRC has 40 boats.");
    assert!(
        has(&found, EntityType::Organization, "Greyfield Rowing Circle"),
        "{found:?}"
    );
    assert!(!found.iter().any(|(_, n)| n == "GRC"), "{found:?}");
}

#[test]
fn a_name_with_an_acronym_in_it_is_read_by_the_tagger() {
    let found = kinds("Last week the striker left FC Lindholm for a club in the south.");
    assert!(
        has(&found, EntityType::Organization, "FC Lindholm"),
        "{found:?}"
    );
}

#[test]
fn an_acronym_of_a_names_last_words_belongs_to_it() {
    let found = kinds(
        "The Andes-Pacific Free Trade Area took effect in May. Exporters in Lima say the FTA \
         has cut their costs.",
    );
    assert!(
        !found
            .iter()
            .any(|(k, n)| *k == EntityType::Organization && n == "FTA"),
        "{found:?}"
    );
}
