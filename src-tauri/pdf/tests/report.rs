//! The progress report and the adjustment log, read back with poppler and qpdf: what a banker
//! reads at a date, in both languages, within the page bounds; the roadmap's adjustment log
//! printed only when it has entries.

mod common;

use boussole_core::figures::report;
use boussole_core::plan::*;
use boussole_core::print::{Paper, PdfOptions, ReportOptions};
use chrono::NaiveDate;
use common::*;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, m, day).unwrap_or_default()
}

/// The example plan with two adjustments, one after 30 June, and a reading after it.
fn steered() -> Plan {
    let mut plan = example();
    plan.adjustments = vec![
        Adjustment {
            id: AdjustmentId(1),
            date: d(4, 2),
            text: "Salon de Rennes annulé : le budget va à la fiche Google".into(),
            objective_id: Some(plan.objectives[0].id),
            action_id: Some(plan.actions[1].id),
        },
        Adjustment {
            id: AdjustmentId(2),
            date: d(9, 15),
            text: "Cible de la presse revue à la baisse".into(),
            objective_id: None,
            action_id: None,
        },
    ];
    plan.kpis[0].measurements.push(Measurement {
        date: d(10, 31),
        value: 3_333_333.0,
    });
    plan
}

fn progress_pdf(name: &str, plan: &Plan, language: Language) -> std::path::PathBuf {
    let date = d(6, 30);
    let known = report::known_by(plan, date);
    let progress = report::of(&known, date);
    let options = ReportOptions {
        language,
        paper: Paper::A4,
        date,
        today: d(7, 3),
    };
    let started = std::time::Instant::now();
    let done = boussole_pdf::progress_report(&known, &progress, &options)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    eprintln!("{name}: rendered in {:?}", started.elapsed());
    assert_eq!(done.unprinted, 0);
    let path = save(name, &done.bytes);
    assert_qpdf_ok(&path);
    path
}

#[test]
fn the_progress_report_says_where_the_plan_stands_at_its_date() {
    let plan = steered();
    let path = progress_pdf("progress-fr.pdf", &plan, Language::Fr);
    let count = page_count(&path);
    assert!((2..=4).contains(&count), "{count} pages");
    let text = squash(&pages_text(&path).join("\n"));
    for words in [
        "Rapport d’avancement",
        "au 30 juin 2027",
        "Objectifs et trajectoire",
        "manque le 31 mai",
        "Dépensé au 30 juin",
        "Prévu au 30 juin",
        "En retard (2)",
        "Terminées (1)",
        "Salon de Rennes annulé",
        "Page 1 / ",
    ] {
        assert!(text.contains(words), "missing {words:?} in {text}");
    }
    assert!(
        !text.contains("Cible de la presse revue"),
        "an adjustment after the date is left out"
    );
    assert!(
        !text.contains("3 333 333"),
        "a reading after the date is left out"
    );
    assert!(info(&path, "CreationDate").contains("2027"));
    assert_inside_and_apart(&path);

    let path = progress_pdf("progress-en.pdf", &plan, Language::En);
    let text = squash(&pages_text(&path).join("\n"));
    for words in [
        "Progress report",
        "as of 30 June 2027",
        "31 May missing",
        "Running late (2)",
        "Adjustments during the year",
        "On track",
    ] {
        assert!(text.contains(words), "missing {words:?} in {text}");
    }
    assert_inside_and_apart(&path);
}

#[test]
fn the_roadmap_prints_the_adjustment_log_only_when_it_has_entries() {
    let plan = steered();
    let options = PdfOptions::for_plan(&plan, today());
    let bytes = boussole_pdf::render(&plan, &options).unwrap();
    let text = squash(&pages_text(&save("roadmap-log-fr.pdf", &bytes)).join("\n"));
    assert!(text.contains("Ajustements de l’année"), "{text}");
    assert!(text.contains("Cible de la presse revue à la baisse"));
    let first = text.find("Salon de Rennes annulé").unwrap();
    let second = text.find("Cible de la presse revue").unwrap();
    assert!(first < second, "oldest first");

    let mut english = options.clone();
    english.language = Language::En;
    let bytes = boussole_pdf::render(&plan, &english).unwrap();
    let text = squash(&pages_text(&save("roadmap-log-en.pdf", &bytes)).join("\n"));
    assert!(text.contains("Adjustments during the year"), "{text}");

    let plain = example();
    let bytes = boussole_pdf::render(&plain, &PdfOptions::for_plan(&plain, today())).unwrap();
    let text = squash(&pages_text(&save("roadmap-no-log.pdf", &bytes)).join("\n"));
    assert!(!text.contains("Ajustements de l’année"));
}
