//! `corridor ner`: train the named-entity tagger and evaluate it on CoNLL files.
//!
//! ```text
//! corridor ner train --data ../shared/data/ner --out data/models/ner-v1.bin
//! corridor ner eval ../shared/data/ner/conll2003/eng.testa
//! corridor ner eval --finder ../shared/data/ner/wikigold/wikigold.conll.txt
//! ```
//!
//! `--finder` scores the whole entity finder (titles, gazetteers, head words, the tagger and
//! merging) instead of the tagger alone: person → PER, organization → ORG, country and place →
//! LOC, adjectival country mentions → MISC.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use corridor_extract::ner::corpus::{self, Document};
use corridor_extract::ner::eval::{evaluate, Counts};
use corridor_extract::ner::train::{train, TrainConfig};
use corridor_extract::ner::{Label, Tagger};

/// Arguments of `corridor ner`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Trains a model from the corpora under --data and writes it to --out.
    Train(TrainArgs),
    /// Prints mention-level precision, recall and F1 on a CoNLL-format file.
    Eval(EvalArgs),
}

#[derive(clap::Args)]
struct TrainArgs {
    /// The folder of NER corpora (conll2003/, wikigold/, re3d/).
    #[arg(long, default_value = "../shared/data/ner")]
    data: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "data/models/ner-v1.bin")]
    out: PathBuf,
    /// Corpora to train on, comma-separated: conll, wikigold, re3d.
    #[arg(long, default_value = "conll,wikigold,re3d")]
    corpora: String,
    /// Passes over the data.
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// Seed of the document order.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Minimum count of a feature in the training data.
    #[arg(long, default_value_t = 2)]
    min_count: u32,
    /// Smallest weight magnitude worth shipping.
    #[arg(long, default_value_t = 0.05)]
    prune: f32,
    /// A CoNLL file to evaluate the new model on after training.
    #[arg(long)]
    dev: Option<PathBuf>,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// A CoNLL-format file (token first, tag last; IOB1, IOB2 or IO tags); with --finder, also
    /// a re3d folder.
    file: PathBuf,
    /// A model file instead of the bundled one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Score the whole entity finder, not the tagger alone.
    #[arg(long)]
    finder: bool,
    /// With --finder: print this many missed and spurious mentions per class.
    #[arg(long, default_value_t = 0)]
    show: usize,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Train(a) => run_train(a),
        Command::Eval(a) if a.finder => {
            eval_finder(&a.file, a.show)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(a) => {
            let tagger = match &a.model {
                Some(p) => Tagger::from_bytes(&std::fs::read(p).with_context(|| p_msg(p))?)?,
                None => Tagger::new(),
            };
            eval_file(&tagger, &a.file)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn p_msg(p: &Path) -> String {
    format!("cannot read {}", p.display())
}

fn read_conll(path: &Path) -> anyhow::Result<Vec<Document>> {
    let text = std::fs::read_to_string(path).with_context(|| p_msg(path))?;
    Ok(corpus::read_conll(&path.display().to_string(), &text)?)
}

fn read_re3d(dir: &Path) -> anyhow::Result<Vec<Document>> {
    let mut out = Vec::new();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| p_msg(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("documents.json").is_file())
        .collect();
    folders.sort();
    for f in folders {
        let docs = std::fs::read_to_string(f.join("documents.json")).with_context(|| p_msg(&f))?;
        let ents = std::fs::read_to_string(f.join("entities.json")).with_context(|| p_msg(&f))?;
        out.extend(corpus::read_re3d(&f.display().to_string(), &docs, &ents)?);
    }
    Ok(out)
}

fn run_train(a: TrainArgs) -> anyhow::Result<ExitCode> {
    let mut docs = Vec::new();
    for name in a
        .corpora
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let part = match name {
            "conll" => read_conll(&a.data.join("conll2003/eng.train"))?,
            "wikigold" => read_conll(&a.data.join("wikigold/wikigold.conll.txt"))?,
            "re3d" => read_re3d(&a.data.join("re3d"))?,
            other => anyhow::bail!("unknown corpus {other:?} (expected conll, wikigold, re3d)"),
        };
        let sents: usize = part.iter().map(Vec::len).sum();
        eprintln!("{name}: {} documents, {sents} sentences", part.len());
        docs.extend(part);
    }
    let config = TrainConfig {
        epochs: a.epochs,
        seed: a.seed,
        min_count: a.min_count,
        prune: a.prune,
    };
    let clusters = HashMap::new();
    let t = Instant::now();
    let bytes = train(&docs, &clusters, &config, &mut |r| {
        eprintln!(
            "epoch {:>2}: {} tokens, {:.2}% wrong ({:.1}s)",
            r.epoch,
            r.tokens,
            100.0 * r.errors as f64 / r.tokens.max(1) as f64,
            t.elapsed().as_secs_f64()
        );
    });
    std::fs::write(&a.out, &bytes).with_context(|| format!("cannot write {}", a.out.display()))?;
    eprintln!("wrote {} ({} bytes)", a.out.display(), bytes.len());
    if let Some(dev) = &a.dev {
        eval_file(&Tagger::from_bytes(&bytes)?, dev)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn eval_finder(path: &Path, show: usize) -> anyhow::Result<()> {
    // a folder is read as re3d (one sub-folder per source)
    let docs = if path.is_dir() {
        read_re3d(path)?
    } else {
        read_conll(path)?
    };
    let finder = corridor_extract::entities::EntityFinder::new();
    let t = Instant::now();
    let r = corridor_extract::entities::eval::evaluate(&finder, &docs);
    print_report(path, &r.report, t.elapsed().as_secs_f64());
    for l in [Label::Per, Label::Org, Label::Loc, Label::Misc] {
        for (what, list) in [("missed", &r.missed), ("spurious", &r.spurious)] {
            for m in list.iter().filter(|m| m.label == l).take(show) {
                println!("{what:<9} {:<5} {:<30} | {}", l.name(), m.text, m.sentence);
            }
        }
    }
    Ok(())
}

fn eval_file(tagger: &Tagger, path: &Path) -> anyhow::Result<()> {
    let docs = read_conll(path)?;
    let t = Instant::now();
    let report = evaluate(tagger, &docs);
    print_report(path, &report, t.elapsed().as_secs_f64());
    Ok(())
}

fn print_report(path: &Path, report: &corridor_extract::ner::eval::Report, secs: f64) {
    println!(
        "{}: {} tokens in {:.2}s",
        path.display(),
        report.tokens,
        secs
    );
    println!(
        "{:<12} {:>9} {:>9} {:>9} {:>7} {:>7}",
        "class", "precision", "recall", "F1", "gold", "found"
    );
    let row = |name: &str, c: Counts| {
        println!(
            "{:<12} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.gold,
            c.predicted
        );
    };
    for l in Label::ALL {
        row(l.name(), report.by_label[l as usize]);
    }
    row("PER+ORG+LOC", report.per_org_loc());
    row("overall", report.overall());
}
