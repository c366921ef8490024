//! Loading: a plan from the database into the page (`get_plan`, timed in the page), the wizard
//! opening on it and its actions step rendered (timed in the page from the click to the step's
//! table of actions in the DOM and laid out, as far as it shows before scrolling; paint is not
//! included), and the library of 500 plans (`list_plans`).

use std::time::Duration;

use serde_json::json;

use crate::plans::{big_library, SizedLibrary};
use crate::procs::Desktop;
use crate::report::{ms, table, verdict, Stats};
use crate::session::{Driver, Session};
use crate::Config;

/// The issue's targets, in milliseconds.
const TARGET_PLAN: f64 = 50.0;
const TARGET_LIBRARY: f64 = 20.0;

/// Timed invokes per measurement, after `WARM_UP` untimed ones.
const INVOKES: usize = 50;
const WARM_UP: usize = 5;

/// Times the opening of each plan in the wizard.
const OPENINGS: usize = 5;

/// Opens plan `args[0]` from the library, shows its actions step (`args[1]` actions; the table
/// lays out its first batch of rows, the others as its end comes into view), and goes back to
/// the library; returns the milliseconds to the first step and then to the actions step.
const OPEN_WIZARD: &str = r#"
const [id, n] = args;
const q = (css) => document.querySelector(css);
const t0 = performance.now();
q(`[data-testid='plan-row'][data-plan-id='${id}'] [data-testid='open-plan']`).click();
await when(() => q("[data-testid='plan-title']") && q("[data-testid='view-company']"));
layout();
const t1 = performance.now();
q("[data-testid='step-actions']").click();
await when(() => {
  const table = q("[data-testid='actions-table']");
  const rows = table ? table.querySelectorAll("[data-testid='action-row']").length : -1;
  return rows === Math.min(n, Number(table?.dataset.shown));
});
layout();
const t2 = performance.now();
q("[data-testid='back-to-library']").click();
await when(() => q("[data-testid='plan-row']"));
return [t1 - t0, t2 - t1];
"#;

async fn time_invoke(
    session: &Session,
    command: &str,
    args_js: &str,
    args: Vec<serde_json::Value>,
) -> Stats {
    session
        .time_invokes(command, args_js, WARM_UP, args.clone(), false)
        .await;
    Stats::new(
        session
            .time_invokes(command, args_js, INVOKES, args, false)
            .await,
    )
}

pub fn run(config: &Config, desktop: &Desktop) {
    let library = SizedLibrary::create(&config.app, &config.work, "load-data");
    let big = big_library(&config.app, &config.work, 500);
    let rt = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let driver = Driver::start(desktop);
    let mut rows = Vec::new();
    let listing = rt.block_on(async {
        let session = driver.launch(&config.app, &library.dir).await;
        for &(n, id) in &library.plans {
            let get = time_invoke(&session, "get_plan", "({ id: args[0] })", vec![json!(id)]).await;
            let (mut open, mut actions, mut total) = (Vec::new(), Vec::new(), Vec::new());
            for _ in 0..OPENINGS {
                // Lets the previous wizard's checklist and saves settle.
                tokio::time::sleep(Duration::from_millis(500)).await;
                let times = session.run(OPEN_WIZARD, vec![json!(id), json!(n)]).await;
                let (a, b) = (
                    times[0].as_f64().unwrap_or(0.0),
                    times[1].as_f64().unwrap_or(0.0),
                );
                open.push(a);
                actions.push(b);
                total.push(a + b);
            }
            let total = Stats::new(total);
            rows.push(vec![
                format!("{n} actions, {} KPIs", (n / 5).max(1)),
                ms(get.median()),
                ms(get.p95()),
                verdict(get.median() < TARGET_PLAN).into(),
                ms(Stats::new(open).median()),
                ms(Stats::new(actions).median()),
                ms(total.median()),
                verdict(total.median() < TARGET_PLAN).into(),
            ]);
        }
        session.close().await;
        let session = driver.launch(&config.app, &big).await;
        let listing = time_invoke(&session, "list_plans", "({})", vec![]).await;
        session.close().await;
        listing
    });
    println!(
        "Release build. `get_plan`: {INVOKES} invokes timed in the page. Wizard: median of \
         {OPENINGS} openings, from the click on the plan to its first step laid out, then from \
         the click on the actions step to its table laid out (the rows it lays out before any \
         scrolling: 30 at most).\n"
    );
    table(
        &[
            "Plan",
            "get_plan p50",
            "get_plan p95",
            "Target < 50 ms",
            "Open wizard",
            "Actions step",
            "Open + actions step",
            "Target < 50 ms",
        ],
        &rows,
    );
    println!(
        "\nLibrary of 500 plans, `list_plans` ({INVOKES} invokes): p50 {}, p95 {}; target under \
         20 ms: {}.",
        ms(listing.median()),
        ms(listing.p95()),
        verdict(listing.median() < TARGET_LIBRARY)
    );
}
