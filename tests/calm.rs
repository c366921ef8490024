//! End to end: a calm start and a window that stays put, through the real window under Xvfb.
//!
//! A new plan opens with the focus in its first field, the checklist beside the form (never over
//! it) at the window's default size, its findings "to do" rather than red; the steps the owner
//! has been through are kept with the plan, so reopening it shows their faults and only theirs.
//! At 1280×800 and at 1024×700, no step lets the window scroll as a whole (mouse wheel, script,
//! focus), and each step's last field, once focused, is fully visible. A milestone finding says
//! "jalon" and leads to the milestone's date. Screenshots of the calm first screen go to
//! docs/screenshots with `BOUSSOLE_SCREENSHOTS=1`.

mod support;

use std::time::{Duration, Instant};

use fantoccini::actions::{WheelAction, WheelActions};
use support::{App, Harness, VIEWS};

/// Runs a script and returns its value as JSON.
async fn js(app: &App, script: &str) -> serde_json::Value {
    app.client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Creates a plan from the library with the keyboard, as an owner would.
async fn create_plan(app: &App, name: &str) {
    app.click("new-plan").await;
    app.type_into("new-plan-name", name).await;
    app.click("create-plan-submit").await;
    app.by_id("view-company").await;
}

/// How far the document itself has scrolled, and how much taller than the window it is.
const DOCUMENT: &str = "const s = document.scrollingElement; \
     return [s.scrollTop, window.scrollY, s.scrollHeight - window.innerHeight, s.scrollLeft];";

/// The last field of the step shown (what can be typed in or chosen), focused by script as a
/// Tab would; its box, the box of the step's column and of the window, once the focus has
/// settled. Null when the step has no field.
const LAST_FIELD: &str = r#"
const view = document.querySelector("[data-testid^='view-']");
const fields = [...view.querySelectorAll("input, select, textarea")]
  .filter((e) => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden");
const last = fields.at(-1);
if (!last) return null;
last.focus();
const r = last.getBoundingClientRect();
const c = document.querySelector(".content").getBoundingClientRect();
const p = document.querySelector("[data-testid=checklist]")?.getBoundingClientRect();
return {
  covered: !!p && p.width > 0 && r.right > p.left && r.left < p.right,
  id: last.dataset.testid ?? last.id ?? last.tagName,
  focused: document.activeElement === last,
  field: [r.left, r.top, r.right, r.bottom],
  column: [c.left, c.top, c.right, c.bottom],
  window: [window.innerWidth, window.innerHeight],
};
"#;

/// Tries every way the whole window could be scrolled on the step shown: the mouse wheel over
/// the step list, the form and the checklist, the window's and the document's own scrolling,
/// and bringing the side list's last entry into view.
async fn try_to_scroll_the_window(app: &App) {
    let (width, height) = {
        let v = js(app, "return [window.innerWidth, window.innerHeight];").await;
        (
            v[0].as_i64().expect("a width"),
            v[1].as_i64().expect("a height"),
        )
    };
    let mut wheel = WheelActions::new("wheel".into());
    for (x, y) in [
        (120, height / 2),
        (width / 2, height - 40),
        (width - 60, 200),
    ] {
        for delta_y in [800, -300, 800] {
            wheel.push(WheelAction::Scroll {
                duration: None,
                x,
                y,
                delta_x: 0,
                delta_y,
            });
        }
    }
    app.client
        .perform_actions(wheel)
        .await
        .expect("the mouse wheel turns over the window");
    js(
        app,
        "window.scrollTo(0, 600); document.scrollingElement.scrollTop = 600; \
         document.querySelector('[data-testid=step-summary]').scrollIntoView(); \
         document.querySelector('.pager')?.scrollIntoView({ block: 'end' }); return true;",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(150)).await;
}

/// Walks every view at the window's current size: the document never scrolls nor grows taller
/// than the window, and each step's last field, once focused, shows whole inside its column.
/// With `shots`, each view is photographed first, for a look, as `target/screenshots/{shots}-{view}.png`.
async fn every_view_stays_put(app: &App, size: &str, shots: Option<&str>) {
    for view in VIEWS {
        app.open_view(view).await;
        if let Some(prefix) = shots {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
            app.screenshot(&dir.join(format!("{prefix}-{view}.png")))
                .await;
        }
        try_to_scroll_the_window(app).await;
        let doc = js(app, DOCUMENT).await;
        assert_eq!(
            (doc[0].as_f64(), doc[1].as_f64(), doc[3].as_f64()),
            (Some(0.0), Some(0.0), Some(0.0)),
            "{view} at {size}: the window scrolled as a whole"
        );
        assert!(
            doc[2].as_f64().is_some_and(|over| over <= 0.0),
            "{view} at {size}: the page is {doc} px taller than the window"
        );
        let last = js(app, LAST_FIELD).await;
        if last.is_null() {
            continue;
        }
        // Focus brings the field into view in its own column, after a frame.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let last = js(app, LAST_FIELD).await;
        let n = |v: &serde_json::Value, i: usize| v[i].as_f64().expect("a coordinate");
        let (field, column, window) = (&last["field"], &last["column"], &last["window"]);
        assert_eq!(last["focused"], true, "{view} at {size}: {last}");
        assert_eq!(
            last["covered"], false,
            "{view} at {size}: the checklist covers the last field: {last}"
        );
        // One pixel of slack for the subpixel positions of a scrolled column.
        let inside = n(field, 0) >= n(column, 0) - 1.0
            && n(field, 1) >= n(column, 1) - 1.0
            && n(field, 2) <= n(column, 2) + 1.0
            && n(field, 3) <= n(column, 3) + 1.0
            && n(field, 2) <= n(window, 0) + 1.0
            && n(field, 3) <= n(window, 1) + 1.0;
        assert!(
            inside,
            "{view} at {size}: the last field is not fully visible: {last}"
        );
        let doc = js(app, DOCUMENT).await;
        assert_eq!(
            (doc[0].as_f64(), doc[1].as_f64()),
            (Some(0.0), Some(0.0)),
            "{view} at {size}: focusing the last field scrolled the window"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_never_scrolls_as_a_whole_at_any_step_at_1280_by_800_and_1024_by_700() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let started = Instant::now();
    let app = harness.launch().await;
    app.click("open-plan").await;
    app.by_id("view-company").await;
    app.until(
        "the default window",
        "window.innerWidth === 1280 && window.innerHeight === 800",
    )
    .await;
    every_view_stays_put(&app, "1280×800", None).await;
    // With the checklist open beside the form too.
    app.click("toggle-checklist").await;
    app.by_id("readiness").await;
    every_view_stays_put(&app, "1280×800 with the checklist", None).await;
    app.client
        .set_window_size(1024, 700)
        .await
        .expect("resize the window");
    app.until(
        "the smaller window",
        "window.innerWidth === 1024 && window.innerHeight === 700",
    )
    .await;
    every_view_stays_put(&app, "1024×700", Some("small-window")).await;
    // A renewed plan opens on last year's review, the longest review there is.
    app.click("back-to-library").await;
    app.click("renew-plan").await;
    app.by_id("renew-summary").await;
    app.click("renew-submit").await;
    app.by_id("view-review").await;
    every_view_stays_put(&app, "1024×700, a renewed plan", None).await;
    app.quit().await;
    eprintln!(
        "whole-window scroll test: {:.1} s",
        started.elapsed().as_secs_f32()
    );
}

/// The `data-to-do` of the panel's finding of a rule ("true", "false"), or "" when absent.
async fn to_do(app: &App, rule: &str) -> String {
    let v = js(
        app,
        &format!("return document.querySelector(\"[data-testid=finding][data-rule='{rule}']\")?.dataset.toDo ?? '';"),
    )
    .await;
    v.as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_plan_starts_calm_and_remembers_the_steps_the_owner_went_through() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let shots = support::screenshot_dir();
    let app = harness.launch().await;
    // The example is labelled as such in the library, its score explained.
    app.by_id("example-badge").await;
    assert_eq!(app.count("[data-testid=example-badge]").await, 1);
    app.by_id("readiness-help").await;

    create_plan(&app, "Café des Arts").await;
    app.until(
        "the focus in the first field",
        "document.activeElement?.dataset?.testid === 'company-name'",
    )
    .await;
    assert_eq!(
        app.count("[data-testid=example-badge]").await,
        0,
        "a new plan is not the example"
    );
    app.click("toggle-checklist").await;
    app.by_id("readiness").await;
    app.by_id("finding-group-to-do").await;
    // Nothing is a fault yet: no critical heading, no red score, the score explained.
    for group in ["critical", "warning", "advice"] {
        assert_eq!(
            app.count(&format!("[data-testid=finding-group-{group}]"))
                .await,
            0,
            "no {group} heading on a new plan"
        );
    }
    assert_eq!(app.count("[data-testid=readiness].poor").await, 0);
    app.by_id("score-meaning").await;
    // At the default size the checklist stands beside the field being typed in, not over it.
    let overlap = js(
        &app,
        "const f = document.querySelector('[data-testid=company-name]').getBoundingClientRect(); \
         const p = document.querySelector('[data-testid=checklist]').getBoundingClientRect(); \
         return f.right > p.left;",
    )
    .await;
    assert_eq!(overlap, false, "the checklist covers the first field");
    app.by_id("company-name")
        .await
        .click()
        .await
        .expect("focus the name");
    app.screenshot(&shots.join("calm-start-fr.png")).await;
    app.select("language", "en").await;
    app.until(
        "the English checklist",
        "document.querySelector('[data-testid=finding-group-to-do]')?.textContent.includes('To do')",
    )
    .await;
    app.by_id("company-name")
        .await
        .click()
        .await
        .expect("focus the name");
    app.screenshot(&shots.join("calm-start-en.png")).await;
    app.select("language", "fr").await;

    // The owner goes through the diagnostic and leaves it: its findings become faults.
    assert_eq!(to_do(&app, "swot-empty").await, "true");
    app.open_view("diagnostic").await;
    app.open_view("targets").await;
    app.until(
        "the empty SWOT to be a fault",
        "document.querySelector(\"[data-rule='swot-empty']\")?.dataset.toDo === 'false'",
    )
    .await;
    assert_eq!(
        to_do(&app, "no-action").await,
        "true",
        "actions not seen yet"
    );
    app.wait_saved().await;
    app.click("back-to-library").await;
    app.by_id("plan-row").await;
    // In the library too, a plan not yet gone through is not judged: its score is plain, while
    // the example plan's is coloured.
    app.until(
        "the scores in the library",
        "document.querySelectorAll('[data-testid=plan-readiness]').length === 2",
    )
    .await;
    assert_eq!(
        app.count("[data-testid=plan-readiness]:is(.poor, .fair, .good)")
            .await,
        1,
        "only the example plan's score is coloured"
    );
    app.quit().await;

    // Reopened, the plan remembers: the diagnostic's faults show, the rest is still to do.
    let app = harness.launch().await;
    let open = "[...document.querySelectorAll('[data-testid=open-plan]')].find(b => b.textContent.includes('Café des Arts'))";
    app.until("the plan in the library", &format!("!!{open}"))
        .await;
    js(&app, &format!("{open}.click(); return true;")).await;
    app.by_id("view-company").await;
    app.click("toggle-checklist").await;
    app.by_id("readiness").await;
    app.until(
        "the checklist of the reopened plan",
        "!!document.querySelector(\"[data-rule='swot-empty']\")",
    )
    .await;
    assert_eq!(to_do(&app, "swot-empty").await, "false");
    assert_eq!(to_do(&app, "no-action").await, "true");
    app.quit().await;
    let visited = &harness.exported_plan(2)["plan"]["start"]["visitedSteps"];
    assert_eq!(
        visited,
        &serde_json::json!(["company", "diagnostic", "targets"]),
        "the steps left are kept with the plan"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_milestone_finding_leads_to_the_milestone_date_and_calls_it_a_milestone() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let app = harness.launch().await;
    app.click("open-plan").await;
    app.by_id("view-company").await;
    // The website's acceptance test moves past the end of its action (30 April).
    app.open_view("actions").await;
    app.click("action-open-1").await;
    app.set_date("milestone-date-1-1", "2027-06-15").await;
    app.wait_saved().await;
    app.click("action-close").await;
    app.open_view("company").await;
    if app.count("[data-testid=checklist]").await == 0 {
        app.click("toggle-checklist").await;
    }
    let finding = "[data-testid=finding][data-rule='milestone-outside-action']";
    let title = app
        .wait_for(finding)
        .await
        .text()
        .await
        .expect("the finding's text");
    assert!(
        title.starts_with("Le jalon") && title.contains("Recette du nouveau site"),
        "a milestone is a jalon, never an étape: {title}"
    );
    app.wait_for(&format!("{finding} [data-testid=finding-go]"))
        .await
        .click()
        .await
        .expect("follow the finding");
    app.by_id("view-actions").await;
    app.until(
        "the focus on the milestone's date",
        "document.activeElement?.dataset?.testid === 'milestone-date-1-1'",
    )
    .await;
    app.quit().await;
}
