//! Memory and size: the resident memory of the app process and of its WebKit processes (from
//! /proc), on the library and with the 1,000-action plan open on the actions step of the wizard,
//! beside the bare window's; and the size of the release binary, stripped and not.

use std::time::Duration;

use serde_json::json;

use crate::plans::SizedLibrary;
use crate::procs::{self, Desktop, Memory};
use crate::report::{file_size, size, table, verdict};
use crate::session::Driver;
use crate::startup;
use crate::Config;

/// The issue's targets, in bytes.
const TARGET_MEMORY: u64 = 200_000_000;
const TARGET_BINARY: u64 = 20_000_000;

/// How long the window is left alone before reading its memory.
const SETTLE: Duration = Duration::from_secs(3);

/// Opens plan `args[0]` on the actions step and scrolls its table to the end, so that all its
/// `args[1]` action rows are laid out (the most the step ever holds).
const OPEN_ACTIONS: &str = r#"
const [id, n] = args;
const q = (css) => document.querySelector(css);
q(`[data-testid='plan-row'][data-plan-id='${id}'] [data-testid='open-plan']`).click();
await when(() => q("[data-testid='step-actions']"));
q("[data-testid='step-actions']").click();
await when(() => q("[data-testid='action-row']"));
while (q("[data-testid='actions-more']")) {
  q("[data-testid='actions-more']").scrollIntoView();
  await new Promise((r) => setTimeout(r, 50));
}
await when(() => document.querySelectorAll("[data-testid='action-row']").length === n);
"#;

/// Sums of RSS and PSS over processes, in bytes.
fn totals(memory: &[Memory]) -> (u64, u64) {
    (
        memory.iter().map(|m| m.rss * 1024).sum(),
        memory.iter().map(|m| m.pss * 1024).sum(),
    )
}

/// A table row: what was measured, its processes, the RSS and PSS sums, the RSS above the bare
/// window's, and the verdict on the RSS sum.
fn row(what: &str, memory: &[Memory], bare: Option<&[Memory]>) -> Vec<String> {
    let (rss, pss) = totals(memory);
    let names: Vec<String> = memory
        .iter()
        .map(|m| format!("{} {}", m.name, size(m.rss * 1024)))
        .collect();
    vec![
        what.to_string(),
        names.join(", "),
        size(rss),
        size(pss),
        bare.map_or_else(
            || "—".into(),
            |bare| format!("+{}", size(rss.saturating_sub(totals(bare).0))),
        ),
        verdict(rss < TARGET_MEMORY).into(),
    ]
}

pub fn run(config: &Config, desktop: &Desktop) {
    let bare_bin = config.bare.as_deref().expect("checked by parse_args");
    let library = SizedLibrary::create(&config.app, &config.work, "memory-data");
    let &(n, id) = library.plans.last().expect("the largest plan");

    let (mut bare, _) = startup::launch(bare_bin, None, desktop);
    std::thread::sleep(SETTLE);
    let bare_memory = procs::tree_memory(bare.id());
    procs::terminate_tree(&mut bare);

    let rt = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let driver = Driver::start(desktop);
    let (on_library, on_plan) = rt.block_on(async {
        let session = driver.launch(&config.app, &library.dir).await;
        let app = procs::find_below(driver.pid(), &config.app).expect("the app's process");
        tokio::time::sleep(SETTLE).await;
        let on_library = procs::tree_memory(app);
        session.run(OPEN_ACTIONS, vec![json!(id), json!(n)]).await;
        tokio::time::sleep(SETTLE).await;
        let on_plan = procs::tree_memory(app);
        session.close().await;
        (on_library, on_plan)
    });

    println!(
        "Resident memory after {} s idle, summed over the app process and its WebKit processes \
         (RSS counts shared pages in each process; PSS shares them out).\n",
        SETTLE.as_secs()
    );
    table(
        &[
            "State",
            "Processes (RSS)",
            "RSS sum",
            "PSS sum",
            "RSS vs bare",
            "Target < 200 MB",
        ],
        &[
            row("Bare Tauri window", &bare_memory, None),
            row("Boussole, plan library", &on_library, Some(&bare_memory)),
            row(
                &format!("Boussole, {n}-action plan on the actions step, scrolled to its end"),
                &on_plan,
                Some(&bare_memory),
            ),
        ],
    );
    println!();
    let mut rows = vec![vec![
        "Release, stripped (as built)".to_string(),
        size(file_size(&config.app)),
        verdict(file_size(&config.app) < TARGET_BINARY).into(),
    ]];
    if let Some(unstripped) = &config.unstripped {
        rows.push(vec![
            "Release, not stripped".to_string(),
            size(file_size(unstripped)),
            verdict(file_size(unstripped) < TARGET_BINARY).into(),
        ]);
    }
    rows.push(vec![
        "Bare Tauri window, stripped".to_string(),
        size(file_size(bare_bin)),
        String::new(),
    ]);
    table(&["Binary", "Size", "Target < 20 MB"], &rows);
}
