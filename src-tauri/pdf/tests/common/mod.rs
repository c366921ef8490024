//! Test helpers: plans to render (the example plan and generated large ones) and the poppler
//! and qpdf oracles that read a PDF back (text per page, word boxes, outline, links).
//!
//! Shared by the integration tests and the benchmark, which includes this file by path.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use boussole_core::plan::*;
use chrono::NaiveDate;

/// The date the tests print on the cover.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 15).unwrap_or_default()
}

/// The realistic example plan.
pub fn example() -> Plan {
    boussole_core::seed::example_plan(2027)
}

fn day(year: i32, ordinal: u32) -> Option<NaiveDate> {
    NaiveDate::from_yo_opt(year, ordinal.clamp(1, 365))
}

/// The example plan with its actions replaced by `n` generated ones: varied levers, channels,
/// lengths and dates (a few undated, a few spilling over the year), milestones and budgets.
pub fn plan_with_actions(n: usize) -> Plan {
    let mut plan = example();
    let levers = [
        Lever::Product,
        Lever::Price,
        Lever::Place,
        Lever::Promotion,
        Lever::People,
        Lever::Process,
        Lever::PhysicalEvidence,
    ];
    let channels = [
        Channel::Website,
        Channel::Seo,
        Channel::Email,
        Channel::Events,
        Channel::SocialAds,
        Channel::Print,
    ];
    let objective_ids: Vec<ObjectiveId> = plan.objectives.iter().map(|o| o.id).collect();
    plan.actions = (0..n)
        .map(|i| {
            let start = (i * 37 % 330 + 1) as u32;
            let length = (i * 13 % 90 + 5) as u32;
            let (start_date, end_date) = match i % 23 {
                0 => (None, None),
                1 => (day(2026, 340), day(2027, 40)),
                2 => (day(2027, 350), day(2028, 20)),
                _ => (day(2027, start), day(2027, start + length)),
            };
            Action {
                segment_ids: vec![],
                persona_ids: vec![],
                id: ActionId(i as u32 + 1),
                title: format!(
                    "Action {} : {}",
                    i + 1,
                    ["Salon régional", "Campagne e-mail de relance des clients dormants", "Refonte des fiches produits", "Partenariat avec l’office de tourisme"][i % 4]
                ),
                description: "Préparer, lancer puis mesurer ; ajuster après quinze jours selon les retours des clients et des revendeurs.".repeat(1 + i % 3),
                objective_ids: objective_ids.iter().copied().skip(i % 3).take(2).collect(),
                lever: if i % 11 == 5 { None } else { Some(levers[i % levers.len()]) },
                channel: Some(channels[i % channels.len()]),
                owner: ["Claire Moal", "Yann Le Bihan", "Sophie Tanguy"][i % 3].into(),
                start: start_date,
                end: end_date,
                milestones: (0..i % 3)
                    .map(|m| Milestone {
                        title: format!("Étape {}", m + 1),
                        date: day(2027, start + length * (m as u32 + 1) / 3),
                        done: m == 0,
                    })
                    .collect(),
                planned_budget: Some(Money::from_units(((i * 7919) % 9000 + 500) as i64)),
                actual_spend: if i % 4 == 0 { Some(Money::from_units(((i * 104_729) % 7000) as i64)) } else { None },
                status: [ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done][i % 3],
                correction_note: String::new(),
            }
        })
        .collect();
    plan.budget.envelope = Some(
        plan.actions
            .iter()
            .filter_map(|a| a.planned_budget)
            .sum::<Money>()
            .saturating_add(Money::from_units(5000)),
    );
    plan
}

/// Writes bytes under the test scratch directory and returns the path.
pub fn save(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("boussole-pdf");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    path
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `qpdf --check` passes.
pub fn assert_qpdf_ok(path: &Path) {
    let out = run("qpdf", &["--check", path.to_str().unwrap_or_default()]);
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
}

/// A field of `pdfinfo`, e.g. "Pages".
pub fn info(path: &Path, field: &str) -> String {
    let out = run("pdfinfo", &[path.to_str().unwrap_or_default()]);
    out.lines()
        .find_map(|l| {
            l.strip_prefix(&format!("{field}:"))
                .map(|v| v.trim().to_string())
        })
        .unwrap_or_default()
}

/// The page count according to `pdfinfo`.
pub fn page_count(path: &Path) -> usize {
    info(path, "Pages").parse().unwrap_or(0)
}

/// The text of each page (layout mode, so table rows stay on one line).
pub fn pages_text(path: &Path) -> Vec<String> {
    let out = run(
        "pdftotext",
        &["-layout", path.to_str().unwrap_or_default(), "-"],
    );
    let mut pages: Vec<String> = out.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Collapses every kind of space to one ordinary space, for searching.
pub fn squash(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{202F}' || c == '\u{A0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word and its box on a page, in points from the top-left corner.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

/// One page's size and words, from `pdftotext -bbox`.
#[derive(Debug, Clone)]
pub struct PageWords {
    pub width: f32,
    pub height: f32,
    pub words: Vec<Word>,
}

fn attr(tag: &str, name: &str) -> f32 {
    tag.split(&format!("{name}=\""))
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(f32::NAN)
}

/// Every word of every page with its box.
pub fn words(path: &Path) -> Vec<PageWords> {
    let out = run(
        "pdftotext",
        &["-bbox", path.to_str().unwrap_or_default(), "-"],
    );
    let mut pages = Vec::new();
    for chunk in out.split("<page ").skip(1) {
        let head = chunk.split('>').next().unwrap_or_default();
        let mut page = PageWords {
            width: attr(head, "width"),
            height: attr(head, "height"),
            words: Vec::new(),
        };
        for w in chunk.split("<word ").skip(1) {
            let tag = w.split('>').next().unwrap_or_default();
            let text = w
                .split('>')
                .nth(1)
                .and_then(|s| s.split("</word").next())
                .unwrap_or_default();
            page.words.push(Word {
                text: text
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\""),
                x0: attr(tag, "xMin"),
                y0: attr(tag, "yMin"),
                x1: attr(tag, "xMax"),
                y1: attr(tag, "yMax"),
            });
        }
        pages.push(page);
    }
    pages
}

/// Asserts that every word sits inside the page margins (the footer inside the bottom margin)
/// and that no two words overlap.
pub fn assert_inside_and_apart(path: &Path) {
    for (p, page) in words(path).iter().enumerate() {
        for w in &page.words {
            assert!(
                w.x0 >= 40.0
                    && w.x1 <= page.width - 40.0
                    && w.y0 >= 0.0
                    && w.y1 <= page.height - 20.0,
                "page {}: word {:?} runs off the page ({} x {})",
                p + 1,
                w,
                page.width,
                page.height
            );
        }
        let mut sorted: Vec<&Word> = page.words.iter().collect();
        sorted.sort_by(|a, b| a.y0.total_cmp(&b.y0));
        for (i, a) in sorted.iter().enumerate() {
            for b in sorted[i + 1..].iter().take_while(|b| b.y0 < a.y1) {
                let dx = a.x1.min(b.x1) - a.x0.max(b.x0);
                let dy = a.y1.min(b.y1) - a.y0.max(b.y0);
                assert!(
                    dx <= 0.6 || dy <= 0.6,
                    "page {}: {:?} overlaps {:?}",
                    p + 1,
                    a,
                    b
                );
            }
        }
    }
}

/// One outline item: title, 1-based page, children.
#[derive(Debug, Clone)]
pub struct Bookmark {
    pub title: String,
    pub page: usize,
    pub kids: Vec<Bookmark>,
}

fn bookmarks_of(items: &serde_json::Value) -> Vec<Bookmark> {
    items
        .as_array()
        .map(|list| {
            list.iter()
                .map(|o| Bookmark {
                    title: o["title"].as_str().unwrap_or_default().to_string(),
                    page: o["destpageposfrom1"].as_u64().unwrap_or(0) as usize,
                    kids: bookmarks_of(&o["kids"]),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The whole `qpdf --json` of a file.
pub fn qpdf_json(path: &Path) -> serde_json::Value {
    let out = run("qpdf", &["--json", path.to_str().unwrap_or_default()]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("qpdf json: {e}"))
}

/// The outline (bookmarks) tree.
pub fn bookmarks(json: &serde_json::Value) -> Vec<Bookmark> {
    bookmarks_of(&json["outlines"])
}

/// The pages each link annotation of a page (1-based) jumps to, in order.
pub fn link_targets(json: &serde_json::Value, page: usize) -> Vec<usize> {
    let pages = json["pages"].as_array().cloned().unwrap_or_default();
    let number_of = |object: &str| {
        pages
            .iter()
            .position(|p| p["object"] == object)
            .map(|i| i + 1)
            .unwrap_or(0)
    };
    let objects = &json["qpdf"][1];
    let Some(object) = pages.get(page - 1).and_then(|p| p["object"].as_str()) else {
        return vec![];
    };
    let annots = &objects[format!("obj:{object}")]["value"]["/Annots"];
    annots
        .as_array()
        .map(|list| {
            list.iter()
                .map(|a| {
                    let a = match a.as_str() {
                        Some(reference) => &objects[format!("obj:{reference}")]["value"],
                        None => a,
                    };
                    number_of(a["/A"]["/D"][0].as_str().unwrap_or_default())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// `12 500 €` the French way, written independently of the crate's formatter.
pub fn fr_euros(units: i64) -> String {
    let digits = units.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(c);
    }
    format!("{}{out}\u{A0}€", if units < 0 { "-" } else { "" })
}

/// `€12,500` the English way, written independently of the crate's formatter.
pub fn en_euros(units: i64) -> String {
    let digits = units.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{}€{out}", if units < 0 { "-" } else { "" })
}

/// French prose of `chars` characters: sentences, a line break every few, and now and then a
/// run of blank lines (what a pasted document brings).
pub fn prose(chars: usize, seed: usize) -> String {
    let sentences = [
        "Relancer l’imprimeur pour les coffrets ; vérifier les stocks de beurre avant l’été. ",
        "Les revendeurs demandent des présentoirs plus petits et des étiquettes bilingues. ",
        "Mesurer chaque mois le panier moyen en boutique et sur le site, puis comparer. ",
    ];
    let mut out = String::with_capacity(chars + 100);
    let mut i = seed;
    let mut count = 0;
    while count < chars {
        let sentence = sentences[i % sentences.len()];
        out.push_str(sentence);
        count += sentence.chars().count();
        i += 1;
        if i.is_multiple_of(5) {
            out.push('\n');
            count += 1;
        }
        if i.is_multiple_of(97) {
            out.push_str(&"\n".repeat(40));
            count += 40;
        }
    }
    out.chars().take(chars).collect()
}

/// The largest plan a plan file may hold: 2,000 actions, 500 KPIs, every long text and list
/// filled, and the action descriptions sized so that the file comes just under the 16 MB that
/// import accepts.
pub fn largest_plan() -> Plan {
    use boussole_core::plan::validate::{MAX_ACTIONS, MAX_KPIS, MAX_LONG_TEXT, MAX_NOTES};
    let mut plan = plan_with_actions(MAX_ACTIONS);
    let long = |seed| prose(MAX_LONG_TEXT, seed);
    plan.company.name = "Biscuiterie Caradec ".repeat(10);
    plan.notes = prose(MAX_NOTES, 1);
    plan.budget.notes = long(2);
    let d = &mut plan.diagnostic;
    d.market.growth = long(3);
    d.market.outlook = long(4);
    d.offer.description = long(5);
    d.audience = long(6);
    for text in [
        &mut d.pestel.political,
        &mut d.pestel.economic,
        &mut d.pestel.social,
        &mut d.pestel.technological,
        &mut d.pestel.environmental,
        &mut d.pestel.legal,
        &mut d.porter.rivalry.note,
        &mut d.porter.new_entrants.note,
        &mut d.porter.substitutes.note,
        &mut d.porter.buyer_power.note,
        &mut d.porter.supplier_power.note,
        &mut plan.mix.product,
        &mut plan.mix.price,
        &mut plan.mix.place,
        &mut plan.mix.promotion,
        &mut plan.mix.people,
        &mut plan.mix.process,
        &mut plan.mix.physical_evidence,
        &mut plan.positioning.value_proposition,
        &mut plan.positioning.brand_promise,
        &mut plan.positioning.statement,
        &mut plan.review.lessons,
    ] {
        *text = long(7);
    }
    for list in [
        &mut d.swot.strengths,
        &mut d.swot.weaknesses,
        &mut d.swot.opportunities,
        &mut d.swot.threats,
    ] {
        *list = (0..200).map(|i| prose(1_000, i)).collect();
    }
    d.competitors = (0..100)
        .map(|i| Competitor {
            id: CompetitorId(i + 1),
            name: prose(200, i as usize),
            offer: prose(5_000, 1),
            positioning: prose(5_000, 2),
            price_level: None,
            differentiators: prose(5_000, 3),
        })
        .collect();
    let persona = plan.targets.personas[0].clone();
    plan.targets.personas = (0..40)
        .map(|i| Persona {
            id: PersonaId(i + 1),
            name: prose(100, i as usize),
            segment_id: None,
            goals: prose(10_000, 1),
            pains: prose(10_000, 2),
            channels: vec![Channel::Email],
            channels_note: prose(10_000, 3),
            buying_habits: prose(10_000, 4),
            ..persona.clone()
        })
        .collect();
    let objective = plan.objectives[0].id;
    let kpi = plan.kpis[0].clone();
    plan.kpis = (0..MAX_KPIS)
        .map(|i| Kpi {
            id: KpiId(i as u32 + 1),
            name: prose(300, i),
            objective_id: Some(objective),
            tool: prose(200, i),
            measurements: (0..24)
                .map(|m| Measurement {
                    date: NaiveDate::from_yo_opt(2027, m * 15 + 1).unwrap_or_default(),
                    value: (i * 31 + m as usize * 7) as f64,
                })
                .collect(),
            ..kpi.clone()
        })
        .collect();
    for (i, action) in plan.actions.iter_mut().enumerate() {
        action.title = prose(300, i);
        action.owner = prose(60, i);
        action.milestones = (0..3)
            .map(|m| Milestone {
                title: prose(100, m),
                date: NaiveDate::from_yo_opt(2027, (i * 7 + m * 30) as u32 % 365 + 1),
                done: false,
            })
            .collect();
    }
    // Whatever room is left goes to the action descriptions, evenly.
    let now = chrono::DateTime::<chrono::Utc>::default();
    let size = |plan: &Plan| {
        boussole_core::format::to_json(plan, now)
            .map(|j| j.len())
            .unwrap_or(usize::MAX)
    };
    let room = boussole_core::format::MAX_FILE_BYTES - size(&plan) - 64 * 1024;
    // The prose averages a little over one byte per character (accents, apostrophes).
    let each = (room as f64 / MAX_ACTIONS as f64 / 1.04) as usize;
    for (i, action) in plan.actions.iter_mut().enumerate() {
        action.description = prose(each.min(MAX_LONG_TEXT), i);
    }
    plan
}
