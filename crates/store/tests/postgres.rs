//! `PostgresStore` against a throwaway Postgres cluster (feature `postgres`), and the same
//! behavioural checks against `EmbeddedStore`. Skips with a note when the Postgres binaries
//! (initdb, pg_ctl) are not installed; needs no network (unix socket only).

#[path = "common/checks.rs"]
mod checks;
mod common;
#[path = "common/queries.rs"]
mod queries;

use corridor_store::{EmbeddedStore, PostgresStore, Store, StoreError, PG_SCHEMA_VERSION};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A Postgres cluster in a temporary directory, stopped on drop.
struct Cluster {
    dir: tempfile::TempDir,
    pg_ctl: PathBuf,
    /// `runuser -u postgres --` when running as root (initdb refuses root).
    prefix: Vec<String>,
}

/// Finds a Postgres binary: `$PG_BIN/NAME`, /usr/local/bin, /usr/lib/postgresql/*/bin, PATH.
fn pg_binary(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PG_BIN")
        .map(PathBuf::from)
        .into_iter()
        .collect();
    dirs.push("/usr/local/bin".into());
    if let Ok(rd) = std::fs::read_dir("/usr/lib/postgresql") {
        let mut v: Vec<PathBuf> = rd.flatten().map(|e| e.path().join("bin")).collect();
        v.sort();
        dirs.extend(v.into_iter().rev());
    }
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

fn output(cmd: &mut Command) -> Result<String, String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?}: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

impl Cluster {
    /// Starts a cluster, or says why it cannot (the caller skips).
    fn start() -> Result<Cluster, String> {
        let initdb = pg_binary("initdb").ok_or("initdb not found")?;
        let pg_ctl = pg_binary("pg_ctl").ok_or("pg_ctl not found")?;
        let root = output(Command::new("id").arg("-u"))
            .map(|u| u == "0")
            .unwrap_or(false);
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let mut prefix = Vec::new();
        if root {
            output(Command::new("id").args(["-u", "postgres"]))
                .map_err(|_| "running as root and there is no postgres user for initdb")?;
            output(
                Command::new("chown")
                    .args(["-R", "postgres"])
                    .arg(dir.path()),
            )?;
            prefix = ["runuser", "-u", "postgres", "--"]
                .map(String::from)
                .to_vec();
        }
        let cluster = Cluster {
            dir,
            pg_ctl,
            prefix,
        };
        let data = cluster.data();
        cluster.run(
            &initdb,
            &[
                "-D",
                &data,
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
        )?;
        let opts = format!(
            "-k {} -c listen_addresses='' -p 5432 -c fsync=off",
            cluster.socket_dir().display()
        );
        let log = cluster.dir.path().join("log").display().to_string();
        cluster.run(
            &cluster.pg_ctl,
            &[
                "-D", &data, "-l", &log, "-o", &opts, "-w", "-t", "60", "start",
            ],
        )?;
        Ok(cluster)
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn socket_dir(&self) -> &Path {
        self.dir.path()
    }

    fn run(&self, bin: &Path, args: &[&str]) -> Result<String, String> {
        let mut cmd = match self.prefix.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg(bin);
                c
            }
            None => Command::new(bin),
        };
        output(cmd.args(args))
    }

    fn url(&self, db: &str) -> String {
        format!(
            "host={} port=5432 user=postgres dbname={db}",
            self.socket_dir().display()
        )
    }

    /// A new, empty database.
    fn database(&self, name: &str) -> String {
        let mut c = postgres::Client::connect(&self.url("postgres"), postgres::NoTls).unwrap();
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        self.url(name)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.data();
        let _ = self.run(&self.pg_ctl, &["-D", &data, "-m", "immediate", "stop"]);
    }
}

#[test]
fn the_checks_hold_for_the_embedded_store() {
    for (name, check) in checks::ALL {
        println!("embedded: {name}");
        let dir = tempfile::tempdir().unwrap();
        check(&EmbeddedStore::open(dir.path()).unwrap());
    }
}

#[test]
fn the_checks_hold_for_the_postgres_store() {
    let cluster = match Cluster::start() {
        Ok(c) => c,
        Err(why) => {
            println!("skipping the Postgres tests: {why}");
            return;
        }
    };
    for (i, (name, check)) in checks::ALL.iter().enumerate() {
        println!("postgres: {name}");
        let url = cluster.database(&format!("check_{i}"));
        check(&PostgresStore::connect(&url).unwrap());
    }
    schema_is_versioned(&cluster);
    reconnecting_keeps_the_data(&cluster);
    concurrent_writers_store_each_article_once(&cluster);
    nul_characters_are_stored_as_replacement_characters(&cluster);
    values_too_long_for_an_index_are_stored(&cluster);
    a_closed_connection_is_opened_again(&cluster);
    bad_urls_are_user_errors();
}

fn schema_is_versioned(cluster: &Cluster) {
    let url = cluster.database("versioned");
    drop(PostgresStore::connect(&url).unwrap());
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let rows: i64 = c
        .query_one("SELECT count(*) FROM schema_version", &[])
        .unwrap()
        .get(0);
    assert_eq!(rows, 1, "one schema_version row");
    let newer = PG_SCHEMA_VERSION + 1;
    c.execute("UPDATE schema_version SET version = $1", &[&newer])
        .unwrap();
    match PostgresStore::connect(&url) {
        Err(StoreError::SchemaVersion {
            found, expected, ..
        }) => {
            assert_eq!((found, expected), (newer, PG_SCHEMA_VERSION));
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("a newer schema was opened"),
    }
    let msg = PostgresStore::connect(&url).err().unwrap().to_string();
    assert!(
        msg.contains("schema version") && msg.contains("/versioned"),
        "{msg}"
    );
    // A database with tables of ours but no version row is not taken over either.
    let foreign = cluster.database("unversioned");
    let mut c = postgres::Client::connect(&foreign, postgres::NoTls).unwrap();
    c.batch_execute("CREATE TABLE articles (x int)").unwrap();
    assert!(matches!(
        PostgresStore::connect(&foreign),
        Err(StoreError::SchemaVersion { found: 0, .. })
    ));
}

fn reconnecting_keeps_the_data(cluster: &Cluster) {
    let url = cluster.database("persistent");
    let r = common::record("a.txt", "2024-01-01", "Kept", &common::body(9), vec![]);
    let id = PostgresStore::connect(&url)
        .unwrap()
        .add_record(&r)
        .unwrap()
        .id()
        .unwrap();
    let again = PostgresStore::connect(&url).unwrap();
    assert_eq!(again.stats().unwrap().articles, 1);
    assert_eq!(again.article(id).unwrap().unwrap().record, r);
    assert_eq!(again.search("kept", 10, 0).unwrap().total, 1);
}

fn concurrent_writers_store_each_article_once(cluster: &Cluster) {
    let url = cluster.database("concurrent");
    let batch: Vec<_> = (0..20)
        .map(|i| {
            common::record(
                &format!("{i}.txt"),
                "2024-01-01",
                "Same",
                &common::body(100 + i),
                vec![common::entity(
                    "e1",
                    corridor_model::EntityType::Organization,
                    "Shared Org",
                )],
            )
        })
        .collect();
    let stores: Vec<PostgresStore> = (0..3)
        .map(|_| PostgresStore::connect(&url).unwrap())
        .collect();
    std::thread::scope(|s| {
        for st in &stores {
            let batch = &batch;
            s.spawn(move || st.add_records(batch).unwrap());
        }
    });
    let stats = stores[0].stats().unwrap();
    assert_eq!(
        (stats.articles, stats.entities, stats.duplicates),
        (20, 1, 0)
    );
}

fn bad_urls_are_user_errors() {
    let e = PostgresStore::connect("postgresql://[::1").err().unwrap();
    assert!(e.is_user_error(), "{e}");
}

fn nul_characters_are_stored_as_replacement_characters(cluster: &Cluster) {
    let url = cluster.database("nul");
    let store = PostgresStore::connect(&url).unwrap();
    let name = "Nul\u{0}Org";
    let mut r = common::record(
        "nul\u{0}.txt",
        "2024-01-01",
        "Title\u{0}",
        &format!("{}\u{0}", common::body(3)),
        vec![common::entity(
            "e1",
            corridor_model::EntityType::Organization,
            name,
        )],
    );
    r.extraction.events.push(common::event(
        corridor_model::EventType::Meeting,
        "2024-01-01",
        None,
        &[name],
    ));
    let id = store.add_record(&r).unwrap().id().unwrap();
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(
        stored.record.article.title.as_deref(),
        Some("Title\u{FFFD}")
    );
    assert_eq!(
        stored.record.article.body.chars().count(),
        r.article.body.chars().count()
    );
    assert_eq!(store.entities("Nul\u{FFFD}Org", None, 5).unwrap().len(), 1);
    let ev = store.events(&Default::default()).unwrap();
    assert!(ev[0].participants[0].entity_id.is_some());
    assert!(matches!(
        store.add_record(&r).unwrap(),
        corridor_store::AddOutcome::Duplicate { .. }
    ));
}

fn values_too_long_for_an_index_are_stored(cluster: &Cluster) {
    use corridor_model::EntityType::*;
    let store = PostgresStore::connect(&cluster.database("long")).unwrap();
    // Incompressible text: Postgres compresses index entries, so repeats would fit.
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let mut noise = |n: usize| -> String {
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                format!("{:016x}", x)
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let long = format!("Very long {}", noise(400));
    let source = format!("{}.txt", noise(400));
    let alias = format!("日本 {}", noise(400));
    let published = noise(400);
    let start = noise(400);
    let mut r = common::record(
        &source,
        &published,
        "Long",
        &common::body(8),
        vec![common::with_aliases(
            common::entity("e1", Organization, &long),
            &[&alias],
        )],
    );
    r.extraction.events.push(common::event(
        corridor_model::EventType::Meeting,
        &start,
        None,
        &[&long],
    ));
    let out = store.add_records(&[r.clone(), r.clone()]).unwrap();
    let id = out[0].id().unwrap();
    assert!(
        matches!(out[1], corridor_store::AddOutcome::Duplicate { .. }),
        "{out:?}"
    );
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(stored.record, r, "the record is kept whole");
    assert_eq!(stored.sources, vec![source], "{:?}", stored.sources.len());
    let found = store.entities("Very long", Some(Organization), 5).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, long.trim());
    let ev = store.events(&Default::default()).unwrap();
    assert_eq!(ev[0].participants[0].entity_id, Some(found[0].id));
}

fn a_closed_connection_is_opened_again(cluster: &Cluster) {
    let url = cluster.database("reconnect");
    let store = PostgresStore::connect(&url).unwrap();
    let r = common::record("a.txt", "2024-01-01", "Before", &common::body(21), vec![]);
    store.add_record(&r).unwrap();
    let mut admin = postgres::Client::connect(&cluster.url("postgres"), postgres::NoTls).unwrap();
    let killed: i64 = admin
        .query_one(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = 'reconnect') t",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(killed, 1);
    // The first call may meet the server's goodbye; the next one reconnects (and retries).
    let _ = store.stats();
    assert_eq!(store.stats().unwrap().articles, 1);
    let r2 = common::record("b.txt", "2024-01-02", "After", &common::body(22), vec![]);
    assert!(
        store.add_record(&r2).unwrap().id().is_some(),
        "statements are prepared again"
    );
    assert_eq!(store.stats().unwrap().articles, 2);
}

/// Ingest throughput of both stores (`-- --ignored --nocapture`).
#[test]
#[ignore]
fn throughput() {
    let records: Vec<_> = (0..2000)
        .map(|i| {
            let mut r = common::record(
                &format!("{i}.txt"),
                &format!("2024-{:02}-{:02}", i % 12 + 1, i % 28 + 1),
                &format!("Report {i}"),
                &common::body(1000 + i),
                vec![
                    common::entity(
                        "e1",
                        corridor_model::EntityType::Person,
                        &format!("Person Number{}", i % 97),
                    ),
                    common::entity(
                        "e2",
                        corridor_model::EntityType::Organization,
                        &format!("Agency {}", i % 31),
                    ),
                ],
            );
            r.extraction.events.push(common::event(
                corridor_model::EventType::Meeting,
                "2024-01-01",
                None,
                &[&format!("Person Number{}", i % 97)],
            ));
            r
        })
        .collect();
    let time = |label: &str, store: &dyn Store| {
        let t = std::time::Instant::now();
        for chunk in records.chunks(100) {
            store.add_records(chunk).unwrap();
        }
        let ingest = t.elapsed();
        let t = std::time::Instant::now();
        for w in ["corridor", "railway port", "\"unbalanced ("] {
            store.search(w, 10, 0).unwrap();
        }
        println!(
            "{label}: 2000 records in batches of 100: {:.2} s; 3 searches {:.1} ms; {:?}",
            ingest.as_secs_f64(),
            t.elapsed().as_secs_f64() * 1000.0,
            store.stats().unwrap()
        );
    };
    let dir = tempfile::tempdir().unwrap();
    time("embedded", &EmbeddedStore::open(dir.path()).unwrap());
    match Cluster::start() {
        Ok(cluster) => time(
            "postgres",
            &PostgresStore::connect(&cluster.database("bench")).unwrap(),
        ),
        Err(why) => println!("skipping postgres: {why}"),
    }
}
