//! The body of the roadmap: one module per section, each turning a part of the plan into
//! headings, tables and charts on the flow.
//!
//! `Ctx` carries what every section needs: the plan, the options, the words of the language
//! and the short codes ("O1", "O1.2") that tie actions and KPIs to objectives.

mod actions;
mod budget;
mod diagnostic;
mod kpis;
mod notes;
mod objectives;
mod summary;
mod targets;

use std::collections::HashMap;

use boussole_core::figures::Figures;
use boussole_core::plan::{Adjustment, FigurePlace, Language, Money, Objective, ObjectiveId, Plan};
use chrono::NaiveDate;

use crate::canvas::{palette, Align, TextStyle};
use crate::catalogue::{texts, Texts};
use crate::flow::{styles, Flow};
use crate::format;
use crate::table::{Cell, Column, Row, Table};
use boussole_core::print::{PdfOptions, PdfSection};

/// What every section reads.
pub(crate) struct Ctx<'p> {
    pub plan: &'p Plan,
    /// The plan's figures: every total, split, progress and pace printed comes from here.
    pub figures: &'p Figures,
    pub options: &'p PdfOptions,
    pub t: &'static Texts,
    pub lang: Language,
    pub year: i32,
    /// Objectives in print order (each parent followed by its children) with their codes.
    pub objectives: Vec<(&'p Objective, String, bool)>,
    codes: HashMap<ObjectiveId, String>,
}

impl<'p> Ctx<'p> {
    /// Prepares the context for a plan and options.
    pub fn new(plan: &'p Plan, figures: &'p Figures, options: &'p PdfOptions) -> Ctx<'p> {
        let objectives = order_objectives(&plan.objectives);
        let mut codes = HashMap::new();
        for (objective, code, _) in &objectives {
            codes.entry(objective.id).or_insert_with(|| code.clone());
        }
        Ctx {
            plan,
            figures,
            options,
            t: texts(options.language),
            lang: options.language,
            year: plan.company.plan_year,
            objectives,
            codes,
        }
    }

    /// Money in the plan's currency.
    pub fn money(&self, amount: Money) -> String {
        format::money(amount, &self.plan.company.currency, self.lang)
    }

    /// Money, or a dash when unknown.
    pub fn opt_money(&self, amount: Option<Money>) -> String {
        amount.map_or_else(|| "—".to_string(), |m| self.money(m))
    }

    /// A date in full.
    pub fn date(&self, date: NaiveDate) -> String {
        format::date(date, self.lang)
    }

    /// A date in short, with its year only when it is not the plan's.
    pub fn short_date(&self, date: Option<NaiveDate>) -> String {
        date.map_or_else(
            || "—".to_string(),
            |d| format::short_date(d, self.year, self.lang),
        )
    }

    /// A figure with its unit.
    pub fn quantity(&self, value: Option<f64>, unit: &str) -> String {
        format::quantity(value, unit, self.lang)
    }

    /// A figure as printed, marked when it is still an example from a trade's template
    /// (`plan.start.exampleFigures`) so that no reader takes it for the owner's.
    pub fn marked(&self, text: String, place: FigurePlace) -> String {
        if self.plan.is_example(place) {
            format!("{text}{}", self.t.example_mark)
        } else {
            text
        }
    }

    /// Whether any of these figures is still an example: the footnote goes under them.
    pub fn any_example(&self, places: impl IntoIterator<Item = FigurePlace>) -> bool {
        let examples = self.plan.example_places();
        places.into_iter().any(|p| examples.contains(&p))
    }

    /// The codes of objectives ("O1, O3"), skipping unknown ids.
    pub fn codes(&self, ids: &[ObjectiveId]) -> String {
        let codes: Vec<&str> = ids
            .iter()
            .filter_map(|id| self.codes.get(id).map(String::as_str))
            .collect();
        if codes.is_empty() {
            "—".into()
        } else {
            codes.join(", ")
        }
    }

    /// The code of one objective.
    pub fn code(&self, id: Option<ObjectiveId>) -> String {
        id.and_then(|id| self.codes.get(&id).cloned())
            .unwrap_or_else(|| "—".into())
    }

    /// Whether actual spend may be shown (never in the investor version).
    pub fn shows_actuals(&self) -> bool {
        !self.options.investor && self.plan.actions.iter().any(|a| a.actual_spend.is_some())
    }
}

/// Parents first, each followed by its children ("O1", "O1.1"...); anything else (deeper
/// nesting, unknown or circular parents) is listed as a parent so nothing is lost.
fn order_objectives(all: &[Objective]) -> Vec<(&Objective, String, bool)> {
    let ids: Vec<ObjectiveId> = all.iter().map(|o| o.id).collect();
    let is_top = |o: &Objective| match o.parent_id {
        None => true,
        Some(p) => p == o.id || !ids.contains(&p),
    };
    let tops: Vec<&Objective> = all.iter().filter(|o| is_top(o)).collect();
    let mut placed = vec![false; all.len()];
    let mut out = Vec::with_capacity(all.len());
    let mut number = 0;
    for top in &tops {
        number += 1;
        if let Some(i) = all.iter().position(|o| std::ptr::eq(o, *top)) {
            placed[i] = true;
        }
        out.push((*top, format!("O{number}"), false));
        let mut sub = 0;
        for (i, child) in all.iter().enumerate() {
            if !placed[i] && !is_top(child) && child.parent_id == Some(top.id) {
                sub += 1;
                placed[i] = true;
                out.push((child, format!("O{number}.{sub}"), true));
            }
        }
    }
    for (i, rest) in all.iter().enumerate() {
        if !placed[i] {
            number += 1;
            out.push((rest, format!("O{number}"), false));
        }
    }
    out
}

/// Whether a section has anything to print and may be printed.
pub(crate) fn wanted(section: PdfSection, ctx: &Ctx) -> bool {
    if !ctx.options.includes(section) {
        return false;
    }
    match section {
        PdfSection::Notes => !ctx.options.investor && !ctx.plan.notes.trim().is_empty(),
        _ => true,
    }
}

/// The title of a section in the document's language: the label catalogue's, as in the export
/// dialog.
pub(crate) fn title(section: PdfSection, t: &Texts) -> &'static str {
    section.label(t.language)
}

/// Lays out one section, numbered, starting on a new page.
pub(crate) fn render(section: PdfSection, number: usize, ctx: &Ctx, flow: &mut Flow) {
    flow.section(number, title(section, ctx.t));
    match section {
        PdfSection::Summary => summary::render(ctx, flow),
        PdfSection::Diagnostic => diagnostic::render(ctx, flow),
        PdfSection::Targets => targets::render(ctx, flow),
        PdfSection::Objectives => objectives::render(ctx, flow),
        PdfSection::Actions => actions::render(ctx, flow),
        PdfSection::Budget => budget::render(ctx, flow),
        PdfSection::Kpis => kpis::render(ctx, flow),
        PdfSection::Notes => notes::render(ctx, flow),
    }
}

/// "Not filled in." in muted text, for an empty part.
pub(crate) fn empty_note(ctx: &Ctx, flow: &mut Flow) {
    flow.paragraph(ctx.t.none_yet, styles::SMALL);
    flow.gap(6.0);
}

/// A row of figure tiles: a muted label over a large value.
pub(crate) fn tiles(flow: &mut Flow, items: &[(String, String)]) {
    if items.is_empty() {
        return;
    }
    let label_style = styles::SMALL;
    let value_style = TextStyle::bold(14.0, palette::ACCENT);
    let height = 50.0;
    let gap = 10.0;
    let n = items.len() as f32;
    let width = (flow.geo.content_width() - gap * (n - 1.0)) / n;
    flow.ensure(height + 8.0);
    let top = flow.y;
    let ink = flow.ink;
    let left = flow.geo.left;
    let page = flow.page();
    for (i, (label, value)) in items.iter().enumerate() {
        let x = left + i as f32 * (width + gap);
        page.rect(x, top, width, height, palette::ACCENT_TINT);
        page.rect(x, top, 3.0, height, palette::ACCENT);
        let inner = width - 18.0;
        let label = ink.fonts.ellipsize(
            &ink.fonts.clean(label, false),
            label_style.weight,
            label_style.size,
            inner,
        );
        page.text(
            ink,
            &label,
            label_style,
            x + 11.0,
            top + 8.0,
            inner,
            Align::Left,
        );
        let mut style = value_style;
        let value = ink.fonts.clean(value, false);
        // Long figures step down in size before they are shortened.
        while style.size > 9.0 && ink.fonts.width(&value, style.weight, style.size) > inner {
            style.size -= 1.0;
        }
        let value = ink.fonts.ellipsize(&value, style.weight, style.size, inner);
        page.text(ink, &value, style, x + 11.0, top + 22.0, inner, Align::Left);
    }
    flow.y = top + height + 14.0;
}

/// The adjustment log as a table: the date, what was changed and why, and the objective or
/// action it concerns (one deleted since is left out, the note kept).
pub(crate) fn adjustments(ctx: &Ctx, flow: &mut Flow, entries: &[&Adjustment]) {
    let t = ctx.t;
    let rows = entries
        .iter()
        .map(|a| {
            let objective = a.objective_id.and_then(|id| {
                let o = ctx.plan.objectives.iter().find(|o| o.id == id)?;
                Some(format!("{} {}", ctx.code(Some(id)), o.title.trim()))
            });
            let action = a.action_id.and_then(|id| {
                let action = ctx.plan.actions.iter().find(|x| x.id == id)?;
                Some(action.title.trim().to_string())
            });
            let about = match (objective, action) {
                (Some(o), Some(a)) => Cell::text(o).then(a, styles::CELL),
                (Some(one), None) | (None, Some(one)) => Cell::text(one),
                (None, None) => Cell::text("—"),
            };
            Row::new(vec![
                Cell::text(ctx.short_date(Some(a.date))),
                Cell::text(a.text.clone()),
                about,
            ])
        })
        .collect();
    let table = Table::new(
        flow,
        vec![
            Column::left(t.date, 0.9),
            Column::left(t.adjustment, 4.0),
            Column::left(t.concerns, 2.2),
        ],
        rows,
    );
    table.draw(flow);
}
