//! Bringing plans written by earlier versions up to today's model, on their JSON before it is
//! decoded: plan files of format 1 (and of format 2 written before a field of the wave existed)
//! and the sections stored by an older database, which a migration passes through the same
//! functions. Each function only fills what is missing, so running it twice changes nothing.

use serde_json::{Map, Value};

/// Brings a whole plan (the `plan` object of a plan file) up to date.
pub fn plan(plan: &mut Value) {
    if let Some(actions) = plan.get_mut("actions").and_then(Value::as_array_mut) {
        actions.iter_mut().for_each(action);
    }
    if let Some(kpis) = plan.get_mut("kpis") {
        self::kpis(kpis);
    }
}

/// Brings one action up to date: who it is for was not said before format 2.
pub fn action(action: &mut Value) {
    if let Some(action) = action.as_object_mut() {
        fill(action, "segmentIds", || Value::Array(vec![]));
        fill(action, "personaIds", || Value::Array(vec![]));
    }
}

/// Brings a plan's list of KPIs up to date: what each one counts is guessed from its name, its
/// unit and its readings (`counts_of`).
pub fn kpis(kpis: &mut Value) {
    for kpi in kpis.as_array_mut().into_iter().flatten() {
        if let Some(object) = kpi.as_object_mut() {
            if !object.contains_key("counts") {
                let counts = counts_of(object);
                object.insert("counts".into(), Value::String(counts.into()));
            }
        }
    }
}

fn fill(object: &mut Map<String, Value>, key: &str, value: impl FnOnce() -> Value) {
    if !object.contains_key(key) {
        object.insert(key.into(), value());
    }
}

/// Words that say a figure is a total since the start of the year.
const CUMULATIVE_WORDS: &[&str] = &[
    "cumul",
    "depuis le 1er janvier",
    "depuis le début",
    "depuis janvier",
    "à date",
    "year to date",
    "year-to-date",
    "ytd",
    "so far",
    "since january",
    "since 1 january",
];

/// Words that say a figure is the amount of one period (a week, a month, a quarter).
const FLOW_WORDS: &[&str] = &[
    "par mois",
    "mensuel",
    "du mois",
    "/mois",
    "per month",
    "a month",
    "monthly",
    "/month",
    "par semaine",
    "hebdomadaire",
    "/semaine",
    "per week",
    "weekly",
    "/week",
    "par trimestre",
    "trimestriel",
    "/trimestre",
    "per quarter",
    "quarterly",
    "/quarter",
];

/// What a KPI written before format 2 counts: a year-to-date total when its name or unit says
/// so, or when its first reading is under half its baseline while its target is above it (a
/// total counted from 1 January against last year's whole); the amount of a period when its name
/// or unit says "per month", "weekly"...; otherwise a level.
fn counts_of(kpi: &Map<String, Value>) -> &'static str {
    let text = |key: &str| {
        kpi.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_lowercase()
    };
    let words = format!("{} {}", text("name"), text("unit"));
    if CUMULATIVE_WORDS.iter().any(|w| words.contains(w)) {
        return "cumulative";
    }
    if FLOW_WORDS.iter().any(|w| words.contains(w)) {
        return "flow";
    }
    let figure = |key: &str| kpi.get(key).and_then(Value::as_f64);
    let first = kpi
        .get("measurements")
        .and_then(Value::as_array)
        .and_then(|m| {
            m.iter()
                .filter_map(|r| Some((r.get("date")?.as_str()?, r.get("value")?.as_f64()?)))
                .min_by(|a, b| a.0.cmp(b.0))
        })
        .map(|(_, value)| value);
    match (figure("baseline"), figure("target"), first) {
        (Some(baseline), Some(target), Some(first))
            if baseline > 0.0 && target > baseline && first < baseline / 2.0 =>
        {
            "cumulative"
        }
        _ => "level",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn counts(kpi: Value) -> String {
        let mut list = json!([kpi]);
        kpis(&mut list);
        list[0]["counts"].as_str().unwrap().to_string()
    }

    #[test]
    fn what_a_kpi_counts_is_guessed_from_its_words_then_its_readings() {
        let kpi = |name: &str, unit: &str, baseline: f64, target: f64, first: f64| {
            json!({"name": name, "unit": unit, "baseline": baseline, "target": target,
                   "measurements": [{"date": "2027-02-28", "value": first + 1.0},
                                    {"date": "2027-01-31", "value": first}]})
        };
        assert_eq!(
            counts(kpi(
                "Chiffre d’affaires cumulé depuis le 1er janvier",
                "€",
                3.8e6,
                4.1e6,
                196e3
            )),
            "cumulative"
        );
        assert_eq!(
            counts(kpi("Visites par mois", "visites", 900.0, 1200.0, 950.0)),
            "flow"
        );
        assert_eq!(counts(kpi("Sales", "€/month", 9e3, 1e4, 9e3)), "flow");
        assert_eq!(
            counts(kpi(
                "Retombées presse hors de Bretagne",
                "retombées",
                6.0,
                20.0,
                2.0
            )),
            "cumulative",
            "the first reading under half of last year's total: counted from 1 January"
        );
        assert_eq!(
            counts(kpi("Revendeurs actifs", "revendeurs", 180.0, 210.0, 181.0)),
            "level"
        );
        assert_eq!(
            counts(json!({"name": "Taux de conversion", "unit": "%"})),
            "level"
        );
    }

    #[test]
    fn upgrading_fills_only_what_is_missing_and_twice_changes_nothing() {
        let mut plan = json!({
            "actions": [{"id": 1}, {"id": 2, "segmentIds": [3], "personaIds": []}],
            "kpis": [{"name": "Abonnés", "counts": "flow"}, {"name": "Abonnés"}]
        });
        super::plan(&mut plan);
        assert_eq!(plan["actions"][0]["segmentIds"], json!([]));
        assert_eq!(plan["actions"][1]["segmentIds"], json!([3]));
        assert_eq!(plan["kpis"][0]["counts"], "flow", "a stated value is kept");
        assert_eq!(plan["kpis"][1]["counts"], "level");
        let once = plan.clone();
        super::plan(&mut plan);
        assert_eq!(plan, once);
    }
}
