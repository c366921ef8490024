//! The real window driven through WebKitWebDriver, as in the end-to-end tests
//! (`tests/support/mod.rs`): the driver launches the app binary with our arguments, and scripts
//! run inside the page, where they time `invoke` calls with `performance.now()`.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::Value;

use crate::procs::{self, Desktop};

/// A running WebKitWebDriver; one app window per session.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    pub fn start(desktop: &Desktop) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free local port");
        let child = desktop
            .apply(&mut Command::new("WebKitWebDriver"))
            .arg(format!("--port={port}"))
            .arg("--host=127.0.0.1")
            // Without it the session never starts.
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("WebKitWebDriver starts (bench/run.sh installs it)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "WebKitWebDriver does not listen");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }

    /// The driver's process id: the app window runs below it.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Launches `app --data-dir DATA` in a new session and waits for the plan library.
    pub async fn launch(&self, app: &Path, data_dir: &Path) -> Session {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "webkitgtk:browserOptions".into(),
            serde_json::json!({
                "binary": app,
                "args": ["--data-dir", data_dir],
            }),
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
                Err(_) if attempt >= 3 => panic!("no WebDriver session after three tries"),
                _ => eprintln!("WebDriver session attempt {attempt} failed; trying again"),
            }
        };
        // Long timing loops run as one script each.
        client
            .update_timeouts(TimeoutConfiguration::new(
                Some(Duration::from_secs(600)),
                None,
                None,
            ))
            .await
            .expect("set the script timeout");
        let session = Session { client };
        session.wait_for("[data-testid='plan-row']").await;
        session
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        procs::terminate(&mut self.child);
    }
}

/// One app window.
pub struct Session {
    client: Client,
}

/// Helpers every page script can use, prepended to it:
/// - `invoke(cmd, args)`: Tauri's invoke, as the UI's `api/` calls it;
/// - `when(test)`: resolves once `test()` is true, checked after each DOM change;
/// - `layout()`: forces style and layout, so a timing includes them (paint excluded).
const PRELUDE: &str = r#"
const done = arguments[arguments.length - 1];
const invoke = (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args);
const when = (test) => new Promise((resolve, reject) => {
  if (test()) return resolve();
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error("timed out")); }, 60000);
  const observer = new MutationObserver(() => {
    if (test()) { observer.disconnect(); clearTimeout(timer); resolve(); }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
});
const layout = () => document.body.getBoundingClientRect();
"#;

impl Session {
    /// Runs `body`, the body of an async function of the script's arguments (`args`), in the
    /// page, and returns what it returns. A rejection fails the benchmark with its message.
    pub async fn run(&self, body: &str, args: Vec<Value>) -> Value {
        let script = format!(
            "{PRELUDE}\nconst args = Array.from(arguments).slice(0, -1);\n\
             (async () => {{ {body} }})().then(\n\
               (value) => done({{ ok: value }}),\n\
               (e) => done({{ error: e && e.message ? e.message : JSON.stringify(e) }}));"
        );
        let result = self
            .client
            .execute_async(&script, args)
            .await
            .unwrap_or_else(|e| panic!("the page script failed: {e}"));
        if let Some(error) = result.get("error") {
            panic!("the page script failed: {error}");
        }
        result["ok"].clone()
    }

    /// Times `count` sequential invokes of `command` in the page, in milliseconds. `args_js` is
    /// a JavaScript expression of `i` (the call's number) and `args` (the script's arguments).
    /// With `refused`, every call must be refused (and is timed up to the refusal); otherwise
    /// every call must succeed.
    pub async fn time_invokes(
        &self,
        command: &str,
        args_js: &str,
        count: usize,
        args: Vec<Value>,
        refused: bool,
    ) -> Vec<f64> {
        let body = format!(
            "const times = [];\n\
             for (let i = 0; i < {count}; i++) {{\n\
               const callArgs = {args_js};\n\
               let error = null;\n\
               const t0 = performance.now();\n\
               try {{ await invoke({command:?}, callArgs); }} catch (e) {{ error = e; }}\n\
               times.push(performance.now() - t0);\n\
               if ((error !== null) !== {refused}) throw error ?? new Error('the call was not refused');\n\
             }}\n\
             return times;"
        );
        let value = self.run(&body, args).await;
        value
            .as_array()
            .expect("a list of timings")
            .iter()
            .map(|v| v.as_f64().expect("a timing"))
            .collect()
    }

    /// Waits for an element matching a CSS selector.
    pub async fn wait_for(&self, css: &str) {
        self.client
            .wait()
            .at_most(Duration::from_secs(60))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} did not appear: {e}"));
    }

    /// Ends the session, which closes the app.
    pub async fn close(self) {
        self.client.close().await.expect("the session closes");
    }
}
