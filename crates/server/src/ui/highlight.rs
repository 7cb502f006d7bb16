//! Cuts an article's body into segments so that every extracted fact (entity mentions by type,
//! dates, figures) can be marked up, with its normalized value as a tooltip.
//!
//! Spans are code points (the model's contract). Overlapping facts are resolved by keeping the
//! longer span (figures and dates win ties over entities, as they carry a value); spans out of
//! range are skipped, never trusted.

use corridor_model::Extraction;
use serde::Serialize;

/// One piece of the body: plain text, or a marked fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// The text of the piece (escaped by the template, never here).
    pub text: String,
    /// CSS class of the fact (`ent-person`, `date`, `figure`), `None` for plain text.
    pub class: Option<String>,
    /// What hovering shows: the type and the normalized value.
    pub title: Option<String>,
}

struct Mark {
    start: usize,
    end: usize,
    priority: u8,
    class: String,
    title: String,
}

/// Splits `body` into plain and marked segments for the facts in `ex`.
pub fn segments(body: &str, ex: &Extraction) -> Vec<Segment> {
    let len = body.chars().count();
    let mut marks = Vec::new();
    for e in &ex.entities {
        let mut title = format!("{}: {}", e.kind.as_str(), e.name);
        if let Some(iso) = &e.iso {
            title.push_str(&format!(" ({iso})"));
        }
        if let (Some(lat), Some(lon)) = (e.lat, e.lon) {
            title.push_str(&format!(" @ {lat:.2}, {lon:.2}"));
        }
        for m in &e.mentions {
            marks.push(Mark {
                start: m.start,
                end: m.end,
                priority: 0,
                class: format!("ent ent-{}", e.kind.as_str()),
                title: title.clone(),
            });
        }
    }
    for d in &ex.dates {
        let value = d.value.as_deref().unwrap_or("unresolved");
        marks.push(Mark {
            start: d.start,
            end: d.end,
            priority: 1,
            class: "date".into(),
            title: format!("date: {value}"),
        });
    }
    for f in &ex.figures {
        let mut title = format!("figure: {} {}", plain(f.value), f.unit);
        if let Some(about) = &f.about {
            title.push_str(&format!(" ({about})"));
        }
        marks.push(Mark {
            start: f.start,
            end: f.end,
            priority: 2,
            class: "figure".into(),
            title,
        });
    }
    marks.retain(|m| m.start < m.end && m.end <= len);
    // Longest first, then by priority; greedily keep those that overlap nothing kept.
    marks.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.priority.cmp(&a.priority))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Mark> = Vec::new();
    for m in marks {
        if kept.iter().all(|k| m.end <= k.start || k.end <= m.start) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.start);

    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    for m in kept {
        if m.start > at {
            out.push(Segment {
                text: chars[at..m.start].iter().collect(),
                class: None,
                title: None,
            });
        }
        out.push(Segment {
            text: chars[m.start..m.end].iter().collect(),
            class: Some(m.class),
            title: Some(m.title),
        });
        at = m.end;
    }
    if at < chars.len() {
        out.push(Segment {
            text: chars[at..].iter().collect(),
            class: None,
            title: None,
        });
    }
    out
}

/// Segments of a snippet with highlight ranges in code points (search hits).
pub fn snippet_segments(text: &str, ranges: &[(usize, usize)]) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let mut sorted: Vec<(usize, usize)> = ranges
        .iter()
        .copied()
        .filter(|&(s, e)| s < e && e <= chars.len())
        .collect();
    sorted.sort();
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in sorted {
        if s < at {
            continue;
        }
        if s > at {
            out.push(Segment {
                text: chars[at..s].iter().collect(),
                class: None,
                title: None,
            });
        }
        out.push(Segment {
            text: chars[s..e].iter().collect(),
            class: Some("hit".into()),
            title: None,
        });
        at = e;
    }
    if at < chars.len() {
        out.push(Segment {
            text: chars[at..].iter().collect(),
            class: None,
            title: None,
        });
    }
    out
}

fn plain(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corridor_model::{DateMention, Entity, EntityType, Figure, Span};

    fn entity(kind: EntityType, name: &str, spans: &[(usize, usize)]) -> Entity {
        Entity {
            id: "e1".into(),
            kind,
            name: name.into(),
            iso: None,
            lat: None,
            lon: None,
            acronym: None,
            aliases: vec![],
            mentions: spans.iter().map(|&(s, e)| Span::new(s, e)).collect(),
        }
    }

    #[test]
    fn marks_entities_dates_and_figures_in_order() {
        let body = "Laos and Thailand met on 3 May and pledged $5 million.";
        let mut ex = Extraction::default();
        ex.entities
            .push(entity(EntityType::Country, "Laos", &[(0, 4)]));
        ex.entities
            .push(entity(EntityType::Country, "Thailand", &[(9, 17)]));
        ex.dates.push(DateMention {
            text: "3 May".into(),
            value: Some("2024-05-03".into()),
            start: 25,
            end: 30,
        });
        ex.figures.push(Figure {
            text: "$5 million".into(),
            value: 5e6,
            unit: "USD".into(),
            about: None,
            period: None,
            start: 43,
            end: 53,
            evidence: Span::new(0, 54),
        });
        let segs = segments(body, &ex);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, body, "segments must cover the body exactly");
        let marked: Vec<(&str, &str)> = segs
            .iter()
            .filter_map(|s| Some((s.text.as_str(), s.class.as_deref()?)))
            .collect();
        assert_eq!(
            marked,
            vec![
                ("Laos", "ent ent-country"),
                ("Thailand", "ent ent-country"),
                ("3 May", "date"),
                ("$5 million", "figure")
            ]
        );
        assert_eq!(segs[4].title.as_deref(), Some("date: 2024-05-03"));
        assert_eq!(segs.last().unwrap().text, ".");
        assert!(segs
            .iter()
            .any(|s| s.title.as_deref() == Some("figure: 5000000 USD")));
    }

    #[test]
    fn overlaps_keep_the_longer_span_and_bad_spans_are_skipped() {
        let body = "Xi’an Expo 2024";
        let mut ex = Extraction::default();
        ex.entities.push(entity(
            EntityType::Place,
            "Xi’an",
            &[(0, 5), (3, 99), (7, 2)],
        ));
        ex.entities
            .push(entity(EntityType::EventName, "Xi’an Expo", &[(0, 10)]));
        let segs = segments(body, &ex);
        assert_eq!(segs[0].text, "Xi’an Expo");
        assert_eq!(segs[0].class.as_deref(), Some("ent ent-event_name"));
        assert_eq!(
            segs.iter().map(|s| s.text.as_str()).collect::<String>(),
            body
        );
    }

    #[test]
    fn snippet_ranges_are_code_points() {
        let segs = snippet_segments("Türkiye and China", &[(12, 17), (0, 7), (50, 60)]);
        let hits: Vec<&str> = segs
            .iter()
            .filter(|s| s.class.is_some())
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(hits, vec!["Türkiye", "China"]);
    }
}
