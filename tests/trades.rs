//! End to end: a plan started from a trade through the real window under Xvfb. The "New plan"
//! chooser lists the trades; the plan opens in the wizard with the trade's guidance examples, its
//! figures marked as examples until the owner edits or confirms them; the store keeps what was
//! confirmed. Screenshots of the chooser and of the plan, in French and in English, go to
//! target/screenshots (docs/screenshots with `BOUSSOLE_SCREENSHOTS=1`).

mod support;

use support::{App, Harness};

/// Waits until the element with this `data-testid` has gone.
async fn gone(app: &App, id: &str) {
    app.until(
        &format!("{id} to go"),
        &format!("document.querySelector(`[data-testid='{id}']`) === null"),
    )
    .await;
}

/// Scrolls the element with this `data-testid` into the middle of its scrolling box (the dialog's
/// body scrolls; WebDriver does not scroll nested boxes for a click).
async fn reveal(app: &App, id: &str) {
    app.by_id(id).await;
    app.client
        .execute(
            &format!("document.querySelector(`[data-testid='{id}']`).scrollIntoView({{ block: 'center' }});"),
            vec![],
        )
        .await
        .expect("scroll into view");
}

/// Opens the guidance panel (it remembers its state between sessions, so it is set, not toggled).
async fn open_guidance(app: &App) {
    app.by_id("guidance").await;
    app.client
        .execute(
            "document.querySelector(`[data-testid='guidance']`).open = true;",
            vec![],
        )
        .await
        .expect("open the guidance");
}

/// The text of the guidance panel's example.
async fn guidance_example(app: &App) -> String {
    app.by_id("guidance-example")
        .await
        .prop("textContent")
        .await
        .expect("read the example")
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_started_from_a_trade_speaks_the_trade_and_marks_its_figures_until_confirmed() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let shots = support::screenshot_dir();
    let app = harness.launch().await;
    app.select("language", "fr").await;
    app.by_id("plan-row").await;

    // The chooser: four ways to start, the trades with their name and summary.
    app.click("new-plan").await;
    app.by_id("new-plan-start").await;
    app.click("start-trade").await;
    app.by_id("trade-bakery").await;
    let list = app
        .by_id("trade-list")
        .await
        .text()
        .await
        .unwrap_or_default();
    for name in [
        "Boulangerie-pâtisserie",
        "Restaurant ou café",
        "Commerce indépendant",
        "Marque e-commerce",
    ] {
        assert!(
            list.contains(name),
            "{name} missing from the chooser: {list}"
        );
    }
    assert!(
        list.contains("galettes, Pâques, Noël"),
        "summaries are shown: {list}"
    );
    reveal(&app, "trade-list").await;
    app.screenshot(&shots.join("new-plan-trade-fr.png")).await;
    app.type_into("new-plan-name", "Fournil du Port").await;
    reveal(&app, "trade-bakery").await;
    app.click("trade-bakery").await;
    let year = app.wait_for("#new-year").await;
    year.clear().await.expect("clear the year");
    year.send_keys("2027").await.expect("type the year");
    app.click("create-plan-submit").await;

    // The wizard opens on the new plan, with the trade's examples in the guidance.
    app.by_id("view-company").await;
    assert_eq!(app.value_of("company-name").await, "Fournil du Port");
    assert!(
        guidance_example(&app).await.contains("centre-bourg"),
        "the company step's example is the bakery's"
    );
    open_guidance(&app).await;
    app.screenshot(&shots.join("trade-plan-company-fr.png"))
        .await;

    // Objectives: the figures are examples; typing one's own confirms it, so does the button.
    app.open_view("objectives").await;
    app.by_id("example-objective:1.target").await;
    app.by_id("example-objective:1.baseline").await;
    assert!(guidance_example(&app).await.contains("gâteaux sur mesure"));
    open_guidance(&app).await;
    app.screenshot(&shots.join("trade-plan-objectives-fr.png"))
        .await;
    app.type_into("objective-target-1", "395000").await;
    app.wait_saved().await;
    gone(&app, "example-objective:1.target").await;
    app.click("confirm-objective:1.baseline").await;
    gone(&app, "example-objective:1.baseline").await;
    app.wait_saved().await;

    // In English the guidance and the hints follow, still the bakery's.
    app.select("language", "en").await;
    app.until(
        "the English bakery example",
        "document.querySelector(`[data-testid='guidance-example']`)?.textContent.includes('made-to-order cakes')",
    )
    .await;
    app.screenshot(&shots.join("trade-plan-objectives-en.png"))
        .await;
    app.open_view("budget").await;
    app.by_id("example-budget.envelope").await;
    app.screenshot(&shots.join("trade-plan-budget-en.png"))
        .await;

    app.click("back-to-library").await;
    app.click("new-plan").await;
    app.click("start-trade").await;
    app.by_id("trade-ecommerce").await;
    let list = app
        .by_id("trade-list")
        .await
        .text()
        .await
        .unwrap_or_default();
    assert!(list.contains("Bakery and pastry shop"), "{list}");
    reveal(&app, "trade-list").await;
    app.screenshot(&shots.join("new-plan-trade-en.png")).await;
    app.quit().await;

    // The store holds the trade's plan with what the owner confirmed taken off the examples.
    let plan = &harness.exported_plan(2)["plan"];
    assert_eq!(plan["start"]["trade"], "bakery");
    assert_eq!(plan["objectives"][0]["target"], 395000.0);
    let examples: Vec<&str> = plan["start"]["exampleFigures"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(!examples.contains(&"objective:1.target"), "{examples:?}");
    assert!(!examples.contains(&"objective:1.baseline"), "{examples:?}");
    assert!(examples.contains(&"budget.envelope"), "{examples:?}");
}
