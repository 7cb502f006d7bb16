//! Formatting of measured runs, and the files of a corpus.

use crate::measure::Cost;
use std::path::{Path, PathBuf};

/// Every file under `p` (recursively, sorted), or `p` itself when it is a file.
pub fn files_of(p: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(p, &mut out);
    out.sort();
    out
}

fn walk(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        if let Ok(rd) = std::fs::read_dir(p) {
            for e in rd.flatten() {
                walk(&e.path(), out);
            }
        }
    } else if p.is_file() {
        out.push(p.to_path_buf());
    }
}

/// One result line: wall and CPU seconds, articles/s, MB/s, peak RSS.
pub fn line(name: &str, c: &Cost, articles: usize, mb: f64) -> String {
    format!(
        "{name:<17} {:8.2} s wall {:8.2} s cpu  {:9.1} articles/s  {:7.2} MB/s  peak RSS {:6.1} MB{}",
        c.seconds,
        c.cpu_seconds,
        c.rate(articles as f64),
        c.rate(mb),
        c.peak_rss as f64 / 1e6,
        if c.success { "" } else { "  (exited non-zero)" }
    )
}

/// `p` quoted for `sh`.
pub fn shell_quote(p: &Path) -> String {
    format!("'{}'", p.to_string_lossy().replace('\'', "'\\''"))
}

/// The last `n` lines of `s`.
pub fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_reports_rates() {
        let c = Cost {
            seconds: 2.0,
            cpu_seconds: 1.5,
            peak_rss: 50_000_000,
            success: true,
        };
        let l = line("x", &c, 100, 4.0);
        assert!(l.contains("50.0 articles/s"), "{l}");
        assert!(l.contains("2.00 MB/s"), "{l}");
        assert!(l.contains("peak RSS   50.0 MB"), "{l}");
        assert!(!l.contains("non-zero"));
        let failed = Cost {
            success: false,
            ..c
        };
        assert!(line("x", &failed, 1, 1.0).ends_with("(exited non-zero)"));
    }

    #[test]
    fn quoting_and_tail() {
        assert_eq!(shell_quote(Path::new("a b")), "'a b'");
        assert_eq!(shell_quote(Path::new("it's")), "'it'\\''s'");
        assert_eq!(tail("a\nb\nc", 2), "b\nc");
        assert_eq!(tail("a", 5), "a");
    }

    #[test]
    fn files_are_walked_sorted() {
        let d = std::env::temp_dir().join(format!("corridor-bench-walk-{}", std::process::id()));
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("b.txt"), "b").unwrap();
        std::fs::write(d.join("sub/a.txt"), "a").unwrap();
        let got = files_of(&d);
        std::fs::remove_dir_all(&d).ok();
        assert_eq!(got.len(), 2);
        assert!(
            got[0].ends_with("b.txt") && got[1].ends_with("sub/a.txt"),
            "{got:?}"
        );
        assert!(files_of(Path::new("/nonexistent/corridor-bench")).is_empty());
    }
}
