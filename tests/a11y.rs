//! End to end: accessibility checked in the real window, not assumed.
//!
//! axe-core (an npm devDependency of the UI, never bundled into the app: its CSP would refuse
//! it) is read from `ui/node_modules/axe-core/axe.min.js` at run time and injected through
//! WebDriver's execute-script into the running window. In one window session, every screen
//! (library, new-plan, PDF and renewal dialogs, "what we check", backups) and every view of the
//! wizard, with the checklist open, is audited in French and in English against WCAG 2.1 A and
//! AA: no violation of impact "serious" or "critical" (every field labelled, contrast AA among
//! them). On each, the Tab key must land on an element whose focus shows. The whole audit has a
//! time budget ([`BUDGET`]).

mod support;

use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use support::{App, Harness, VIEWS};

/// The whole audit, both languages, in one window session: 20 to 47 s measured on a shared
/// two-core machine (debug build), so the budget leaves room for a busy machine.
const BUDGET: Duration = Duration::from_secs(120);

/// axe's own script, as the UI's devDependency installed it.
fn axe_source() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core is missing ({}: {e}): run `npm ci` in ui/",
            path.display()
        )
    })
}

/// Runs axe on the whole page and returns its serious and critical violations, one line each.
const AUDIT: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  resultTypes: ["violations"],
}).then(
  (r) => done(r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`))),
  (e) => done([`axe failed: ${e}`]),
);
"#;

/// Whether the focused element shows its focus: an outline or a ring drawn by a box shadow.
const FOCUS_SHOWS: &str = r#"
const e = document.activeElement;
if (!e || e === document.body) return "nothing focused";
const s = getComputedStyle(e);
const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
return ring ? "" : `${e.outerHTML.slice(0, 120)}: focus not visible`;
"#;

struct Audit<'a> {
    app: &'a App,
    problems: Vec<String>,
    screens: usize,
}

impl Audit<'_> {
    /// Audits the screen shown, then checks the focus ring after two presses of Tab.
    async fn screen(&mut self, name: &str) {
        // Let transitions and the checklist settle.
        tokio::time::sleep(Duration::from_millis(250)).await;
        let found = self
            .app
            .client
            .execute_async(AUDIT, vec![])
            .await
            .unwrap_or_else(|e| panic!("axe did not run on {name}: {e}"));
        for line in found.as_array().into_iter().flatten() {
            self.problems
                .push(format!("{name}: {}", line.as_str().unwrap_or_default()));
        }
        for _ in 0..2 {
            let keys = KeyActions::new("keyboard".into())
                .then(KeyAction::Down {
                    value: Key::Tab.into(),
                })
                .then(KeyAction::Up {
                    value: Key::Tab.into(),
                });
            self.app
                .client
                .perform_actions(keys)
                .await
                .expect("press Tab");
            let shows = self
                .app
                .client
                .execute(FOCUS_SHOWS, vec![])
                .await
                .expect("read the focus");
            if let Some(problem) = shows.as_str().filter(|p| !p.is_empty()) {
                self.problems.push(format!("{name}: {problem}"));
            }
        }
        self.screens += 1;
    }
}

/// Clicks the first element matching a CSS selector.
async fn click_css(app: &App, css: &str) {
    app.wait_for(css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
}

/// Closes the open dialog as Escape does.
async fn close_dialog(app: &App) {
    app.client
        .execute(
            "document.querySelector('dialog[open]').dispatchEvent(new Event('cancel', { cancelable: true }));",
            vec![],
        )
        .await
        .expect("close the dialog");
    app.until(
        "the dialog to close",
        "!document.querySelector('dialog[open]')",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_and_step_passes_axe_in_both_languages_within_its_budget() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let axe = axe_source();
    let started = Instant::now();
    let app = harness.launch().await;
    app.client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(60)),
            None,
            None,
        ))
        .await
        .expect("a longer script timeout");
    let loaded = app
        .client
        .execute(&format!("{axe}\n;return typeof window.axe;"), vec![])
        .await
        .expect("inject axe");
    assert_eq!(loaded, "object", "axe is in the window");
    let mut audit = Audit {
        app: &app,
        problems: Vec::new(),
        screens: 0,
    };
    for lang in ["fr", "en"] {
        app.select("language", lang).await;
        app.by_id("plan-row").await;
        audit.screen(&format!("library ({lang})")).await;
        app.click("new-plan").await;
        app.by_id("new-plan-name").await;
        audit.screen(&format!("new plan ({lang})")).await;
        close_dialog(&app).await;
        app.click("export-pdf").await;
        app.by_id("pdf-dialog").await;
        audit.screen(&format!("PDF dialog ({lang})")).await;
        close_dialog(&app).await;
        app.click("renew-plan").await;
        app.by_id("renew-summary").await;
        audit.screen(&format!("renewal dialog ({lang})")).await;
        close_dialog(&app).await;
        app.click("open-rules").await;
        app.by_id("rules-page").await;
        audit.screen(&format!("what we check ({lang})")).await;
        click_css(&app, ".rules .back").await;
        app.click("open-backups").await;
        app.by_id("backups-page").await;
        audit.screen(&format!("backups ({lang})")).await;
        click_css(&app, ".backups .back").await;

        app.click("open-plan").await;
        app.by_id("view-company").await;
        if app.count("[data-testid=checklist]").await == 0 {
            app.click("toggle-checklist").await;
        }
        app.by_id("readiness").await;
        for view in VIEWS {
            app.click(&format!("step-{view}")).await;
            app.by_id(&format!("view-{view}")).await;
            audit.screen(&format!("{view} ({lang})")).await;
            if view == "actions" {
                app.click("action-open-1").await;
                app.by_id("action-owner").await;
                audit.screen(&format!("an action's editor ({lang})")).await;
                app.click("action-close").await;
                app.click("view-timeline").await;
                app.by_id("gantt").await;
                audit.screen(&format!("timeline ({lang})")).await;
            }
        }
        app.click("back-to-library").await;
    }
    let (problems, screens) = (audit.problems, audit.screens);
    app.quit().await;
    let took = started.elapsed();
    eprintln!(
        "axe audit: {} screens in {:.1} s (budget {} s)",
        screens,
        took.as_secs_f32(),
        BUDGET.as_secs()
    );
    assert!(
        problems.is_empty(),
        "{} accessibility problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        took <= BUDGET,
        "the audit took {took:?}, over its budget of {BUDGET:?}"
    );
}
