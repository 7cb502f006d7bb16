//! The web UI end to end in headless Chromium: runs `scripts/e2e.sh` (ingest a few articles, serve,
//! drive search → article → entity → events → network → map with playwright-core, screenshots in
//! `tests/e2e/screenshots/`) against the binary under test.
//!
//! Needs Debian's `chromium` and `tests/e2e/node_modules` (`.ci/run` installs both on a fresh
//! machine); without them the test says so and passes, so `cargo test` works anywhere.

use std::path::Path;
use std::process::Command;

#[test]
fn web_ui_end_to_end_in_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let ready = Path::new("/usr/bin/chromium").exists()
        && root.join("tests/e2e/node_modules/playwright-core").is_dir()
        && Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
    if !ready {
        eprintln!("e2e: skipped (needs /usr/bin/chromium, node and tests/e2e/node_modules; .ci/run installs them)");
        return;
    }
    let out = Command::new("bash")
        .arg(root.join("scripts/e2e.sh"))
        .env("CORRIDOR_BIN", env!("CARGO_BIN_EXE_corridor"))
        .current_dir(&root)
        .output()
        .expect("bash runs scripts/e2e.sh");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "scripts/e2e.sh failed:\n{log}");
}
