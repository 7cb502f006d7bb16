//! Case table for plain-text page segmentation: invented pages (written for this test, no real
//! article text) with headers, datelines, captions, furniture and appended stories, and the
//! title, published date, outlet and body each must yield.

use corridor_clean::text::segment;

struct Case {
    name: &'static str,
    page: &'static str,
    title: Option<&'static str>,
    published: Option<&'static str>,
    outlet: Option<&'static str>,
    /// The body's paragraphs, in order.
    body: &'static [&'static str],
    /// How many articles the page yields.
    articles: usize,
}

const CASES: &[Case] = &[
    Case {
        name: "global-times style: Published line, photo credits, sign-off",
        page: "Ferry line links two river ports\nPublished: Jan 5, 2025 09:10 AM\nPhoto: VCG\n\n\
               A new ferry line linking the two river ports started service on Sunday, the operator said.\n\n\
               The line cuts the trip to four hours and will run twice a day in the dry season.\n\nRiver Daily",
        title: Some("Ferry line links two river ports"),
        published: Some("2025-01-05T09:10"),
        outlet: Some("River Daily"),
        body: &[
            "A new ferry line linking the two river ports started service on Sunday, the operator said.",
            "The line cuts the trip to four hours and will run twice a day in the dry season.",
        ],
        articles: 1,
    },
    Case {
        name: "agency dateline stripped, agency is the outlet, year from a caption",
        page: "Delegates pose at the opening of the trade fair in Nanning, south China, Sept. 24, 2023. (Xinhua/Lu Bo)\n\
               NANNING, Sept. 24 (Xinhua) -- The trade fair opened on Sunday with exhibitors from ten countries.\n\
               Organizers expect more buyers than last year, according to the fair's committee.",
        title: None,
        published: Some("2023-09-24"),
        outlet: Some("Xinhua"),
        body: &[
            "The trade fair opened on Sunday with exhibitors from ten countries.",
            "Organizers expect more buyers than last year, according to the fair's committee.",
        ],
        articles: 1,
    },
    Case {
        name: "source line with script switcher, no date",
        page: "Centre Hosts Seminar on Rural Tourism\n\nSource:Mekong Cooperation Office Convert Chinese\n\n\
               On 3 May 2022, the office hosted a seminar on rural tourism with experts from five countries.",
        title: Some("Centre Hosts Seminar on Rural Tourism"),
        published: None,
        outlet: Some("Mekong Cooperation Office"),
        body: &["On 3 May 2022, the office hosted a seminar on rural tourism with experts from five countries."],
        articles: 1,
    },
    Case {
        name: "byline with outlet, Updated line, repeated title before a gallery caption",
        page: "Dry port opens near the border\n\nBy Li Wen ( steppenews.com )\n\nUpdated: 2019-06-02\n\n\
               The dry port opened near the border on Saturday, officials said at a ceremony.\n\n\
               Dry port opens near the border\n\n\
               Cranes lift containers at the new dry port on June 1. [Photo provided to steppenews.com]\n\n\
               It will handle two hundred thousand containers a year when finished, the operator added.",
        title: Some("Dry port opens near the border"),
        published: Some("2019-06-02"),
        outlet: Some("steppenews.com"),
        body: &[
            "The dry port opened near the border on Saturday, officials said at a ceremony.",
            "It will handle two hundred thousand containers a year when finished, the operator added.",
        ],
        articles: 1,
    },
    Case {
        name: "appended stories announced by doubled headlines are split off",
        page: "Ministers agree on new customs rules\n\nRelease time:Feb 2, 2024 18:05 PM\n\n\
               Ministers from six countries agreed on new customs rules at a meeting on Friday.\n\n\
               Joint checks at the border\n\n\
               The rules set up joint checks at three crossings, the statement said.\n\n\
               Festival draws record crowds to the old town\n\nFestival draws record crowds to the old town\n\n\
               The spring festival drew record crowds to the old town this weekend, organizers said.",
        title: Some("Ministers agree on new customs rules"),
        published: Some("2024-02-02T18:05"),
        outlet: None,
        body: &[
            "Ministers from six countries agreed on new customs rules at a meeting on Friday.",
            "Joint checks at the border",
            "The rules set up joint checks at three crossings, the statement said.",
        ],
        articles: 2,
    },
    Case {
        name: "contact form and hashtags after the body; bare date line",
        page: "Institute Welcomes Visiting Scholars\n\n14 Mar 2023\n\n\
               On March 14, the institute welcomed a group of visiting scholars from the region.\n\n\
               #Research #Scholars #Region\n\nContact Us\n\n\
               For any questions, you can reach us by filling out the following form",
        title: Some("Institute Welcomes Visiting Scholars"),
        published: Some("2023-03-14"),
        outlet: None,
        body: &["On March 14, the institute welcomed a group of visiting scholars from the region."],
        articles: 1,
    },
    Case {
        name: "icon junk, caption, kicker, subtitle and staff byline before the story",
        page: "ChevronIcon FacebookIcon LinkedinIcon PrintIcon TwitterIcon\n\
               A freight train crosses the steppe at dawn.   © Steppe Photo Agency\n\nCorridors\n\n\
               Rail freight booms on the steppe route\n\nVolumes double as shippers avoid longer sea lanes\n\n\
               Asia Review staff writers | Transport\n\n\
               ALMATY -- Freight volumes on the steppe route doubled in the first half, railway data showed.\n\n\
               Shippers said the route was faster than the sea lanes for most of their cargo.",
        title: Some("Rail freight booms on the steppe route"),
        published: None,
        outlet: Some("Asia Review"),
        body: &[
            "Freight volumes on the steppe route doubled in the first half, railway data showed.",
            "Shippers said the route was faster than the sea lanes for most of their cargo.",
        ],
        articles: 1,
    },
    Case {
        name: "no headline: the page opens with the body; date and byline at the end",
        page: "The border town has become a logistics hub for trucks heading west, local officials said.\n\n\
               2018-04-20 10:30 GMT+8\n\nBy Wang Fang",
        title: None,
        published: Some("2018-04-20T10:30"),
        outlet: None,
        body: &["The border town has become a logistics hub for trucks heading west, local officials said."],
        articles: 1,
    },
    Case {
        name: "labelled date glued to the headline line, menu line, related-news list",
        page: "Home > News > Region\n date 2021-11-08 Leaders meet on water cooperation\n\n\
               Leaders of the river countries met on Monday to discuss water cooperation and data sharing.\n\n\
               Related News\n\nDam project delayed again\n\nPort expansion approved",
        title: Some("Leaders meet on water cooperation"),
        published: Some("2021-11-08"),
        outlet: None,
        body: &["Leaders of the river countries met on Monday to discuss water cooperation and data sharing."],
        articles: 1,
    },
    Case {
        name: "single-newline paragraphs, pipe fragments, truncated last paragraph kept",
        page: "Free Trade Zone Marks Tenth Year\n |\n(LI NA) |\n\
               The free trade zone marked its tenth year with a ceremony attended by officials.\n\
               Trade inside the zone has tripled since it opened, while tariffs fell for most goods and the number of\n|",
        title: Some("Free Trade Zone Marks Tenth Year"),
        published: None,
        outlet: None,
        body: &[
            "The free trade zone marked its tenth year with a ceremony attended by officials.",
            "Trade inside the zone has tripled since it opened, while tariffs fell for most goods and the number of",
        ],
        articles: 1,
    },
    Case {
        name: "question headline above a body, agency sign-off in the last paragraph",
        page: "Why is rail freight booming on the steppe?\n\n\
               Freight volumes on the steppe route doubled in the first half, railway data showed.\n\n\
               Shippers said the route was faster than the sea lanes for most cargo. (Xinhua)",
        title: Some("Why is rail freight booming on the steppe?"),
        published: None,
        outlet: Some("Xinhua"),
        body: &[
            "Freight volumes on the steppe route doubled in the first half, railway data showed.",
            "Shippers said the route was faster than the sea lanes for most cargo. (Xinhua)",
        ],
        articles: 1,
    },
    Case {
        name: "long sentence-case headline stays a headline",
        page: "China and five Central Asian countries vow to deepen cooperation in trade and energy\n\
               Updated: 2024-05-20 21:05\n\
               China and five Central Asian countries vowed on Monday to deepen cooperation in trade.\n\
               The ministers also agreed to study new pipelines and power lines across the region.",
        title: Some("China and five Central Asian countries vow to deepen cooperation in trade and energy"),
        published: Some("2024-05-20T21:05"),
        outlet: None,
        body: &[
            "China and five Central Asian countries vowed on Monday to deepen cooperation in trade.",
            "The ministers also agreed to study new pipelines and power lines across the region.",
        ],
        articles: 1,
    },
    Case {
        name: "a duplicated sentence paragraph is kept once and does not split the story",
        page: "Border crossing reopens\n\n\
               The border crossing reopened on Monday after two weeks of repairs, officials said.\n\n\
               The border crossing reopened on Monday after two weeks of repairs, officials said.\n\n\
               Trucks queued for several kilometres on both sides of the crossing in the morning.",
        title: Some("Border crossing reopens"),
        published: None,
        outlet: None,
        body: &[
            "The border crossing reopened on Monday after two weeks of repairs, officials said.",
            "Trucks queued for several kilometres on both sides of the crossing in the morning.",
        ],
        articles: 1,
    },
    Case {
        name: "page title with a site name, then the bare headline",
        page: "Herders adopt solar pumps - The Grassland Courier\n\nHome\n\nNews\n\n\
               Herders adopt solar pumps\n\n\
               Herders in the northern districts have installed solar water pumps at a hundred wells.",
        title: Some("Herders adopt solar pumps"),
        published: None,
        outlet: None,
        body: &["Herders in the northern districts have installed solar water pumps at a hundred wells."],
        articles: 1,
    },
];

#[test]
fn case_table() {
    for c in CASES {
        let arts = segment("case.txt", c.page);
        assert_eq!(arts.len(), c.articles, "{}: articles {arts:#?}", c.name);
        let a = &arts[0];
        assert_eq!(a.title.as_deref(), c.title, "{}: title", c.name);
        assert_eq!(a.published.as_deref(), c.published, "{}: published", c.name);
        assert_eq!(a.outlet.as_deref(), c.outlet, "{}: outlet", c.name);
        let body: Vec<&str> = a.body.split("\n\n").collect();
        assert_eq!(body, c.body, "{}: body", c.name);
        assert_eq!(a.source, "case.txt");
    }
}

#[test]
fn appended_story_is_its_own_article() {
    let arts = segment("p.txt", CASES[4].page);
    assert_eq!(
        arts[1].title.as_deref(),
        Some("Festival draws record crowds to the old town")
    );
    assert!(arts[1].body.starts_with("The spring festival"));
    assert!(!arts[0].body.contains("festival"));
}

#[test]
fn pages_without_text_yield_nothing() {
    for page in [
        "",
        "\n\n \n",
        "Home | News | Contact",
        "Contact Us\n\nPrivacy Policy",
    ] {
        assert!(segment("x.txt", page).is_empty(), "{page:?}");
    }
}

#[test]
fn short_records_keep_their_text() {
    let arts = segment("r.jsonl#3", "Ministers meet in Vientiane");
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].body, "Ministers meet in Vientiane");
    let one = "MOSCOW (AP)_ The mayor has set aside funds for a museum of rifles, an agency said. (ab/cd)";
    let arts = segment("r.jsonl#4", one);
    assert_eq!(
        arts[0].body,
        "The mayor has set aside funds for a museum of rifles, an agency said. (ab/cd)"
    );
    assert_eq!(arts[0].outlet.as_deref(), Some("AP"));
}
