//! Runs Microsoft Recognizers-Text's English currency and percent specs (MIT, in
//! `shared/data/recognizers`) as a second case table for the money finder. A case is in scope
//! when every expected currency maps to an ISO code; it passes when each expected amount is
//! found with that unit and a value within 0.5 %. Skips with a note when the folder is absent.

use corridor_extract::{money, Doc};
use corridor_model::Article;
use serde_json::Value;
use std::path::PathBuf;

/// Pass rates measured on 2026-12-01 (currency 100/144 = 0.694, percent 12/17 = 0.706; the
/// misses are mostly cents, pence, old European currencies and "percent of 10"), less a margin.
const CURRENCY_FLOOR: f64 = 0.66;
const PERCENT_FLOOR: f64 = 0.65;

fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("CORRIDOR_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    p.join("data/recognizers").is_dir().then_some(p)
}

fn load(shared: &std::path::Path, rel: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(shared.join("data/recognizers/Specs").join(rel))
        .expect("spec reads");
    serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("spec is JSON")
}

/// The ISO code of an expected currency, from `isoCurrency` or the unit's English name.
fn unit_of(r: &Value) -> Option<String> {
    if let Some(iso) = r["Resolution"]["isoCurrency"].as_str() {
        return Some(iso.to_string());
    }
    let name = r["Resolution"]["unit"].as_str()?.to_lowercase();
    let code = match name.as_str() {
        "dollar" | "united states dollar" => "USD",
        "chinese yuan" | "yuan" => "CNY",
        "euro" => "EUR",
        "japanese yen" | "yen" => "JPY",
        "british pound" | "pound sterling" => "GBP",
        "indian rupee" => "INR",
        _ => return None,
    };
    Some(code.to_string())
}

fn rate(cases: &[Value], percent: bool) -> (usize, usize) {
    let (mut total, mut passed) = (0, 0);
    for c in cases {
        let Some(input) = c["Input"].as_str() else {
            continue;
        };
        let Some(results) = c["Results"].as_array() else {
            continue;
        };
        let expected: Option<Vec<(String, f64)>> = results
            .iter()
            .map(|r| {
                let raw = r["Resolution"]["value"].as_str()?.trim_end_matches('%');
                let v: f64 = raw.parse().ok()?;
                let unit = if percent {
                    Some("percent".to_string())
                } else {
                    unit_of(r)
                }?;
                Some((unit, v))
            })
            .collect();
        let Some(expected) = expected else { continue };
        let a = Article::new("spec.txt", input);
        let found = money::find(&Doc::new(&a));
        total += 1;
        let ok = if expected.is_empty() {
            found.is_empty()
        } else {
            expected.iter().all(|(u, v)| {
                found
                    .iter()
                    .any(|f| f.unit == *u && (f.value - v).abs() <= 0.005 * v.abs() + 1e-9)
            })
        };
        passed += usize::from(ok);
    }
    (total, passed)
}

#[test]
fn recognizers_money_specs_pass_rate() {
    let Some(shared) = shared() else {
        println!("note: ../shared/data/recognizers not found, skipping the Recognizers-Text specs");
        return;
    };
    let (ct, cp) = rate(
        &load(&shared, "NumberWithUnit/English/CurrencyModel.json"),
        false,
    );
    let (pt, pp) = rate(&load(&shared, "Number/English/PercentModel.json"), true);
    let (cr, pr) = (cp as f64 / ct.max(1) as f64, pp as f64 / pt.max(1) as f64);
    println!("Recognizers-Text currency: {cp}/{ct} = {cr:.3} (floor {CURRENCY_FLOOR})");
    println!("Recognizers-Text percent: {pp}/{pt} = {pr:.3} (floor {PERCENT_FLOOR})");
    assert!(ct > 100 && pt > 10, "the specs hold enough in-scope cases");
    assert!(
        cr >= CURRENCY_FLOOR,
        "currency pass rate {cr:.3} below {CURRENCY_FLOOR}"
    );
    assert!(
        pr >= PERCENT_FLOOR,
        "percent pass rate {pr:.3} below {PERCENT_FLOOR}"
    );
}
