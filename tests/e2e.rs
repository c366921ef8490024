//! End to end: the real app under Xvfb, driven through WebDriver, with a real data folder.

mod support;

use std::time::Duration;

use support::{Harness, SessionBus, Watched};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_was_typed_just_before_the_window_was_closed_is_saved() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let app = harness.launch().await;
    app.click("open-plan").await;
    let typed = "Biscuiterie, fermée à la hâte";
    app.type_into("company-sector", typed).await;
    // The × of the title bar a moment later, well within the autosave's pause after typing
    // (400 ms): nothing is saved yet unless the app saves on close.
    tokio::time::sleep(Duration::from_millis(150)).await;
    support::close_window(&harness.display, "Boussole");
    // The app saves what is pending, then the window goes, and the WebDriver session with it.
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let alive = tokio::time::timeout(
            Duration::from_secs(2),
            app.client.execute("return 1;", vec![]),
        )
        .await
        .is_ok_and(|reply| reply.is_ok());
        if !alive {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the window did not close"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = app.client.close().await;

    let document = harness.exported_plan(1);
    assert_eq!(document["plan"]["company"]["sector"], typed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_plan_keeps_its_company_name_after_a_restart() {
    let Some(harness) = Harness::start() else {
        return;
    };

    let app = harness.launch().await;
    // First start shows the seeded example plan.
    app.by_id("plan-row").await;
    app.click("new-plan").await;
    app.type_into("new-plan-name", "Boulangerie des Quais")
        .await;
    app.click("create-plan-submit").await;
    assert_eq!(app.value_of("company-name").await, "Boulangerie des Quais");
    app.type_into("company-name", "Fournil du Port").await;
    app.until(
        "the saved mark",
        "document.querySelector('[data-testid=save-status]')?.dataset.state === 'saved'",
    )
    .await;
    assert!(app.page_text().await.contains("Fournil du Port"));
    app.quit().await;

    let app = harness.launch().await;
    let rows = app.by_id("plan-list").await.text().await.unwrap();
    assert!(
        rows.contains("Fournil du Port"),
        "the library lists the renamed plan: {rows}"
    );
    app.until(
        "the plan row",
        "[...document.querySelectorAll('[data-testid=open-plan]')].some(b => b.textContent.includes('Fournil du Port'))",
    )
    .await;
    app.client
        .execute(
            "[...document.querySelectorAll('[data-testid=open-plan]')].find(b => b.textContent.includes('Fournil du Port')).click()",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(app.value_of("company-name").await, "Fournil du Port");
    app.quit().await;

    let conn = rusqlite::Connection::open(harness.db_path()).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT company_name FROM plans ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(names.len(), 2, "the example plan and ours: {names:?}");
    assert_eq!(names[1], "Fournil du Port");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_year_shows_a_message_and_is_not_saved() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let app = harness.launch().await;
    app.click("open-plan").await;
    let year_before = app.value_of("company-year").await;
    app.type_into("company-year", "1850").await;
    let message = app.by_id("company-year-error").await.text().await.unwrap();
    assert!(
        message.contains("2000") && message.contains("2100"),
        "{message}"
    );
    app.until(
        "the not-saved mark",
        "document.querySelector('[data-testid=save-status]')?.dataset.state === 'invalid'",
    )
    .await;
    app.quit().await;

    let conn = rusqlite::Connection::open(harness.db_path()).unwrap();
    let year: i64 = conn
        .query_row("SELECT plan_year FROM plans", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        year.to_string(),
        year_before,
        "the invalid year never reached the store"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_switch_translates_the_library_and_the_wizard() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let shots = support::screenshot_dir();
    let app = harness.launch().await;
    app.by_id("plan-row").await;
    assert!(app.page_text().await.contains("Vos plans marketing"));
    app.screenshot(&shots.join("library-fr.png")).await;
    app.click("open-plan").await;
    app.by_id("company-name").await;
    assert!(app.page_text().await.contains("Nom de l’entreprise"));
    app.screenshot(&shots.join("wizard-fr.png")).await;

    app.select("language", "en").await;
    app.until(
        "the English wizard",
        "document.body.innerText.includes('Company name')",
    )
    .await;
    app.screenshot(&shots.join("wizard-en.png")).await;
    app.click("back-to-library").await;
    app.until(
        "the English library",
        "document.body.innerText.includes('Your marketing plans')",
    )
    .await;
    app.screenshot(&shots.join("library-en.png")).await;
    app.quit().await;

    let app = harness.launch().await;
    app.until(
        "English after a restart",
        "document.body.innerText.includes('Your marketing plans')",
    )
    .await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_library_is_set_aside_and_the_daily_backup_restores_it() {
    let Some(harness) = Harness::start() else {
        return;
    };
    // The first start seeds the example plan and takes the day's backup.
    let app = harness.launch().await;
    app.by_id("plan-row").await;
    app.quit().await;
    let db = harness.db_path();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    std::fs::write(&db, b"scribbles where a database used to be").unwrap();

    let app = harness.launch().await;
    let banner = app.by_id("recovery").await.text().await.unwrap();
    assert!(
        banner.contains("endommagée") || banner.contains("damaged"),
        "{banner}"
    );
    let kept: Vec<_> = std::fs::read_dir(harness.data_dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("boussole-damaged-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept aside");
    assert_eq!(
        std::fs::read(kept[0].path()).unwrap(),
        b"scribbles where a database used to be"
    );
    app.by_id("library-empty").await;
    app.screenshot(&support::screenshot_dir().join("recovery-fr.png"))
        .await;

    app.click("restore-backup").await;
    app.until(
        "the restored plans",
        "!document.querySelector('[data-testid=recovery]') && document.body.innerText.includes('Biscuiterie Caradec')",
    )
    .await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pdf_roadmap_is_exported_from_the_running_app() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let app = harness.launch().await;
    app.click("export-pdf").await;
    let dialog = app.by_id("pdf-dialog").await.text().await.unwrap();
    assert!(dialog.contains("Version investisseur"), "{dialog}");
    assert!(dialog.contains("Sections à inclure"), "{dialog}");
    // The investor version never prints the internal notes: that box cannot be ticked.
    assert!(!app
        .by_id("pdf-section-notes")
        .await
        .is_enabled()
        .await
        .unwrap());
    app.click("pdf-investor").await;
    assert!(app
        .by_id("pdf-section-notes")
        .await
        .is_enabled()
        .await
        .unwrap());
    app.click("pdf-investor").await;
    app.screenshot(&support::screenshot_dir().join("pdf-dialog-fr.png"))
        .await;

    // The native save dialog cannot be driven through WebDriver: call the command it leads to,
    // as the dialog's button does once a path is chosen.
    let pdf = harness.data_dir.path().join("feuille-de-route.pdf");
    let size = app
        .client
        .execute_async(
            "const [path, done] = arguments;
             window.__TAURI_INTERNALS__.invoke('export_pdf', { id: 1, path, choices: { language: 'fr', paper: 'a4', investor: true, sections: ['summary', 'diagnostic', 'targets', 'objectives', 'actions', 'budget', 'kpis', 'notes'], logo: null } })
               .then(done, (e) => done('error: ' + JSON.stringify(e)));",
            vec![serde_json::json!(pdf.to_str().unwrap())],
        )
        .await
        .unwrap();
    assert!(size["bytes"].as_u64().is_some_and(|s| s > 10_000), "{size}");
    assert_eq!(size["path"], pdf.to_str().unwrap());
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Biscuiterie Caradec") && text.contains("Plan marketing"),
        "{text}"
    );

    let with_logo = harness.data_dir.path().join("avec-logo.pdf");
    let logo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("icons/128x128.png");
    let size = app
        .client
        .execute_async(
            "const [path, logo, done] = arguments;
             window.__TAURI_INTERNALS__.invoke('export_pdf', { id: 1, path, choices: { language: 'en', paper: 'letter', investor: false, sections: ['summary', 'diagnostic', 'targets', 'objectives', 'actions', 'budget', 'kpis', 'notes'], logo } })
               .then(done, (e) => done('error: ' + JSON.stringify(e)));",
            vec![serde_json::json!(with_logo.to_str().unwrap()), serde_json::json!(logo.to_str().unwrap())],
        )
        .await
        .unwrap();
    assert!(size["bytes"].as_u64().is_some(), "{size}");
    let images = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(&with_logo)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&images.stdout).lines().count() > 2,
        "the cover carries the logo"
    );

    // Only the sections ticked: the summary and the budget, no diagnostic, no action plan.
    let short = harness.data_dir.path().join("synthese-budget.pdf");
    let size = app
        .client
        .execute_async(
            "const [path, done] = arguments;
             window.__TAURI_INTERNALS__.invoke('export_pdf', { id: 1, path, choices: { language: 'fr', paper: 'a4', investor: true, sections: ['budget', 'summary'], logo: null } })
               .then(done, (e) => done('error: ' + JSON.stringify(e)));",
            vec![serde_json::json!(short.to_str().unwrap())],
        )
        .await
        .unwrap();
    assert!(size["bytes"].as_u64().is_some(), "{size}");
    let text = std::process::Command::new("pdftotext")
        .arg(&short)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Synthèse") && text.contains("Budget"),
        "{text}"
    );
    assert!(
        !text.contains("Plan d’action") && !text.contains("Forces"),
        "{text}"
    );

    // Whatever name the page sends, the export writes a .pdf file: a file the owner named
    // "profil" is "profil.pdf", and no file without the extension appears.
    let unnamed = harness.data_dir.path().join("profil");
    let written = app
        .client
        .execute_async(
            "const [path, done] = arguments;
             window.__TAURI_INTERNALS__.invoke('export_pdf', { id: 1, path, choices: { language: 'fr', paper: 'a4', investor: true, sections: ['summary'], logo: null } })
               .then(done, (e) => done('error: ' + JSON.stringify(e)));",
            vec![serde_json::json!(unnamed.to_str().unwrap())],
        )
        .await
        .unwrap();
    assert_eq!(written["path"], format!("{}.pdf", unnamed.display()));
    assert!(!unnamed.exists() && unnamed.with_extension("pdf").is_file());

    // The UI may open the PDF it just exported, and nothing else.
    let refused = app
        .client
        .execute_async(
            "const [done] = arguments;
             window.__TAURI_INTERNALS__.invoke('open_exported_pdf', { path: '/etc/passwd' })
               .then(() => done('opened'), (e) => done(e));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(refused["kind"], "invalid", "{refused}");
    let refused = app
        .client
        .execute_async(
            "const [done] = arguments;
             window.__TAURI_INTERNALS__.invoke('export_pdf', { id: 1, path: '/tmp/boussole-never-written.pdf', choices: { language: 'fr', paper: 'a4', investor: true, sections: [], logo: null } })
               .then(() => done('written'), (e) => done(e));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(refused["kind"], "invalid", "no section: {refused}");

    let refused = app
        .client
        .execute_async(
            "const [done] = arguments;
             window.__TAURI_INTERNALS__.invoke('export_pdf', { id: 1, path: '/no/such/folder/x.pdf', choices: { language: 'fr', paper: 'a4', investor: true, sections: ['summary'], logo: null } })
               .then(() => done('written'), (e) => done(e));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(refused["kind"], "io", "{refused}");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .contains("the folder does not exist"),
        "{refused}"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markup_in_an_imported_plan_shows_as_text_and_never_runs() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let hostile =
        "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";
    // A plan file whose texts are markup, added through the CLI as a user would import it.
    let dir = harness.data_dir.path();
    let file = dir.join("hostile.json");
    let mut doc = harness.exported_plan(1);
    doc["plan"]["company"]["name"] = hostile.into();
    doc["plan"]["actions"][0]["title"] = hostile.into();
    doc["plan"]["diagnostic"]["swot"]["strengths"][0] = hostile.into();
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();
    let import = std::process::Command::new(support::APP)
        .args([
            "--data-dir",
            dir.to_str().unwrap(),
            "import",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );

    let app = harness.launch().await;
    app.until(
        "the imported plan",
        "document.body.innerText.includes('<script>')",
    )
    .await;
    app.client
        .execute(
            "[...document.querySelectorAll('[data-testid=open-plan]')].find(b => b.textContent.includes('<img')).click()",
            vec![],
        )
        .await
        .unwrap();
    app.by_id("company-name").await;
    assert_eq!(app.value_of("company-name").await, hostile);
    app.click("step-diagnostic").await;
    app.until(
        "the SWOT entry as text",
        "document.body.innerText.includes('onerror=')",
    )
    .await;
    app.click("step-actions").await;
    app.until(
        "the action title as text",
        "document.body.innerText.includes('<script>')",
    )
    .await;
    let injected = app
        .client
        .execute(
            "return [document.title, document.querySelectorAll('img[src=x], main script').length]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        injected,
        serde_json::json!(["Boussole", 0]),
        "no markup from the plan was run or inserted"
    );
    app.quit().await;
}

#[test]
fn a_second_start_on_the_same_data_folder_brings_the_first_window_back() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let Some(bus) = SessionBus::start() else {
        return;
    };
    let first = Watched::start(&harness.display, harness.data_dir.path(), &bus);
    assert!(
        first.printed("boussole-ready", Duration::from_secs(60)),
        "the first window opens"
    );

    let mut second = Watched::start(&harness.display, harness.data_dir.path(), &bus);
    let ended = second.exited(Duration::from_secs(30));
    assert!(
        ended.is_some_and(|status| status.success()),
        "the second start hands over and exits: {ended:?}"
    );
    assert!(
        first.printed("boussole-focused", Duration::from_secs(10)),
        "the first window is brought to the front"
    );

    // Another data folder is another library: its window opens beside the first.
    let elsewhere = tempfile::tempdir().unwrap();
    let mut other = Watched::start(&harness.display, elsewhere.path(), &bus);
    assert!(
        other.printed("boussole-ready", Duration::from_secs(60)),
        "a window on another data folder opens"
    );
    assert!(other.child.try_wait().unwrap().is_none());
}

/// Text as the PDF and the screen may space it: every kind of space as one plain space.
fn spaced(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_budget_and_summary_steps_show_the_figures_the_pdf_prints() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let app = harness.launch().await;
    app.click("open-plan").await;
    app.by_id("company-name").await;
    let text_of = |id: &'static str| {
        let app = &app;
        async move { spaced(&app.by_id(id).await.text().await.unwrap_or_default()) }
    };
    app.click("step-budget").await;
    app.by_id("view-budget").await;
    let planned = text_of("budget-planned-total").await;
    let actual = text_of("budget-actual-total").await;
    let quarters: Vec<String> = {
        let rows = app
            .client
            .execute(
                "return [...document.querySelectorAll('[data-testid=budget-quarters-row]')]\
                 .map(r => [r.querySelector('.label').textContent, r.querySelector('.values span').textContent]);",
                vec![],
            )
            .await
            .unwrap();
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                spaced(&format!(
                    "{} {}",
                    r[0].as_str().unwrap(),
                    r[1].as_str().unwrap()
                ))
            })
            .collect()
    };
    assert_eq!(quarters.len(), 4, "{quarters:?}");
    app.click("step-summary").await;
    app.by_id("view-summary").await;
    let progress = app
        .client
        .execute(
            "return [...document.querySelectorAll('[data-testid=summary-objective-progress], [data-testid=summary-kpi-progress]')]\
             .map(e => e.textContent);",
            vec![],
        )
        .await
        .unwrap();
    let progress: Vec<String> = progress
        .as_array()
        .unwrap()
        .iter()
        .map(|p| spaced(p.as_str().unwrap()))
        .collect();
    assert!(progress.len() >= 10, "{progress:?}");
    app.quit().await;

    let pdf = spaced(&harness.pdf_text(1, "fr"));
    for figure in [&planned, &actual] {
        assert!(
            pdf.contains(figure.as_str()),
            "{figure} is on screen but not in the PDF"
        );
    }
    for quarter in &quarters {
        assert!(
            pdf.contains(quarter.as_str()),
            "the screen's \"{quarter}\" is not in the PDF's quarter table"
        );
    }
    for p in &progress {
        assert!(
            pdf.contains(p.as_str()),
            "the progress {p} on screen is not in the PDF"
        );
    }
}
