//! Bringing plans written by earlier versions up to today's model, on their JSON before it is
//! decoded: plan files of format 1 (and of format 2 written before a field of the wave existed)
//! and the sections stored by an older database, which a migration passes through the same
//! functions. Each function only fills what is missing, so running it twice changes nothing.

use serde_json::{json, Map, Value};

/// Brings a whole plan (the `plan` object of a plan file) up to date.
pub fn plan(plan: &mut Value) {
    if let Some(object) = plan.as_object_mut() {
        fill(object, "start", start);
        fill(object, "adjustments", || json!([]));
        fill(object, "yearEnd", year_end);
    }
    if let Some(targets) = plan.get_mut("targets") {
        self::targets(targets);
    }
    if let Some(objectives) = plan.get_mut("objectives") {
        self::objectives(objectives);
    }
    if let Some(actions) = plan.get_mut("actions").and_then(Value::as_array_mut) {
        actions.iter_mut().for_each(action);
    }
    if let Some(kpis) = plan.get_mut("kpis") {
        self::kpis(kpis);
    }
}

/// How a plan written before format 2 starts: not the example, no trade, nothing visited.
pub fn start() -> Value {
    json!({ "example": false, "trade": null, "visitedSteps": [], "exampleFigures": [] })
}

/// An empty year-end review.
pub fn year_end() -> Value {
    json!({ "actions": [], "objectives": [], "lessons": "" })
}

/// The year-end review of a plan, as its renewal copied it into next year's `review` before
/// format 2 kept it on the plan itself: each action's decision and note, each objective's
/// measured result and comment, the lessons.
pub fn year_end_from_review(review: &Value) -> Value {
    let list = |key: &str| {
        review
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let actions: Vec<Value> = list("actions")
        .iter()
        .map(|a| json!({ "actionId": a["actionId"], "decision": a["decision"], "note": a.get("note").cloned().unwrap_or(json!("")) }))
        .collect();
    let objectives: Vec<Value> = list("objectives")
        .iter()
        .map(|o| json!({ "objectiveId": o["objectiveId"], "result": o["measured"], "comment": o.get("comment").cloned().unwrap_or(json!("")) }))
        .collect();
    json!({
        "actions": actions,
        "objectives": objectives,
        "lessons": review.get("lessons").cloned().unwrap_or(json!("")),
    })
}

/// Brings one action up to date: whom it is for was not said before format 2, and its channel
/// is made more precise where its words say so (a "LinkedIn" campaign was filed under social
/// media, a trade show under events, a trade magazine under print).
pub fn action(action: &mut Value) {
    let Some(action) = action.as_object_mut() else {
        return;
    };
    if !action.contains_key("segmentIds") {
        let words = format!(
            "{} {}",
            action
                .get("title")
                .and_then(Value::as_str)
                .unwrap_or_default(),
            action
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or_default()
        )
        .to_lowercase();
        let refined = match action.get("channel").and_then(Value::as_str) {
            Some("socialMedia") if words.contains("linkedin") => Some("professionalNetwork"),
            Some("events") if has_any(&words, TRADE_SHOW_WORDS) => Some("tradeShows"),
            Some("print") if has_any(&words, TRADE_PRESS_WORDS) => Some("tradePress"),
            _ => None,
        };
        if let Some(channel) = refined {
            action.insert("channel".into(), Value::String(channel.into()));
        }
    }
    fill(action, "segmentIds", || json!([]));
    fill(action, "personaIds", || json!([]));
}

/// Brings the targets up to date: a persona's channels, free text before format 2, become a
/// choice among Boussole's channels (`channels_in`), the text kept beside them.
pub fn targets(targets: &mut Value) {
    let personas = targets.get_mut("personas").and_then(Value::as_array_mut);
    for persona in personas.into_iter().flatten() {
        let Some(persona) = persona.as_object_mut() else {
            continue;
        };
        if let Some(Value::String(text)) = persona.get("channels").cloned() {
            let channels: Vec<Value> = channels_in(&text)
                .into_iter()
                .map(|c| Value::String(c.into()))
                .collect();
            persona.insert("channels".into(), Value::Array(channels));
            persona.insert("channelsNote".into(), Value::String(text));
        }
        fill(persona, "channelsNote", || Value::String(String::new()));
    }
}

/// Brings the objectives up to date: no seasonal profile before format 2.
pub fn objectives(objectives: &mut Value) {
    for objective in objectives.as_array_mut().into_iter().flatten() {
        if let Some(object) = objective.as_object_mut() {
            fill(object, "monthlyProfile", || Value::Null);
        }
    }
}

const TRADE_SHOW_WORDS: &[&str] = &[
    "salon professionnel",
    "salons professionnels",
    "salon pro",
    "trade show",
    "trade fair",
    "b2b",
];
const TRADE_PRESS_WORDS: &[&str] = &[
    "presse professionnelle",
    "revue professionnelle",
    "annuaire",
    "trade press",
    "trade magazine",
    "directory",
];

/// The words that name each channel in an owner's description of where people are reached,
/// in French and English; the order of the list is the order the channels are given in.
const CHANNEL_WORDS: &[(&str, &[&str])] = &[
    (
        "professionalNetwork",
        &[
            "linkedin",
            "réseau professionnel",
            "réseaux professionnels",
            "professional network",
        ],
    ),
    (
        "socialMedia",
        &[
            "instagram",
            "facebook",
            "tiktok",
            "pinterest",
            "réseaux sociaux",
            "réseau social",
            "social media",
            "youtube",
        ],
    ),
    (
        "tradeShows",
        &[
            "salon professionnel",
            "salons professionnels",
            "salons pro",
            "trade show",
            "trade fair",
        ],
    ),
    (
        "tradePress",
        &[
            "presse professionnelle",
            "presse spécialisée",
            "revue",
            "trade press",
            "trade magazine",
            "annuaire",
        ],
    ),
    (
        "events",
        &[
            "événement",
            "évènement",
            "marché",
            "dégustation",
            "portes ouvertes",
            "festival",
            "foire",
            "event",
            "tasting",
            "fair",
        ],
    ),
    (
        "email",
        &["newsletter", "e-mail", "email", "courriel", "mail"],
    ),
    (
        "website",
        &["site web", "site internet", "website", "notre site"],
    ),
    ("seo", &["google", "recherche", "search"]),
    (
        "localListings",
        &[
            "google maps",
            "pages jaunes",
            "avis",
            "tripadvisor",
            "reviews",
            "maps",
        ],
    ),
    (
        "marketplaces",
        &[
            "amazon",
            "etsy",
            "booking",
            "thefork",
            "airbnb",
            "marketplace",
            "place de marché",
            "malt",
        ],
    ),
    (
        "pressRelations",
        &[
            "presse",
            "journal",
            "radio",
            "télé",
            "magazine",
            "press",
            "newspaper",
        ],
    ),
    (
        "print",
        &[
            "flyer",
            "prospectus",
            "affiche",
            "dépliant",
            "courrier",
            "boîte aux lettres",
            "leaflet",
            "poster",
            "mailing",
        ],
    ),
    (
        "partnerships",
        &[
            "partenaire",
            "office de tourisme",
            "association",
            "club",
            "partner",
            "tourist office",
        ],
    ),
    (
        "directSales",
        &[
            "commercial",
            "commerciaux",
            "visite",
            "téléphone",
            "appel",
            "prospection",
            "sales rep",
            "phone",
            "call",
        ],
    ),
    (
        "inStore",
        &[
            "boutique",
            "vitrine",
            "magasin",
            "comptoir",
            "in store",
            "shop window",
            "store",
        ],
    ),
    (
        "referral",
        &[
            "bouche-à-oreille",
            "bouche à oreille",
            "recommandation",
            "parrainage",
            "word of mouth",
            "referral",
            "friends",
        ],
    ),
];

/// Boussole's channels an owner's free text names, each once, in Boussole's order; none when
/// nothing in it is recognised (such a persona then gives no channel finding).
pub fn channels_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let mut found: Vec<&'static str> = CHANNEL_WORDS
        .iter()
        .filter(|(_, words)| has_any(&lower, words))
        .map(|(channel, _)| *channel)
        .collect();
    // "Google Maps" is a local listing, not search: without another word for search, drop it.
    if found.contains(&"localListings")
        && found.contains(&"seo")
        && !has_any(&lower, &["recherche", "search", "référencement"])
    {
        found.retain(|c| *c != "seo");
    }
    found
}

fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
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
    fn a_persona_s_words_become_channels_and_stay_beside_them() {
        let mut targets = json!({ "personas": [
            { "channels": "Salons professionnels, visites de commerciaux, Instagram, bouche-à-oreille entre épiciers." },
            { "channels": "LinkedIn et la presse professionnelle" },
            { "channels": "Office de tourisme, Google Maps" },
            { "channels": "Quand elle passe devant" },
            { "channels": ["email"], "channelsNote": "newsletter" }
        ]});
        super::targets(&mut targets);
        let channels = |i: usize| targets["personas"][i]["channels"].clone();
        assert_eq!(
            channels(0),
            json!(["socialMedia", "tradeShows", "directSales", "referral"])
        );
        assert_eq!(
            channels(1),
            json!(["professionalNetwork", "tradePress", "pressRelations"])
        );
        assert_eq!(channels(2), json!(["localListings", "partnerships"]));
        assert_eq!(
            channels(3),
            json!([]),
            "nothing recognised: no channel, no finding"
        );
        assert_eq!(
            targets["personas"][0]["channelsNote"],
            "Salons professionnels, visites de commerciaux, Instagram, bouche-à-oreille entre épiciers."
        );
        assert_eq!(channels(4), json!(["email"]), "already a list: kept");
    }

    #[test]
    fn an_action_s_channel_is_refined_by_its_words_once() {
        let mut a =
            json!({ "title": "Campagne LinkedIn auprès des DRH", "channel": "socialMedia" });
        super::action(&mut a);
        assert_eq!(a["channel"], "professionalNetwork");
        let mut b = json!({ "title": "Salon du chocolat", "channel": "events" });
        super::action(&mut b);
        assert_eq!(b["channel"], "events", "a consumer fair stays an event");
        let mut c =
            json!({ "title": "Annonce LinkedIn", "channel": "socialMedia", "segmentIds": [] });
        super::action(&mut c);
        assert_eq!(
            c["channel"], "socialMedia",
            "an action of format 2 is the owner's choice"
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
