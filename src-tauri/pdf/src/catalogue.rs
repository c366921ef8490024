//! Every word the PDF prints, in French and in English.
//!
//! One `Texts` value per language: the compiler checks that both are complete. Labels for the
//! model's closed lists live here too, so no other module holds a user-visible string.

use boussole_core::plan::{
    ActionStatus, Channel, Frequency, Language, Level, Lever, MarketMaturity, ObjectiveCategory,
    PriceLevel, Priority, ReviewDecision,
};

/// The strings of one language.
pub(crate) struct Texts {
    pub plan_title: &'static str,
    /// Between a label and its value: a no-break space precedes the colon in French.
    pub colon: &'static str,
    pub investor_edition: &'static str,
    pub page: &'static str,
    pub contents: &'static str,
    pub summary: &'static str,
    pub diagnostic: &'static str,
    pub targets: &'static str,
    pub objectives: &'static str,
    pub actions: &'static str,
    pub budget: &'static str,
    pub kpis: &'static str,
    pub notes: &'static str,

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
    pub swot_quadrants: [&'static str; 4],
    pub pestel: &'static str,
    pub pestel_factors: [&'static str; 6],
    pub factor: &'static str,
    pub analysis: &'static str,
    pub porter: &'static str,
    pub porter_forces: [&'static str; 5],
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
    pub budget_notes: &'static str,

    pub kpi: &'static str,
    pub last_value: &'static str,
    pub progress: &'static str,
    pub measurements: &'static str,

    pub months: [&'static str; 12],
    pub months_short: [&'static str; 12],
    pub first_of_month: &'static str,

    levers: [&'static str; 7],
    channel_names: [&'static str; 14],
    statuses: [&'static str; 4],
    frequencies: [&'static str; 4],
    levels: [&'static str; 3],
    priorities: [&'static str; 3],
    price_levels: [&'static str; 4],
    maturities: [&'static str; 4],
    categories: [&'static str; 3],
    review_decisions: [&'static str; 3],
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
        self.levers[lever as usize]
    }

    /// The channel's name.
    pub fn channel(&self, channel: Channel) -> &'static str {
        self.channel_names[channel as usize]
    }

    /// The action status's name.
    pub fn status(&self, status: ActionStatus) -> &'static str {
        self.statuses[status as usize]
    }

    /// The frequency's name.
    pub fn frequency(&self, frequency: Frequency) -> &'static str {
        self.frequencies[frequency as usize]
    }

    /// The level's name.
    pub fn level(&self, level: Level) -> &'static str {
        self.levels[level as usize]
    }

    /// The priority's name.
    pub fn priority(&self, priority: Priority) -> &'static str {
        self.priorities[priority as usize]
    }

    /// The price level's name.
    pub fn price_level(&self, level: PriceLevel) -> &'static str {
        self.price_levels[level as usize]
    }

    /// The market maturity's name.
    pub fn maturity(&self, maturity: MarketMaturity) -> &'static str {
        self.maturities[maturity as usize]
    }

    /// The objective category's name.
    pub fn category(&self, category: ObjectiveCategory) -> &'static str {
        self.categories[category as usize]
    }

    /// The review decision's name.
    pub fn review_decision(&self, decision: ReviewDecision) -> &'static str {
        self.review_decisions[decision as usize]
    }
}

static FR: Texts = Texts {
    plan_title: "Plan marketing",
    colon: "\u{A0}: ",
    investor_edition: "Version pour les investisseurs et partenaires financiers",
    page: "Page",
    contents: "Sommaire",
    summary: "Synthèse",
    diagnostic: "Diagnostic",
    targets: "Cibles et positionnement",
    objectives: "Objectifs et indicateurs",
    actions: "Plan d’action",
    budget: "Budget",
    kpis: "Suivi des indicateurs",
    notes: "Notes internes",

    positioning: "Positionnement",
    north_star: "Indicateur phare",
    key_dates: "Dates clés",
    total_budget: "Budget total",
    envelope: "Enveloppe",
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
    swot_quadrants: ["Forces", "Faiblesses", "Opportunités", "Menaces"],
    pestel: "Analyse PESTEL",
    pestel_factors: [
        "Politique",
        "Économique",
        "Socioculturel",
        "Technologique",
        "Environnemental",
        "Légal",
    ],
    factor: "Facteur",
    analysis: "Analyse",
    porter: "Les cinq forces de Porter",
    porter_forces: [
        "Rivalité entre concurrents",
        "Menace des nouveaux entrants",
        "Menace des produits de substitution",
        "Pouvoir de négociation des clients",
        "Pouvoir de négociation des fournisseurs",
    ],
    porter_scale: "Intensité de 1 (faible) à 5 (forte)",
    not_rated: "non évaluée",
    force: "Force",
    note: "Commentaire",
    competitors: "Concurrents",
    competitor: "Concurrent",
    price: "Prix",
    differentiators: "Points forts",
    review: "Bilan de l’année précédente",
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

    mix: "Mix marketing",
    lever: "Levier",
    decisions: "Décisions",
    timeline: "Calendrier",
    action_list: "Détail des actions",
    action: "Action",
    owner: "Responsable",
    dates: "Dates",
    channel: "Canal",
    milestone: "Jalon",
    no_lever: "Sans levier",
    no_channel: "Sans canal",
    undated_actions: "actions sans dates ne figurent pas sur le calendrier.",

    overview: "Vue d’ensemble",
    by_quarter: "Par trimestre",
    by_channel: "Par canal",
    by_lever: "Par levier",
    quarter: "Trimestre",
    quarter_prefix: "T",
    planned: "Prévu",
    actual: "Réalisé",
    variance: "Écart",
    share: "Part",
    remaining: "Reste à engager",
    total: "Total",
    undated: "Sans dates",
    other_years: "Autres années",
    spread_note: "Le budget de chaque action est réparti au prorata de ses dates.",
    budget_notes: "Précisions",

    kpi: "Indicateur",
    last_value: "Dernière mesure",
    progress: "Atteinte de la cible",
    measurements: "Mesures",

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

    levers: [
        "Produit",
        "Prix",
        "Distribution",
        "Communication",
        "Personnel",
        "Processus",
        "Preuve physique",
    ],
    channel_names: [
        "Site web",
        "Référencement naturel",
        "Publicité sur moteurs",
        "Réseaux sociaux",
        "Publicité sociale",
        "E-mailing",
        "Événements",
        "Imprimés",
        "Relations presse",
        "Partenariats",
        "Vente directe",
        "En magasin",
        "Recommandation",
        "Autre",
    ],
    statuses: ["Prévue", "En cours", "Terminée", "Annulée"],
    frequencies: ["Hebdomadaire", "Mensuelle", "Trimestrielle", "Annuelle"],
    levels: ["Faible", "Moyenne", "Forte"],
    priorities: ["Principale", "Secondaire", "Plus tard"],
    price_levels: ["Économique", "Milieu de gamme", "Premium", "Luxe"],
    maturities: ["Émergent", "En croissance", "Mature", "En déclin"],
    categories: ["Commercial", "Communication", "Client"],
    review_decisions: ["Reconduire", "Corriger", "Abandonner"],
};

static EN: Texts = Texts {
    plan_title: "Marketing plan",
    colon: ": ",
    investor_edition: "Edition for investors and financial partners",
    page: "Page",
    contents: "Contents",
    summary: "Executive summary",
    diagnostic: "Situation analysis",
    targets: "Targets and positioning",
    objectives: "Objectives and KPIs",
    actions: "Action plan",
    budget: "Budget",
    kpis: "KPI tracking",
    notes: "Internal notes",

    positioning: "Positioning",
    north_star: "North Star",
    key_dates: "Key dates",
    total_budget: "Total budget",
    envelope: "Envelope",
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
    swot_quadrants: ["Strengths", "Weaknesses", "Opportunities", "Threats"],
    pestel: "PESTEL analysis",
    pestel_factors: [
        "Political",
        "Economic",
        "Social",
        "Technological",
        "Environmental",
        "Legal",
    ],
    factor: "Factor",
    analysis: "Analysis",
    porter: "Porter’s five forces",
    porter_forces: [
        "Competitive rivalry",
        "Threat of new entrants",
        "Threat of substitutes",
        "Bargaining power of buyers",
        "Bargaining power of suppliers",
    ],
    porter_scale: "Strength from 1 (weak) to 5 (strong)",
    not_rated: "not rated",
    force: "Force",
    note: "Comment",
    competitors: "Competitors",
    competitor: "Competitor",
    price: "Price",
    differentiators: "Strong points",
    review: "Review of last year",
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

    mix: "Marketing mix",
    lever: "Lever",
    decisions: "Decisions",
    timeline: "Timeline",
    action_list: "Actions in detail",
    action: "Action",
    owner: "Owner",
    dates: "Dates",
    channel: "Channel",
    milestone: "Milestone",
    no_lever: "No lever",
    no_channel: "No channel",
    undated_actions: "actions without dates are not on the timeline.",

    overview: "Overview",
    by_quarter: "By quarter",
    by_channel: "By channel",
    by_lever: "By lever",
    quarter: "Quarter",
    quarter_prefix: "Q",
    planned: "Planned",
    actual: "Actual",
    variance: "Variance",
    share: "Share",
    remaining: "Still to commit",
    total: "Total",
    undated: "Undated",
    other_years: "Other years",
    spread_note: "Each action’s budget is spread over its dates.",
    budget_notes: "Notes",

    kpi: "KPI",
    last_value: "Latest value",
    progress: "Share of target",
    measurements: "Measurements",

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

    levers: [
        "Product",
        "Price",
        "Place",
        "Promotion",
        "People",
        "Process",
        "Physical evidence",
    ],
    channel_names: [
        "Website",
        "SEO",
        "Search ads",
        "Social media",
        "Social ads",
        "Email",
        "Events",
        "Print",
        "Press relations",
        "Partnerships",
        "Direct sales",
        "In store",
        "Referral",
        "Other",
    ],
    statuses: ["Planned", "In progress", "Done", "Cancelled"],
    frequencies: ["Weekly", "Monthly", "Quarterly", "Yearly"],
    levels: ["Low", "Medium", "High"],
    priorities: ["Primary", "Secondary", "Later"],
    price_levels: ["Budget", "Mid-range", "Premium", "Luxury"],
    maturities: ["Emerging", "Growing", "Mature", "Declining"],
    categories: ["Business", "Communication", "Customer"],
    review_decisions: ["Keep", "Correct", "Abandon"],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_labels_follow_declaration_order() {
        let fr = texts(Language::Fr);
        assert_eq!(fr.lever(Lever::PhysicalEvidence), "Preuve physique");
        assert_eq!(fr.channel(Channel::Other), "Autre");
        assert_eq!(texts(Language::En).channel(Channel::Seo), "SEO");
        assert_eq!(fr.status(ActionStatus::Cancelled), "Annulée");
    }
}
