//! End to end, the yearly cycle and the backups: the real app under Xvfb, driven through
//! WebDriver, with a real data folder. Screenshots go to `target/screenshots` (or
//! `docs/screenshots` with `BOUSSOLE_SCREENSHOTS=1`).

mod support;

use boussole_core::plan::{Plan, PlanId, ReviewDecision};
use boussole_core::usecases::Library;
use support::{App, Harness};

/// Runs `script` with `args` in the page (`arguments[0]`...) and returns what it returns.
async fn run(app: &App, script: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
    app.client
        .execute(script, args)
        .await
        .unwrap_or_else(|e| panic!("the script failed: {e}\n{script}"))
}

/// Clicks the first element matching `css` whose text contains `text`.
async fn click_text(app: &App, css: &str, text: &str) {
    let find = format!(
        "[...document.querySelectorAll({css:?})].find(e => e.textContent.includes({text:?}))"
    );
    app.until(&format!("{text} in {css}"), &format!("!!{find}"))
        .await;
    run(app, &format!("{find}.click()"), vec![]).await;
}

/// Scrolls the element with `data-testid` = `id` into the middle of its scrolling box (a
/// dialog's body), then clicks it as a user would.
async fn click_in_view(app: &App, id: &str) {
    app.by_id(id).await;
    run(
        app,
        "document.querySelector(`[data-testid='${arguments[0]}']`).scrollIntoView({ block: 'center' })",
        vec![id.into()],
    )
    .await;
    app.click(id).await;
}

/// The plans of the data folder, as stored, by company name and year.
fn stored(harness: &Harness) -> Vec<(PlanId, String, i32, Option<PlanId>)> {
    library(harness)
        .list()
        .unwrap()
        .into_iter()
        .map(|s| (s.id, s.company_name, s.plan_year, s.previous_plan_id))
        .collect()
}

fn stored_plan(harness: &Harness, id: PlanId) -> Plan {
    library(harness).plan(id).unwrap().plan
}

/// The library of the data folder, as the CLI opens it beside the running app.
fn library(harness: &Harness) -> Library {
    Library::open(harness.data_dir.path(), chrono::Local::now().date_naive()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_measured_reviewed_and_renewed_gives_next_years_plan_with_its_review_prefilled() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let shots = support::screenshot_dir();
    let app = harness.launch().await;

    // Year one: the example plan; its first KPI gets a year-end measurement.
    app.by_id("plan-row").await;
    let (example_id, _, _, _) = stored(&harness)[0].clone();
    let example = stored_plan(&harness, example_id);
    let kpi = &example.kpis[0];
    let objective = kpi
        .objective_id
        .expect("the example's first KPI measures an objective");
    let objective_title = example
        .objectives
        .iter()
        .find(|o| o.id == objective)
        .unwrap()
        .title
        .clone();
    app.click("open-plan").await;
    app.click("step-kpis").await;
    app.set_date(&format!("measurement-new-date-{}", kpi.id), "2027-12-20")
        .await;
    app.type_into(&format!("measurement-new-value-{}", kpi.id), "4321")
        .await;
    app.click(&format!("measurement-add-{}", kpi.id)).await;
    app.wait_saved().await;
    app.click("back-to-library").await;

    // The year-end review, made in the renew dialog over two sittings: the first action
    // abandoned, the second corrected, an objective's result and the lessons; the rest left
    // undecided. Each edit is saved on the plan as it is typed.
    let (first, second) = (example.actions[0].id, example.actions[1].id);
    app.click("renew-plan").await;
    app.by_id("renew-dialog").await;
    assert_eq!(
        app.count("[data-testid=renew-action]").await,
        example.actions.len()
    );
    let facts = app
        .by_id(&format!("renew-facts-{first}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        facts.contains("prévu") && facts.contains("dépensé"),
        "each action shows what the decision is made on: {facts}"
    );
    click_in_view(&app, &format!("renew-decision-{first}-abandon")).await;
    app.type_into(&format!("renew-note-{first}"), "No measurable visits")
        .await;
    click_in_view(&app, &format!("renew-decision-{second}-correct")).await;
    app.type_into(&format!("renew-note-{second}"), "Two dates in June")
        .await;
    app.type_into(&format!("renew-comment-{objective}"), "Salon décalé")
        .await;
    app.type_into("renew-lessons", "Measure before spending")
        .await;
    app.wait_saved().await;
    click_text(&app, "[data-testid=renew-dialog] button", "Fermer").await;
    app.until(
        "the dialog closed",
        "!document.querySelector('[data-testid=renew-dialog]')",
    )
    .await;
    app.quit().await;

    // The review is stored on the plan being reviewed, and survives a restart.
    let reviewed = stored_plan(&harness, example_id);
    let decision = |id| {
        reviewed
            .year_end
            .actions
            .iter()
            .find(|c| c.action_id == id)
            .and_then(|c| c.decision)
    };
    assert_eq!(decision(first), Some(ReviewDecision::Abandon));
    assert_eq!(decision(second), Some(ReviewDecision::Correct));
    assert_eq!(reviewed.year_end.lessons, "Measure before spending");
    let app = harness.launch().await;
    app.click("renew-plan").await;
    app.by_id("renew-dialog").await;
    app.until(
        "the stored abandon decision",
        &format!("document.querySelector(\"[data-testid='renew-decision-{first}-abandon'] input\")?.checked"),
    )
    .await;
    assert_eq!(
        app.value_of(&format!("renew-note-{second}")).await,
        "Two dates in June"
    );
    assert_eq!(
        app.value_of("renew-lessons").await,
        "Measure before spending"
    );
    assert_eq!(app.value_of("renew-year").await, "2028");
    run(
        &app,
        &format!("document.querySelector('[data-testid=renew-facts-{first}]').scrollIntoView({{block: 'center'}})"),
        vec![],
    )
    .await;
    app.screenshot(&shots.join("renew-review-fr.png")).await;
    let undecided = example.actions.len() - 2;
    app.until(
        "the carried-over summary",
        &format!(
            "document.querySelector('[data-testid=renew-summary]')?.textContent.includes('{undecided} actions n’ont pas encore de décision')"
        ),
    )
    .await;
    let summary = app.by_id("renew-summary").await.text().await.unwrap();
    assert!(
        summary.contains(&format!("{} actions reprises", example.actions.len() - 1)),
        "{summary}"
    );
    app.screenshot(&shots.join("renew-dialog-fr.png")).await;
    let button = app.by_id("renew-submit").await.text().await.unwrap();
    assert!(
        button.contains("quand même"),
        "the button says what it does: {button}"
    );
    app.click("renew-submit").await;

    // Year two opens at once, on last year's review, prefilled.
    app.by_id("view-review").await;
    app.until(
        "the new plan's year",
        "document.body.innerText.includes('Biscuiterie Caradec · 2028')",
    )
    .await;
    assert_eq!(
        app.count("[data-testid=review-action]").await,
        example.actions.len()
    );
    app.until(
        "the abandon decision",
        &format!("document.querySelector(\"[data-testid='review-decision-{first}-abandon'] input\").checked"),
    )
    .await;
    assert_eq!(
        app.value_of(&format!("review-note-{second}")).await,
        "Two dates in June"
    );
    let measured = app.value_of(&format!("review-measured-{objective}")).await;
    assert_eq!(
        measured.replace(['\u{202f}', '\u{a0}', ' '], ""),
        "4321",
        "{objective_title}: the year-end measurement is last year's result"
    );
    let compared = app.by_id("year-over-year").await.text().await.unwrap();
    assert!(compared.contains("2027 et 2028 côte à côte"), "{compared}");
    assert!(compared.contains(&objective_title), "{compared}");
    run(
        &app,
        "document.querySelector('[data-testid=year-over-year]').scrollIntoView()",
        vec![],
    )
    .await;
    app.screenshot(&shots.join("year-over-year-fr.png")).await;

    // The abandoned action is not in the new plan; the library shows both years, linked.
    app.click("step-actions").await;
    let actions = app.page_text().await;
    assert!(!actions.contains(&example.actions[0].title), "abandoned");
    assert!(actions.contains(&example.actions[1].title), "carried");
    app.click("back-to-library").await;
    app.until(
        "the renewed plan in the library",
        "document.querySelectorAll('[data-testid=plan-row]').length === 2",
    )
    .await;
    assert!(app.page_text().await.contains("suite de 2027"));
    app.screenshot(&shots.join("library-renewed-fr.png")).await;
    app.quit().await;

    // As stored: linked, dates moved a year, decisions and notes kept in the review.
    let listed = stored(&harness);
    let (renewed_id, _, year, previous) = listed
        .iter()
        .find(|p| p.2 == 2028)
        .cloned()
        .expect("the 2028 plan is stored");
    assert_eq!((year, previous), (2028, Some(example_id)));
    let renewed = stored_plan(&harness, renewed_id);
    assert_eq!(renewed.actions.len(), example.actions.len() - 1);
    assert_eq!(
        renewed.review.actions[0].decision,
        Some(ReviewDecision::Abandon)
    );
    assert_eq!(renewed.review.actions[0].note, "No measurable visits");
    let kept = &renewed.actions[0];
    assert_eq!(kept.title, example.actions[1].title);
    assert_eq!(
        kept.start.map(|d| d.to_string()),
        example.actions[1]
            .start
            .map(|d| boussole_core::renew::shift_years(d, 1).unwrap().to_string())
    );
    assert!(renewed.objectives.iter().all(|o| o.draft));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_backups_screen_shows_what_each_backup_holds_and_restores_it_with_undo() {
    let Some(harness) = Harness::start() else {
        return;
    };
    // The first start takes the day's backup, holding the example plan.
    let app = harness.launch().await;
    app.by_id("plan-row").await;

    // Renamed through the row's menu, from the keyboard.
    app.by_id("plan-menu")
        .await
        .send_keys("\u{E015}")
        .await
        .unwrap();
    app.until(
        "the menu's first command focused",
        "document.activeElement?.dataset.testid === 'rename-plan'",
    )
    .await;
    app.screenshot(&support::screenshot_dir().join("library-menu-fr.png"))
        .await;
    run(&app, "document.activeElement.click()", vec![]).await;
    app.type_and_enter("rename-name", "Caradec & Filles").await;
    app.until(
        "the new name",
        "document.querySelector('[data-testid=plan-list]')?.textContent.includes('Caradec & Filles')",
    )
    .await;

    app.click("open-backups").await;
    let backup = app.by_id("backup").await.text().await.unwrap();
    assert!(backup.contains("Biscuiterie Caradec"), "{backup}");
    assert!(backup.contains("2027"), "{backup}");
    app.click("backup-now").await;
    app.until(
        "the second backup",
        "document.querySelectorAll('[data-testid=backup]').length === 2",
    )
    .await;
    let newest = app.by_id("backup").await.text().await.unwrap();
    assert!(
        newest.contains("Caradec & Filles"),
        "newest first: {newest}"
    );
    app.screenshot(&support::screenshot_dir().join("backups-fr.png"))
        .await;

    // Restores the older backup: the example's first name is back; undo brings the rename back.
    run(
        &app,
        "document.querySelectorAll('[data-testid=backup-restore]')[1].click()",
        vec![],
    )
    .await;
    app.click("confirm-restore").await;
    app.until(
        "the restored library",
        "document.querySelector('[data-testid=plan-list]')?.textContent.includes('Biscuiterie Caradec')",
    )
    .await;
    assert_eq!(stored(&harness)[0].1, "Biscuiterie Caradec");
    app.click("toast-action").await;
    app.until(
        "the library from before the restore",
        "document.querySelector('[data-testid=plan-list]')?.textContent.includes('Caradec & Filles')",
    )
    .await;
    assert_eq!(stored(&harness)[0].1, "Caradec & Filles");
    click_text(&app, "button", "Sauvegardes").await;
    app.by_id("backups-page").await;
    app.quit().await;
}
