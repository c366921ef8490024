//! The figures a starting point brings with it (the envelope, objectives' and KPIs' baselines and
//! targets) until the owner confirms them: their places as `PlanStart::example_figures` names
//! them ("budget.envelope", "objective:2.target", "kpi:3.baseline"), the values found there, and
//! which of them an edit confirms.

use super::ids::{KpiId, ObjectiveId};
use super::model::Plan;

/// Where an example figure sits in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FigurePlace {
    Envelope,
    ObjectiveBaseline(ObjectiveId),
    ObjectiveTarget(ObjectiveId),
    KpiBaseline(KpiId),
    KpiTarget(KpiId),
}

/// A figure's value as the plan holds it: money in cents, other figures as typed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FigureValue {
    Cents(Option<i64>),
    Number(Option<f64>),
}

impl FigurePlace {
    /// Reads a place as written in `exampleFigures`; none for anything else.
    pub fn parse(place: &str) -> Option<FigurePlace> {
        if place == "budget.envelope" {
            return Some(FigurePlace::Envelope);
        }
        let (item, field) = place.split_once('.')?;
        let (kind, id) = item.split_once(':')?;
        let id: u32 = id.parse().ok()?;
        Some(match (kind, field) {
            ("objective", "baseline") => FigurePlace::ObjectiveBaseline(ObjectiveId(id)),
            ("objective", "target") => FigurePlace::ObjectiveTarget(ObjectiveId(id)),
            ("kpi", "baseline") => FigurePlace::KpiBaseline(KpiId(id)),
            ("kpi", "target") => FigurePlace::KpiTarget(KpiId(id)),
            _ => return None,
        })
    }

    /// The place as written in `exampleFigures`.
    pub fn key(self) -> String {
        match self {
            FigurePlace::Envelope => "budget.envelope".into(),
            FigurePlace::ObjectiveBaseline(id) => format!("objective:{id}.baseline"),
            FigurePlace::ObjectiveTarget(id) => format!("objective:{id}.target"),
            FigurePlace::KpiBaseline(id) => format!("kpi:{id}.baseline"),
            FigurePlace::KpiTarget(id) => format!("kpi:{id}.target"),
        }
    }

    /// The field's camelCase name inside its item or section.
    pub fn field(self) -> &'static str {
        match self {
            FigurePlace::Envelope => "envelope",
            FigurePlace::ObjectiveBaseline(_) | FigurePlace::KpiBaseline(_) => "baseline",
            FigurePlace::ObjectiveTarget(_) | FigurePlace::KpiTarget(_) => "target",
        }
    }

    /// The value at this place in `plan`; none when its objective or KPI is gone.
    pub fn value(self, plan: &Plan) -> Option<FigureValue> {
        let objective = |id| plan.objectives.iter().find(|o| o.id == id);
        let kpi = |id| plan.kpis.iter().find(|k| k.id == id);
        Some(match self {
            FigurePlace::Envelope => FigureValue::Cents(plan.budget.envelope.map(|m| m.cents())),
            FigurePlace::ObjectiveBaseline(id) => FigureValue::Number(objective(id)?.baseline),
            FigurePlace::ObjectiveTarget(id) => FigureValue::Number(objective(id)?.target),
            FigurePlace::KpiBaseline(id) => FigureValue::Number(kpi(id)?.baseline),
            FigurePlace::KpiTarget(id) => FigureValue::Number(kpi(id)?.target),
        })
    }
}

impl Plan {
    /// The example figures still to confirm, as places, in the order listed (unreadable
    /// entries left out).
    pub fn example_places(&self) -> Vec<FigurePlace> {
        self.start
            .example_figures
            .iter()
            .filter_map(|p| FigurePlace::parse(p))
            .collect()
    }

    /// Whether the figure at `place` is still an example the owner has not confirmed.
    pub fn is_example(&self, place: FigurePlace) -> bool {
        self.example_places().contains(&place)
    }
}

/// The example figures still to confirm once `before` has become `after`: a figure the owner
/// edited, or whose objective or KPI is gone, is the owner's now and leaves the list.
pub fn still_examples(before: &Plan, after: &Plan) -> Vec<String> {
    after
        .start
        .example_figures
        .iter()
        .filter(|entry| match FigurePlace::parse(entry) {
            Some(place) => match place.value(after) {
                Some(now) => place.value(before).is_none_or(|was| was == now),
                None => false,
            },
            None => true,
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Language, Money};

    #[test]
    fn places_read_back_as_written() {
        for key in [
            "budget.envelope",
            "objective:2.target",
            "objective:12.baseline",
            "kpi:3.baseline",
            "kpi:1.target",
        ] {
            assert_eq!(FigurePlace::parse(key).unwrap().key(), key);
        }
        for bad in [
            "objective:x.target",
            "kpi:1.unit",
            "budget",
            "action:1.target",
            "",
        ] {
            assert_eq!(FigurePlace::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_edited_or_removed_figure_is_confirmed_an_untouched_one_stays() {
        let mut before = crate::seed::example_plan(2027);
        before.start.example_figures = vec![
            "budget.envelope".into(),
            "objective:1.target".into(),
            "objective:1.baseline".into(),
            "kpi:1.target".into(),
        ];
        let mut after = before.clone();
        after.objectives[0].target = Some(after.objectives[0].target.unwrap() + 1.0);
        after.kpis.retain(|k| k.id != KpiId(1));
        assert_eq!(
            still_examples(&before, &after),
            vec!["budget.envelope", "objective:1.baseline"]
        );
        after.budget.envelope = Some(Money::from_units(1));
        assert_eq!(
            still_examples(&before, &after),
            vec!["objective:1.baseline"]
        );
        assert!(!Plan::blank("X", 2027, Language::Fr).is_example(FigurePlace::Envelope));
    }
}
