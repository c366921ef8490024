//! CSV exports of a plan for spreadsheets: actions, budget lines with totals, KPI measurements.
//!
//! Two dialects: French Excel (BOM, `;`, decimal comma, DD/MM/YYYY, French headers and labels)
//! and English (`,`, decimal point, ISO dates). Quoting is the `csv` crate's; this module only
//! decides rows and how each value is written; channels, levers and statuses are worded by the
//! label catalogue (`crate::labels`). It knows nothing of the store.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::figures::budget::{self, Amounts, Precision};
use crate::fsutil::{FileId, Output};
use crate::plan::{ActionStatus, Channel, Language, Lever, Money, Plan};

/// The file of the actions table.
pub const ACTIONS_FILE: &str = "actions.csv";
/// The file of the budget lines and totals.
pub const BUDGET_FILE: &str = "budget.csv";
/// The file of the KPI measurements.
pub const KPIS_FILE: &str = "kpis.csv";

/// Separates the titles of an action's objectives inside one cell.
const LIST_SEPARATOR: &str = " | ";

/// How the spreadsheet files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum CsvDialect {
    /// Excel in French: UTF-8 with BOM, `;` separator, decimal comma, DD/MM/YYYY dates.
    French,
    /// Comma separator, decimal point, ISO 8601 dates.
    English,
}

impl CsvDialect {
    /// The dialect a spreadsheet in this language expects.
    pub fn for_language(language: Language) -> CsvDialect {
        match language {
            Language::Fr => CsvDialect::French,
            Language::En => CsvDialect::English,
        }
    }

    fn pick(self, fr: &'static str, en: &'static str) -> &'static str {
        match self {
            CsvDialect::French => fr,
            CsvDialect::English => en,
        }
    }

    fn money(self, amount: Money) -> String {
        let cents = amount.cents();
        let sign = if cents < 0 { "-" } else { "" };
        let abs = cents.unsigned_abs();
        format!("{sign}{}{}{:02}", abs / 100, self.pick(",", "."), abs % 100)
    }

    fn figure(self, value: f64) -> String {
        // Display never uses an exponent, so a spreadsheet reads every figure as a number.
        let text = value.to_string();
        match self {
            CsvDialect::French => text.replace('.', ","),
            CsvDialect::English => text,
        }
    }

    fn date(self, date: NaiveDate) -> String {
        match self {
            CsvDialect::French => date.format("%d/%m/%Y").to_string(),
            CsvDialect::English => date.format("%Y-%m-%d").to_string(),
        }
    }

    /// The language of the dialect's headers and labels.
    fn language(self) -> Language {
        match self {
            CsvDialect::French => Language::Fr,
            CsvDialect::English => Language::En,
        }
    }

    fn channel(self, channel: Option<Channel>) -> &'static str {
        match channel {
            Some(channel) => channel.label(self.language()),
            None => self.pick("Sans canal", "No channel"),
        }
    }

    fn lever(self, lever: Option<Lever>) -> &'static str {
        match lever {
            Some(lever) => lever.label(self.language()),
            None => self.pick("Sans levier", "No lever"),
        }
    }

    fn status(self, status: ActionStatus) -> &'static str {
        status.label(self.language())
    }
}

/// The actions table: one row per action with its dates, money, status and objectives.
pub fn actions_csv(plan: &Plan, dialect: CsvDialect) -> Result<String> {
    let mut sheet = Sheet::new(dialect);
    let currency = &plan.company.currency;
    sheet.header(&[
        dialect.pick("N°", "Id").into(),
        dialect.pick("Action", "Title").into(),
        dialect.pick("Responsable", "Owner").into(),
        dialect.pick("Canal", "Channel").into(),
        dialect.pick("Levier", "Lever").into(),
        dialect.pick("Début", "Start").into(),
        dialect.pick("Fin", "End").into(),
        format!("{} ({currency})", dialect.pick("Budget prévu", "Planned")),
        format!("{} ({currency})", dialect.pick("Dépense réelle", "Actual")),
        dialect.pick("Statut", "Status").into(),
        dialect.pick("Objectifs liés", "Objectives").into(),
    ])?;
    for action in &plan.actions {
        let objectives: Vec<&str> = action
            .objective_ids
            .iter()
            .filter_map(|id| plan.objectives.iter().find(|o| o.id == *id))
            .map(|o| o.title.as_str())
            .collect();
        sheet.row(vec![
            Cell::Number(action.id.to_string()),
            Cell::Text(action.title.clone()),
            Cell::Text(action.owner.clone()),
            Cell::Text(
                action
                    .channel
                    .map(|c| dialect.channel(Some(c)))
                    .unwrap_or_default()
                    .into(),
            ),
            Cell::Text(
                action
                    .lever
                    .map(|l| dialect.lever(Some(l)))
                    .unwrap_or_default()
                    .into(),
            ),
            Cell::date(dialect, action.start),
            Cell::date(dialect, action.end),
            Cell::money(dialect, action.planned_budget),
            Cell::money(dialect, action.actual_spend),
            Cell::Text(dialect.status(action.status).into()),
            Cell::Text(objectives.join(LIST_SEPARATOR)),
        ])?;
    }
    sheet.finish()
}

/// The budget as one table: a line per action with what it counts for (a cancelled action's
/// planned budget is left out, as in every total), then the plan's figures in cents
/// (`crate::figures::budget`): by quarter of the plan year (each action spread over its days,
/// other years and undated apart), by channel, by lever, by objective, the overall total, the
/// envelope and what remains of it. Each group of totals adds up exactly to the overall total,
/// which is the sum of the lines.
pub fn budget_csv(plan: &Plan, dialect: CsvDialect) -> Result<String> {
    let mut sheet = Sheet::new(dialect);
    let currency = &plan.company.currency;
    sheet.header(&[
        dialect.pick("Ligne", "Row").into(),
        dialect.pick("Libellé", "Label").into(),
        dialect.pick("Statut", "Status").into(),
        dialect.pick("Début", "Start").into(),
        dialect.pick("Fin", "End").into(),
        dialect.pick("Canal", "Channel").into(),
        dialect.pick("Levier", "Lever").into(),
        format!("{} ({currency})", dialect.pick("Prévu", "Planned")),
        format!("{} ({currency})", dialect.pick("Réel", "Actual")),
        format!("{} ({currency})", dialect.pick("Écart", "Variance")),
    ])?;
    let kind = |fr, en| Cell::Text(dialect.pick(fr, en).into());
    let blank = || Cell::Text(String::new());
    for action in &plan.actions {
        let counted = budget::counted(action);
        let variance = action
            .actual_spend
            .map(|actual| Money(actual.cents().saturating_sub(counted.planned.cents())));
        sheet.row(vec![
            kind("Action", "Action"),
            Cell::Text(action.title.clone()),
            Cell::Text(dialect.status(action.status).into()),
            Cell::date(dialect, action.start),
            Cell::date(dialect, action.end),
            Cell::Text(dialect.channel(action.channel).into()),
            Cell::Text(dialect.lever(action.lever).into()),
            Cell::money(dialect, Some(counted.planned)),
            Cell::money(dialect, action.actual_spend),
            Cell::money(dialect, variance),
        ])?;
    }
    let figures = budget::of(plan, Precision::Cents);
    let none = String::new;
    let year = plan.company.plan_year;
    for (q, amounts) in figures.quarters.iter().enumerate() {
        let label = format!("{}{} {year}", dialect.pick("T", "Q"), q + 1);
        sheet.total(
            kind("Trimestre", "Quarter"),
            label,
            [none(), none()],
            *amounts,
        )?;
    }
    for (amounts, fr, en) in [
        (figures.other_years, "Autres années", "Other years"),
        (figures.undated, "Sans dates", "Undated"),
    ] {
        if amounts != Amounts::default() {
            let label = dialect.pick(fr, en).to_string();
            sheet.total(
                kind("Trimestre", "Quarter"),
                label,
                [none(), none()],
                amounts,
            )?;
        }
    }
    for share in &figures.by_channel {
        let label = dialect.channel(share.key).to_string();
        let amounts = Amounts {
            planned: share.planned,
            actual: share.actual,
        };
        sheet.total(
            kind("Canal", "Channel"),
            label.clone(),
            [label, none()],
            amounts,
        )?;
    }
    for share in &figures.by_lever {
        let label = dialect.lever(share.key).to_string();
        let amounts = Amounts {
            planned: share.planned,
            actual: share.actual,
        };
        sheet.total(
            kind("Levier", "Lever"),
            label.clone(),
            [none(), label],
            amounts,
        )?;
    }
    for share in &figures.by_objective {
        let label = share
            .key
            .and_then(|id| plan.objectives.iter().find(|o| o.id == id))
            .map_or_else(
                || dialect.pick("Sans objectif", "No objective").to_string(),
                |o| o.title.clone(),
            );
        let amounts = Amounts {
            planned: share.planned,
            actual: share.actual,
        };
        sheet.total(
            kind("Objectif", "Objective"),
            label,
            [none(), none()],
            amounts,
        )?;
    }
    sheet.total(
        kind("Total", "Total"),
        dialect.pick("Total des actions", "All actions").into(),
        [none(), none()],
        figures.total,
    )?;
    if let (Some(envelope), Some(remaining)) = (figures.envelope, figures.remaining) {
        for (label, amount) in [
            (
                dialect.pick("Enveloppe de l’année", "Year’s envelope"),
                envelope,
            ),
            (
                dialect.pick("Reste de l’enveloppe", "Left in the envelope"),
                remaining,
            ),
        ] {
            sheet.row(vec![
                kind("Enveloppe", "Envelope"),
                Cell::Text(label.into()),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                Cell::money(dialect, Some(amount)),
                blank(),
                blank(),
            ])?;
        }
    }
    sheet.finish()
}

/// The KPI measurements: one row per measurement, by date, with the KPI's name, target and
/// unit; a KPI not measured yet still gets one row, with no date or value.
pub fn kpis_csv(plan: &Plan, dialect: CsvDialect) -> Result<String> {
    let mut sheet = Sheet::new(dialect);
    sheet.header(&[
        dialect.pick("Indicateur", "KPI").into(),
        dialect.pick("Objectif lié", "Objective").into(),
        dialect.pick("Unité", "Unit").into(),
        dialect.pick("Valeur de départ", "Baseline").into(),
        dialect.pick("Cible", "Target").into(),
        dialect.pick("Date", "Date").into(),
        dialect.pick("Valeur mesurée", "Value").into(),
    ])?;
    for kpi in &plan.kpis {
        let objective = kpi
            .objective_id
            .and_then(|id| plan.objectives.iter().find(|o| o.id == id))
            .map(|o| o.title.clone())
            .unwrap_or_default();
        let mut measurements: Vec<_> = kpi
            .measurements
            .iter()
            .map(|m| (Some(m.date), Some(m.value)))
            .collect();
        measurements.sort_by_key(|(date, _)| *date);
        if measurements.is_empty() {
            measurements.push((None, None));
        }
        for (date, value) in measurements {
            sheet.row(vec![
                Cell::Text(kpi.name.clone()),
                Cell::Text(objective.clone()),
                Cell::Text(kpi.unit.clone()),
                Cell::figure(dialect, kpi.baseline),
                Cell::figure(dialect, kpi.target),
                Cell::date(dialect, date),
                Cell::figure(dialect, value),
            ])?;
        }
    }
    sheet.finish()
}

/// One of the spreadsheet files of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Actions,
    Budget,
    Kpis,
}

impl Table {
    /// The three tables, in the order they are written.
    pub const ALL: [Table; 3] = [Table::Actions, Table::Budget, Table::Kpis];

    /// The file name of the table in a folder of spreadsheet files.
    pub fn file_name(self) -> &'static str {
        match self {
            Table::Actions => ACTIONS_FILE,
            Table::Budget => BUDGET_FILE,
            Table::Kpis => KPIS_FILE,
        }
    }

    /// The table of `plan` as CSV text.
    pub fn of(self, plan: &Plan, dialect: CsvDialect) -> Result<String> {
        match self {
            Table::Actions => actions_csv(plan, dialect),
            Table::Budget => budget_csv(plan, dialect),
            Table::Kpis => kpis_csv(plan, dialect),
        }
    }
}

/// Writes the three files into `dir` atomically, never onto one of `inputs`; returns their
/// paths.
pub fn write_all(
    plan: &Plan,
    dir: &Path,
    dialect: CsvDialect,
    inputs: &[FileId],
) -> Result<Vec<PathBuf>> {
    let mut written = Vec::with_capacity(Table::ALL.len());
    for table in Table::ALL {
        let path = dir.join(table.file_name());
        let text = table.of(plan, dialect)?;
        crate::fsutil::write(&Output::File(path.clone()), text.as_bytes(), inputs)?;
        written.push(path);
    }
    Ok(written)
}

/// A value about to be written: text is guarded against spreadsheet formulas, numbers are not.
enum Cell {
    Text(String),
    Number(String),
}

impl Cell {
    fn money(dialect: CsvDialect, amount: Option<Money>) -> Cell {
        Cell::Number(amount.map(|m| dialect.money(m)).unwrap_or_default())
    }

    fn figure(dialect: CsvDialect, value: Option<f64>) -> Cell {
        Cell::Number(value.map(|v| dialect.figure(v)).unwrap_or_default())
    }

    fn date(dialect: CsvDialect, date: Option<NaiveDate>) -> Cell {
        Cell::Number(date.map(|d| dialect.date(d)).unwrap_or_default())
    }

    fn into_field(self) -> String {
        match self {
            // A title imported from someone else's plan must not run anything when the file is
            // opened: the quote makes the spreadsheet show it as text.
            Cell::Text(t) if could_be_formula(&t) => format!("'{t}"),
            Cell::Text(t) | Cell::Number(t) => t,
        }
    }
}

/// Whether a spreadsheet could take `text` as a formula: it starts with a formula sign (= + -
/// @, their full-width and small forms, the minus sign), or reaches one past what a spreadsheet
/// may skip or trim first (spaces of any kind, tabs and line breaks, invisible characters such
/// as a zero-width space or a byte order mark, quotes).
fn could_be_formula(text: &str) -> bool {
    let skippable = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{00ad}' // soft hyphen
                    | '\u{061c}' | '\u{180e}'
                    | '\u{200b}'..='\u{200f}' // zero-width spaces, joiners, marks
                    | '\u{202a}'..='\u{202e}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{feff}' // byte order mark, zero-width no-break space
                    | '\'' | '"' | '\u{ff07}' | '\u{ff02}' // quotes, and full-width ones
                    | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}'
            )
    };
    text.trim_start_matches(skippable).starts_with([
        '=', '+', '-', '@', // ASCII
        '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}', // full-width ＝ ＋ － ＠
        '\u{fe66}', '\u{fe62}', '\u{fe63}', '\u{fe6b}', // small ﹦ ﹢ ﹣ ﹫
        '\u{2212}', // minus sign
    ]) || text.starts_with(['\t', '\r', '\n'])
}

/// One CSV file being written in memory.
struct Sheet {
    dialect: CsvDialect,
    writer: ::csv::Writer<Vec<u8>>,
}

impl Sheet {
    fn new(dialect: CsvDialect) -> Sheet {
        let delimiter = match dialect {
            CsvDialect::French => b';',
            CsvDialect::English => b',',
        };
        // Excel reads UTF-8 only with the byte order mark; without it "é" shows as "Ã©".
        let bom: &[u8] = match dialect {
            CsvDialect::French => "\u{feff}".as_bytes(),
            CsvDialect::English => b"",
        };
        let writer = ::csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(::csv::Terminator::CRLF)
            .from_writer(bom.to_vec());
        Sheet { dialect, writer }
    }

    fn header(&mut self, names: &[String]) -> Result<()> {
        self.writer.write_record(names).map_err(csv_error)
    }

    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        self.writer
            .write_record(cells.into_iter().map(Cell::into_field))
            .map_err(csv_error)
    }

    /// A totals row of the budget: kind, label, the channel and lever columns, then the amounts.
    fn total(&mut self, kind: Cell, label: String, group: [String; 2], a: Amounts) -> Result<()> {
        let d = self.dialect;
        let [channel, lever] = group;
        let blank = || Cell::Text(String::new());
        self.row(vec![
            kind,
            Cell::Text(label),
            blank(),
            blank(),
            blank(),
            Cell::Text(channel),
            Cell::Text(lever),
            Cell::money(d, Some(a.planned)),
            Cell::money(d, Some(a.actual)),
            Cell::money(
                d,
                Some(Money(a.actual.cents().saturating_sub(a.planned.cents()))),
            ),
        ])
    }

    fn finish(self) -> Result<String> {
        let bytes = self
            .writer
            .into_inner()
            .map_err(|e| Error::io("cannot write the CSV", e.into_error()))?;
        String::from_utf8(bytes)
            .map_err(|e| Error::BadFile(format!("the CSV is not valid UTF-8: {e}")))
    }
}

fn csv_error(e: ::csv::Error) -> Error {
    Error::io("cannot write the CSV", e.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Action;
    use crate::plan::{ActionId, Kpi, KpiId, Measurement, ObjectiveId};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The example plan with a first action whose fields exercise quoting and formatting.
    fn plan() -> Plan {
        let mut p = crate::seed::example_plan(2027);
        let a = &mut p.actions[0];
        a.title = "Salon « Goûts ; saveurs », édition \"Paris\"".into();
        a.planned_budget = Some(Money(123_450));
        a.actual_spend = Some(Money(100_005));
        a.start = Some(d(2027, 1, 31));
        a.end = Some(d(2027, 12, 1));
        p
    }

    /// Parses a CSV of either dialect back into rows of fields.
    fn parse(text: &str, dialect: CsvDialect) -> Vec<Vec<String>> {
        let (body, delimiter) = match dialect {
            CsvDialect::French => (
                text.strip_prefix('\u{feff}')
                    .expect("French CSV starts with a BOM"),
                b';',
            ),
            CsvDialect::English => (text, b','),
        };
        ::csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    fn column(rows: &[Vec<String>], name: &str) -> usize {
        rows[0]
            .iter()
            .position(|h| h.starts_with(name))
            .unwrap_or_else(|| panic!("no column {name}: {:?}", rows[0]))
    }

    #[test]
    fn french_actions_use_semicolons_commas_and_french_dates() {
        let text = actions_csv(&plan(), CsvDialect::French).unwrap();
        assert!(text.starts_with('\u{feff}'));
        assert!(text.contains("\r\n"));
        let rows = parse(&text, CsvDialect::French);
        assert_eq!(rows.len(), 1 + plan().actions.len());
        assert_eq!(rows[0][0], "N°");
        assert_eq!(rows[0][7], "Budget prévu (EUR)");
        let first = &rows[1];
        assert_eq!(first[0], "1");
        assert_eq!(first[1], "Salon « Goûts ; saveurs », édition \"Paris\"");
        assert_eq!(first[2], "Sophie Tanguy");
        assert_eq!(first[3], "Site web");
        assert_eq!(first[4], "Processus");
        assert_eq!(
            (first[5].as_str(), first[6].as_str()),
            ("31/01/2027", "01/12/2027")
        );
        assert_eq!(
            (first[7].as_str(), first[8].as_str()),
            ("1234,50", "1000,05")
        );
        assert_eq!(first[9], "En cours");
        let p = plan();
        let titles = [&p.objectives[2].title, &p.objectives[4].title];
        assert_eq!(
            first[10],
            format!("{} | {}", titles[0], titles[1]),
            "online sales, then conversion"
        );
    }

    #[test]
    fn channels_levers_and_statuses_are_the_label_catalogue_s() {
        // One action per channel, with levers and statuses going round their lists.
        let mut p = plan();
        let template = p.actions[0].clone();
        p.actions = Channel::ALL
            .iter()
            .enumerate()
            .map(|(i, &channel)| Action {
                id: ActionId(i as u32 + 1),
                channel: Some(channel),
                lever: Some(Lever::ALL[i % Lever::ALL.len()]),
                status: ActionStatus::ALL[i % ActionStatus::ALL.len()],
                ..template.clone()
            })
            .collect();
        for dialect in [CsvDialect::French, CsvDialect::English] {
            let language = dialect.language();
            let rows = parse(&actions_csv(&p, dialect).unwrap(), dialect);
            let (channel, lever, status) = (
                column(&rows, dialect.pick("Canal", "Channel")),
                column(&rows, dialect.pick("Levier", "Lever")),
                column(&rows, dialect.pick("Statut", "Status")),
            );
            for (row, action) in rows[1..].iter().zip(&p.actions) {
                let label = |l: Option<&'static str>| l.unwrap_or_default().to_string();
                assert_eq!(
                    row[channel],
                    label(action.channel.map(|c| c.label(language)))
                );
                assert_eq!(row[lever], label(action.lever.map(|l| l.label(language))));
                assert_eq!(row[status], action.status.label(language));
            }
            let budget = parse(&budget_csv(&p, dialect).unwrap(), dialect);
            let in_store = Channel::InStore.label(language);
            assert!(
                budget.iter().any(|r| r.iter().any(|cell| cell == in_store)),
                "the budget's channel totals say {in_store:?}"
            );
        }
    }

    #[test]
    fn english_actions_use_commas_points_and_iso_dates() {
        let text = actions_csv(&plan(), CsvDialect::English).unwrap();
        assert!(!text.starts_with('\u{feff}'));
        let rows = parse(&text, CsvDialect::English);
        let first = &rows[1];
        assert_eq!(rows[0][1], "Title");
        assert_eq!(first[1], "Salon « Goûts ; saveurs », édition \"Paris\"");
        assert_eq!(
            (first[5].as_str(), first[6].as_str()),
            ("2027-01-31", "2027-12-01")
        );
        assert_eq!(
            (first[7].as_str(), first[8].as_str()),
            ("1234.50", "1000.05")
        );
        assert_eq!(first[9], "In progress");
        let second = &rows[2];
        assert_eq!(second[8], "", "no actual spend is an empty cell");
    }

    #[test]
    fn empty_fields_and_multiline_text_survive() {
        let mut p = Plan::blank("Café", 2027, Language::Fr);
        p.actions.push(Action {
            segment_ids: vec![],
            persona_ids: vec![],
            id: ActionId(7),
            title: "Ligne 1\nLigne 2".into(),
            description: String::new(),
            objective_ids: vec![ObjectiveId(99)],
            lever: None,
            channel: None,
            owner: String::new(),
            start: None,
            end: None,
            milestones: vec![],
            planned_budget: None,
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: String::new(),
        });
        let rows = parse(
            &actions_csv(&p, CsvDialect::French).unwrap(),
            CsvDialect::French,
        );
        assert_eq!(
            rows[1],
            vec![
                "7",
                "Ligne 1\nLigne 2",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "Prévue",
                ""
            ]
        );
    }

    #[test]
    fn what_a_spreadsheet_could_take_for_a_formula_is_written_as_text() {
        for formula in [
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            " =1+1",
            "\u{a0}=1+1",
            "\u{200b}=1+1",
            "\u{feff}=1+1",
            "\u{3000}=1+1",
            "＝1+1",
            "＋1",
            "－1",
            "＠SUM(A1)",
            "﹦1+1",
            "−1",
            "'=1+1",
            "\"=1+1",
            " '\"=1+1",
            "\t=1+1",
            "\r=1+1",
            "\n=1+1",
            "\ttext",
        ] {
            assert!(could_be_formula(formula), "{formula:?}");
            assert_eq!(
                Cell::Text(formula.into()).into_field(),
                format!("'{formula}")
            );
        }
        for text in [
            "Salon 2027",
            "",
            "  Salon",
            "Salon = fête",
            "\"Best\" offer",
            "1+1",
        ] {
            assert!(!could_be_formula(text), "{text:?}");
        }
        assert_eq!(Cell::Number("-10,50".into()).into_field(), "-10,50");
    }

    #[test]
    fn formulas_are_written_as_text() {
        let mut p = plan();
        p.actions[0].title = "=HYPERLINK(\"http://example.com\")".into();
        p.actions[0].owner = "@Anne".into();
        let rows = parse(
            &actions_csv(&p, CsvDialect::English).unwrap(),
            CsvDialect::English,
        );
        assert_eq!(rows[1][1], "'=HYPERLINK(\"http://example.com\")");
        assert_eq!(rows[1][2], "'@Anne");
    }

    #[test]
    fn budget_lines_and_totals_add_up() {
        let p = plan();
        for dialect in [CsvDialect::French, CsvDialect::English] {
            let rows = parse(&budget_csv(&p, dialect).unwrap(), dialect);
            let planned = column(&rows, dialect.pick("Prévu", "Planned"));
            let amount = |s: &str| -> i64 { s.replace(',', ".").replace('.', "").parse().unwrap() };
            let of_kind = |kind: &'static str| rows.iter().filter(move |r| r[0] == kind);
            let lines: i64 = of_kind("Action")
                .filter(|r| !r[planned].is_empty())
                .map(|r| amount(&r[planned]))
                .sum();
            // Cancelled actions count only for what they spent, in the lines as in the totals.
            let expected: i64 = p
                .actions
                .iter()
                .map(|a| crate::figures::budget::counted(a).planned.cents())
                .sum();
            assert_eq!(lines, expected);
            let total: Vec<_> = of_kind(dialect.pick("Total", "Total")).collect();
            assert_eq!(total.len(), 1);
            assert_eq!(amount(&total[0][planned]), expected);
            for kind in [
                dialect.pick("Trimestre", "Quarter"),
                dialect.pick("Canal", "Channel"),
                dialect.pick("Levier", "Lever"),
                dialect.pick("Objectif", "Objective"),
            ] {
                let groups: i64 = of_kind(kind).map(|r| amount(&r[planned])).sum();
                assert_eq!(groups, expected, "{kind} totals add up to the whole");
            }
            assert_eq!(
                of_kind(dialect.pick("Action", "Action")).count(),
                p.actions.len()
            );
        }
    }

    #[test]
    fn budget_totals_by_quarter_channel_lever_and_objective() {
        let p = plan();
        let rows = parse(
            &budget_csv(&p, CsvDialect::French).unwrap(),
            CsvDialect::French,
        );
        let first = &rows[1];
        assert_eq!(
            &first[..7],
            [
                "Action",
                "Salon « Goûts ; saveurs », édition \"Paris\"",
                "En cours",
                "31/01/2027",
                "01/12/2027",
                "Site web",
                "Processus",
            ]
        );
        assert_eq!(&first[7..], ["1234,50", "1000,05", "-234,45"]);
        let quarters: Vec<_> = rows
            .iter()
            .filter(|r| r[0] == "Trimestre")
            .map(|r| r[1].as_str())
            .collect();
        assert_eq!(quarters, ["T1 2027", "T2 2027", "T3 2027", "T4 2027"]);
        // The totals are the figures', in cents.
        let figures = crate::figures::budget::of(&p, Precision::Cents);
        let q1 = rows.iter().find(|r| r[1] == "T1 2027").unwrap();
        assert_eq!(q1[7], CsvDialect::French.money(figures.quarters[0].planned));
        assert!(rows
            .iter()
            .any(|r| r[0] == "Canal" && r[1] == "Site web" && r[5] == "Site web"));
        assert!(rows
            .iter()
            .any(|r| r[0] == "Levier" && r[1] == "Processus" && r[6] == "Processus"));
        assert!(rows
            .iter()
            .any(|r| r[0] == "Objectif" && r[1] == p.objectives[0].title));
        let envelope: Vec<_> = rows.iter().filter(|r| r[0] == "Enveloppe").collect();
        assert_eq!(envelope[0][7], "60000,00");
        assert_eq!(
            envelope[1][7],
            CsvDialect::French.money(figures.remaining.unwrap()),
            "what remains of the envelope"
        );
    }

    #[test]
    fn undated_actions_and_missing_channels_get_their_own_totals() {
        let mut p = Plan::blank("Café", 2027, Language::En);
        let mut a = plan().actions[0].clone();
        a.start = None;
        a.end = None;
        a.channel = None;
        a.lever = None;
        p.actions.push(a);
        let rows = parse(
            &budget_csv(&p, CsvDialect::English).unwrap(),
            CsvDialect::English,
        );
        let labels: Vec<_> = rows
            .iter()
            .skip(2)
            .map(|r| (r[0].as_str(), r[1].as_str(), r[7].as_str()))
            .collect();
        assert_eq!(
            labels,
            vec![
                ("Quarter", "Q1 2027", "0.00"),
                ("Quarter", "Q2 2027", "0.00"),
                ("Quarter", "Q3 2027", "0.00"),
                ("Quarter", "Q4 2027", "0.00"),
                ("Quarter", "Undated", "1234.50"),
                ("Channel", "No channel", "1234.50"),
                ("Lever", "No lever", "1234.50"),
                ("Objective", "No objective", "1234.50"),
                ("Total", "All actions", "1234.50"),
            ]
        );
    }

    #[test]
    fn kpis_one_row_per_measurement_in_date_order() {
        let mut p = plan();
        p.kpis.truncate(1);
        p.kpis[0].measurements.reverse();
        p.kpis[0].measurements.push(Measurement {
            date: d(2027, 4, 30),
            value: 812_345.5,
        });
        p.kpis.push(Kpi {
            counts: crate::plan::KpiCounts::Level,
            id: KpiId(42),
            name: "Avis, notes ; étoiles".into(),
            objective_id: None,
            baseline: None,
            target: Some(4.5),
            unit: "étoiles".into(),
            frequency: None,
            tool: String::new(),
            measurements: vec![],
        });
        let rows = parse(
            &kpis_csv(&p, CsvDialect::French).unwrap(),
            CsvDialect::French,
        );
        assert_eq!(
            rows[0],
            [
                "Indicateur",
                "Objectif lié",
                "Unité",
                "Valeur de départ",
                "Cible",
                "Date",
                "Valeur mesurée"
            ]
        );
        let dates: Vec<_> = rows[1..5].iter().map(|r| r[5].as_str()).collect();
        assert_eq!(
            dates,
            ["31/01/2027", "28/02/2027", "31/03/2027", "30/04/2027"]
        );
        assert_eq!(
            rows[4][0],
            "Chiffre d’affaires cumulé depuis le 1er janvier"
        );
        assert_eq!(
            (
                rows[4][2].as_str(),
                rows[4][4].as_str(),
                rows[4][6].as_str()
            ),
            ("€", "4100000", "812345,5")
        );
        assert_eq!(
            rows[5],
            ["Avis, notes ; étoiles", "", "étoiles", "", "4,5", "", ""]
        );
        let en = parse(
            &kpis_csv(&p, CsvDialect::English).unwrap(),
            CsvDialect::English,
        );
        assert_eq!(
            (en[4][5].as_str(), en[4][6].as_str()),
            ("2027-04-30", "812345.5")
        );
    }

    #[test]
    fn write_all_writes_three_files_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let paths = write_all(&plan(), dir.path(), CsvDialect::French, &[]).unwrap();
        let names: Vec<_> = paths
            .iter()
            .map(|p| p.file_name().unwrap().to_str().unwrap())
            .collect();
        assert_eq!(names, [ACTIONS_FILE, BUDGET_FILE, KPIS_FILE]);
        for path in &paths {
            let text = std::fs::read_to_string(path).unwrap();
            assert!(parse(&text, CsvDialect::French).len() > 1);
        }
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            3,
            "no temporary file left"
        );
        let err = write_all(
            &plan(),
            &dir.path().join("missing"),
            CsvDialect::French,
            &[],
        )
        .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Io);
    }

    #[test]
    fn money_and_figures_in_both_dialects() {
        assert_eq!(CsvDialect::French.money(Money(123_450)), "1234,50");
        assert_eq!(CsvDialect::English.money(Money(5)), "0.05");
        assert_eq!(CsvDialect::French.money(Money(-1_050)), "-10,50");
        assert_eq!(CsvDialect::French.figure(1e15), "1000000000000000");
        assert_eq!(CsvDialect::French.figure(-0.25), "-0,25");
        assert_eq!(CsvDialect::for_language(Language::En), CsvDialect::English);
    }
}
