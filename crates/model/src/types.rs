//! The types of the extraction contract (`spec/OUTPUT.md`, version 1).

use serde::{Deserialize, Serialize, Serializer};

/// A half-open range of Unicode code points into an article's `body`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (code points, end exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Whether the two spans share at least one code point.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One article after ingest and cleaning: metadata and main text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// The input path as given, `PATH#ID` for JSON Lines records, or the URL of archived records.
    pub source: String,
    /// The article's URL where the input states one.
    pub url: Option<String>,
    /// The headline without site names or decorations.
    pub title: Option<String>,
    /// Publication date or date-time, ISO 8601 (`2024-03-30` or `2024-03-30T12:36`).
    pub published: Option<String>,
    /// The publishing organization, when the page names it.
    pub outlet: Option<String>,
    /// ISO 639-1 code of the body's language.
    pub language: Option<String>,
    /// Main text only, paragraphs separated by a blank line.
    pub body: String,
}

impl Article {
    /// An article with only a source and a body.
    pub fn new(source: impl Into<String>, body: impl Into<String>) -> Self {
        Article {
            source: source.into(),
            body: body.into(),
            ..Default::default()
        }
    }

    /// The publication date as `YYYY-MM-DD`, when `published` starts with one.
    pub fn published_date(&self) -> Option<&str> {
        let p = self.published.as_deref()?;
        let d = p.get(..10)?;
        let b = d.as_bytes();
        let ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        ok.then_some(d)
    }
}

/// The kind of an entity. The first four are scored; the others are welcome extras.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    /// A named human.
    Person,
    /// A named body: IGOs, governments, ministries, companies, universities, media.
    Organization,
    /// A sovereign state.
    Country,
    /// A named location below or across countries: provinces, cities, ports, regions.
    Place,
    /// A programme or agreement (Belt and Road Initiative, RCEP).
    Initiative,
    /// An infrastructure project.
    Project,
    /// A named gathering (China-ASEAN Expo).
    EventName,
}

impl EntityType {
    /// The contract's name for the type.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Country => "country",
            EntityType::Place => "place",
            EntityType::Initiative => "initiative",
            EntityType::Project => "project",
            EntityType::EventName => "event_name",
        }
    }
}

/// One distinct entity of an article, its mentions merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Identifier within the article (`e1`, `e2`, ...).
    pub id: String,
    /// The entity's kind.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest proper form in the article, without titles or honorifics.
    pub name: String,
    /// ISO 3166-1 alpha-2 code, for countries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    /// Latitude, for geocoded places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude, for geocoded places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// The acronym an organization goes by ("ACC").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Other forms used in the article ("Shi", "Laos").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Where the entity is mentioned in `body`.
    pub mentions: Vec<Span>,
}

/// A person's title and the organization or country it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// The person's canonical name, as in `entities[].name`.
    pub person: String,
    /// The office, without honorifics or the organization ("Secretary General").
    pub title: String,
    /// The organization's canonical name.
    pub organization: Option<String>,
    /// ISO code of the country, when the title belongs to a country ("Chinese Foreign Minister").
    #[serde(default)]
    pub country: Option<String>,
    /// The sentence that states the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Span>,
}

/// The five event types of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// A person or delegation travels to a place or organization.
    Visit,
    /// Talks, a reception, a work meeting or seminar between named parties.
    Meeting,
    /// A forum, summit, roundtable, expo or workshop: a gathering of many parties.
    Conference,
    /// Documents, MoUs or contracts signed.
    Agreement,
    /// An institution, facility, route or programme launched, inaugurated or opened.
    Launch,
}

impl EventType {
    /// The contract's name for the type.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Visit => "visit",
            EventType::Meeting => "meeting",
            EventType::Conference => "conference",
            EventType::Agreement => "agreement",
            EventType::Launch => "launch",
        }
    }

    /// The CAMEO code analysts join GDELT and POLECAT data on.
    pub fn cameo(self) -> &'static str {
        match self {
            EventType::Visit => "042",
            EventType::Meeting => "040",
            EventType::Conference => "043",
            EventType::Agreement => "057",
            EventType::Launch => "030",
        }
    }
}

/// Something that happened or is scheduled at a definite time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The event's type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// ISO date at the text's precision, or null when the text fixes none.
    pub start: Option<String>,
    /// ISO end date for events that span several days.
    pub end: Option<String>,
    /// Canonical name of the place.
    pub place: Option<String>,
    /// Canonical names of the persons, organizations and countries taking part.
    pub participants: Vec<String>,
    /// The sentence that states the event.
    pub evidence: Span,
    /// `planned` when the text says the event is yet to happen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The CAMEO code of the type.
    #[serde(default)]
    pub cameo: String,
    /// The words that signal the event ("paid a visit", "signed").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
}

/// An amount of money or a percentage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The figure as written ("almost $90 billion").
    pub text: String,
    /// The plain number (`3.59 trillion yuan` is `3590000000000`).
    #[serde(serialize_with = "plain_number")]
    pub value: f64,
    /// An ISO 4217 currency code or `percent`.
    pub unit: String,
    /// What the figure measures.
    pub about: Option<String>,
    /// The time it refers to, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Code points of the figure's text in `body`.
    pub start: usize,
    /// One past the figure's last code point.
    pub end: usize,
    /// The sentence that states it.
    pub evidence: Span,
}

/// A calendar expression resolved against the publication date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// The expression as written.
    pub text: String,
    /// ISO value at the text's precision (`2023`, `2023-05`, `2023-05-15`, `2023-07-09/2023-07-15`),
    /// or null when it cannot be resolved (a relative expression with no publication date).
    pub value: Option<String>,
    /// First code point in `body`.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// Everything the extract stage finds in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Extraction {
    /// Distinct entities, mentions merged.
    pub entities: Vec<Entity>,
    /// Persons' titles.
    pub roles: Vec<Role>,
    /// Typed events whose time the text fixes.
    pub events: Vec<Event>,
    /// Events the text states without fixing their time (kept apart from `events`, which the contract
    /// reserves for dated occurrences).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undated_events: Vec<Event>,
    /// Money and percentages.
    pub figures: Vec<Figure>,
    /// Calendar expressions with a resolved value.
    pub dates: Vec<DateMention>,
    /// Calendar expressions that cannot be resolved (a relative expression in an article with no
    /// publication date), kept apart so that `dates` holds only values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unresolved_dates: Vec<DateMention>,
}

/// One line of `corridor extract` output: an article and what was extracted from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Metadata and body.
    #[serde(flatten)]
    pub article: Article,
    /// Entities, roles, events, figures, dates.
    #[serde(flatten)]
    pub extraction: Extraction,
}

/// Writes whole numbers without a fractional part (`90000000000`, not `90000000000.0`).
fn plain_number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_serializes_every_contract_field() {
        let mut article = Article::new("a.txt", "Body");
        article.published = Some("2024-03-30T12:36".into());
        let mut extraction = Extraction::default();
        extraction.figures.push(Figure {
            text: "$90 billion".into(),
            value: 9.0e10,
            unit: "USD".into(),
            about: None,
            period: None,
            start: 0,
            end: 11,
            evidence: Span::new(0, 20),
        });
        let v: serde_json::Value = serde_json::to_value(Record {
            article: article.clone(),
            extraction,
        })
        .unwrap();
        for key in [
            "source",
            "url",
            "title",
            "published",
            "outlet",
            "language",
            "body",
            "entities",
            "roles",
            "events",
            "figures",
            "dates",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["figures"][0]["value"].to_string(), "90000000000");
        assert_eq!(article.published_date(), Some("2024-03-30"));
    }

    #[test]
    fn published_date_rejects_partial_values() {
        let mut a = Article::new("a", "");
        a.published = Some("2024-03".into());
        assert_eq!(a.published_date(), None);
    }
}
