//! What a PDF export prints: the choices the owner makes (language, paper, sections, audience,
//! logo, date), and the printer that turns a plan and those choices into a PDF: the roadmap, or
//! the progress report at a date of the plan's year. The printer is
//! `boussole-pdf`, which builds on this crate's model: the use cases receive it from the caller
//! (the shell or the CLI) instead of depending on it.
//!
//! These types cross to the UI (serde camelCase, TypeScript and JSON Schema like the model).

use crate::error::Result;
use crate::figures::report::Progress;
use crate::figures::Figures;
use crate::plan::{Language, Plan};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Choices for one PDF export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PdfOptions {
    /// Language of every word the PDF prints (the plan's own text is printed as written).
    pub language: Language,
    /// Paper size; A4 unless the owner asks for US Letter.
    #[serde(default)]
    pub paper: Paper,
    /// Sections to include; the cover, contents and page numbers are always there.
    #[serde(default = "PdfSection::all")]
    pub sections: Vec<PdfSection>,
    /// The version for investors and bankers: no actual spend, no internal notes.
    #[serde(default)]
    pub investor: bool,
    /// The company logo for the cover, as the bytes of a PNG or JPEG file.
    #[serde(default)]
    pub logo: Option<Vec<u8>>,
    /// The date printed on the cover and stored as the creation date.
    pub today: NaiveDate,
}

impl PdfOptions {
    /// Default choices for a plan: its language, A4, every section, full version, no logo.
    pub fn for_plan(plan: &Plan, today: NaiveDate) -> PdfOptions {
        PdfOptions {
            language: plan.company.language,
            paper: Paper::default(),
            sections: PdfSection::all(),
            investor: false,
            logo: None,
            today,
        }
    }

    /// Whether a section is to be printed.
    pub fn includes(&self, section: PdfSection) -> bool {
        self.sections.contains(&section)
    }
}

/// What the owner chose in the export dialog: the options of one PDF, with the logo as the path
/// of its image file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PdfChoices {
    pub language: Language,
    pub paper: Paper,
    /// The version for investors and bankers.
    pub investor: bool,
    /// The sections ticked; at least one.
    pub sections: Vec<PdfSection>,
    /// A PNG or JPEG file for the cover.
    pub logo: Option<std::path::PathBuf>,
}

/// Paper size.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum Paper {
    /// 210 x 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 x 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

crate::plan::choice! {
    /// A section of the PDF that the owner may leave out; printed in this order.
    pub enum PdfSection {
        /// One-page executive summary.
        Summary,
        /// Market, SWOT, PESTEL, Porter, competitors and last year's review.
        Diagnostic,
        /// Segments, personas, value proposition and differentiation.
        Targets,
        /// Objectives and their KPIs.
        Objectives,
        /// Marketing mix, Gantt chart and action table.
        Actions,
        /// Budget by quarter, channel and lever.
        Budget,
        /// Measured KPI values against their targets.
        Kpis,
        /// Internal notes (never in the investor version).
        Notes,
    }
}

impl PdfSection {
    /// Every section, in print order.
    pub fn all() -> Vec<PdfSection> {
        PdfSection::ALL.to_vec()
    }
}

/// A PDF roadmap, and what it could not print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roadmap {
    /// The PDF document.
    pub bytes: Vec<u8>,
    /// Different characters no font could print (shown as "�"): colour emoji, or a script no
    /// font of this computer has. Each counts once however often it appears.
    pub unprinted: u32,
}

/// Choices for one progress report: the short PDF for a banker or a partner at a date.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOptions {
    /// Language of every word the PDF prints.
    pub language: Language,
    pub paper: Paper,
    /// The date the report is drawn up at: its figures are as of this day.
    pub date: NaiveDate,
    /// The day the document is made, stored as its creation date.
    pub today: NaiveDate,
}

/// Turns a plan into the bytes of a PDF document.
pub trait Printer {
    /// The PDF roadmap of a plan, printing its figures (worked out as of `options.today`).
    fn roadmap(&self, plan: &Plan, figures: &Figures, options: &PdfOptions) -> Result<Roadmap>;

    /// The progress report of a plan as known by `options.date` (`figures::report::known_by`),
    /// printing its progress figures as of that date.
    fn progress(
        &self,
        plan: &Plan,
        progress: &Progress,
        options: &ReportOptions,
    ) -> Result<Roadmap>;
}
