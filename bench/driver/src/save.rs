//! Saving an edit, as the wizard does: the page invokes `save_section`, the command validates the
//! plan, commits to SQLite and evaluates the checklist, and the reply reaches the page. Timed in
//! the page with `performance.now()` around each `invoke`, one save after the other, for a
//! small section (the notes), for the actions section (every action sent, one title changed: what
//! the wizard sends when it does not know what the store holds), for an action list (the order,
//! with two actions swapped, and one changed action: what the wizard sends when actions are
//! added, removed or moved) and for one action (its title changed: what the wizard sends when
//! the user types in one action).

use serde_json::json;

use crate::plans::SizedLibrary;
use crate::procs::Desktop;
use crate::report::{ms, size, table, verdict, Stats};
use crate::session::{Driver, Session};
use crate::Config;

/// The issue's target for the 95th percentile of a save, in milliseconds.
const TARGET_P95: f64 = 10.0;

/// Untimed saves before each series.
const WARM_UP: usize = 20;

/// Saves timed per line to a plan that does not exist, and its id.
const REFUSED: usize = 100;
const MISSING_PLAN: i64 = -1;

/// The `save_section` arguments of edit `i`, as JavaScript of `i` and `args` (`[plan id]`).
const NOTES_ARGS: &str =
    r#"({ id: args[0], section: { section: "notes", value: "Bench edit " + i }, language: "fr" })"#;
const ACTIONS_ARGS: &str = r#"(window.__bench.actions[0].title = window.__bench.title + " " + i,
  { id: args[0], section: { section: "actions", value: window.__bench.actions }, language: "fr" })"#;
const ACTION_LIST_ARGS: &str = r#"(window.__bench.actions[0].title = window.__bench.title + " " + i,
  { id: args[0], section: { section: "actionList", value: { order: window.__bench.order(i), changed: [window.__bench.actions[0]] } }, language: "fr" })"#;
const ACTION_ARGS: &str = r#"(window.__bench.actions[0].title = window.__bench.title + " " + i,
  { id: args[0], section: { section: "action", value: window.__bench.actions[0] }, language: "fr" })"#;

/// Loads the plan's actions into the page, as the wizard holds them, and returns the lengths of
/// the JSON of one request and one reply for each section (in characters, about bytes; a reply
/// carries the checklist report only when it changed since the previous save).
async fn prepare(session: &Session, id: i64) -> [(u64, u64); 4] {
    let body = format!(
        "const record = await invoke('get_plan', {{ id: args[0] }});\n\
         const order = (i) => {{ const ids = record.plan.actions.map((a) => a.id); if (i % 2) [ids[0], ids[1]] = [ids[1], ids[0]]; return ids; }};\n\
         window.__bench = {{ actions: record.plan.actions, title: record.plan.actions[0].title, order }};\n\
         const i = 0;\n\
         const notes = {NOTES_ARGS};\n\
         const actions = {ACTIONS_ARGS};\n\
         const actionList = {ACTION_LIST_ARGS};\n\
         const action = {ACTION_ARGS};\n\
         const sizes = async (a) => [JSON.stringify(a).length, JSON.stringify(await invoke('save_section', a)).length];\n\
         return [await sizes(notes), await sizes(actions), await sizes(actionList), await sizes(action)];"
    );
    let value = session.run(&body, vec![json!(id)]).await;
    let pair = |v: &serde_json::Value| (v[0].as_u64().unwrap_or(0), v[1].as_u64().unwrap_or(0));
    [pair(&value[0]), pair(&value[1]), pair(&value[2]), pair(&value[3])]
}

/// The smallest step of `performance.now()` in the page, in milliseconds.
async fn clock_step(session: &Session) -> f64 {
    let body = "let step = Infinity;\n\
                for (let k = 0; k < 20; k++) {\n\
                  const a = performance.now(); let b = a;\n\
                  while (b === a) b = performance.now();\n\
                  step = Math.min(step, b - a);\n\
                }\n\
                return step;";
    session.run(body, vec![]).await.as_f64().unwrap_or(f64::NAN)
}

pub fn run(config: &Config, desktop: &Desktop) {
    let library = SizedLibrary::create(&config.app, &config.work, "save-data");
    let rt = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let driver = Driver::start(desktop);
    let mut rows = Vec::new();
    let (floor, step) = rt.block_on(async {
        let session = driver.launch(&config.app, &library.dir).await;
        for &(n, id) in &library.plans {
            let sizes = prepare(&session, id).await;
            for ((section, args_js), (request, reply)) in
                [
                    ("notes", NOTES_ARGS),
                    ("actions", ACTIONS_ARGS),
                    ("action list", ACTION_LIST_ARGS),
                    ("one action", ACTION_ARGS),
                ]
                    .into_iter()
                    .zip(sizes)
            {
                let args = vec![json!(id)];
                session
                    .time_invokes("save_section", args_js, WARM_UP, args.clone(), false)
                    .await;
                let stats = Stats::new(
                    session
                        .time_invokes("save_section", args_js, config.edits, args, false)
                        .await,
                );
                // The same request for a plan that does not exist: the round trip and the
                // decoding of the arguments, refused before any work on a plan.
                let refused = Stats::new(
                    session
                        .time_invokes(
                            "save_section",
                            args_js,
                            REFUSED,
                            vec![json!(MISSING_PLAN)],
                            true,
                        )
                        .await,
                );
                rows.push(vec![
                    format!("{n}"),
                    section.to_string(),
                    size(request),
                    size(reply),
                    ms(stats.mean()),
                    ms(stats.median()),
                    ms(stats.p95()),
                    ms(stats.max()),
                    ms(refused.mean()),
                    verdict(stats.p95() < TARGET_P95).into(),
                ]);
            }
        }
        // The cost of a round trip that does almost nothing, for comparison.
        let floor = Stats::new(
            session
                .time_invokes("app_info", "({})", 200, vec![], false)
                .await,
        );
        let step = clock_step(&session).await;
        session.close().await;
        (floor, step)
    });
    println!(
        "Round trip of `save_section` from the page, release build, {} saves per line, one after \
         the other (after {WARM_UP} untimed). \"Refused request\": the same request, {REFUSED} \
         times, for a plan that does not exist (round trip and decoding of the arguments only).\n",
        config.edits
    );
    table(
        &[
            "Actions",
            "Section",
            "Request",
            "Reply",
            "Mean",
            "p50",
            "p95",
            "Max",
            "Refused request, mean",
            "Target p95 < 10 ms",
        ],
        &rows,
    );
    println!(
        "\nFor comparison, `app_info` (a round trip doing almost nothing): p50 {}, p95 {}. \
         `performance.now()` steps by {} in this page: single timings are rounded to that step, \
         their mean is not.",
        ms(floor.median()),
        ms(floor.p95()),
        ms(step)
    );
}
