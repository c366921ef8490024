//! KPIs that measure their objective: flow KPIs whose year, at their frequency, does not add up to
//! the objective's target (a monthly revenue target × 12 far from the annual revenue objective),
//! and a business or customer objective followed only by audience figures (likes, followers,
//! views, impressions).
//!
//! What a KPI adds up to over the year is the figures' goal (`crate::figures`), converted into the
//! objective's unit by `figures::units`; nothing is added up here but the KPIs' goals. An
//! objective followed only in another unit is `objective-not-comparable`'s, unless its KPIs are
//! audience figures: then this finding says more, and replaces it.

use chrono::Datelike;

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use super::super::words::audience_figure;
use crate::figures::units;
use crate::plan::{Kpi, KpiCounts, Objective, ObjectiveCategory, Step};

/// Share of the objective's target below which the KPIs' year falls short of it: a tenth of the
/// way, the same tolerance as the pace of a KPI (`figures::PACE_TOLERANCE`).
pub(crate) const YEAR_SHORT: f64 = 1.0 - crate::figures::PACE_TOLERANCE;
/// Multiple of the objective's target beyond which the KPIs' year looks like the annual figure
/// typed as each period's target.
pub(crate) const YEAR_OVER: f64 = 2.0;

/// Runs the measuring rules.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let mut linked: Vec<Vec<usize>> = vec![Vec::new(); cx.plan.objectives.len()];
    let index: std::collections::HashMap<_, _> = cx
        .plan
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id, i))
        .collect();
    for (k, kpi) in cx.plan.kpis.iter().enumerate() {
        if let Some(&i) = kpi.objective_id.and_then(|id| index.get(&id)) {
            linked[i].push(k);
        }
    }
    for (objective, kpis) in cx.plan.objectives.iter().zip(&linked) {
        if audience_only(objective, kpis.iter().map(|&k| &cx.plan.kpis[k])) {
            let first = &cx.plan.kpis[kpis[0]];
            out.push(Finding::new(
                RuleId::ObjectiveAudienceOnly,
                Location::item(Step::Kpis, ItemRef::kpi(first.id), Some("name")),
                Details {
                    other_name: Some(first.name.trim().to_string()),
                    ..Details::named(&objective.title)
                },
            ));
            continue;
        }
        year_of_flows(cx, objective, kpis, out);
    }
}

/// Whether a business or customer objective is followed by KPIs that all count an audience.
pub(super) fn audience_only<'a>(
    objective: &Objective,
    mut kpis: impl Iterator<Item = &'a Kpi>,
) -> bool {
    let counted = matches!(
        objective.category,
        ObjectiveCategory::Business | ObjectiveCategory::Customer
    );
    let Some(first) = kpis.next() else {
        return false;
    };
    let audience = |k: &Kpi| audience_figure(&k.name) || audience_figure(&k.unit);
    counted && audience(first) && kpis.all(audience)
}

/// The KPIs' year against the objective's target, when a flow KPI in the objective's unit is
/// among them: flows and year-to-date totals in its unit add up (the figures count them so), and
/// their sum should land near the target.
fn year_of_flows(cx: &Context, objective: &Objective, kpis: &[usize], out: &mut Vec<Finding>) {
    let Some(target) = objective.target.filter(|t| *t > 0.0 && t.is_finite()) else {
        return;
    };
    if objective.unit.trim().is_empty() {
        return;
    }
    let mut sum = 0.0;
    let mut first_flow: Option<&Kpi> = None;
    for &k in kpis {
        let kpi = &cx.plan.kpis[k];
        if kpi.unit.trim().is_empty() {
            continue;
        }
        let Some(factor) = units::factor(&kpi.unit, &objective.unit) else {
            continue;
        };
        let flow = kpi.counts == KpiCounts::Flow && kpi.frequency.is_some();
        if !flow && kpi.counts != KpiCounts::Cumulative {
            continue;
        }
        let Some(goal) = cx.figures.kpis.get(k).and_then(|f| f.goal) else {
            continue;
        };
        sum += goal * factor;
        if flow && first_flow.is_none() {
            first_flow = Some(kpi);
        }
    }
    let Some(kpi) = first_flow else {
        return;
    };
    // An objective due before December may be reached before the year's flows are all in: only
    // falling short is then a sign.
    let whole_year = objective.deadline.is_none_or(|d| {
        d.year() > cx.plan.company.plan_year
            || (d.year() == cx.plan.company.plan_year && d.month() == 12)
    });
    if sum < YEAR_SHORT * target || (whole_year && sum > YEAR_OVER * target) {
        out.push(Finding::new(
            RuleId::KpiYearMissesObjective,
            Location::item(Step::Kpis, ItemRef::kpi(kpi.id), Some("target")),
            Details {
                other_name: Some(objective.title.trim().to_string()),
                value: Some(sum),
                expected: Some(target),
                unit: Some(objective.unit.trim().to_string()),
                frequency: kpi.frequency,
                ..Details::named(&kpi.name)
            },
        ));
    }
}
