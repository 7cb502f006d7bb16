//! Runs a command over a corpus, pinned to one core, and measures its wall time and peak memory.

use std::process::{Command, Stdio};
use std::time::Instant;

/// What one measured run cost.
#[derive(Debug, Clone, Copy)]
pub struct Cost {
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Peak resident set size of the process, in bytes.
    pub peak_rss: u64,
    /// Whether it exited with status 0.
    pub success: bool,
}

/// Runs `argv` (pinned to CPU 0 with `taskset` when available), its standard output sent to
/// `stdout_to` (or discarded), and returns its cost.
pub fn run(argv: &[String], stdout_to: Option<&std::path::Path>, pin: bool) -> anyhow::Result<Cost> {
    anyhow::ensure!(!argv.is_empty(), "nothing to run");
    let mut cmd = if pin && which("taskset") {
        let mut c = Command::new("taskset");
        c.arg("-c").arg("0").args(argv);
        c
    } else {
        let mut c = Command::new(&argv[0]);
        c.args(&argv[1..]);
        c
    };
    match stdout_to {
        Some(p) => cmd.stdout(std::fs::File::create(p)?),
        None => cmd.stdout(Stdio::null()),
    };
    cmd.stderr(Stdio::null());
    let start = Instant::now();
    let child = cmd.spawn().map_err(|e| anyhow::anyhow!("cannot start {}: {e}", argv[0]))?;
    let (status, rss) = wait_rusage(child.id() as libc::pid_t)?;
    Ok(Cost { seconds: start.elapsed().as_secs_f64(), peak_rss: rss, success: status == 0 })
}

/// Waits for `pid` and returns its exit status and peak RSS in bytes (Linux reports KiB).
fn wait_rusage(pid: libc::pid_t) -> anyhow::Result<(i32, u64)> {
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it for the child we spawned.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, status and usage point to live locals.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    anyhow::ensure!(r == pid, "wait4 failed: {}", std::io::Error::last_os_error());
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { -1 };
    Ok((code, usage.ru_maxrss as u64 * 1024))
}

/// Whether `program` is on the PATH.
pub fn which(program: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
        .unwrap_or(false)
}
