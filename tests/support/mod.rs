//! The end-to-end harness: a private X display (Xvfb), WebKitWebDriver, and the real Boussole
//! binary launched by it with its own data folder.
//!
//! Where Xvfb or WebKitWebDriver is missing the tests skip, unless `BOUSSOLE_E2E_REQUIRED=1`
//! (set by the README's test command and CI), where a missing tool is a failure.

#![allow(dead_code)] // each test binary uses a different part of the harness

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

/// The app binary under test.
pub const APP: &str = env!("CARGO_BIN_EXE_boussole");

/// Where screenshots go: `docs/screenshots` with `BOUSSOLE_SCREENSHOTS=1`, else under `target/`.
pub fn screenshot_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var("BOUSSOLE_SCREENSHOTS").is_ok_and(|v| v == "1") {
        root.join("docs/screenshots")
    } else {
        root.join("target/screenshots")
    }
}

/// A running display and WebDriver, and the data folder the app will use.
pub struct Harness {
    xvfb: Child,
    driver: Child,
    port: u16,
    /// The X display of the app windows, e.g. ":99".
    pub display: String,
    pub data_dir: tempfile::TempDir,
    // Last field: released after the display and driver are stopped.
    _turn: std::sync::MutexGuard<'static, ()>,
}

/// One app window at a time per test binary: parallel windows on two cores made session
/// start-up slow enough to hang.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

pub fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|p| p.join(tool).is_file()))
        .unwrap_or(false)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

pub fn terminate(child: &mut Child) {
    // SIGTERM, not SIGKILL: a killed WebKitWebDriver orphans the browser, which keeps cargo's
    // output pipe open and hangs the run.
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The date the end-to-end tests run on, for the app and for the CLI they call: the example plan
/// is seeded for its year, and what is due or late depends on it.
pub const TODAY: &str = "2026-12-15";

impl Harness {
    /// Starts Xvfb and WebKitWebDriver on [`TODAY`], or returns None (skip) when they are not
    /// installed.
    pub fn start() -> Option<Harness> {
        Harness::start_on(TODAY)
    }

    /// Starts Xvfb and WebKitWebDriver with the app's clock set to `today` (YYYY-MM-DD).
    pub fn start_on(today: &str) -> Option<Harness> {
        let required = std::env::var("BOUSSOLE_E2E_REQUIRED").is_ok_and(|v| v == "1");
        for tool in ["Xvfb", "WebKitWebDriver"] {
            if !on_path(tool) {
                assert!(
                    !required,
                    "{tool} is not installed, and end-to-end tests are required here"
                );
                eprintln!("skipping the end-to-end test: {tool} is not installed");
                return None;
            }
        }
        let turn = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        // Inherited by the driver, hence the app, and by every CLI command the test runs; set
        // while this test holds the turn, so no other window test of this binary sees it change.
        std::env::set_var("BOUSSOLE_TODAY", today);
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let mut line = String::new();
        BufReader::new(xvfb.stdout.take().expect("Xvfb's stdout"))
            .read_line(&mut line)
            .expect("Xvfb prints its display");
        let display = format!(":{}", line.trim());
        let data_dir = tempfile::tempdir().expect("a temporary data folder");
        let port = free_port();
        let driver = Command::new("WebKitWebDriver")
            .arg(format!("--port={port}"))
            .arg("--host=127.0.0.1")
            .env("DISPLAY", &display)
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("BOUSSOLE_DATA_DIR", data_dir.path())
            .env("LANG", "fr_FR.UTF-8")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("WebKitWebDriver starts");
        let harness = Harness {
            xvfb,
            driver,
            port,
            display,
            data_dir,
            _turn: turn,
        };
        harness.wait_for_driver();
        Some(harness)
    }

    fn wait_for_driver(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "WebKitWebDriver did not start listening"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Starts the app in a new WebDriver session and waits for its first screen.
    pub async fn launch(&self) -> App {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "webkitgtk:browserOptions".into(),
            serde_json::json!({ "binary": APP, "args": [] }),
        );
        let url = format!("http://127.0.0.1:{}", self.port);
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            let mut builder = ClientBuilder::new(HttpConnector::new());
            builder.capabilities(caps.clone());
            match tokio::time::timeout(Duration::from_secs(30), builder.connect(&url)).await {
                Ok(Ok(client)) => break client,
                Ok(Err(e)) if attempt >= 3 => panic!("no WebDriver session: {e}"),
                Err(_) if attempt >= 3 => panic!("no WebDriver session after three tries of 30 s"),
                _ => eprintln!("WebDriver session attempt {attempt} failed; trying again"),
            }
        };
        let app = App { client };
        app.wait_for("main").await;
        app
    }

    /// Plan `id` as a plan file, exported with the CLI from this harness's data folder: what the
    /// store holds.
    pub fn exported_plan(&self, id: u32) -> serde_json::Value {
        let file = self.data_dir.path().join(format!("exported-{id}.json"));
        let out = Command::new(APP)
            .arg("--data-dir")
            .arg(self.data_dir.path())
            .args(["export", &id.to_string(), "-o"])
            .arg(&file)
            .output()
            .expect("the CLI runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&std::fs::read(&file).expect("the exported file")).expect("JSON")
    }

    /// The text of plan `id`'s PDF roadmap in `lang`, made with the CLI from this harness's data
    /// folder (`pdftotext -layout`), every kind of space as a plain one.
    pub fn pdf_text(&self, id: u32, lang: &str) -> String {
        self.exported_plan(id);
        let file = self.data_dir.path().join(format!("exported-{id}.json"));
        let pdf = self
            .data_dir
            .path()
            .join(format!("roadmap-{id}-{lang}.pdf"));
        let out = Command::new(APP)
            .arg("pdf")
            .arg(&file)
            .arg("-o")
            .arg(&pdf)
            .args(["--lang", lang])
            .output()
            .expect("the CLI runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = Command::new("pdftotext")
            .args(["-layout"])
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext runs");
        String::from_utf8_lossy(&text.stdout).replace(['\u{a0}', '\u{202f}'], " ")
    }

    /// The database file of this harness's data folder.
    pub fn db_path(&self) -> PathBuf {
        self.data_dir.path().join("boussole.sqlite3")
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        terminate(&mut self.driver);
        terminate(&mut self.xvfb);
    }
}

/// Asks the top-level window titled `title` on X display `display` to close, as a window
/// manager does when the owner clicks the title bar's ×: a WM_DELETE_WINDOW message, which the
/// app receives as a close request (WebDriver can only destroy a window, not ask it to close).
pub fn close_window(display: &str, title: &str) {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{AtomEnum, ClientMessageEvent, ConnectionExt as _, EventMask};

    let (conn, screen) = x11rb::connect(Some(display)).expect("connect to the X display");
    let root = conn.setup().roots[screen].root;
    let atom = |name: &str| {
        conn.intern_atom(false, name.as_bytes())
            .expect("ask for an atom")
            .reply()
            .expect("an atom")
            .atom
    };
    let (protocols, delete) = (atom("WM_PROTOCOLS"), atom("WM_DELETE_WINDOW"));
    let named = |window: u32| {
        conn.get_property(false, window, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 256)
            .ok()
            .and_then(|cookie| cookie.reply().ok())
            .is_some_and(|p| p.value == title.as_bytes())
    };
    let children = conn
        .query_tree(root)
        .expect("ask for the windows")
        .reply()
        .expect("the windows")
        .children;
    let window = children
        .into_iter()
        .find(|&w| named(w))
        .unwrap_or_else(|| panic!("no window titled {title} on {display}"));
    let event = ClientMessageEvent::new(
        32,
        window,
        protocols,
        [delete, x11rb::CURRENT_TIME, 0, 0, 0],
    );
    conn.send_event(false, window, EventMask::NO_EVENT, event)
        .expect("send the close request");
    // A round trip before hanging up: the server has then handled the request.
    conn.get_input_focus()
        .expect("send the close request")
        .reply()
        .expect("the X server handles the close request");
}

/// One running app window, driven through WebDriver.
pub struct App {
    pub client: Client,
}

/// How long a UI change may take to appear.
const UI_TIMEOUT: Duration = Duration::from_secs(15);

/// The wizard's views in the order of the side list: "This month", the ten steps, the summary.
pub const VIEWS: [&str; 12] = [
    "month",
    "company",
    "diagnostic",
    "review",
    "targets",
    "positioning",
    "objectives",
    "mix",
    "actions",
    "budget",
    "kpis",
    "summary",
];

/// The ten steps and the summary: the views but "This month".
pub const STEP_VIEWS: &[&str] = VIEWS.split_at(1).1;

impl App {
    /// Opens a view of the wizard from the side list and waits for it.
    pub async fn open_view(&self, view: &str) {
        self.click(&format!("step-{view}")).await;
        self.by_id(&format!("view-{view}")).await;
    }

    /// Waits for an element matching a CSS selector.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(UI_TIMEOUT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
    }

    /// Waits for the element with `data-testid` = `id`.
    pub async fn by_id(&self, id: &str) -> fantoccini::elements::Element {
        self.wait_for(&format!("[data-testid='{id}']")).await
    }

    /// Clicks the element with `data-testid` = `id`.
    pub async fn click(&self, id: &str) {
        self.by_id(id)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {id}: {e}"));
    }

    /// Replaces the text of an input, as a user selecting all and typing would.
    pub async fn type_into(&self, id: &str, text: &str) {
        let input = self.by_id(id).await;
        input.click().await.expect("focus the input");
        // WebKitWebDriver now and then fails to read a field's editable state while the page
        // re-renders ("Could not parse element editable state"): one more try after a pause.
        if input.clear().await.is_err() {
            tokio::time::sleep(Duration::from_millis(300)).await;
            input.clear().await.expect("clear the input");
        }
        input.send_keys(text).await.expect("type into the input");
    }

    /// Chooses an option of the select with `data-testid` = `id`, as a user would.
    pub async fn select(&self, id: &str, value: &str) {
        let select = self.by_id(id).await;
        select
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("cannot choose {value} in {id}: {e}"));
    }

    /// Polls a JavaScript expression until it returns true.
    pub async fn until(&self, what: &str, js: &str) {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            let value = self
                .client
                .execute(&format!("return ({js});"), vec![])
                .await
                .expect("script runs");
            if value == serde_json::Value::Bool(true) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The value of an input.
    pub async fn value_of(&self, id: &str) -> String {
        self.by_id(id)
            .await
            .prop("value")
            .await
            .expect("read the value")
            .unwrap_or_default()
    }

    /// The visible text of the whole page.
    pub async fn page_text(&self) -> String {
        self.wait_for("body").await.text().await.unwrap_or_default()
    }

    /// Saves a screenshot of the window as PNG.
    pub async fn screenshot(&self, path: &Path) {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the screenshot folder");
        std::fs::write(path, png).expect("write the screenshot");
    }

    /// Types into the element with `data-testid` = `id`, then presses Enter.
    pub async fn type_and_enter(&self, id: &str, text: &str) {
        self.type_into(id, &format!("{text}\u{E007}")).await;
    }

    /// Sets the value of a date field ("YYYY-MM-DD", or "" to clear it) as the browser's date
    /// picker does, then sends the input and change events: WebDriver cannot type in a
    /// locale-formatted date field reliably.
    pub async fn set_date(&self, id: &str, date: &str) {
        self.by_id(id).await;
        let script = "const e = document.querySelector(`[data-testid='${arguments[0]}']`); e.value = arguments[1]; \
                      e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true }));";
        self.client
            .execute(script, vec![id.into(), date.into()])
            .await
            .unwrap_or_else(|e| panic!("cannot set the date of {id}: {e}"));
    }

    /// How many elements match a CSS selector.
    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .map(|found| found.len())
            .unwrap_or(0)
    }

    /// Waits until every edit is saved (the save mark says so).
    pub async fn wait_saved(&self) {
        self.until(
            "the saved mark",
            "document.querySelector('[data-testid=save-status]')?.dataset.state === 'saved'",
        )
        .await;
    }

    /// Ends the session, which closes the app.
    pub async fn quit(self) {
        self.client.close().await.expect("the session closes");
    }
}

/// A private D-Bus session bus, as a desktop session has: the app finds its running window
/// through it.
pub struct SessionBus {
    daemon: Child,
    pub address: String,
}

impl SessionBus {
    /// Starts `dbus-daemon --session`, or returns None (skip) when it is not installed.
    pub fn start() -> Option<SessionBus> {
        if !on_path("dbus-daemon") {
            assert!(
                !std::env::var("BOUSSOLE_E2E_REQUIRED").is_ok_and(|v| v == "1"),
                "dbus-daemon is not installed, and end-to-end tests are required here"
            );
            eprintln!("skipping: dbus-daemon is not installed");
            return None;
        }
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon starts");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().expect("dbus-daemon's stdout"))
            .read_line(&mut address)
            .expect("dbus-daemon prints its address");
        Some(SessionBus {
            daemon,
            address: address.trim().to_string(),
        })
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        terminate(&mut self.daemon);
    }
}

/// The app started as a user would (no WebDriver), watched through the lines it prints with
/// `BOUSSOLE_REPORT_READY` set.
pub struct Watched {
    pub child: Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Watched {
    pub fn start(display: &str, data_dir: &Path, bus: &SessionBus) -> Watched {
        let mut child = Command::new(APP)
            .env("DISPLAY", display)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("BOUSSOLE_DATA_DIR", data_dir)
            .env("BOUSSOLE_REPORT_READY", "1")
            .env("LANG", "fr_FR.UTF-8")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the app starts");
        let stdout = child.stdout.take().expect("the app's stdout");
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        Watched { child, lines }
    }

    /// Waits until the app prints `wanted`; false if it did not within `timeout`.
    pub fn printed(&self, wanted: &str, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while let Ok(line) = self
            .lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            if line == wanted {
                return true;
            }
        }
        false
    }

    /// Waits for the process to exit by itself; None if it still runs after `timeout`.
    pub fn exited(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Watched {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            terminate(&mut self.child);
        }
    }
}
