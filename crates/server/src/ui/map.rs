//! Geometry of the map page: an equirectangular plot (`x = lon + 180`, `y = 90 - lat`) in a
//! 360 × 180 frame, zoomed to the places shown, over an embedded world outline
//! (`assets/world`, Natural Earth 1:110m land) and a graticule.

use serde::Serialize;

/// The world's land as an SVG path in the 360 × 180 frame.
pub const LAND_PATH: &str = include_str!("../../assets/world/land-110m.path");

/// A place to plot.
#[derive(Debug, Clone, Serialize)]
pub struct MapPoint {
    /// Store id of the entity (for the link).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Frame x.
    pub x: f64,
    /// Frame y.
    pub y: f64,
    /// Radius in frame units, growing with the article count.
    pub r: f64,
    /// Number of articles mentioning the place.
    pub article_count: u64,
}

/// A graticule line in frame units.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Line {
    /// Start x.
    pub x1: f64,
    /// Start y.
    pub y1: f64,
    /// End x.
    pub x2: f64,
    /// End y.
    pub y2: f64,
    /// The degree label (`30°E`).
    pub label: String,
}

/// Everything the map template draws.
#[derive(Debug, Clone, Serialize)]
pub struct MapView {
    /// `min-x min-y width height` of the zoomed frame.
    pub view_box: String,
    /// The zoomed frame's width, for scaling strokes and labels.
    pub width: f64,
    /// Points, largest first so that small ones stay clickable on top.
    pub points: Vec<MapPoint>,
    /// Meridians and parallels.
    pub lines: Vec<Line>,
    /// The land outline.
    pub land: &'static str,
}

/// Projects a coordinate into the frame, or `None` when it is not a valid coordinate.
pub fn project(lat: f64, lon: f64) -> Option<(f64, f64)> {
    let ok = lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon);
    ok.then_some((lon + 180.0, 90.0 - lat))
}

/// Lays out the places `(id, name, lat, lon, article_count)`, dropping invalid coordinates.
pub fn view(places: &[(String, String, f64, f64, u64)]) -> MapView {
    let mut points: Vec<MapPoint> = places
        .iter()
        .filter_map(|(id, name, lat, lon, n)| {
            let (x, y) = project(*lat, *lon)?;
            Some(MapPoint {
                id: id.clone(),
                name: name.clone(),
                lat: *lat,
                lon: *lon,
                x,
                y,
                r: 0.0,
                article_count: *n,
            })
        })
        .collect();
    let (x0, y0, w, h) = frame(&points);
    for p in &mut points {
        p.r = w / 150.0 * (1.0 + (p.article_count.max(1) as f64).ln());
    }
    points.sort_by(|a, b| {
        b.article_count
            .cmp(&a.article_count)
            .then(a.name.cmp(&b.name))
    });
    let step = if w > 180.0 {
        30.0
    } else if w > 60.0 {
        10.0
    } else {
        5.0
    };
    let mut lines = Vec::new();
    let mut lon = -180.0;
    while lon <= 180.0 {
        let x = lon + 180.0;
        if x >= x0 && x <= x0 + w {
            let label = format!(
                "{}°{}",
                lon.abs(),
                if lon < 0.0 {
                    "W"
                } else if lon > 0.0 {
                    "E"
                } else {
                    ""
                }
            );
            lines.push(Line {
                x1: x,
                y1: y0.max(0.0),
                x2: x,
                y2: (y0 + h).min(180.0),
                label,
            });
        }
        lon += step;
    }
    let mut lat = -90.0;
    while lat <= 90.0 {
        let y = 90.0 - lat;
        if y >= y0 && y <= y0 + h {
            let label = format!(
                "{}°{}",
                lat.abs(),
                if lat < 0.0 {
                    "S"
                } else if lat > 0.0 {
                    "N"
                } else {
                    ""
                }
            );
            lines.push(Line {
                x1: x0.max(0.0),
                y1: y,
                x2: (x0 + w).min(360.0),
                y2: y,
                label,
            });
        }
        lat += step;
    }
    MapView {
        view_box: format!("{x0:.1} {y0:.1} {w:.1} {h:.1}"),
        width: w,
        points,
        lines,
        land: LAND_PATH,
    }
}

/// The zoomed frame: the points' bounding box padded, 2:1, at least 40 × 20, inside the world.
fn frame(points: &[MapPoint]) -> (f64, f64, f64, f64) {
    if points.is_empty() {
        return (0.0, 0.0, 360.0, 180.0);
    }
    let (mut minx, mut maxx, mut miny, mut maxy) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for p in points {
        minx = minx.min(p.x);
        maxx = maxx.max(p.x);
        miny = miny.min(p.y);
        maxy = maxy.max(p.y);
    }
    let pad = 8.0;
    let mut w = (maxx - minx + 2.0 * pad).max(40.0);
    let mut h = (maxy - miny + 2.0 * pad).max(20.0);
    if w < 2.0 * h {
        w = 2.0 * h;
    } else {
        h = w / 2.0;
    }
    w = w.min(360.0);
    h = h.min(180.0);
    let cx = (minx + maxx) / 2.0;
    let cy = (miny + maxy) / 2.0;
    let x0 = (cx - w / 2.0).clamp(0.0, 360.0 - w);
    let y0 = (cy - h / 2.0).clamp(0.0, 180.0 - h);
    (x0, y0, w, h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_case_table() {
        let cases = [
            ((0.0, 0.0), Some((180.0, 90.0))),
            ((90.0, -180.0), Some((0.0, 0.0))),
            ((-90.0, 180.0), Some((360.0, 180.0))),
            ((43.24, 76.89), Some((256.89, 46.76))), // Almaty
            ((91.0, 0.0), None),
            ((0.0, 181.0), None),
            ((f64::NAN, 0.0), None),
        ];
        for ((lat, lon), want) in cases {
            let got = project(lat, lon);
            match (got, want) {
                (Some((x, y)), Some((wx, wy))) => assert!(
                    (x - wx).abs() < 1e-9 && (y - wy).abs() < 1e-9,
                    "{lat},{lon}"
                ),
                (g, w) => assert_eq!(g, w, "{lat},{lon}"),
            }
        }
    }

    #[test]
    fn frame_zooms_to_points_and_keeps_two_to_one() {
        let places = vec![
            ("p1".to_string(), "Almaty".to_string(), 43.24, 76.89, 3),
            ("p2".to_string(), "Vientiane".to_string(), 17.97, 102.6, 1),
            ("p3".to_string(), "Nowhere".to_string(), 200.0, 0.0, 9),
        ];
        let v = view(&places);
        assert_eq!(v.points.len(), 2, "invalid coordinates are dropped");
        assert_eq!(v.points[0].name, "Almaty", "largest first");
        let parts: Vec<f64> = v.view_box.split(' ').map(|s| s.parse().unwrap()).collect();
        assert!((parts[2] - 2.0 * parts[3]).abs() < 0.2);
        for p in &v.points {
            assert!(
                p.x >= parts[0]
                    && p.x <= parts[0] + parts[2]
                    && p.y >= parts[1]
                    && p.y <= parts[1] + parts[3]
            );
        }
        assert!(!v.lines.is_empty() && v.land.starts_with('M'));
        assert_eq!(view(&[]).view_box, "0.0 0.0 360.0 180.0");
    }
}
