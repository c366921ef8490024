//! The PDF prints the figures: on twenty plans (the example plan, and variants with cancelled,
//! undated and out-of-year actions, amounts with cents, KPIs of every kind and in other units),
//! the budget's planned total, each quarter, each objective's and each KPI's progress read back
//! with `pdftotext` are the core's figures, written by the core's one rule for money and
//! percentages, and the printed quarters add up to the printed total.

mod common;

use boussole_core::figures::{self, ObjectiveMeasure};
use boussole_core::labels::{money, percent, Term};
use boussole_core::plan::*;
use boussole_core::print::{PdfOptions, PdfSection};
use common::{pages_text, save, squash};

/// The example plan varied by `seed`: some actions cancelled, undated, out of the year, with
/// cents; a KPI made a flow, one made a level in another unit.
fn variant(seed: usize) -> Plan {
    let mut plan = common::example();
    let year = plan.company.plan_year;
    for (i, action) in plan.actions.iter_mut().enumerate() {
        let k = (i + seed) % 7;
        if k == 0 && seed % 2 == 1 {
            action.status = ActionStatus::Cancelled;
        }
        if k == 1 && seed.is_multiple_of(3) {
            action.start = None;
            action.end = None;
        }
        if k == 2 && seed % 4 == 1 {
            action.start = NaiveDate::from_ymd_opt(year - 1, 11, 15);
        }
        if let Some(m) = action.planned_budget {
            action.planned_budget = Some(Money(m.cents() + ((seed * 37 + i * 11) % 100) as i64));
        }
    }
    if seed % 5 == 2 {
        plan.kpis[0].counts = KpiCounts::Flow;
    }
    if seed % 5 == 3 {
        plan.kpis[0].unit = "couverts/jour".into();
    }
    plan
}

use chrono::NaiveDate;

/// The amounts in euros of a line of `pdftotext -layout` text, in whole units, read cell by
/// cell (cells are apart by two spaces or more): "14 063 €" or "€14,063".
fn amounts(line: &str) -> Vec<i64> {
    let spaced = line.replace(['\u{a0}', '\u{202f}'], " ");
    spaced
        .split("  ")
        .map(str::trim)
        .filter_map(|cell| {
            let negative = cell.starts_with('-');
            let body = cell.trim_start_matches('-');
            let digits = if let Some(fr) = body.strip_suffix('€') {
                fr.trim().replace(' ', "")
            } else if let Some(en) = body.strip_prefix('€') {
                en.replace(',', "")
            } else {
                return None;
            };
            let value: i64 = digits.parse().ok()?;
            Some(if negative { -value } else { value })
        })
        .collect()
}

#[test]
fn the_pdf_prints_the_figures_and_its_parts_add_up() {
    let today = NaiveDate::from_ymd_opt(2027, 7, 10).unwrap();
    for seed in 0..20 {
        let plan = variant(seed);
        let lang = if seed % 2 == 0 {
            Language::Fr
        } else {
            Language::En
        };
        let f = figures::of(&plan, today);
        let mut options = PdfOptions::for_plan(&plan, today);
        options.language = lang;
        options.sections = vec![PdfSection::Objectives, PdfSection::Budget, PdfSection::Kpis];
        let bytes = boussole_pdf::render(&plan, &options).unwrap();
        let path = save(&format!("consistency-{seed}.pdf"), &bytes);
        let text = pages_text(&path).join("\n");
        let flat = squash(&text);
        let cur = &plan.company.currency;

        // The planned total, as the core writes it.
        let planned = squash(&money(f.budget.total.planned, cur, lang));
        assert!(
            flat.contains(&planned),
            "seed {seed}: the planned total {planned} is not printed"
        );

        // Each quarter's planned amount, and the printed quarters add up to the printed total.
        let prefix = Term::Quarter.label(lang);
        let mut printed_quarters = 0;
        for (q, amounts_of_quarter) in f.budget.quarters.iter().enumerate() {
            let label = format!("{prefix}{} {}", q + 1, plan.company.plan_year);
            let line = text
                .lines()
                .find(|l| squash(l).starts_with(&label) && !amounts(l).is_empty())
                .unwrap_or_else(|| panic!("seed {seed}: no row {label}"));
            let first = amounts(line)[0];
            assert_eq!(
                first * 100,
                amounts_of_quarter.planned.cents(),
                "seed {seed}: {label}"
            );
            printed_quarters += first;
        }
        for term in [Term::OtherYears, Term::Undated] {
            if let Some(line) = text
                .lines()
                .find(|l| squash(l).starts_with(term.label(lang)) && !amounts(l).is_empty())
            {
                printed_quarters += amounts(line)[0];
            }
        }
        assert_eq!(
            printed_quarters * 100,
            f.budget.total.planned.cents(),
            "seed {seed}: the printed quarters add up to the printed total"
        );

        // Each objective's progress, or "not comparable".
        for o in &f.objectives {
            match &o.measure {
                ObjectiveMeasure::Measured { progress, .. } => {
                    let p = squash(&percent(*progress, lang));
                    assert!(flat.contains(&p), "seed {seed}: objective {} at {p}", o.id);
                }
                ObjectiveMeasure::NotComparable { units } => {
                    // The label may wrap in its narrow column: its last word, then the units.
                    let label = Term::NotComparable.label(lang);
                    let last = label.rsplit(' ').next().unwrap_or(label);
                    assert!(flat.contains(last), "seed {seed}: {label}");
                    assert!(flat.contains(&units.join(", ")), "seed {seed}: {units:?}");
                }
                _ => {}
            }
        }
        // Each KPI's progress and pace.
        for k in &f.kpis {
            if let Some(p) = k.progress {
                let p = squash(&percent(p, lang));
                assert!(flat.contains(&p), "seed {seed}: KPI {} at {p}", k.id);
                assert!(
                    flat.contains(k.pace.label(lang)),
                    "seed {seed}: KPI {} pace",
                    k.id
                );
            }
        }
    }
}
