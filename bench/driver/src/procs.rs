//! Processes: the private display and bus, stopping a window and its WebKit processes, reading memory
//! and the load average from /proc.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// What a desktop session gives an app: a private X display (Xvfb) and a private D-Bus session
/// bus (Boussole looks for its running window through it: single instance per data folder).
/// Both are stopped on drop.
pub struct Desktop {
    xvfb: Child,
    bus: Child,
    /// The `DISPLAY` value, e.g. ":3".
    pub display: String,
    /// The `DBUS_SESSION_BUS_ADDRESS` value.
    pub bus_address: String,
}

/// Starts a daemon that prints one line (its display or address) and returns it with that line.
fn start_printing(program: &str, args: &[&str]) -> (Child, String) {
    let mut child = Command::new(program)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} does not start (bench/run.sh installs it): {e}"));
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("the piped stdout"))
        .read_line(&mut line)
        .unwrap_or_else(|e| panic!("{program} prints nothing: {e}"));
    (child, line.trim().to_string())
}

impl Desktop {
    /// Starts Xvfb on a free display number, at the size of Boussole's window, and the bus.
    pub fn start() -> Desktop {
        let (xvfb, number) = start_printing(
            "Xvfb",
            &[
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ],
        );
        let (bus, bus_address) = start_printing(
            "dbus-daemon",
            &["--session", "--nofork", "--print-address=1"],
        );
        Desktop {
            xvfb,
            bus,
            display: format!(":{number}"),
            bus_address,
        }
    }

    /// Points a command at this display and bus.
    pub fn apply<'c>(&self, command: &'c mut Command) -> &'c mut Command {
        command
            .env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus_address)
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        terminate(&mut self.bus);
        terminate(&mut self.xvfb);
    }
}

fn signal(pid: u32, name: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .stderr(Stdio::null())
        .status();
}

fn alive(pid: u32) -> bool {
    // A zombie still has a /proc entry; its state letter is Z.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| stat_fields(&s).first().is_some_and(|state| *state != "Z"))
        .unwrap_or(false)
}

/// The fields of /proc/PID/stat after the command name: state, ppid, ...
fn stat_fields(stat: &str) -> Vec<&str> {
    stat.rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default()
}

/// Stops a child with SIGTERM (SIGKILL after 5 s) and reaps it. SIGTERM first: a killed
/// WebKitWebDriver orphans the app it launched.
pub fn terminate(child: &mut Child) {
    signal(child.id(), "TERM");
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Stops a launched window and waits until its WebKit processes are gone too, so that one run
/// does not overlap the next.
pub fn terminate_tree(child: &mut Child) {
    let family = descendants(child.id());
    terminate(child);
    let deadline = Instant::now() + Duration::from_secs(5);
    while family.iter().any(|&pid| alive(pid)) {
        if Instant::now() > deadline {
            family.iter().for_each(|&pid| signal(pid, "KILL"));
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Every process below `root` (children, grandchildren...), from the parent ids in /proc.
pub fn descendants(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<u32>().ok())
            else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            if let Some(ppid) = stat_fields(&stat)
                .get(1)
                .and_then(|p| p.parse::<u32>().ok())
            {
                parents.push((pid, ppid));
            }
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, ppid)| *ppid == parent)
                .map(|(pid, _)| *pid),
        );
        i += 1;
    }
    found.remove(0);
    found
}

/// The process below `root` running the executable `exe`.
pub fn find_below(root: u32, exe: &Path) -> Option<u32> {
    let exe = exe.canonicalize().ok()?;
    descendants(root)
        .into_iter()
        .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|p| p == exe))
}

/// Memory of one process, in KiB.
pub struct Memory {
    pub name: String,
    /// Resident set size (shared pages counted in full by each process).
    pub rss: u64,
    /// Proportional set size (shared pages divided between the processes sharing them).
    pub pss: u64,
}

fn kib(text: &str, field: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// The memory of `pid` and of every process below it (the WebKit web and network processes).
pub fn tree_memory(pid: u32) -> Vec<Memory> {
    std::iter::once(pid)
        .chain(descendants(pid))
        .filter_map(|pid| {
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
            let rollup =
                std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
            Some(Memory {
                name: status
                    .lines()
                    .find_map(|l| l.strip_prefix("Name:"))
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
                rss: kib(&status, "VmRSS:"),
                pss: kib(&rollup, "Pss:"),
            })
        })
        .collect()
}

/// The load average over 1, 5 and 15 minutes, e.g. "2.10 1.80 1.50".
pub fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
