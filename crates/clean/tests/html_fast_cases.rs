//! Case tests of the fast main-text path ([`corridor_clean::html::fast`]) over small pages of
//! our own: what it keeps, what it leaves out, and when its quality check sends the page to
//! trafilatura instead.

use corridor_clean::html::{extract, fast};
use scraper::Html;

/// Four paragraphs of our own prose about a fictional tram line.
const STORY: &str = "
<p>The city council approved the northern tram extension on Tuesday, ending a debate that had
run for almost three years, and the first trains are expected to run before the end of 2027.</p>
<p>The new line will add six stops between the central station and the university campus, and
officials said the journey would take eleven minutes, less than half the time of the bus.</p>
<p>Opponents, mostly shop owners along the route, had argued that two years of construction
would drive customers away, but the council agreed to pay a monthly support sum to each of them.</p>
<p>Work on the first section, a bridge over the river, is to begin in March, once the contractor
has moved its equipment from a depot in the south of the city.</p>";

fn page(body: &str) -> String {
    format!("<html><head><title>Tram line approved | Valley Courier</title></head><body>{body}</body></html>")
}

fn fast_body(html: &str) -> Result<String, &'static str> {
    fast::accept(&Html::parse_document(html)).map(|b| {
        b.iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    })
}

#[test]
fn keeps_the_story_and_leaves_out_navigation_sidebar_comments_and_captions() {
    let html = page(&format!(
        r#"<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>
        <div class="layout"><div class="left-sidebar"><p>Advertise with us today and reach
        thousands of readers across the whole valley every single week.</p></div>
        <article><h1>Tram line approved</h1>
        <figure><img src="t.jpg"><figcaption>A tram at the depot, photographed last year by
        our staff photographer during the open day.</figcaption></figure>
        {STORY}</article>
        <section id="comments"><p>I think this is a waste of money and the buses were fine as
        they were, nobody asked the people who actually live here.</p></section></div>"#
    ));
    let body = fast_body(&html).expect("a plain article page passes the check");
    assert!(body.contains("northern tram extension"), "{body}");
    assert!(body.contains("moved its equipment"), "{body}");
    for junk in ["Advertise", "waste of money", "photographer", "Sport"] {
        assert!(!body.contains(junk), "{junk:?} leaked into {body}");
    }
    // The whole extraction agrees and drops the repeated headline.
    let a = extract("tram.html", &html).unwrap();
    assert!(
        a.body.starts_with("The city council approved"),
        "{}",
        a.body
    );
}

#[test]
fn too_little_text_goes_to_trafilatura() {
    let html =
        page("<article><p>The council met on Tuesday.</p><p>It approved the plan.</p></article>");
    assert_eq!(fast_body(&html), Err("too short"));
}

/// Three paragraphs of another story of our own, about a library.
const OTHER: &str = "
<p>The old library on the market square will reopen in April after a renovation that took two
years and cost more than the town had planned, the mayor said on Wednesday.</p>
<p>Its reading room, closed since a leak damaged the ceiling, now has new windows, a lift for
wheelchair users and shelves for twice as many books as before, according to the architects.</p>
<p>Volunteers who ran a temporary lending desk in the town hall during the works will be
invited to the opening, along with the pupils of the two primary schools nearby.</p>";

#[test]
fn prose_in_two_far_apart_containers_goes_to_trafilatura() {
    // As much prose sits in a second container as in the first: the scorer picks one, and the
    // check sees that the other holds too much of the page's prose to be left out.
    let html = page(&format!(
        "<div><div><div class=\"a\">{STORY}</div></div></div><div><div><div class=\"b\">{OTHER}</div></div></div>"
    ));
    assert_eq!(
        fast_body(&html),
        Err("much prose outside the chosen container")
    );
}

#[test]
fn a_second_copy_of_the_story_elsewhere_is_not_missed_prose() {
    let html = page(&format!(
        "<div><div><article>{STORY}</article></div></div><div><div><div class=\"print-copy\">{STORY}</div></div></div>"
    ));
    let body = fast_body(&html).expect("a repeated copy is no sign of missed text");
    assert_eq!(body.matches("northern tram extension").count(), 1, "{body}");
}

#[test]
fn link_lists_are_left_out_or_rejected() {
    let links: String = (0..12)
        .map(|i| format!("<p><a href=\"/s{i}\">Another story about the valley and its many towns, number {i}</a></p>"))
        .collect();
    let html = page(&format!("<div>{links}</div>"));
    assert!(fast_body(&html).is_err(), "a page of links is no article");
    let html = page(&format!("<article>{STORY}<div>{links}</div></article>"));
    let body = fast_body(&html).unwrap();
    assert!(!body.contains("Another story"), "{body}");
}

#[test]
fn layout_words_are_matched_by_segment_not_by_substring() {
    // "PageBuilder-pageRow" contains "pager" as a substring but names no pager.
    let html = page(&format!(
        "<div class=\"PageBuilder-pageRow\"><div class=\"story-wrap\">{STORY}</div></div>"
    ));
    assert!(fast_body(&html).unwrap().contains("university campus"));
}

#[test]
fn a_whole_layout_named_like_boilerplate_gets_a_second_attempt() {
    // The page's wrapper carries "sidebar" in its class: the first attempt finds nothing, the
    // second (without class rules, as readability retries) finds the story.
    let html = page(&format!(
        "<div class=\"has-sidebar\"><div class=\"col\">{STORY}</div></div>"
    ));
    assert!(fast::main_text(&Html::parse_document(&html), true).is_none());
    assert!(fast_body(&html).unwrap().contains("shop owners"));
}

#[test]
fn hidden_elements_are_left_out() {
    let html = page(&format!(
        "<article>{STORY}<div style=\"display: none\"><p>Hidden text that a reader never sees on
        the page, kept there for some old script.</p></div><p hidden>Also hidden from every reader
        of the page, whatever the browser.</p></article>"
    ));
    let body = fast_body(&html).unwrap();
    assert!(!body.contains("idden"), "{body}");
}

#[test]
fn a_page_wrapped_in_one_form_is_read() {
    // Some frameworks wrap the whole page in a <form>: its inputs are left out, not its text.
    let html = page(&format!(
        "<form id=\"page\" action=\"/post\"><input name=\"q\"><div>{STORY}</div></form>"
    ));
    assert!(fast_body(&html).unwrap().contains("university campus"));
}

#[test]
fn a_short_story_is_accepted_only_when_it_holds_all_the_prose() {
    let short = "<p>The ferry to the island will not run on Friday because of the storm expected
        along the coast, the operator said on Thursday evening in a short statement. Passengers with tickets can
        travel on Saturday or ask for their money back.</p>";
    let html = page(&format!(
        "<nav><a href=\"/\">Home</a></nav><article>{short}</article>"
    ));
    assert!(fast_body(&html).unwrap().starts_with("The ferry"));
    // The same story beside as much prose elsewhere is too uncertain for the fast path.
    let html = page(&format!(
        "<div><div><article>{short}</article></div></div><div><div><div>{OTHER}</div></div></div>"
    ));
    assert!(fast_body(&html).is_err());
}

#[test]
fn deep_and_wide_pages_stay_cheap() {
    // 3,000 nested containers each with a sentence, then 20,000 sibling paragraphs: the walk is
    // bounded (no work quadratic in depth or in the number of siblings).
    let sentence = "<p>The council met again on Monday, and the members voted on the plan.</p>";
    let deep = format!("{}{}", "<div>".repeat(3000), sentence.repeat(5));
    let wide = sentence.repeat(20_000);
    for body in [deep, wide] {
        let start = std::time::Instant::now();
        let _ = fast::accept(&Html::parse_document(&page(&body)));
        assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    }
}
