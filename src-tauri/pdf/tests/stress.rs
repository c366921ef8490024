//! Plans no one should write but someone will: hundreds of actions, a megabyte of notes, emoji,
//! Arabic and Chinese, a 300-character company name, absurd figures and dates. No panic, a
//! valid file, and every word inside the page.

mod common;

use boussole_core::plan::*;
use boussole_core::print::PdfOptions;
use boussole_pdf::render;
use chrono::NaiveDate;
use common::*;

fn rendered(name: &str, plan: &Plan) -> std::path::PathBuf {
    let options = PdfOptions::for_plan(plan, today());
    let bytes = render(plan, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let path = save(name, &bytes);
    assert_qpdf_ok(&path);
    path
}

#[test]
fn two_hundred_actions() {
    let plan = plan_with_actions(200);
    let path = rendered("actions-200.pdf", &plan);
    assert_inside_and_apart(&path);
    let pages = pages_text(&path);
    // The Gantt chart repeats its month header on every page it crosses.
    let gantt_pages = pages
        .iter()
        .filter(|p| p.contains("janv.") && p.contains("déc.") && p.contains("Action "))
        .count();
    assert!(gantt_pages >= 3, "{gantt_pages}");
    // The action table repeats its header row on every page it crosses.
    let table_pages = pages
        .iter()
        .filter(|p| p.contains("Responsable") && p.contains("Action 1"))
        .count();
    assert!(table_pages >= 5, "{table_pages}");
    let text = squash(&pages.join("\n"));
    assert!(text.contains("Action 200"));
}

#[test]
fn a_megabyte_of_notes() {
    let mut plan = example();
    let paragraph =
        "Relancer l’imprimeur pour les coffrets ; vérifier les stocks de beurre avant l’été. ";
    let mut notes = String::new();
    let mut i = 0;
    while notes.len() < 1_000_000 {
        notes.push_str(paragraph);
        i += 1;
        if i % 7 == 0 {
            notes.push('\n');
        }
        if i % 500 == 0 {
            // A word longer than a line must be cut, not run off the page.
            notes.push_str(&"x".repeat(400));
            notes.push('\n');
        }
    }
    plan.notes = notes;
    plan.budget.notes = "Note de budget. ".repeat(5_000);
    let path = rendered("notes-1mb.pdf", &plan);
    assert!(page_count(&path) > 100);
    assert_inside_and_apart(&path);
}

#[test]
fn any_script_prints_without_a_crash() {
    let mut plan = example();
    let mixed =
        "Café ☕ 🍪🥐 مرحبا بالعالم 你好，世界 — «\u{A0}ok\u{A0}» ’ œ € \u{200D}\u{FE0F}\u{0007}\t";
    plan.company.name = format!("Biscuiterie {mixed}");
    plan.diagnostic.swot.strengths.push(mixed.repeat(3));
    plan.actions[0].title = mixed.to_string();
    plan.objectives[0].title = format!("目标 {mixed}");
    plan.targets.personas[0].name = "فاطمة 🧑‍🍳".into();
    plan.notes = mixed.repeat(50);
    let path = rendered("scripts.pdf", &plan);
    assert_inside_and_apart(&path);
    let text = pages_text(&path).join("\n");
    assert!(
        text.contains('\u{FFFD}'),
        "no visible placeholder for missing glyphs"
    );
    assert!(text.contains("Café"));
    assert!(text.contains('€') && text.contains('œ') && text.contains('«'));
}

#[test]
fn a_company_name_of_three_hundred_characters() {
    let mut plan = example();
    plan.company.name = "Biscuiterie artisanale et familiale de la pointe bretonne "
        .repeat(6)
        .chars()
        .take(300)
        .collect();
    let path = rendered("long-name.pdf", &plan);
    assert_inside_and_apart(&path);
    let pages = pages_text(&path);
    assert!(pages[0].contains("Biscuiterie artisanale"));
    assert!(pages[3].contains('…'), "the footer should shorten the name");
}

#[test]
fn absurd_figures_and_dates() {
    let mut plan = plan_with_actions(30);
    let far = NaiveDate::from_ymd_opt(9999, 12, 31);
    let past = NaiveDate::from_ymd_opt(-100, 1, 1);
    plan.actions[0].planned_budget = Some(Money(i64::MAX));
    plan.actions[1].planned_budget = Some(Money(i64::MIN));
    plan.actions[1].actual_spend = Some(Money(i64::MIN));
    plan.actions[2].start = far;
    plan.actions[2].end = past;
    plan.actions[3].milestones.push(Milestone {
        title: "?".into(),
        date: far,
        done: false,
    });
    plan.budget.envelope = Some(Money(i64::MIN));
    plan.objectives[0].target = Some(f64::NAN);
    plan.objectives[1].baseline = Some(f64::INFINITY);
    plan.objectives[2].target = Some(1e300);
    plan.objectives[3].parent_id = Some(plan.objectives[3].id);
    let first = plan.objectives[0].id;
    plan.objectives[1].parent_id = Some(first);
    plan.objectives[0].parent_id = Some(plan.objectives[1].id);
    plan.diagnostic.porter.rivalry.rating = Some(200);
    plan.diagnostic.porter.substitutes.rating = Some(0);
    plan.kpis[0].measurements = (0..400)
        .map(|i| Measurement {
            date: NaiveDate::from_yo_opt(2027, i % 365 + 1).unwrap_or_default(),
            value: if i % 3 == 0 { -5.0 } else { f64::MAX },
        })
        .collect();
    plan.kpis[1].target = Some(0.0);
    plan.company.currency = "UNE DEVISE TRÈS LONGUE".into();
    plan.positioning.differentiation[0]
        .competitors
        .push(DifferentiationCell {
            competitor_id: CompetitorId(99),
            value: "?".into(),
        });
    let path = rendered("absurd.pdf", &plan);
    assert_inside_and_apart(&path);
}

#[test]
fn the_summary_stays_on_one_page_whatever_the_lengths() {
    let mut plan = plan_with_actions(60);
    let long = "Une phrase longue qui revient encore et encore pour remplir la page ; ".repeat(40);
    plan.positioning.statement = long.clone();
    for objective in &mut plan.objectives {
        objective.title = long.clone();
        objective.north_star = true;
    }
    let template = plan.objectives[0].clone();
    for i in 0..20 {
        plan.objectives.push(Objective {
            id: ObjectiveId(100 + i),
            parent_id: None,
            ..template.clone()
        });
    }
    for action in &mut plan.actions {
        action.title = long.clone();
        for milestone in &mut action.milestones {
            milestone.title = long.clone();
        }
    }
    for paper in [
        boussole_core::print::Paper::A4,
        boussole_core::print::Paper::Letter,
    ] {
        let options = PdfOptions {
            sections: vec![boussole_core::print::PdfSection::Summary],
            paper,
            ..PdfOptions::for_plan(&plan, today())
        };
        let bytes = render(&plan, &options).unwrap_or_else(|e| panic!("{e}"));
        let path = save(&format!("summary-long-{paper:?}.pdf"), &bytes);
        assert_qpdf_ok(&path);
        assert_eq!(page_count(&path), 3, "{paper:?}: the summary spills over");
        assert_inside_and_apart(&path);
    }
}

#[test]
fn any_plan_year() {
    for year in [i32::MIN, -1, 0, 1, 2028, 262_143, 262_144, i32::MAX] {
        let mut plan = plan_with_actions(12);
        plan.company.plan_year = year;
        let path = rendered(&format!("year-{year}.pdf"), &plan);
        assert!(pages_text(&path)[0].contains(&year.to_string()));
    }
}

#[test]
fn blank_lines_and_endless_paragraphs_print_a_bounded_pdf() {
    let mut plan = example();
    // What a pasted document can bring: a hundred thousand blank lines, then one paragraph of
    // fifty thousand characters without a line break, in the notes and in a table cell.
    let endless = "Une phrase sans fin qui continue encore, ".repeat(1_250);
    plan.notes = format!(
        "Début des notes.{}{endless}\nFin des notes.",
        "\n \n".repeat(100_000)
    );
    plan.diagnostic.pestel.political = format!("{endless}\n\n\n\nFin.");
    plan.mix.price = "\n".repeat(40_000) + "Prix.";
    let path = rendered("blank-lines.pdf", &plan);
    let pages = pages_text(&path);
    assert!(pages.len() < 60, "{} pages", pages.len());
    let text = squash(&pages.join("\n"));
    for expected in ["Début des notes.", "Fin des notes.", "Prix."] {
        assert!(text.contains(expected), "{expected:?} is missing");
    }
    assert!(
        text.matches("(texte raccourci : voir le fichier du plan)")
            .count()
            >= 2,
        "no note where the text was shortened"
    );
    // Blank lines print as one: "Début des notes." and the paragraph are one blank line apart.
    let notes_page = pages
        .iter()
        .find(|p| p.contains("Début des notes."))
        .cloned();
    let notes_page = notes_page.unwrap_or_default();
    let after: Vec<&str> = notes_page
        .lines()
        .skip_while(|l| !l.contains("Début des notes."))
        .skip(1)
        .take(2)
        .collect();
    assert_eq!(after.first().map(|l| l.trim()), Some(""), "{after:?}");
    assert!(
        after
            .get(1)
            .is_some_and(|l| l.contains("Une phrase sans fin")),
        "{after:?}"
    );
    assert_inside_and_apart(&path);

    let options = PdfOptions {
        language: Language::En,
        ..PdfOptions::for_plan(&plan, today())
    };
    let bytes = render(&plan, &options).unwrap_or_else(|e| panic!("{e}"));
    let text = squash(&pages_text(&save("blank-lines-en.pdf", &bytes)).join("\n"));
    assert!(
        text.contains("… (text shortened: see the plan file)")
            || text.contains("(text shortened: see the plan file)")
    );
}

#[test]
fn the_largest_plan_a_file_may_hold() {
    let plan = largest_plan();
    let json = boussole_core::format::to_json(&plan, chrono::Utc::now()).unwrap_or_default();
    let file = save("largest-plan.json", json.as_bytes());
    assert!(json.len() > 16_000_000, "{} bytes", json.len());
    boussole_core::format::read_file(&file).unwrap_or_else(|e| panic!("import refuses it: {e}"));
    let path = rendered("largest-plan.pdf", &plan);
    let pages = page_count(&path);
    // 1,537 pages when measured (docs/PERFORMANCE.md); 2,886 before each paragraph was bounded.
    assert!(pages <= 2_000, "{pages} pages");
}
