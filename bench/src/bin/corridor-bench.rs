//! `corridor-bench`: generate a synthetic corpus, replicate a folder of articles, or measure
//! `corridor extract --jobs 1` over a corpus on one core (articles/s, MB/s, peak RSS) beside
//! `cat | wc -w` and, when installed, the Python pipeline.

use clap::{Parser, Subcommand};
use corridor_bench::{corpus, measure, report};
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser)]
#[command(about = "corridor throughput and memory benchmarks")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Write N synthetic articles (text files, HTML pages with --html, or one JSON Lines file with --jsonl).
    Gen {
        /// Output folder (files) or file (with --jsonl).
        #[arg(long)]
        out: PathBuf,
        /// Number of articles.
        #[arg(long, default_value_t = 1000)]
        count: u64,
        /// Seed of the generator.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Write one JSON Lines file instead of text files.
        #[arg(long, conflicts_with = "html")]
        jsonl: bool,
        /// Write HTML pages instead of text files.
        #[arg(long)]
        html: bool,
    },
    /// Copy the files of a folder round-robin into OUT until it holds COUNT files (e.g. the dev
    /// articles replicated to 1,400).
    Replicate {
        /// Folder whose files are copied (not recursive; only names ending in --ext).
        from: PathBuf,
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
        /// Number of files to write.
        #[arg(long, default_value_t = 1400)]
        count: usize,
        /// Which files of FROM to copy.
        #[arg(long, default_value = ".txt")]
        ext: String,
    },
    /// Measure `corridor extract --jobs 1` over a corpus, pinned to one core.
    Run(RunArgs),
}

#[derive(clap::Args)]
struct RunArgs {
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
    /// Run the peer with --no-nlp (trafilatura alone) and corridor with --clean-only: the HTML
    /// comparison, body extraction on both sides.
    #[arg(long)]
    no_nlp: bool,
    /// Skip the Python pipeline.
    #[arg(long)]
    no_peer: bool,
    /// Do not pin to one core.
    #[arg(long)]
    no_pin: bool,
    /// Keep corridor's output here (default: a temporary file, removed).
    #[arg(long)]
    keep: Option<PathBuf>,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Cmd::Gen {
            out,
            count,
            seed,
            jsonl,
            html,
        } => {
            let start = std::time::Instant::now();
            if jsonl {
                let f = std::fs::File::create(&out)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
                let mut w = std::io::BufWriter::new(f);
                for n in 0..count {
                    let a = corpus::article(seed, n);
                    let rec = serde_json::json!({"id": a.name, "text": a.text});
                    writeln!(w, "{rec}")?;
                }
                w.flush()?;
            } else {
                std::fs::create_dir_all(&out)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
                for n in 0..count {
                    let a = corpus::article(seed, n);
                    if html {
                        let name = a.name.replace(".txt", ".html");
                        std::fs::write(out.join(name), corpus::html(&a))?;
                    } else {
                        std::fs::write(out.join(&a.name), a.text)?;
                    }
                }
            }
            eprintln!(
                "corridor-bench: wrote {count} articles to {} in {:.2} s",
                out.display(),
                start.elapsed().as_secs_f64()
            );
        }
        Cmd::Replicate {
            from,
            out,
            count,
            ext,
        } => {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&from)
                .map_err(|e| anyhow::anyhow!("{}: {e}", from.display()))?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.to_string_lossy().ends_with(&ext))
                .collect();
            files.sort();
            anyhow::ensure!(
                !files.is_empty(),
                "{}: no files ending in {ext}",
                from.display()
            );
            std::fs::create_dir_all(&out).map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
            for i in 0..count {
                let src = &files[i % files.len()];
                let name = src
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                std::fs::copy(src, out.join(format!("r{:05}-{name}", i)))
                    .map_err(|e| anyhow::anyhow!("{}: {e}", src.display()))?;
            }
            eprintln!(
                "corridor-bench: wrote {count} copies of {} files to {}",
                files.len(),
                out.display()
            );
        }
        Cmd::Run(a) => run(a)?,
    }
    Ok(())
}

fn run(a: RunArgs) -> anyhow::Result<()> {
    let files = report::files_of(&a.corpus);
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let mb = bytes as f64 / 1e6;
    let pin = !a.no_pin;
    let tmp = std::env::temp_dir().join(format!("corridor-bench-{}", std::process::id()));
    let out = a
        .keep
        .clone()
        .unwrap_or_else(|| tmp.with_extension("jsonl"));
    let err = tmp.with_extension("err");
    let mut argv: Vec<String> = vec![
        a.corridor.to_string_lossy().into(),
        "extract".into(),
        "--jobs".into(),
        "1".into(),
    ];
    if a.no_nlp {
        // like against like: body extraction only on both sides
        argv.push("--clean-only".into());
    }
    argv.push(a.corpus.to_string_lossy().into());
    let ours = measure::run(
        &argv,
        measure::Sinks {
            stdout: Some(&out),
            stderr: Some(&err),
        },
        pin,
    )?;
    let articles = std::fs::read_to_string(&out)
        .map(|s| s.lines().count())
        .unwrap_or(0);
    if a.keep.is_none() {
        std::fs::remove_file(&out).ok();
    }
    if !ours.success {
        let e = std::fs::read_to_string(&err).unwrap_or_default();
        eprintln!(
            "corridor-bench: corridor exited non-zero; last stderr lines:\n{}",
            report::tail(&e, 5)
        );
    }
    std::fs::remove_file(&err).ok();
    println!(
        "corpus            {} files, {:.2} MB, {} articles out",
        files.len(),
        mb,
        articles
    );
    let label = if a.no_nlp {
        "corridor --clean-only"
    } else {
        "corridor extract"
    };
    println!("{}", report::line(label, &ours, articles, mb));
    let cat = format!(
        "cat {} | wc -w",
        files
            .iter()
            .map(|f| report::shell_quote(f))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let floor = measure::run(
        &["sh".into(), "-c".into(), cat],
        measure::Sinks::default(),
        pin,
    )?;
    println!("{}", report::line("cat | wc -w", &floor, files.len(), mb));
    println!(
        "ratio to cat|wc   {:.1}x its time",
        ours.seconds / floor.seconds.max(1e-9)
    );
    if a.no_peer {
        return Ok(());
    }
    let py = a.peers_python.clone().or_else(|| {
        let p = PathBuf::from(std::env::var_os("HOME")?).join(".cache/corridor-peers/bin/python3");
        p.is_file().then_some(p)
    });
    match py {
        Some(py) if a.peers_script.is_file() => {
            let mut argv = vec![
                py.to_string_lossy().into_owned(),
                a.peers_script.to_string_lossy().into_owned(),
            ];
            if a.no_nlp {
                argv.push("--no-nlp".into());
            }
            argv.extend(files.iter().map(|f| f.to_string_lossy().into_owned()));
            let perr = tmp.with_extension("peer.err");
            let pout = tmp.with_extension("peer.jsonl");
            let peer = measure::run(
                &argv,
                measure::Sinks {
                    stdout: Some(&pout),
                    stderr: Some(&perr),
                },
                pin,
            )?;
            let stderr = std::fs::read_to_string(&perr).unwrap_or_default();
            let peer_articles = std::fs::read_to_string(&pout)
                .map(|s| s.lines().count())
                .unwrap_or(0);
            std::fs::remove_file(&perr).ok();
            std::fs::remove_file(&pout).ok();
            if peer_articles != articles {
                println!(
                    "note              the peer wrote {peer_articles} records, corridor {articles}"
                );
            }
            let name = if a.no_nlp {
                "python --no-nlp"
            } else {
                "python pipeline"
            };
            println!("{}", report::line(name, &peer, peer_articles, mb));
            println!(
                "speed-up          {:.1}x the peer's articles/s (wall, both with start-up)",
                peer.seconds / ours.seconds.max(1e-9)
            );
            if let Some(s) = measure::peer_seconds(&stderr) {
                println!(
                    "peer steady       {:.2} s without model loading: {:.1} articles/s; speed-up {:.1}x",
                    s,
                    peer_articles as f64 / s.max(1e-9),
                    s / ours.seconds.max(1e-9)
                );
            } else if !peer.success {
                eprintln!(
                    "corridor-bench: peer exited non-zero:\n{}",
                    report::tail(&stderr, 5)
                );
            }
        }
        _ => println!(
            "python pipeline   not installed (bash ../shared/eval/setup-peers.sh), skipped"
        ),
    }
    Ok(())
}
