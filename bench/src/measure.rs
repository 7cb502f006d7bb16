//! Runs a command over a corpus, pinned to one core, and measures its wall time, CPU time and peak
//! memory (from `wait4`'s resource usage of the child).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// What one measured run cost.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cost {
    /// Wall-clock seconds.
    pub seconds: f64,
    /// User plus system CPU seconds of the child and the children it waited for. On a shared
    /// machine this is steadier than the wall time.
    pub cpu_seconds: f64,
    /// Peak resident set size of the process (the largest of its waited-for descendants), in bytes.
    pub peak_rss: u64,
    /// Whether it exited with status 0.
    pub success: bool,
}

impl Cost {
    /// Items per second of wall time.
    pub fn rate(&self, items: f64) -> f64 {
        items / self.seconds.max(1e-9)
    }
}

/// Where a measured command's output goes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sinks<'a> {
    /// Standard output to this file (discarded when `None`).
    pub stdout: Option<&'a Path>,
    /// Standard error to this file (discarded when `None`).
    pub stderr: Option<&'a Path>,
}

/// The command line that runs `argv`, pinned to CPU 0 with `taskset` when `pin` and `taskset` is
/// installed.
pub fn command_line(argv: &[String], pin: bool) -> Vec<String> {
    if pin && which("taskset") {
        let mut v = vec!["taskset".to_string(), "-c".to_string(), "0".to_string()];
        v.extend(argv.iter().cloned());
        v
    } else {
        argv.to_vec()
    }
}

/// Runs `argv` (pinned to CPU 0 when `pin`), its outputs sent to `sinks`, and returns its cost.
pub fn run(argv: &[String], sinks: Sinks<'_>, pin: bool) -> anyhow::Result<Cost> {
    anyhow::ensure!(!argv.is_empty(), "nothing to run");
    let line = command_line(argv, pin);
    let mut cmd = Command::new(&line[0]);
    cmd.args(&line[1..]).stdin(Stdio::null());
    match sinks.stdout {
        Some(p) => cmd
            .stdout(std::fs::File::create(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?),
        None => cmd.stdout(Stdio::null()),
    };
    match sinks.stderr {
        Some(p) => cmd
            .stderr(std::fs::File::create(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?),
        None => cmd.stderr(Stdio::null()),
    };
    let start = Instant::now();
    let child = cmd
        .spawn()
        .map_err(|e| anyhow::anyhow!("cannot start {}: {e}", line[0]))?;
    let (status, usage) = wait_rusage(child.id() as libc::pid_t)?;
    let seconds = start.elapsed().as_secs_f64();
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok(Cost {
        seconds,
        cpu_seconds: tv(usage.ru_utime) + tv(usage.ru_stime),
        // Linux reports KiB.
        peak_rss: usage.ru_maxrss.max(0) as u64 * 1024,
        success: status == 0,
    })
}

/// Waits for `pid` and returns its exit status (-1 when killed by a signal) and resource usage.
fn wait_rusage(pid: libc::pid_t) -> anyhow::Result<(i32, libc::rusage)> {
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it for the child we spawned.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: pid is our own child, status and usage point to live locals.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        anyhow::ensure!(
            err.kind() == std::io::ErrorKind::Interrupted,
            "wait4 failed: {err}"
        );
    }
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    Ok((code, usage))
}

/// Whether `program` is on the PATH.
pub fn which(program: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
        .unwrap_or(false)
}

/// The processing seconds the Python pipeline reports on standard error (`peer: N inputs, C body
/// chars in S s`), which leave out its model loading.
pub fn peer_seconds(stderr: &str) -> Option<f64> {
    let line = stderr.lines().rev().find(|l| l.starts_with("peer: "))?;
    let (_, rest) = line.rsplit_once(" in ")?;
    rest.trim()
        .strip_suffix(" s")?
        .trim()
        .parse()
        .ok()
        .filter(|s: &f64| s.is_finite() && *s >= 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_exit_status_and_memory() {
        let ok = run(&["true".to_string()], Sinks::default(), false).unwrap();
        assert!(ok.success);
        assert!(ok.peak_rss > 0, "{ok:?}");
        let bad = run(&["false".to_string()], Sinks::default(), false).unwrap();
        assert!(!bad.success);
        assert!(run(&[], Sinks::default(), false).is_err());
        assert!(run(
            &["/nonexistent/corridor-bench-x".to_string()],
            Sinks::default(),
            false
        )
        .is_err());
    }

    #[test]
    fn a_bigger_allocation_shows_in_peak_rss() {
        // `head -c` into a shell variable keeps ~64 MB resident in the shell.
        let script = "x=$(head -c 64000000 /dev/zero | tr '\\0' a); echo ${#x}".to_string();
        let c = run(&["sh".into(), "-c".into(), script], Sinks::default(), false).unwrap();
        assert!(c.success);
        assert!(c.peak_rss > 60_000_000, "{c:?}");
    }

    #[test]
    fn pinning_prefixes_taskset_only_when_asked() {
        let argv = vec!["echo".to_string(), "hi".to_string()];
        assert_eq!(command_line(&argv, false), argv);
        if which("taskset") {
            assert_eq!(command_line(&argv, true)[..3], ["taskset", "-c", "0"]);
        }
    }

    #[test]
    fn peer_seconds_cases() {
        let cases: &[(&str, Option<f64>)] = &[
            ("peer: 25 inputs, 51234 body chars in 2.07 s\n", Some(2.07)),
            (
                "warning: x\npeer: 1 inputs, 0 body chars in 0.00 s",
                Some(0.0),
            ),
            ("peer: 3 inputs in abc s", None),
            ("nothing here", None),
            ("peer: 3 inputs, 9 body chars in -1 s", None),
        ];
        for (text, want) in cases {
            assert_eq!(peer_seconds(text), *want, "{text:?}");
        }
    }
}
