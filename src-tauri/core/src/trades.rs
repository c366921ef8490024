//! The trade catalogue: starting plans by trade (bakery, restaurant, independent shop...). Each
//! trade is a data file, `core/trades/<id>.json`, embedded at build time (`build.rs` lists the
//! folder, so a new file needs no code): its name and summary, where its envelope's share of
//! revenue comes from, the examples the wizard's guidance and field hints show for it, and a
//! complete plan in French and in English written for `TRADE_YEAR`.
//!
//! A starting plan is the trade's plan for a company and a year: dates moved by whole years,
//! placeholders in square brackets for the owner to replace, and its figures listed in
//! `start.exampleFigures` until the owner confirms them (see `plan::FigurePlace`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::plan::{Language, Plan, PlanUid};
use crate::renew::shift_years;

include!(concat!(env!("OUT_DIR"), "/trades.rs"));

/// The year every trade plan is written for; a plan for another year has its dates moved.
pub const TRADE_YEAR: i32 = 2027;

/// The keys of a trade's hints: one example per wizard step ("guide.<step>") and the field
/// hints, each replacing the generic text the UI shows under the same key.
pub const HINT_KEYS: [&str; 24] = [
    "guide.company",
    "guide.diagnostic",
    "guide.review",
    "guide.targets",
    "guide.positioning",
    "guide.objectives",
    "guide.mix",
    "guide.actions",
    "guide.budget",
    "guide.kpis",
    "company.sector",
    "diagnostic.marketSize",
    "diagnostic.marketGrowth",
    "swot.strengths",
    "swot.weaknesses",
    "swot.opportunities",
    "swot.threats",
    "positioning.criterion",
    "objectives.title",
    "objectives.metric",
    "actions.title",
    "kpis.name",
    "kpis.tool",
    "budget.envelope",
];

/// A trade as the "New plan" chooser and `boussole trades` show it, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Trade {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Where the envelope's share of revenue comes from, or that it is a rule of thumb.
    pub envelope_source: String,
}

/// A trade file as written.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct TradeFile {
    id: String,
    name: InBoth<String>,
    summary: InBoth<String>,
    envelope_source: InBoth<String>,
    hints: InBoth<BTreeMap<String, String>>,
    plan: InBoth<serde_json::Value>,
}

/// One value per language of the product.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InBoth<T> {
    fr: T,
    en: T,
}

impl<T> InBoth<T> {
    fn get(&self, language: Language) -> &T {
        match language {
            Language::Fr => &self.fr,
            Language::En => &self.en,
        }
    }
}

/// Reads one embedded trade file.
fn parse(id: &str, contents: &str) -> Result<TradeFile> {
    let file: TradeFile = serde_json::from_str(contents)
        .map_err(|e| Error::BadFile(format!("trade file {id}.json: {e}")))?;
    if file.id != id {
        return Err(Error::BadFile(format!(
            "trade file {id}.json has the id {:?}",
            file.id
        )));
    }
    Ok(file)
}

/// The trade file with this id.
fn file(id: &str) -> Result<TradeFile> {
    let (id, contents) = TRADE_FILES
        .iter()
        .find(|(known, _)| *known == id)
        .ok_or_else(|| Error::NotFound {
            entity: "trade",
            id: id.to_string(),
        })?;
    parse(id, contents)
}

/// The ids of every trade, in the order of their files.
pub fn ids() -> impl Iterator<Item = &'static str> {
    TRADE_FILES.iter().map(|(id, _)| *id)
}

/// Every trade, in a language, sorted by name.
pub fn list(language: Language) -> Result<Vec<Trade>> {
    let mut trades = TRADE_FILES
        .iter()
        .map(|(id, contents)| {
            let file = parse(id, contents)?;
            Ok(Trade {
                id: file.id,
                name: file.name.get(language).clone(),
                summary: file.summary.get(language).clone(),
                envelope_source: file.envelope_source.get(language).clone(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    trades.sort_by_cached_key(|t| sort_key(&t.name));
    Ok(trades)
}

/// A name lowercased with French accents folded, so "Épicerie" sorts among the e's.
fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

/// A trade's hints in a language, by hint key (`HINT_KEYS`).
pub fn hints(id: &str, language: Language) -> Result<BTreeMap<String, String>> {
    Ok(file(id)?.hints.get(language).clone())
}

/// A new plan started from a trade: the trade's plan in `language`, for `company` and `year`
/// (its dates moved from `TRADE_YEAR`), with no step visited yet.
pub fn starting_plan(id: &str, language: Language, company: &str, year: i32) -> Result<Plan> {
    let file = file(id)?;
    let json = serde_json::to_vec(file.plan.get(language))
        .map_err(|e| Error::BadFile(format!("trade file {id}.json: {e}")))?;
    let mut plan = crate::format::from_json(&json)?;
    // A new plan like any other: an identity of its own, never the trade file's.
    plan.id = Some(PlanUid::new());
    plan.previous_id = None;
    plan.company.name = company.trim().to_string();
    plan.start.example = false;
    plan.start.trade = Some(file.id);
    plan.start.visited_steps.clear();
    move_years(&mut plan, year)?;
    crate::plan::validate::plan(&plan)?;
    Ok(plan)
}

/// Moves every date of a plan written for `TRADE_YEAR` to `year`.
fn move_years(plan: &mut Plan, year: i32) -> Result<()> {
    let years = year - plan.company.plan_year;
    plan.company.plan_year = year;
    if years == 0 {
        return Ok(());
    }
    let shift = |date: &mut chrono::NaiveDate| -> Result<()> {
        *date = shift_years(*date, years)
            .ok_or_else(|| Error::invalid("year", format!("{year} is out of range")))?;
        Ok(())
    };
    for o in &mut plan.objectives {
        if let Some(d) = &mut o.deadline {
            shift(d)?;
        }
    }
    for a in &mut plan.actions {
        for d in [&mut a.start, &mut a.end].into_iter().flatten() {
            shift(d)?;
        }
        for m in &mut a.milestones {
            if let Some(d) = &mut m.date {
                shift(d)?;
            }
        }
    }
    for k in &mut plan.kpis {
        for m in &mut k.measurements {
            shift(&mut m.date)?;
        }
    }
    for a in &mut plan.adjustments {
        shift(&mut a.date)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
