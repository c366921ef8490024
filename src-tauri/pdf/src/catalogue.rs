//! Every word the PDF prints, in French and in English.
//!
//! One `Texts` value per language: the compiler checks that both are complete. The model's
//! closed lists (channels, levers, statuses, steps, grids, section titles...) are worded by the
//! core's label catalogue (`boussole_core::labels`), the same words as on screen and in the CSV;
//! the methods here only pass the document's language. No other module holds a user-visible
//! string.

use boussole_core::labels::Term;
use boussole_core::plan::{
    ActionStatus, Channel, Frequency, Language, Level, Lever, MarketMaturity, ObjectiveCategory,
    PriceLevel, Priority, ReviewDecision, Step,
};

/// The strings of one language.
pub(crate) struct Texts {
    /// The document's language, for the catalogue's labels.
    pub language: Language,
    pub plan_title: &'static str,
    /// Between a label and its value: a no-break space precedes the colon in French.
    pub colon: &'static str,
    pub investor_edition: &'static str,
    pub page: &'static str,
    pub contents: &'static str,
    pub budget: &'static str,

    pub positioning: &'static str,
    pub north_star: &'static str,
    pub key_dates: &'static str,
    pub total_budget: &'static str,
    pub envelope: &'static str,
    pub actions_count: &'static str,
    pub objectives_count: &'static str,
    pub more_items: &'static str,
    pub none_yet: &'static str,
    /// After the owner's text where it was cut short.
    pub shortened: &'static str,
    /// The last page of a document cut at the page limit.
    pub document_shortened: &'static str,

    pub market: &'static str,
    pub market_size: &'static str,
    pub market_growth: &'static str,
    pub market_maturity: &'static str,
    pub market_outlook: &'static str,
    pub offer: &'static str,
    pub audience: &'static str,
    pub swot: &'static str,
    pub pestel: &'static str,
    pub factor: &'static str,
    pub analysis: &'static str,
    pub porter: &'static str,
    pub porter_scale: &'static str,
    pub not_rated: &'static str,
    pub force: &'static str,
    pub note: &'static str,
    pub competitors: &'static str,
    pub competitor: &'static str,
    pub price: &'static str,
    pub differentiators: &'static str,
    pub review: &'static str,
    pub last_year_actions: &'static str,
    pub last_year_objectives: &'static str,
    pub decision: &'static str,
    pub measured: &'static str,
    pub comment: &'static str,
    pub lessons: &'static str,
    pub last_year_budget: &'static str,
    pub spent: &'static str,

    pub segments: &'static str,
    pub segment: &'static str,
    pub criteria: &'static str,
    pub size: &'static str,
    pub attractiveness: &'static str,
    pub priority: &'static str,
    pub personas: &'static str,
    pub role: &'static str,
    pub goals: &'static str,
    pub pains: &'static str,
    pub channels: &'static str,
    pub buying_habits: &'static str,
    pub value_proposition: &'static str,
    pub brand_promise: &'static str,
    pub statement: &'static str,
    pub price_level: &'static str,
    pub differentiation: &'static str,
    pub criterion: &'static str,
    pub us: &'static str,

    pub objective: &'static str,
    pub metric: &'static str,
    pub baseline: &'static str,
    pub target: &'static str,
    pub deadline: &'static str,
    pub kpi_list: &'static str,

    pub mix: &'static str,
    pub lever: &'static str,
    pub decisions: &'static str,
    pub timeline: &'static str,
    pub action_list: &'static str,
    pub action: &'static str,
    pub owner: &'static str,
    pub dates: &'static str,
    pub channel: &'static str,
    pub milestone: &'static str,
    pub no_lever: &'static str,
    pub no_channel: &'static str,
    pub undated_actions: &'static str,

    pub overview: &'static str,
    pub by_quarter: &'static str,
    pub by_channel: &'static str,
    pub by_lever: &'static str,
    pub by_objective: &'static str,
    pub quarter: &'static str,
    pub quarter_prefix: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub variance: &'static str,
    pub share: &'static str,
    pub remaining: &'static str,
    pub total: &'static str,
    pub undated: &'static str,
    pub other_years: &'static str,
    pub spread_note: &'static str,
    /// Beside a figure that is still an example from a trade's template.
    pub example_mark: &'static str,
    /// Says what the mark means, under a table or figures that carry it.
    pub example_note: &'static str,
    pub budget_notes: &'static str,

    pub kpi: &'static str,
    pub last_value: &'static str,
    pub progress: &'static str,
    pub measurements: &'static str,

    pub date: &'static str,
    pub adjustments: &'static str,
    pub adjustments_note: &'static str,
    pub adjustment: &'static str,
    pub concerns: &'static str,

    pub report_title: &'static str,
    /// Before the report's date: "au" 30 juin 2027, "as of" 30 June 2027.
    pub report_as_of: &'static str,
    pub report_intro: &'static str,
    pub spent_by: &'static str,
    pub planned_by: &'static str,
    pub year_budget: &'static str,
    pub actions_late: &'static str,
    pub report_objectives: &'static str,
    pub report_kpis: &'static str,
    pub report_money: &'static str,
    pub report_actions: &'static str,
    /// Before a deadline: "au" 31 déc., "by" 31 Dec.
    pub by: &'static str,
    /// Before a reading's date: "le" 31 mars, "on" 31 Mar.
    pub on: &'static str,
    pub expected_at: &'static str,
    pub expected_then: &'static str,
    pub latest_reading: &'static str,
    /// Under a KPI whose latest period has no reading yet; `{date}` is the period's last day.
    pub reading_missing: &'static str,
    pub situation: &'static str,
    pub no_kpi: &'static str,
    pub no_objective: &'static str,
    /// How the trajectory is drawn; `{tolerance}` is the pace tolerance.
    pub trajectory_note: &'static str,
    pub goal_note: &'static str,
    pub spend_ahead: &'static str,
    pub spend_note: &'static str,
    pub late_actions: &'static str,
    pub done_actions: &'static str,
    pub no_late_action: &'static str,
    pub no_done_action: &'static str,
    pub due_end: &'static str,
    pub status_column: &'static str,
    pub no_adjustment: &'static str,

    pub months: [&'static str; 12],
    pub months_short: [&'static str; 12],
    pub first_of_month: &'static str,
}

/// The strings for a language.
pub(crate) fn texts(language: Language) -> &'static Texts {
    match language {
        Language::Fr => &FR,
        Language::En => &EN,
    }
}

impl Texts {
    /// The lever's name.
    pub fn lever(&self, lever: Lever) -> &'static str {
        lever.label(self.language)
    }

    /// The channel's name.
    pub fn channel(&self, channel: Channel) -> &'static str {
        channel.label(self.language)
    }

    /// The action status's name.
    pub fn status(&self, status: ActionStatus) -> &'static str {
        status.label(self.language)
    }

    /// The frequency's name.
    pub fn frequency(&self, frequency: Frequency) -> &'static str {
        frequency.label(self.language)
    }

    /// The level's name.
    pub fn level(&self, level: Level) -> &'static str {
        level.label(self.language)
    }

    /// The priority's name.
    pub fn priority(&self, priority: Priority) -> &'static str {
        priority.label(self.language)
    }

    /// The price level's name.
    pub fn price_level(&self, level: PriceLevel) -> &'static str {
        level.label(self.language)
    }

    /// The market maturity's name.
    pub fn maturity(&self, maturity: MarketMaturity) -> &'static str {
        maturity.label(self.language)
    }

    /// The objective category's name.
    pub fn category(&self, category: ObjectiveCategory) -> &'static str {
        category.label(self.language)
    }

    /// The review decision's name.
    pub fn review_decision(&self, decision: ReviewDecision) -> &'static str {
        decision.label(self.language)
    }
}

static FR: Texts = Texts {
    language: Language::Fr,
    plan_title: "Plan marketing",
    colon: "\u{A0}: ",
    investor_edition: "Version pour les investisseurs et partenaires financiers",
    page: "Page",
    contents: "Sommaire",
    budget: "Budget",

    positioning: Step::Positioning.label(Language::Fr),
    north_star: "Indicateur phare",
    key_dates: "Dates clés",
    total_budget: "Budget total",
    envelope: Term::Envelope.label(Language::Fr),
    actions_count: "Actions",
    objectives_count: "Objectifs",
    more_items: "autres",
    none_yet: "Non renseigné.",
    shortened: "(texte raccourci : voir le fichier du plan)",
    document_shortened: "Le document s’arrête ici : la suite dépasserait la longueur qu’un PDF peut raisonnablement avoir. Le plan complet est dans le fichier du plan.",

    market: "Marché",
    market_size: "Taille",
    market_growth: "Croissance",
    market_maturity: "Maturité",
    market_outlook: "Perspectives",
    offer: "Offre",
    audience: "Clientèle actuelle",
    swot: "Analyse SWOT",
    pestel: "Analyse PESTEL",
    factor: "Facteur",
    analysis: "Analyse",
    porter: "Les cinq forces de Porter",
    porter_scale: "Intensité de 1 (faible) à 5 (forte)",
    not_rated: "non évaluée",
    force: "Force",
    note: "Commentaire",
    competitors: "Concurrents",
    competitor: "Concurrent",
    price: "Prix",
    differentiators: "Points forts",
    review: Step::Review.label(Language::Fr),
    last_year_actions: "Actions de l’an dernier",
    last_year_objectives: "Objectifs de l’an dernier",
    decision: "Décision",
    measured: "Mesuré",
    comment: "Commentaire",
    lessons: "Enseignements",
    last_year_budget: "Budget de l’an dernier",
    spent: "dépensé",

    segments: "Segments",
    segment: "Segment",
    criteria: "Critères",
    size: "Taille",
    attractiveness: "Attractivité",
    priority: "Priorité",
    personas: "Personas",
    role: "Profil",
    goals: "Objectifs",
    pains: "Difficultés",
    channels: "Canaux",
    buying_habits: "Habitudes d’achat",
    value_proposition: "Proposition de valeur",
    brand_promise: "Promesse de marque",
    statement: "Énoncé de positionnement",
    price_level: "Niveau de prix",
    differentiation: "Tableau de différenciation",
    criterion: "Critère",
    us: "Nous",

    objective: "Objectif",
    metric: "Mesure",
    baseline: "Point de départ",
    target: "Cible",
    deadline: "Échéance",
    kpi_list: "Indicateurs",

    mix: Step::Mix.label(Language::Fr),
    lever: "Levier",
    decisions: "Décisions",
    timeline: "Calendrier",
    action_list: "Détail des actions",
    action: "Action",
    owner: "Responsable",
    dates: "Dates",
    channel: "Canal",
    milestone: "Jalon",
    no_lever: Term::NoLever.label(Language::Fr),
    no_channel: Term::NoChannel.label(Language::Fr),
    undated_actions: "actions sans dates ne figurent pas sur le calendrier.",

    overview: "Vue d’ensemble",
    by_quarter: "Par trimestre",
    by_channel: "Par canal",
    by_lever: "Par levier",
    by_objective: "Par objectif",
    quarter: "Trimestre",
    quarter_prefix: Term::Quarter.label(Language::Fr),
    planned: Term::Planned.label(Language::Fr),
    actual: Term::Actual.label(Language::Fr),
    variance: Term::Variance.label(Language::Fr),
    share: Term::Share.label(Language::Fr),
    remaining: Term::Remaining.label(Language::Fr),
    total: Term::Total.label(Language::Fr),
    undated: Term::Undated.label(Language::Fr),
    other_years: Term::OtherYears.label(Language::Fr),
    spread_note: "Le budget de chaque action est réparti au prorata de ses dates.",
    example_mark: "\u{a0}*",
    example_note: "* Chiffre d’exemple repris du modèle du métier, pas encore confirmé par l’entreprise.",
    budget_notes: "Précisions",

    kpi: "Indicateur",
    last_value: "Dernière mesure",
    progress: Term::Progress.label(Language::Fr),
    measurements: "Mesures",

    date: "Date",
    adjustments: "Ajustements de l’année",
    adjustments_note: "Ce qui a été changé en cours d’année, et pourquoi.",
    adjustment: "Ajustement et raison",
    concerns: "Concerne",

    report_title: "Rapport d’avancement",
    report_as_of: "au",
    report_intro: "Où en est le plan marketing à cette date : chaque objectif comparé à la trajectoire prévue pour l’atteindre, les dépenses comparées au budget prévu à cette date et à l’enveloppe, les actions menées et celles en retard, et les ajustements décidés en cours de route.",
    spent_by: "Dépensé au",
    planned_by: "Prévu au",
    year_budget: "Budget prévu pour l’année",
    actions_late: "Actions en retard",
    report_objectives: "Objectifs et trajectoire",
    report_kpis: "Indicateurs",
    report_money: "Dépenses",
    report_actions: "Actions",
    by: "au",
    on: "le",
    expected_at: "Attendu au",
    expected_then: "Attendu à sa date",
    latest_reading: "Dernière mesure",
    reading_missing: "manque le {date}",
    situation: "Situation",
    no_kpi: "Aucun indicateur",
    no_objective: "Aucun objectif chiffré.",
    trajectory_note: "La trajectoire va du point de départ au 1er janvier jusqu’à la cible à son échéance, en ligne droite ou selon le profil saisonnier de l’objectif. La situation compare la dernière mesure à la trajectoire à la date de cette mesure : « Dans les temps » tant que l’écart ne dépasse pas {tolerance} du chemin. La dernière colonne donne où la trajectoire arrive à la date du rapport. Les mesures postérieures à la date du rapport ne sont pas comptées.",
    goal_note: "Pour un indicateur qui compte le montant de chaque période (ventes du mois), la cible et la valeur mesurée sont le total de l’année.",
    spend_ahead: "Les dépenses vont plus vite que prévu : elles dépassent le prévu à cette date de plus d’un dixième du budget de l’année.",
    spend_note: "Prévu à une date : le budget de chaque action (hors actions annulées) réparti sur ses jours, jusqu’à cette date. Dépensé : les dépenses réelles enregistrées sur les actions.",
    late_actions: "En retard",
    done_actions: "Terminées",
    no_late_action: "Aucune action en retard.",
    no_done_action: "Aucune action terminée pour l’instant.",
    due_end: "Fin prévue",
    status_column: "Statut",
    no_adjustment: "Aucun ajustement noté à cette date.",

    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    months_short: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    first_of_month: "1er",
};

static EN: Texts = Texts {
    language: Language::En,
    plan_title: "Marketing plan",
    colon: ": ",
    investor_edition: "Edition for investors and financial partners",
    page: "Page",
    contents: "Contents",
    budget: "Budget",

    positioning: Step::Positioning.label(Language::En),
    north_star: "North Star",
    key_dates: "Key dates",
    total_budget: "Total budget",
    envelope: Term::Envelope.label(Language::En),
    actions_count: "Actions",
    objectives_count: "Objectives",
    more_items: "more",
    none_yet: "Not filled in.",
    shortened: "(text shortened: see the plan file)",
    document_shortened: "The document stops here: the rest would make it longer than a PDF can reasonably be. The whole plan is in the plan file.",

    market: "Market",
    market_size: "Size",
    market_growth: "Growth",
    market_maturity: "Maturity",
    market_outlook: "Outlook",
    offer: "Offer",
    audience: "Current customers",
    swot: "SWOT analysis",
    pestel: "PESTEL analysis",
    factor: "Factor",
    analysis: "Analysis",
    porter: "Porter’s five forces",
    porter_scale: "Strength from 1 (weak) to 5 (strong)",
    not_rated: "not rated",
    force: "Force",
    note: "Comment",
    competitors: "Competitors",
    competitor: "Competitor",
    price: "Price",
    differentiators: "Strong points",
    review: Step::Review.label(Language::En),
    last_year_actions: "Last year’s actions",
    last_year_objectives: "Last year’s objectives",
    decision: "Decision",
    measured: "Measured",
    comment: "Comment",
    lessons: "Lessons learned",
    last_year_budget: "Last year’s budget",
    spent: "spent",

    segments: "Segments",
    segment: "Segment",
    criteria: "Criteria",
    size: "Size",
    attractiveness: "Attractiveness",
    priority: "Priority",
    personas: "Personas",
    role: "Profile",
    goals: "Goals",
    pains: "Pain points",
    channels: "Channels",
    buying_habits: "Buying habits",
    value_proposition: "Value proposition",
    brand_promise: "Brand promise",
    statement: "Positioning statement",
    price_level: "Price level",
    differentiation: "Differentiation",
    criterion: "Criterion",
    us: "Us",

    objective: "Objective",
    metric: "Metric",
    baseline: "Baseline",
    target: "Target",
    deadline: "Deadline",
    kpi_list: "KPIs",

    mix: Step::Mix.label(Language::En),
    lever: "Lever",
    decisions: "Decisions",
    timeline: "Timeline",
    action_list: "Actions in detail",
    action: "Action",
    owner: "Owner",
    dates: "Dates",
    channel: "Channel",
    milestone: "Milestone",
    no_lever: Term::NoLever.label(Language::En),
    no_channel: Term::NoChannel.label(Language::En),
    undated_actions: "actions without dates are not on the timeline.",

    overview: "Overview",
    by_quarter: "By quarter",
    by_channel: "By channel",
    by_lever: "By lever",
    by_objective: "By objective",
    quarter: "Quarter",
    quarter_prefix: Term::Quarter.label(Language::En),
    planned: Term::Planned.label(Language::En),
    actual: Term::Actual.label(Language::En),
    variance: Term::Variance.label(Language::En),
    share: Term::Share.label(Language::En),
    remaining: Term::Remaining.label(Language::En),
    total: Term::Total.label(Language::En),
    undated: Term::Undated.label(Language::En),
    other_years: Term::OtherYears.label(Language::En),
    spread_note: "Each action’s budget is spread over its dates.",
    example_mark: "\u{a0}*",
    example_note: "* Example figure from the trade’s template, not yet confirmed by the business.",
    budget_notes: "Notes",

    kpi: "KPI",
    last_value: "Latest value",
    progress: Term::Progress.label(Language::En),
    measurements: "Measurements",

    date: "Date",
    adjustments: "Adjustments during the year",
    adjustments_note: "What was changed during the year, and why.",
    adjustment: "Change and reason",
    concerns: "About",

    report_title: "Progress report",
    report_as_of: "as of",
    report_intro: "Where the marketing plan stands at this date: each objective against the trajectory planned to reach it, spending against the budget planned by this date and against the envelope, the actions done and those running late, and the adjustments decided along the way.",
    spent_by: "Spent by",
    planned_by: "Planned by",
    year_budget: "Budget planned for the year",
    actions_late: "Actions running late",
    report_objectives: "Objectives and trajectory",
    report_kpis: "KPIs",
    report_money: "Spending",
    report_actions: "Actions",
    by: "by",
    on: "on",
    expected_at: "Expected by",
    expected_then: "Expected at its date",
    latest_reading: "Latest reading",
    reading_missing: "{date} missing",
    situation: "Status",
    no_kpi: "No KPI",
    no_objective: "No objective with a target.",
    trajectory_note: "The trajectory runs from the starting point on 1 January to the target at its deadline, in a straight line or along the objective’s seasonal profile. The status compares the latest reading with the trajectory at the date of that reading: “On track” as long as it is no more than {tolerance} of the way behind. The last column gives where the trajectory stands at the report’s date. Readings dated after the report’s date are not counted.",
    goal_note: "For a KPI that counts each period’s amount (sales of the month), the target and the measured value are the year’s total.",
    spend_ahead: "Spending is running ahead of the plan: it exceeds what was planned by this date by more than a tenth of the year’s budget.",
    spend_note: "Planned by a date: each action’s budget (cancelled actions left out) spread over its days, up to that date. Spent: the actual spend recorded on the actions.",
    late_actions: "Running late",
    done_actions: "Done",
    no_late_action: "No action is running late.",
    no_done_action: "No action is done yet.",
    due_end: "Planned end",
    status_column: "Status",
    no_adjustment: "No adjustment noted by this date.",

    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    first_of_month: "1",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_labels_are_the_catalogue_s() {
        let fr = texts(Language::Fr);
        assert_eq!(fr.lever(Lever::PhysicalEvidence), "Preuves physiques");
        assert_eq!(fr.channel(Channel::Other), "Autre");
        assert_eq!(
            texts(Language::En).channel(Channel::Seo),
            Channel::Seo.label(Language::En)
        );
        assert_eq!(fr.status(ActionStatus::Cancelled), "Annulée");
    }
}
