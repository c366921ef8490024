//! End to end: the checklist beside the wizard, through the real window under Xvfb.
//!
//! A mistake typed into the example plan shows in the panel and costs points; its finding leads
//! to the very field that fixes it, and fixing it gives the points back. A warning set aside with
//! a reason stays aside after a restart; a critical problem cannot be set aside. An action saying
//! whom it is for brings up the priority group no action names. The "what we check" page lists
//! every rule in both languages. Screenshots go to docs/screenshots with
//! `BOUSSOLE_SCREENSHOTS=1`.

mod support;

use std::time::{Duration, Instant};

use support::{App, Harness};

/// The readiness score the panel shows, or -1 while it has none.
const SCORE: &str =
    "Number(document.querySelector('[data-testid=readiness]')?.dataset.score ?? -1)";

/// The selector of the panel's open finding of a rule.
fn finding(rule: &str) -> String {
    format!("[data-testid=finding][data-rule='{rule}']")
}

/// Opens the example plan (the only one of a fresh library).
async fn open_example(app: &App) {
    app.click("open-plan").await;
    app.by_id("company-name").await;
}

/// Shows the checklist panel (a drawer below 1400 pixels wide) and waits for its score.
async fn open_panel(app: &App) {
    if app.count("[data-testid=checklist]").await == 0 {
        app.click("toggle-checklist").await;
    }
    app.by_id("readiness").await;
}

/// Hides the checklist drawer, which covers the right of the form and its own toggle.
async fn close_panel(app: &App) {
    if app.count("[data-testid=checklist]").await > 0 {
        app.click("checklist-close").await;
    }
    app.until(
        "the checklist to close",
        "!document.querySelector('[data-testid=checklist]')",
    )
    .await;
}

async fn score(app: &App) -> i64 {
    let value = app
        .client
        .execute(&format!("return {SCORE};"), vec![])
        .await
        .expect("read the score");
    value.as_i64().expect("a whole score")
}

/// Waits until the panel shows this score.
async fn wait_score(app: &App, expected: i64) {
    app.until(
        &format!("a score of {expected}"),
        &format!("{SCORE} === {expected}"),
    )
    .await;
}

/// The `data-field` of the focused element and the `data-item` around it, once something with a
/// `data-field` has the focus.
async fn focused(app: &App) -> (String, String) {
    let script = "const e = document.activeElement; \
                  return [e?.dataset?.field ?? '', e?.closest('[data-item]')?.dataset.item ?? ''];";
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let value = app
            .client
            .execute(script, vec![])
            .await
            .expect("read the focus");
        let pair: (String, String) = serde_json::from_value(value).expect("two strings");
        if !pair.0.is_empty() || Instant::now() > deadline {
            return pair;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Clicks a finding of the panel, which takes the owner to its field.
async fn go_to(app: &App, rule: &str) {
    open_panel(app).await;
    let go = app
        .wait_for(&format!("{} [data-testid=finding-go]", finding(rule)))
        .await;
    go.click()
        .await
        .unwrap_or_else(|e| panic!("cannot click the finding {rule}: {e}"));
}

/// Replaces the text of the focused field, as typing over a selection would.
async fn retype_focused(app: &App, text: &str) {
    let field = app
        .client
        .active_element()
        .await
        .expect("the focused field");
    field.clear().await.expect("clear the field");
    field.send_keys(text).await.expect("type into the field");
}

/// Saves a screenshot of the panel beside the Actions step, the set-aside group open.
async fn shoot_panel(app: &App, name: &str) {
    open_panel(app).await;
    let group = app.wait_for("[data-testid=checklist] .aside-group").await;
    if group.attr("open").await.expect("read the group").is_none() {
        app.wait_for("[data-testid=checklist] .aside-group summary")
            .await
            .click()
            .await
            .expect("open the set-aside group");
    }
    app.client
        .execute("document.querySelector('.content').scrollTo(0, 0);", vec![])
        .await
        .expect("scroll to the top");
    app.screenshot(&support::screenshot_dir().join(name)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_finding_leads_to_its_field_and_a_warning_set_aside_stays_aside_after_a_restart() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let app = harness.launch().await;
    let listed = app
        .by_id("plan-readiness")
        .await
        .text()
        .await
        .expect("the library's score");
    open_example(&app).await;
    open_panel(&app).await;
    app.until("the example's score", &format!("{SCORE} > 0"))
        .await;
    let start = score(&app).await;
    assert_eq!(
        listed.trim(),
        start.to_string(),
        "the library and the panel give the same score"
    );
    // The toggle counts the findings left to look at (not the score, which would read as that
    // many problems).
    let open = app
        .count("[data-testid=checklist] [data-testid=finding]")
        .await;
    assert_eq!(
        app.by_id("checklist-count")
            .await
            .text()
            .await
            .unwrap_or_default(),
        open.to_string()
    );
    assert_eq!(
        app.count(&finding("action-no-owner")).await,
        0,
        "every action of the example has someone in charge"
    );

    // The example's sales kit went over its budget: a steering warning (it depends on the year's
    // spending, not on the plan's quality, so it is out of the score). It is set aside, with a
    // reason.
    let overspent = finding("action-overspent");
    app.wait_for(&format!("{overspent} [data-testid=dismiss]"))
        .await
        .click()
        .await
        .expect("ask to set aside");
    let reason = "Réimpression des fiches produits, décidée avec les revendeurs";
    app.by_id("dismiss-reason")
        .await
        .send_keys(reason)
        .await
        .expect("type the reason");
    app.click("dismiss-confirm").await;
    app.wait_saved().await;
    app.until(
        "the warning to leave the open findings",
        &format!("!document.querySelector(\"{overspent}\")"),
    )
    .await;
    app.until(
        "the warning among the set-aside findings",
        &format!("[...document.querySelectorAll('[data-testid=finding-dismissed]')].some(f => f.textContent.includes({reason:?}))"),
    )
    .await;
    let clean = score(&app).await;
    assert_eq!(clean, start, "steering findings do not count in the score");

    // A mistake: "Relations presse nationales" (action 4) loses the person in charge.
    close_panel(&app).await;
    app.open_view("actions").await;
    app.click("action-open-4").await;
    let owner = app
        .wait_for("[data-item='action:4'] [data-field=owner]")
        .await;
    owner.click().await.expect("focus the owner");
    owner.clear().await.expect("clear the owner");
    owner
        .send_keys(" \u{E003}")
        .await
        .expect("leave the owner empty");
    app.wait_saved().await;
    app.click("action-close").await;
    open_panel(&app).await;
    let title = app
        .wait_for(&finding("action-no-owner"))
        .await
        .text()
        .await
        .expect("the finding's text");
    assert!(
        title.contains("Relations presse nationales"),
        "the finding names the action: {title}"
    );
    app.until("the score to drop", &format!("{SCORE} < {clean}"))
        .await;
    shoot_panel(&app, "checklist-fr.png").await;
    app.select("language", "en").await;
    app.until("the English checklist", "document.querySelector('[data-testid=checklist]').innerText.includes('has no one in charge')").await;
    shoot_panel(&app, "checklist-en.png").await;
    app.select("language", "fr").await;
    app.until("the French checklist", "document.querySelector('[data-testid=checklist]').innerText.includes('pas de responsable')").await;

    // From another step, the finding opens the action's editor on its owner field.
    close_panel(&app).await;
    app.open_view("budget").await;
    go_to(&app, "action-no-owner").await;
    app.by_id("view-actions").await;
    assert_eq!(
        focused(&app).await,
        ("owner".to_string(), "action:4".to_string()),
        "the focus is on the action's owner"
    );
    retype_focused(&app, "Sophie Tanguy").await;
    app.wait_saved().await;
    assert_eq!(app.value_of("action-owner").await, "Sophie Tanguy");
    open_panel(&app).await;
    app.until(
        "the finding to go",
        &format!(
            "!document.querySelector(\"{}\")",
            finding("action-no-owner")
        ),
    )
    .await;
    wait_score(&app, clean).await;

    // A critical problem: the actions cost more than the envelope. It cannot be set aside.
    close_panel(&app).await;
    app.open_view("budget").await;
    let envelope = app.value_of("budget-envelope").await;
    app.type_into("budget-envelope", "100").await;
    app.wait_saved().await;
    let over = finding("budget-over-envelope");
    open_panel(&app).await;
    app.wait_for(&format!("{over}.critical")).await;
    assert_eq!(
        app.count(&format!("{over} [data-testid=dismiss]")).await,
        0,
        "a critical finding cannot be set aside"
    );
    app.open_view("company").await;
    go_to(&app, "budget-over-envelope").await;
    app.by_id("view-budget").await;
    assert_eq!(
        focused(&app).await,
        ("envelope".to_string(), String::new()),
        "the focus is on the envelope"
    );
    retype_focused(&app, &envelope).await;
    app.wait_saved().await;
    open_panel(&app).await;
    wait_score(&app, clean).await;
    app.quit().await;

    // After a restart the warning is still set aside, with its reason.
    let app = harness.launch().await;
    open_example(&app).await;
    open_panel(&app).await;
    wait_score(&app, clean).await;
    assert_eq!(
        app.count(&overspent).await,
        0,
        "the warning set aside stays aside"
    );
    let aside = app
        .by_id("finding-dismissed")
        .await
        .prop("textContent")
        .await
        .expect("read")
        .unwrap_or_default();
    assert!(aside.contains(reason), "the reason is kept: {aside}");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_what_we_check_page_lists_every_rule_in_both_languages() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let app = harness.launch().await;
    app.by_id("plan-row").await;
    app.click("open-rules").await;
    app.by_id("rules-page").await;
    app.until(
        "the rules in French",
        "document.querySelectorAll('[data-testid=rule]').length >= 30",
    )
    .await;
    assert!(app.page_text().await.contains("La grille SWOT est vide"));
    app.select("language", "en").await;
    app.until(
        "the rules in English",
        "document.body.innerText.includes('The SWOT grid is empty')",
    )
    .await;
    let rules = app.count("[data-testid=rule]").await;
    assert!(rules >= 30, "only {rules} rules listed");
    let text = app.page_text().await;
    for title in [
        "The chosen channels fit your customers badly",
        "Is an objective in proportion to the means given to it?",
        "A business objective is followed only by audience figures",
    ] {
        assert!(
            text.contains(title),
            "the rules on substance are listed: {title}"
        );
    }
    app.screenshot(&support::screenshot_dir().join("rules-en.png"))
        .await;
    app.quit().await;
}

/// An action says whom it is for. Once one does, the checklist asks about the priority group no
/// action names; naming that group on another action answers it, and the store keeps both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn naming_whom_actions_are_for_brings_up_a_forgotten_priority_group() {
    let Some(harness) = Harness::start() else {
        return;
    };
    let app = harness.launch().await;
    open_example(&app).await;
    open_panel(&app).await;
    let clean = score(&app).await;
    let forgotten = finding("primary-segment-untargeted");
    assert_eq!(
        app.count(&forgotten).await,
        0,
        "no action names a target yet"
    );
    close_panel(&app).await;

    // The trade show is for the fine grocers: the tourists, a priority too, are now forgotten.
    app.open_view("actions").await;
    app.click("action-open-5").await;
    app.by_id("action-for-whom").await;
    app.click("action-segment-2").await;
    app.wait_saved().await;
    app.client
        .execute(
            "document.querySelector('[data-testid=action-for-whom]').scrollIntoView({block: 'center'});",
            vec![],
        )
        .await
        .expect("scroll to the field");
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.screenshot(&support::screenshot_dir().join("action-for-whom-fr.png"))
        .await;
    app.select("language", "en").await;
    app.until(
        "the field in English",
        "document.querySelector('[data-testid=action-for-whom]').innerText.includes('For whom')",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.screenshot(&support::screenshot_dir().join("action-for-whom-en.png"))
        .await;
    app.select("language", "fr").await;
    open_panel(&app).await;
    let title = app
        .wait_for(&forgotten)
        .await
        .text()
        .await
        .expect("the finding's text");
    assert!(
        title.contains("Vacanciers"),
        "it names the tourists: {title}"
    );
    assert_eq!(
        app.count(&forgotten).await,
        1,
        "only the tourists are forgotten"
    );
    app.until("the score to drop", &format!("{SCORE} < {clean}"))
        .await;

    // The finding leads to the tourists' priority: lowering it is one way to answer.
    go_to(&app, "primary-segment-untargeted").await;
    app.by_id("view-targets").await;
    app.until(
        "the tourists' priority to have the focus",
        "document.activeElement?.dataset.testid === 'segment-priority-1'",
    )
    .await;

    // The workshop visits are for the tourists: the question is answered.
    close_panel(&app).await;
    app.open_view("actions").await;
    app.click("action-open-6").await;
    app.click("action-segment-1").await;
    app.wait_saved().await;
    open_panel(&app).await;
    app.until(
        "the finding to go",
        &format!("!document.querySelector(\"{forgotten}\")"),
    )
    .await;
    wait_score(&app, clean).await;

    // Removing the tourists' group takes it off the visits (saved, the store refuses an action
    // naming a group that is gone); undoing puts both back.
    close_panel(&app).await;
    app.open_view("targets").await;
    app.click("segment-remove-1").await;
    app.wait_saved().await;
    let unlinked = harness.exported_plan(1);
    assert_eq!(
        unlinked["plan"]["actions"][5]["segmentIds"],
        serde_json::json!([])
    );
    assert_eq!(
        unlinked["plan"]["targets"]["segments"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    app.click("toast-action").await;
    app.wait_saved().await;
    assert_eq!(
        app.count("[data-testid=toast][role=alert]").await,
        0,
        "no save was refused"
    );
    app.quit().await;

    let plan = harness.exported_plan(1);
    assert_eq!(
        plan["plan"]["targets"]["segments"].as_array().map(Vec::len),
        Some(3)
    );
    let aimed = |i: usize| plan["plan"]["actions"][i]["segmentIds"].clone();
    assert_eq!(
        aimed(4),
        serde_json::json!([2]),
        "the trade show is for the grocers"
    );
    assert_eq!(
        aimed(5),
        serde_json::json!([1]),
        "the visits are for the tourists"
    );
}
