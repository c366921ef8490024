//! The marketing plan: every section a business owner fills in, as plain typed data.
//!
//! These types are the single source of truth: the UI's TypeScript types and the plan file's
//! JSON Schema are generated from them. They know nothing of storage or Tauri.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ids::{
    ActionId, AdjustmentId, CompetitorId, KpiId, Money, ObjectiveId, PersonaId, PlanUid, SegmentId,
};

/// Derives shared by every model type: serde in camelCase, TypeScript and JSON Schema.
macro_rules! model {
    ($($item:item)*) => {
        $(
            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
            #[serde(rename_all = "camelCase", deny_unknown_fields)]
            $item
        )*
    };
}

/// Declares closed lists of choices: the derives they share, and `ALL`, every value in
/// declaration order (the order forms offer them), written from the variants themselves so a new
/// value cannot be left out of a list.
macro_rules! choice {
    ($(
        $(#[$meta:meta])*
        pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }
    )*) => {
        $(
            #[derive(
                Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
                TS, JsonSchema,
            )]
            #[serde(rename_all = "camelCase")]
            $(#[$meta])*
            pub enum $name { $($(#[$vmeta])* $variant),* }

            impl $name {
                /// Every value, in declaration order.
                pub const ALL: &'static [$name] = &[$($name::$variant),*];
            }
        )*
    };
}
pub(crate) use choice;

choice! {
    /// The language of the interface and of the plan's documents.
    pub enum Language { Fr, En }

    /// Company size, by the French and European thresholds.
    pub enum CompanySize {
        /// Très petite entreprise: under 10 people.
        Tpe,
        /// Petite ou moyenne entreprise: under 250 people.
        Pme,
        /// Entreprise de taille intermédiaire: under 5,000 people.
        Eti,
    }

    /// Who the company sells to.
    pub enum MarketType { B2b, B2c, D2c }

    /// Stage of the market's life cycle.
    pub enum MarketMaturity { Emerging, Growing, Mature, Declining }

    /// A price level, for the company or a competitor.
    pub enum PriceLevel { Budget, Mid, Premium, Luxury }

    /// A three-step rating (attractiveness of a segment).
    pub enum Level { Low, Medium, High }

    /// Priority of a segment.
    pub enum Priority { Primary, Secondary, Later }

    /// Decision on a past action during last year's review.
    pub enum ReviewDecision { Keep, Correct, Abandon }

    /// Family of an objective.
    pub enum ObjectiveCategory { Business, Communication, Customer }

    /// Lever of the marketing mix (4P plus the three service Ps).
    pub enum Lever { Product, Price, Place, Promotion, People, Process, PhysicalEvidence }

    /// Channel through which an action reaches people.
    /// Channel through which an action reaches people, or a persona is reached. Consumer and
    /// professional channels are apart where the difference decides who is reached: LinkedIn
    /// is not Instagram, a trade show is not a tasting, the trade press is not a leaflet.
    pub enum Channel {
        Website, Seo, SearchAds, SocialMedia, ProfessionalNetwork, SocialAds, Email, Events,
        TradeShows, Print, TradePress, PressRelations, LocalListings, Marketplaces, Partnerships,
        DirectSales, InStore, Referral, Other,
    }

    /// Progress of an action.
    pub enum ActionStatus { Planned, InProgress, Done, Cancelled }

    /// How often a KPI is measured.
    pub enum Frequency { Weekly, Monthly, Quarterly, Yearly }

    /// What each reading of a KPI counts, which decides how readings add up to its target.
    pub enum KpiCounts {
        /// The amount of the period the reading covers (sales of the month): readings add up.
        Flow,
        /// The total since the start of the plan year (sales to date): the latest reading is
        /// the year so far.
        Cumulative,
        /// A level read at a date (subscribers, average basket, rating): the latest reading is
        /// where it stands.
        Level,
    }

    /// A step of the wizard, in the order the owner meets them.
    pub enum Step {
        Company, Diagnostic, Review, Targets, Positioning, Objectives, Mix, Actions, Budget, Kpis,
    }

    /// A box of the SWOT grid, named as its field in `Swot`.
    pub enum SwotQuadrant { Strengths, Weaknesses, Opportunities, Threats }

    /// A factor of the PESTEL table, named as its field in `Pestel`.
    pub enum PestelFactor { Political, Economic, Social, Technological, Environmental, Legal }

    /// One of Porter's five forces, named as its field in `Porter`.
    pub enum PorterForce { Rivalry, NewEntrants, Substitutes, BuyerPower, SupplierPower }
}

// The checklist's closed lists that the owner reads: declared with the model so that the label
// catalogue (`crate::labels`, a model module) can word them; the rules are in `checklist`.
choice! {
    /// How much a finding matters, from the most to the least serious.
    pub enum Severity {
        /// The plan cannot work as written; this can never be set aside.
        Critical,
        /// A real weakness to fix, unless the owner has a good reason.
        Warning,
        /// A good practice worth considering.
        Advice,
    }

    /// A family of rules, as grouped on the "what we check" page.
    pub enum Family {
        /// Market, competitors, audience and the SWOT and PESTEL grids.
        Diagnostic,
        /// The review of last year's plan.
        LastYear,
        /// Targets and positioning.
        Targeting,
        /// The objectives themselves.
        Objectives,
        /// Links between objectives, actions, KPIs and the marketing mix.
        Coherence,
        /// Who does what, when, with what money.
        Execution,
        /// How the year is going, as of the date the plan is checked: objectives behind their
        /// trajectory, spending, readings and actions left behind. These findings depend on the
        /// date, not on the plan's quality: at most warnings, and out of the readiness score.
        Steering,
        /// What a starting point (a trade) left for the owner to make theirs: placeholders in
        /// square brackets and example figures not yet confirmed.
        Start,
    }
}

model! {
    /// A complete marketing plan for one company and one year.
    pub struct Plan {
        /// The plan's identity across machines and files; given by the library when the plan
        /// is first stored (a plan file written before identities existed has none).
        #[serde(default)]
        pub id: Option<PlanUid>,
        /// The identity of the plan this one renews, if any.
        #[serde(default)]
        pub previous_id: Option<PlanUid>,
        /// How the plan was started and what the owner has looked at since.
        pub start: PlanStart,
        pub company: Company,
        pub diagnostic: Diagnostic,
        pub review: Review,
        pub targets: Targets,
        pub positioning: Positioning,
        pub objectives: Vec<Objective>,
        pub mix: MarketingMix,
        pub actions: Vec<Action>,
        pub budget: Budget,
        pub kpis: Vec<Kpi>,
        /// Internal notes, hidden from the investor version of the PDF.
        pub notes: String,
        /// Checklist findings the owner chose to set aside, with the reason.
        pub dismissals: Vec<Dismissal>,
        /// What was changed during the year, and why: the steering log.
        pub adjustments: Vec<Adjustment>,
        /// The review of this plan at the end of its year: a decision on each action, the result
        /// of each objective, the lessons. Renewal copies it into next year's `review`.
        pub year_end: YearEnd,
    }

    /// How a plan was started, and what the owner has looked at since.
    pub struct PlanStart {
        /// The example plan Boussole seeds on a first start, labelled as such.
        pub example: bool,
        /// The trade the plan was started from (its id in the trade catalogue), if any.
        pub trade: Option<String>,
        /// The steps the owner has opened: findings of the others are "to do", not faults.
        pub visited_steps: Vec<Step>,
        /// Figures that came with a starting point and that the owner has not confirmed yet,
        /// by place ("budget.envelope", "objective:2.target", "kpi:3.baseline").
        pub example_figures: Vec<String>,
    }

    /// A dated note of what was changed during the year, and why.
    pub struct Adjustment {
        pub id: AdjustmentId,
        pub date: NaiveDate,
        pub text: String,
        pub objective_id: Option<ObjectiveId>,
        pub action_id: Option<ActionId>,
    }

    /// The review of a plan at the end of its year.
    pub struct YearEnd {
        pub actions: Vec<ActionClosing>,
        pub objectives: Vec<ObjectiveClosing>,
        pub lessons: String,
    }

    /// What the owner decided about one of the plan's actions at the end of the year.
    pub struct ActionClosing {
        pub action_id: ActionId,
        pub decision: Option<ReviewDecision>,
        pub note: String,
    }

    /// How one of the plan's objectives turned out at the end of the year.
    pub struct ObjectiveClosing {
        pub objective_id: ObjectiveId,
        pub result: Option<f64>,
        pub comment: String,
    }

    /// The company profile and the plan's frame.
    pub struct Company {
        pub name: String,
        pub sector: String,
        pub size: Option<CompanySize>,
        pub market_type: Option<MarketType>,
        pub country: String,
        /// ISO 4217 code, e.g. "EUR".
        pub currency: String,
        pub plan_year: i32,
        pub language: Language,
    }

    /// Where the company stands: market, competition, offer, audience and the classic grids.
    pub struct Diagnostic {
        pub market: Market,
        pub competitors: Vec<Competitor>,
        pub offer: Offer,
        pub audience: String,
        pub swot: Swot,
        pub pestel: Pestel,
        pub porter: Porter,
        /// Set when the diagnostic was copied from last year's plan and not yet looked at again.
        pub to_review: bool,
    }

    /// The market the company plays in.
    pub struct Market {
        /// Free text: the size with its unit, e.g. "1,2 Md€ en France".
        pub size: String,
        pub growth: String,
        pub maturity: Option<MarketMaturity>,
        pub outlook: String,
    }

    /// A competitor and how it competes.
    pub struct Competitor {
        pub id: CompetitorId,
        pub name: String,
        pub offer: String,
        pub positioning: String,
        pub price_level: Option<PriceLevel>,
        pub differentiators: String,
    }

    /// What the company sells, with its strengths and weaknesses.
    pub struct Offer {
        pub description: String,
        pub strengths: Vec<String>,
        pub weaknesses: Vec<String>,
    }

    /// Strengths, weaknesses, opportunities and threats.
    pub struct Swot {
        pub strengths: Vec<String>,
        pub weaknesses: Vec<String>,
        pub opportunities: Vec<String>,
        pub threats: Vec<String>,
    }

    /// Political, economic, social, technological, environmental and legal factors.
    pub struct Pestel {
        pub political: String,
        pub economic: String,
        pub social: String,
        pub technological: String,
        pub environmental: String,
        pub legal: String,
    }

    /// Porter's five forces, each rated 1 (weak) to 5 (strong).
    pub struct Porter {
        pub rivalry: Force,
        pub new_entrants: Force,
        pub substitutes: Force,
        pub buyer_power: Force,
        pub supplier_power: Force,
    }

    /// One of Porter's forces.
    pub struct Force {
        /// 1 (weak) to 5 (strong); none when not assessed.
        pub rating: Option<u8>,
        pub note: String,
    }

    /// The review of last year's plan.
    pub struct Review {
        /// The plan this one renews, when it was made with "renew".
        pub previous_year: Option<i32>,
        pub actions: Vec<ActionReview>,
        pub objectives: Vec<ObjectiveReview>,
        /// Budget planned and spent last year, when known.
        pub budget_planned: Option<Money>,
        pub budget_spent: Option<Money>,
        pub lessons: String,
    }

    /// What becomes of one of last year's actions.
    pub struct ActionReview {
        /// The action's id in last year's plan.
        pub action_id: ActionId,
        pub title: String,
        pub decision: Option<ReviewDecision>,
        pub note: String,
    }

    /// How one of last year's objectives turned out.
    pub struct ObjectiveReview {
        /// The objective's id in last year's plan.
        pub objective_id: ObjectiveId,
        pub title: String,
        pub target: Option<f64>,
        pub measured: Option<f64>,
        pub unit: String,
        pub comment: String,
    }

    /// Who the plan is for.
    pub struct Targets {
        pub segments: Vec<Segment>,
        pub personas: Vec<Persona>,
    }

    /// A group of customers who buy for the same reasons.
    pub struct Segment {
        pub id: SegmentId,
        pub name: String,
        pub criteria: String,
        /// Free text, e.g. "3 000 entreprises en Bretagne".
        pub size: String,
        pub attractiveness: Option<Level>,
        pub priority: Option<Priority>,
    }

    /// A typical buyer, drawn from a segment.
    pub struct Persona {
        pub id: PersonaId,
        pub name: String,
        pub segment_id: Option<SegmentId>,
        pub role: String,
        pub goals: String,
        pub pains: String,
        /// Where this persona is really reached.
        pub channels: Vec<Channel>,
        /// The same in the owner's words ("Instagram le soir, la vitrine").
        pub channels_note: String,
        pub buying_habits: String,
    }

    /// How the company wants to be seen, against whom.
    pub struct Positioning {
        pub value_proposition: String,
        pub brand_promise: String,
        pub statement: String,
        pub price_level: Option<PriceLevel>,
        pub differentiation: Vec<DifferentiationRow>,
    }

    /// One criterion of the differentiation table: us against each competitor.
    pub struct DifferentiationRow {
        pub criterion: String,
        pub us: String,
        pub competitors: Vec<DifferentiationCell>,
    }

    /// How one competitor fares on one criterion.
    pub struct DifferentiationCell {
        pub competitor_id: CompetitorId,
        pub value: String,
    }

    /// A SMART objective, possibly under a parent objective.
    pub struct Objective {
        pub id: ObjectiveId,
        pub title: String,
        pub category: ObjectiveCategory,
        /// What is counted, e.g. "chiffre d'affaires en ligne".
        pub metric: String,
        pub baseline: Option<f64>,
        pub target: Option<f64>,
        pub unit: String,
        pub deadline: Option<NaiveDate>,
        /// Set for a sub-objective.
        pub parent_id: Option<ObjectiveId>,
        pub key_results: Vec<KeyResult>,
        /// The one figure that best says whether the year is a success.
        pub north_star: bool,
        /// Carried over by a renewal and not yet confirmed.
        pub draft: bool,
        /// How the year's result builds up month by month (twelve weights, January first), for
        /// an objective that follows a season; none when it grows evenly.
        pub monthly_profile: Option<Vec<f64>>,
    }

    /// A measurable result that shows an objective is on track.
    pub struct KeyResult {
        pub title: String,
        pub target: Option<f64>,
        pub unit: String,
    }

    /// Decisions for each lever of the marketing mix.
    pub struct MarketingMix {
        pub product: String,
        pub price: String,
        pub place: String,
        pub promotion: String,
        pub people: String,
        pub process: String,
        pub physical_evidence: String,
    }

    /// A dated piece of work that serves one or more objectives.
    pub struct Action {
        pub id: ActionId,
        pub title: String,
        pub description: String,
        pub objective_ids: Vec<ObjectiveId>,
        pub lever: Option<Lever>,
        pub channel: Option<Channel>,
        pub owner: String,
        pub start: Option<NaiveDate>,
        pub end: Option<NaiveDate>,
        pub milestones: Vec<Milestone>,
        /// The segments the action is for (none: not said).
        pub segment_ids: Vec<SegmentId>,
        /// The personas the action is for (none: not said).
        pub persona_ids: Vec<PersonaId>,
        pub planned_budget: Option<Money>,
        pub actual_spend: Option<Money>,
        pub status: ActionStatus,
        /// The correction decided in last year's review, shown on a carried action.
        pub correction_note: String,
    }

    /// A dated step inside an action.
    pub struct Milestone {
        pub title: String,
        pub date: Option<NaiveDate>,
        pub done: bool,
    }

    /// The money available for the year's marketing.
    pub struct Budget {
        pub envelope: Option<Money>,
        pub notes: String,
    }

    /// A key performance indicator and its measurements.
    pub struct Kpi {
        pub id: KpiId,
        pub name: String,
        pub objective_id: Option<ObjectiveId>,
        pub baseline: Option<f64>,
        pub target: Option<f64>,
        pub unit: String,
        pub frequency: Option<Frequency>,
        /// What each reading counts: the amount of its period, the year to date, or a level.
        pub counts: KpiCounts,
        /// Where the figure is read, e.g. "Google Analytics", "caisse".
        pub tool: String,
        pub measurements: Vec<Measurement>,
    }

    /// A dated measured value of a KPI.
    pub struct Measurement {
        pub date: NaiveDate,
        pub value: f64,
    }

    /// A checklist finding set aside by the owner.
    pub struct Dismissal {
        pub rule_id: String,
        /// The item the finding is about, e.g. "action:4"; empty for plan-wide findings.
        pub target: String,
        pub reason: String,
    }
}

impl Language {
    /// The two-letter code, e.g. "fr".
    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// Parses "fr", "fr-FR", "en_GB.UTF-8"...; other languages fall back to none.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let lower = locale.trim().to_ascii_lowercase();
        if lower.starts_with("fr") {
            Some(Language::Fr)
        } else if lower.starts_with("en") {
            Some(Language::En)
        } else {
            None
        }
    }
}

impl Swot {
    /// The entries of one box.
    pub fn quadrant(&self, quadrant: SwotQuadrant) -> &[String] {
        match quadrant {
            SwotQuadrant::Strengths => &self.strengths,
            SwotQuadrant::Weaknesses => &self.weaknesses,
            SwotQuadrant::Opportunities => &self.opportunities,
            SwotQuadrant::Threats => &self.threats,
        }
    }
}

impl Pestel {
    /// The analysis of one factor.
    pub fn factor(&self, factor: PestelFactor) -> &str {
        match factor {
            PestelFactor::Political => &self.political,
            PestelFactor::Economic => &self.economic,
            PestelFactor::Social => &self.social,
            PestelFactor::Technological => &self.technological,
            PestelFactor::Environmental => &self.environmental,
            PestelFactor::Legal => &self.legal,
        }
    }
}

impl Porter {
    /// The rating and note of one force.
    pub fn force(&self, force: PorterForce) -> &Force {
        match force {
            PorterForce::Rivalry => &self.rivalry,
            PorterForce::NewEntrants => &self.new_entrants,
            PorterForce::Substitutes => &self.substitutes,
            PorterForce::BuyerPower => &self.buyer_power,
            PorterForce::SupplierPower => &self.supplier_power,
        }
    }
}

impl MarketingMix {
    /// Each of the seven levers' text, by its field name in the plan file.
    pub fn fields(&self) -> [(&'static str, &String); 7] {
        [
            ("product", &self.product),
            ("price", &self.price),
            ("place", &self.place),
            ("promotion", &self.promotion),
            ("people", &self.people),
            ("process", &self.process),
            ("physicalEvidence", &self.physical_evidence),
        ]
    }
}

impl Plan {
    /// The plan's identity: its own, or for a plan file written before identities existed, one
    /// derived from the company's name and the year (the same at every export).
    pub fn identity(&self) -> PlanUid {
        self.id
            .unwrap_or_else(|| PlanUid::derived(&self.company.name, self.company.plan_year))
    }

    /// An empty plan for a company name, year and language, ready to be filled in.
    pub fn blank(name: &str, year: i32, language: Language) -> Plan {
        let text = String::new;
        let force = || Force {
            rating: None,
            note: text(),
        };
        Plan {
            id: None,
            previous_id: None,
            start: PlanStart {
                example: false,
                trade: None,
                visited_steps: vec![],
                example_figures: vec![],
            },
            company: Company {
                name: name.to_string(),
                sector: text(),
                size: None,
                market_type: None,
                country: match language {
                    Language::Fr => "France".into(),
                    Language::En => text(),
                },
                currency: "EUR".into(),
                plan_year: year,
                language,
            },
            diagnostic: Diagnostic {
                market: Market {
                    size: text(),
                    growth: text(),
                    maturity: None,
                    outlook: text(),
                },
                competitors: vec![],
                offer: Offer {
                    description: text(),
                    strengths: vec![],
                    weaknesses: vec![],
                },
                audience: text(),
                swot: Swot {
                    strengths: vec![],
                    weaknesses: vec![],
                    opportunities: vec![],
                    threats: vec![],
                },
                pestel: Pestel {
                    political: text(),
                    economic: text(),
                    social: text(),
                    technological: text(),
                    environmental: text(),
                    legal: text(),
                },
                porter: Porter {
                    rivalry: force(),
                    new_entrants: force(),
                    substitutes: force(),
                    buyer_power: force(),
                    supplier_power: force(),
                },
                to_review: false,
            },
            review: Review {
                previous_year: None,
                actions: vec![],
                objectives: vec![],
                budget_planned: None,
                budget_spent: None,
                lessons: text(),
            },
            targets: Targets {
                segments: vec![],
                personas: vec![],
            },
            positioning: Positioning {
                value_proposition: text(),
                brand_promise: text(),
                statement: text(),
                price_level: None,
                differentiation: vec![],
            },
            objectives: vec![],
            mix: MarketingMix {
                product: text(),
                price: text(),
                place: text(),
                promotion: text(),
                people: text(),
                process: text(),
                physical_evidence: text(),
            },
            actions: vec![],
            budget: Budget {
                envelope: None,
                notes: text(),
            },
            kpis: vec![],
            notes: text(),
            dismissals: vec![],
            adjustments: vec![],
            year_end: YearEnd {
                actions: vec![],
                objectives: vec![],
                lessons: text(),
            },
        }
    }
}
