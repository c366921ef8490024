//! End to end, steering the plan through its year: the real app under Xvfb, driven through
//! WebDriver, its clock set to a day of the plan year. "This month" is the first screen, lists
//! what is due, takes a reading and an adjustment inline, and the store holds them (read back
//! through the CLI).

mod support;

use support::{App, Harness};

/// Opens the example plan (the only one of a fresh library) on its first screen.
async fn open_example(app: &App) {
    app.click("open-plan").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn this_month_lists_what_is_due_and_stores_a_reading_and_an_adjustment_typed_there() {
    // 10 May of the example's year: April's readings are due, nothing of it entered yet.
    let Some(harness) = Harness::start_on("2027-05-10") else {
        return;
    };
    let shots = support::screenshot_dir();
    let app = harness.launch().await;
    open_example(&app).await;

    // During its year, the plan opens on "This month".
    app.by_id("month").await;
    app.until(
        "the step list to mark This month as the current screen",
        "document.querySelector('[data-testid=step-month]').getAttribute('aria-current') === 'page'",
    )
    .await;
    // The four monthly indicators were last read on 31 March; the quarterly one is not due
    // before July.
    assert_eq!(app.count("[data-testid=month-reading]").await, 4);
    let month = app.by_id("month").await.text().await.unwrap_or_default();
    assert!(month.contains("À faire en mai 2027"), "{month}");
    assert!(month.contains("Revendeurs actifs"), "{month}");
    assert!(
        !month.contains("Retombées presse hors de Bretagne\ndu"),
        "the quarterly reading is not due yet"
    );
    app.screenshot(&shots.join("month-fr.png")).await;

    // A reading typed inline, dated on the period's last day unless changed.
    app.type_into("month-reading-value-2", "195").await;
    app.click("month-reading-save-2").await;
    app.wait_saved().await;
    app.until(
        "the reading to leave the list",
        "document.querySelectorAll('[data-testid=month-reading]').length === 3",
    )
    .await;

    // An adjustment, about the resellers objective (the form brought to the middle of the
    // window, away from the toast that confirmed the reading).
    app.client
        .execute(
            "document.querySelector('[data-testid=adjustment-text]').scrollIntoView({ block: 'center' })",
            vec![],
        )
        .await
        .expect("scroll to the log");
    app.type_into(
        "adjustment-text",
        "Relance téléphonique des revendeurs inactifs depuis l’hiver",
    )
    .await;
    app.select("adjustment-link", "objective:2").await;
    app.click("adjustment-add").await;
    app.wait_saved().await;
    app.until(
        "the adjustment in the log",
        "document.querySelectorAll('[data-testid=adjustment]').length === 1",
    )
    .await;

    let plan = &harness.exported_plan(1)["plan"];
    let readings = plan["kpis"][1]["measurements"].as_array().unwrap();
    assert!(
        readings
            .iter()
            .any(|m| m["date"] == "2027-04-30" && m["value"] == 195.0),
        "the reading is stored, dated 30 April: {readings:?}"
    );
    let log = plan["adjustments"].as_array().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["date"], "2027-05-10", "dated today by default");
    assert_eq!(log[0]["objectiveId"], 2);
    assert_eq!(
        log[0]["text"],
        "Relance téléphonique des revendeurs inactifs depuis l’hiver"
    );

    app.select("language", "en").await;
    app.until(
        "the English screen",
        "document.querySelector('[data-testid=month]').innerText.includes('To do in May 2027')",
    )
    .await;
    app.screenshot(&shots.join("month-en.png")).await;
    app.quit().await;
}

/// Calls a command of the app from the page and returns its result (or "error: ..." on failure).
async fn invoke(app: &App, command: &str, args: serde_json::Value) -> serde_json::Value {
    app.client
        .execute_async(
            "const [command, args, done] = arguments;
             window.__TAURI_INTERNALS__.invoke(command, args)
               .then(done, (e) => done('error: ' + JSON.stringify(e)));",
            vec![serde_json::json!(command), args],
        )
        .await
        .expect("the command answers")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_progress_report_and_the_calendar_with_reminders_are_written_from_the_app() {
    let Some(harness) = Harness::start_on("2027-06-30") else {
        return;
    };
    let shots = support::screenshot_dir();
    let app = harness.launch().await;

    // The calendar export asks whether to add the reading reminders.
    app.by_id("plan-row").await;
    app.click("plan-menu").await;
    app.click("export-ics").await;
    app.by_id("ics-dialog").await;
    app.click("ics-reminders").await;
    app.until(
        "the reminders ticked",
        "document.querySelector('[data-testid=ics-reminders]').checked === true",
    )
    .await;
    app.screenshot(&shots.join("ics-dialog-fr.png")).await;
    let ics = harness.data_dir.path().join("caradec");
    let written = invoke(
        &app,
        "export_ics",
        serde_json::json!({ "id": 1, "path": ics.to_str().unwrap(), "reminders": true }),
    )
    .await;
    assert!(written["bytes"].as_u64().is_some(), "{written}");
    let calendar = std::fs::read_to_string(ics.with_extension("ics")).unwrap();
    assert!(
        calendar.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20271231"),
        "{calendar}"
    );
    assert!(calendar.contains("BEGIN:VALARM"));
    app.client
        .execute(
            "document.querySelector('[data-testid=ics-dialog]').close()",
            vec![],
        )
        .await
        .expect("the dialog closes");

    // "This month" offers the progress report; the command writes it as of the app's date.
    open_example(&app).await;
    let button = app.by_id("month-report").await;
    assert_eq!(
        button.text().await.unwrap_or_default(),
        "Rapport d’avancement (PDF)"
    );
    app.screenshot(&shots.join("month-report-fr.png")).await;
    let pdf = harness.data_dir.path().join("avancement");
    let written = invoke(
        &app,
        "export_report",
        serde_json::json!({ "id": 1, "path": pdf.to_str().unwrap(), "language": "en" }),
    )
    .await;
    assert!(written["bytes"].as_u64().is_some(), "{written}");
    let text = std::process::Command::new("pdftotext")
        .arg(pdf.with_extension("pdf"))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Progress report") && text.contains("as of 30 June 2027"),
        "{text}"
    );
    app.quit().await;
}
