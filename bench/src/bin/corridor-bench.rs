//! `corridor-bench`: generate a synthetic corpus, or measure `corridor extract` over a corpus on one
//! core (articles/s, MB/s, peak RSS) beside `cat | wc -w` and, when installed, the Python pipeline.

use clap::{Parser, Subcommand};
use corridor_bench::{corpus, measure};
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(about = "corridor throughput and memory benchmarks")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Write N synthetic articles (text files, or one JSON Lines file with --jsonl).
    Gen {
        /// Output folder (text files) or file (with --jsonl).
        #[arg(long)]
        out: PathBuf,
        /// Number of articles.
        #[arg(long, default_value_t = 1000)]
        count: u64,
        /// Seed of the generator.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Write one JSON Lines file instead of text files.
        #[arg(long)]
        jsonl: bool,
    },
    /// Measure `corridor extract --jobs 1` over a corpus, pinned to one core.
    Run {
        /// Folder or file of articles.
        corpus: PathBuf,
        /// The corridor binary.
        #[arg(long, default_value = "target/release/corridor")]
        corridor: PathBuf,
        /// Python with the peers installed (../shared/eval/setup-peers.sh); default: ~/.cache/corridor-peers/bin/python3 when present.
        #[arg(long)]
        peers_python: Option<PathBuf>,
        /// The peers' pipeline script.
        #[arg(long, default_value = "../shared/eval/peers/python_pipeline.py")]
        peers_script: PathBuf,
        /// Do not pin to one core.
        #[arg(long)]
        no_pin: bool,
    },
}

fn files_of(p: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if p.is_dir() {
        if let Ok(rd) = std::fs::read_dir(p) {
            for e in rd.flatten() {
                out.extend(files_of(&e.path()));
            }
        }
    } else {
        out.push(p.to_path_buf());
    }
    out.sort();
    out
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Cmd::Gen { out, count, seed, jsonl } => {
            use std::io::Write;
            if jsonl {
                let mut w = std::io::BufWriter::new(std::fs::File::create(&out)?);
                for n in 0..count {
                    let a = corpus::article(seed, n);
                    let rec = serde_json::json!({"id": a.name, "text": a.text});
                    writeln!(w, "{rec}")?;
                }
            } else {
                std::fs::create_dir_all(&out)?;
                for n in 0..count {
                    let a = corpus::article(seed, n);
                    std::fs::write(out.join(&a.name), a.text)?;
                }
            }
            eprintln!("corridor-bench: wrote {count} articles to {}", out.display());
        }
        Cmd::Run { corpus, corridor, peers_python, peers_script, no_pin } => {
            let files = files_of(&corpus);
            let bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
            let mb = bytes as f64 / 1e6;
            let pin = !no_pin;
            let tmp = std::env::temp_dir().join(format!("corridor-bench-{}.jsonl", std::process::id()));
            let ours = measure::run(
                &[corridor.to_string_lossy().into(), "extract".into(), "--jobs".into(), "1".into(), corpus.to_string_lossy().into()],
                Some(&tmp),
                pin,
            )?;
            let articles = std::fs::read_to_string(&tmp).map(|s| s.lines().count()).unwrap_or(0);
            std::fs::remove_file(&tmp).ok();
            println!("corpus            {} files, {:.2} MB", files.len(), mb);
            report("corridor extract", ours, articles, mb);
            let cat = format!("cat {} | wc -w", files.iter().map(|f| shell_quote(f)).collect::<Vec<_>>().join(" "));
            let floor = measure::run(&["sh".into(), "-c".into(), cat], None, pin)?;
            report("cat | wc -w", floor, files.len(), mb);
            println!("ratio to cat|wc   {:.1}x slower", ours.seconds / floor.seconds.max(1e-9));
            let py = peers_python.or_else(|| {
                let p = PathBuf::from(std::env::var_os("HOME")?).join(".cache/corridor-peers/bin/python3");
                p.is_file().then_some(p)
            });
            match py {
                Some(py) if peers_script.is_file() => {
                    let mut argv = vec![py.to_string_lossy().into_owned(), peers_script.to_string_lossy().into_owned()];
                    argv.extend(files.iter().map(|f| f.to_string_lossy().into_owned()));
                    let peer = measure::run(&argv, None, pin)?;
                    report("python pipeline", peer, files.len(), mb);
                    println!("speed-up          {:.1}x the Python pipeline's articles/s", peer.seconds / ours.seconds.max(1e-9));
                }
                _ => println!("python pipeline   not installed (bash ../shared/eval/setup-peers.sh), skipped"),
            }
        }
    }
    Ok(())
}

fn report(name: &str, c: measure::Cost, articles: usize, mb: f64) {
    println!(
        "{name:<17} {:8.2} s  {:9.1} articles/s  {:7.2} MB/s  peak RSS {:6.1} MB{}",
        c.seconds,
        articles as f64 / c.seconds.max(1e-9),
        mb / c.seconds.max(1e-9),
        c.peak_rss as f64 / 1e6,
        if c.success { "" } else { "  (exited non-zero)" }
    );
}

fn shell_quote(p: &Path) -> String {
    format!("'{}'", p.to_string_lossy().replace('\'', "'\\''"))
}
