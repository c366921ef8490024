//! Shared by the crash and concurrency tests: a writer that runs in a child process (the test
//! executable itself, re-launched on one test), and the checks made on the database afterwards.
//!
//! The writer saves increasing counters into one section of one plan and prints each counter
//! only after its commit returned, so the parent knows exactly which writes were acknowledged.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use boussole_core::plan::{Budget, Language, Plan, PlanId, PlanSection};
use boussole_core::usecases::{self, Library};
use boussole_core::Error;
use chrono::NaiveDate;
use rusqlite::Connection;

/// The data folder the writer opens; the writer test does nothing when it is not set.
const DIR_ENV: &str = "BOUSSOLE_WRITER_DIR";
/// The company name of the plan the writer saves into (created when missing).
const PLAN_ENV: &str = "BOUSSOLE_WRITER_PLAN";
/// The section the counters go into: "notes" or "budget" (the budget's notes).
const SECTION_ENV: &str = "BOUSSOLE_WRITER_SECTION";
/// How long the writer runs before exiting on its own; without it, it runs until killed.
const FOR_MS_ENV: &str = "BOUSSOLE_WRITER_FOR_MS";

/// What the writer prints before each acknowledged counter; nothing else the harness prints
/// contains it, so it is found even when the harness shares the line.
const ACK: &str = "ack:";
/// What the writer prints when a save was refused because the database was busy.
const BUSY: &str = "busy:";
/// What the writer prints just before each save starts.
const SAVING: &str = "saving:";

/// The section a writer saves counters into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Notes,
    BudgetNotes,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Notes => "notes",
            Target::BudgetNotes => "budget",
        }
    }

    fn parse(name: &str) -> Target {
        match name {
            "notes" => Target::Notes,
            "budget" => Target::BudgetNotes,
            other => panic!("unknown writer section {other:?}"),
        }
    }

    fn section(self, counter: u64) -> PlanSection {
        match self {
            Target::Notes => PlanSection::Notes(counter.to_string()),
            Target::BudgetNotes => PlanSection::Budget(Budget {
                envelope: None,
                notes: counter.to_string(),
            }),
        }
    }

    /// The counter a plan holds in this section; 0 before the first write.
    fn read(self, plan: &Plan) -> u64 {
        let text = match self {
            Target::Notes => &plan.notes,
            Target::BudgetNotes => &plan.budget.notes,
        };
        text.parse().unwrap_or(0)
    }
}

/// Not a test of its own: the body of the child process the crash and concurrency tests start.
/// Without `BOUSSOLE_WRITER_DIR` it returns at once.
#[test]
fn writer_process() {
    let Ok(dir) = std::env::var(DIR_ENV) else {
        return;
    };
    let name = std::env::var(PLAN_ENV).expect("the plan to write into");
    let target = Target::parse(&std::env::var(SECTION_ENV).expect("the section to write into"));
    let until = std::env::var(FOR_MS_ENV)
        .ok()
        .map(|ms| Instant::now() + Duration::from_millis(ms.parse().expect("a duration in ms")));

    let lib = Library::open(Path::new(&dir), today()).expect("the library opens");
    let id = match find_plan(&lib, &name) {
        Some(id) => id,
        None => lib
            .create(&example_named(&name), None, today())
            .expect("the plan is created"),
    };
    let mut counter = target.read(&lib.plan(id).expect("the plan reads").plan) + 1;
    let mut out = std::io::stdout().lock();
    while until.is_none_or(|u| Instant::now() < u) {
        writeln!(out, "{SAVING}{counter}")
            .and_then(|()| out.flush())
            .expect("the start is printed");
        match lib.save_section(id, target.section(counter), today(), Language::Fr) {
            Ok(_) => {
                writeln!(out, "{ACK}{counter}")
                    .and_then(|()| out.flush())
                    .expect("the ack is printed");
                counter += 1;
            }
            // The UI saves again on the next keystroke; the writer retries the same counter.
            Err(e) if is_busy(&e) => {
                writeln!(out, "{BUSY}{counter}")
                    .and_then(|()| out.flush())
                    .expect("the refusal is printed");
                std::thread::sleep(Duration::from_millis(1));
            }
            Err(e) => panic!("the save of {counter} failed: {e}"),
        }
    }
}

/// Whether a save was refused because another process held the database.
fn is_busy(e: &Error) -> bool {
    matches!(e, Error::Db(rusqlite::Error::SqliteFailure(f, _)) if f.code == rusqlite::ErrorCode::DatabaseBusy)
}

/// The date the writers and checks run on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The library of a data folder, as the app and the CLI open it.
#[allow(dead_code)] // The crash test opens it itself, to say which cycle failed.
pub fn library(dir: &Path) -> Library {
    Library::open(dir, today()).expect("the library opens")
}

/// The example plan under another company name.
pub fn example_named(name: &str) -> Plan {
    let mut plan = boussole_core::seed::example_plan(2027);
    plan.company.name = name.to_string();
    plan
}

fn find_plan(lib: &Library, name: &str) -> Option<PlanId> {
    let listed = lib.list().expect("the library lists");
    listed
        .into_iter()
        .find(|s| s.company_name == name)
        .map(|s| s.id)
}

/// The counter stored in a plan's section, or `None` when the plan does not exist (yet).
pub fn stored_counter(lib: &Library, name: &str, target: Target) -> Option<u64> {
    let id = find_plan(lib, name)?;
    Some(target.read(&lib.plan(id).expect("the stored plan reads back").plan))
}

/// SQLite's full structural check of the database file of `dir`: "ok" when nothing is damaged.
pub fn integrity_check(dir: &Path) -> String {
    let conn = Connection::open(usecases::database_file(dir)).expect("the database opens");
    let mut stmt = conn
        .prepare("PRAGMA integrity_check")
        .expect("integrity_check prepares");
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .expect("integrity_check runs");
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .expect("integrity_check reads")
        .join("; ")
}

/// A writer running in a child process, with what it prints read as it comes.
pub struct Writer {
    child: Child,
    lines: Receiver<Line>,
    reader: Option<JoinHandle<()>>,
    last_ack: Option<u64>,
    received: usize,
    busy: usize,
    in_save: bool,
}

/// A line the writer printed.
#[derive(Debug, Clone, Copy)]
enum Line {
    Saving,
    Ack(u64),
    Busy,
}

/// How a writer ended.
pub struct Ended {
    pub status: ExitStatus,
    /// The last counter whose commit returned before the process ended.
    pub last_ack: Option<u64>,
    pub acks: usize,
    /// Saves refused because the other process held the database (each retried).
    pub busy: usize,
    /// Whether the process ended inside a save: started, neither acknowledged nor refused.
    pub in_save: bool,
    pub stderr: String,
}

impl Writer {
    /// Starts the test executable as a writer into `target` of the plan named `plan`.
    pub fn spawn(dir: &Path, plan: &str, target: Target, run_for: Option<Duration>) -> Writer {
        let mut command = Command::new(std::env::current_exe().expect("the test executable"));
        command
            .args([
                "--exact",
                "support::writer_process",
                "--nocapture",
                "--test-threads=1",
                "-q",
            ])
            .env(DIR_ENV, dir)
            .env(PLAN_ENV, plan)
            .env(SECTION_ENV, target.name())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(d) = run_for {
            command.env(FOR_MS_ENV, d.as_millis().to_string());
        }
        let mut child = command.spawn().expect("the writer starts");
        let stdout = child.stdout.take().expect("the writer's stdout");
        let (tx, lines) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout)
                .lines()
                .map_while(std::io::Result::ok)
            {
                for word in line.split_whitespace() {
                    let parsed = if let Some(n) = word.strip_prefix(ACK) {
                        n.parse().ok().map(Line::Ack)
                    } else if word.starts_with(BUSY) {
                        Some(Line::Busy)
                    } else if word.starts_with(SAVING) {
                        Some(Line::Saving)
                    } else {
                        None
                    };
                    if parsed.is_some_and(|l| tx.send(l).is_err()) {
                        return;
                    }
                }
            }
        });
        Writer {
            child,
            lines,
            reader: Some(reader),
            last_ack: None,
            received: 0,
            busy: 0,
            in_save: false,
        }
    }

    /// Waits until `n` more writes were acknowledged; false if the writer stopped first or
    /// `timeout` passed.
    pub fn wait_for_acks(&mut self, n: usize, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let wanted = self.received + n;
        while self.received < wanted {
            match self
                .lines
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(line) => self.record(line),
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return false,
            }
        }
        true
    }

    fn record(&mut self, line: Line) {
        self.in_save = matches!(line, Line::Saving);
        match line {
            Line::Saving => {}
            Line::Ack(counter) => {
                self.last_ack = Some(counter);
                self.received += 1;
            }
            Line::Busy => self.busy += 1,
        }
    }

    /// Kills the writer with SIGKILL (no chance to clean up), then collects what it acknowledged.
    pub fn kill(mut self) -> Ended {
        // An error here means it had already exited, which `finish` reports through the status.
        let _ = self.child.kill();
        self.finish()
    }

    /// Waits for the writer to exit, then collects what it acknowledged.
    pub fn finish(mut self) -> Ended {
        let status = self.child.wait().expect("the writer is reaped");
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the ack reader ends");
        }
        while let Ok(line) = self.lines.try_recv() {
            self.record(line);
        }
        let mut stderr = String::new();
        if let Some(mut err) = self.child.stderr.take() {
            err.read_to_string(&mut stderr)
                .expect("the writer's stderr");
        }
        Ended {
            status,
            last_ack: self.last_ack,
            acks: self.received,
            busy: self.busy,
            in_save: self.in_save,
            stderr,
        }
    }
}
