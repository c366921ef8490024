//! The catalogue of rules: each rule's stable id, severity, family, step, and its generic title
//! and explanation in French and English (for the "what we check" page and `boussole rules`).
//!
//! Only descriptions live here; the checks themselves are in `rules`, and titles naming an item
//! are rendered by `text`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::finding::Severity;
pub use crate::plan::Family;
use crate::plan::{Language, Step};

/// A text in both languages of the product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Bilingual {
    pub fr: &'static str,
    pub en: &'static str,
}

/// What the checklist says about one rule, whatever the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    pub id: RuleId,
    pub severity: Severity,
    pub family: Family,
    /// The step its findings usually point at.
    pub step: Step,
    /// A generic title, naming no item.
    pub title: Bilingual,
    /// Why it matters, in plain words.
    pub explanation: Bilingual,
}

impl Bilingual {
    /// The text in a language.
    pub fn get(&self, language: Language) -> &'static str {
        match language {
            Language::Fr => self.fr,
            Language::En => self.en,
        }
    }
}

/// Every rule of the checklist.
pub fn rules() -> &'static [RuleInfo] {
    &RULES
}

/// Declares the rule ids and their catalogue entries, in one order.
macro_rules! catalogue {
    ($(
        $variant:ident = $id:literal, $severity:ident, $family:ident, $step:ident,
        title: ($title_fr:literal, $title_en:literal),
        why: ($why_fr:literal, $why_en:literal);
    )*) => {
        /// The stable id of a rule, serialized in kebab-case, e.g. "objective-not-dated".
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
            JsonSchema,
        )]
        pub enum RuleId {
            $(
                #[doc = $title_en]
                #[serde(rename = $id)]
                $variant,
            )*
        }

        impl RuleId {
            /// Every rule id, in catalogue order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            /// The kebab-case id, as stored in dismissals.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }
        }

        /// The catalogue, in the order of `RuleId`'s variants.
        static RULES: [RuleInfo; [$($id),*].len()] = [$(
            RuleInfo {
                id: RuleId::$variant,
                severity: Severity::$severity,
                family: Family::$family,
                step: Step::$step,
                title: Bilingual { fr: $title_fr, en: $title_en },
                explanation: Bilingual { fr: $why_fr, en: $why_en },
            },
        )*];
    };
}

impl RuleId {
    /// The rule's catalogue entry.
    pub fn info(self) -> &'static RuleInfo {
        &RULES[self as usize]
    }

    /// The rule with this kebab-case id, if any.
    pub fn parse(id: &str) -> Option<RuleId> {
        let id = id.trim();
        RuleId::ALL.iter().copied().find(|rule| rule.as_str() == id)
    }
}

impl std::fmt::Display for RuleId {
    /// The kebab-case id.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

catalogue! {
    // --- Diagnostic ---
    SwotEmpty = "swot-empty", Warning, Diagnostic, Diagnostic,
    title: ("La grille SWOT est vide", "The SWOT grid is empty"),
    why: (
        "Forces, faiblesses, opportunités et menaces sont le point de départ de tout le plan : sans elles, objectifs et actions reposent sur des impressions. Un quart d'heure suffit : ce que vos clients aiment chez vous, ce qui vous freine, ce qui change autour de vous.",
        "Strengths, weaknesses, opportunities and threats are where the whole plan starts: without them, objectives and actions rest on gut feeling. Fifteen minutes is enough: what your customers like about you, what holds you back, what is changing around you."
    );
    SwotOneSided = "swot-one-sided", Warning, Diagnostic, Diagnostic,
    title: ("La grille SWOT ne montre qu'un côté", "The SWOT grid shows only one side"),
    why: (
        "Un SWOT qui ne liste que des atouts (ou que des problèmes) n'apprend rien : c'est de mettre les deux côtés face à face qui montre où agir. Notez au moins une faiblesse et une menace honnêtes ; votre banquier ou votre associé les verra de toute façon.",
        "A SWOT that lists only assets (or only problems) teaches you nothing: it is setting both sides against each other that shows where to act. Write down at least one honest weakness and one threat; your banker or partner will see them anyway."
    );
    SwotQuadrantEmpty = "swot-quadrant-empty", Advice, Diagnostic, Diagnostic,
    title: ("Une case de la grille SWOT est vide", "A box of the SWOT grid is empty"),
    why: (
        "Chaque case répond à une question différente. Une case vide est souvent un angle mort : une menace qu'on n'a pas voulu regarder, ou une opportunité qu'on laisse passer.",
        "Each box answers a different question. An empty box is often a blind spot: a threat you did not want to look at, or an opportunity you are letting go by."
    );
    NoCompetitor = "no-competitor", Warning, Diagnostic, Diagnostic,
    title: ("Aucun concurrent n'est décrit", "No competitor is described"),
    why: (
        "Vos clients vous comparent toujours à quelqu'un : le commerce d'à côté, le supermarché, ou ne rien acheter du tout. Sans concurrents nommés, impossible de dire pourquoi on viendrait chez vous plutôt qu'ailleurs.",
        "Your customers always compare you with someone: the shop next door, the supermarket, or buying nothing at all. Without named competitors, you cannot say why people should come to you rather than go elsewhere."
    );
    CompetitorNotDescribed = "competitor-not-described", Advice, Diagnostic, Diagnostic,
    title: ("Un concurrent n'est qu'un nom", "A competitor is just a name"),
    why: (
        "Ce qui compte, c'est ce qu'il propose, à quel prix et ce qui le distingue : c'est là que vous trouverez votre propre place. Quelques mots suffisent.",
        "What matters is what they sell, at what price and what sets them apart: that is where you will find your own place. A few words are enough."
    );
    PestelNotDone = "pestel-not-done", Advice, Diagnostic, Diagnostic,
    title: ("L'environnement (PESTEL) n'a pas été regardé", "The wider environment (PESTEL) was not looked at"),
    why: (
        "Lois, prix de l'énergie, habitudes des clients, nouvelles technologies, météo : ces changements extérieurs peuvent faire ou défaire votre année. Une ligne par thème suffit pour ne pas être pris par surprise.",
        "Laws, energy prices, customer habits, new technology, weather: these outside changes can make or break your year. One line per theme is enough not to be caught by surprise."
    );
    MarketNotDescribed = "market-not-described", Warning, Diagnostic, Diagnostic,
    title: ("Le marché n'est pas décrit", "The market is not described"),
    why: (
        "Savoir si votre marché grandit, stagne ou recule change tout : on ne se fixe pas les mêmes objectifs quand la demande monte et quand elle baisse. Une estimation, même grossière, vaut mieux que rien.",
        "Knowing whether your market is growing, flat or shrinking changes everything: you do not set the same objectives when demand rises as when it falls. A rough estimate is better than nothing."
    );
    AudienceNotDescribed = "audience-not-described", Warning, Diagnostic, Diagnostic,
    title: ("Vos clients actuels ne sont pas décrits", "Your current customers are not described"),
    why: (
        "Qui achète chez vous aujourd'hui, quand et pourquoi ? C'est la base pour choisir qui viser demain et comment lui parler.",
        "Who buys from you today, when and why? It is the basis for choosing whom to aim at tomorrow and how to talk to them."
    );
    OfferNotDescribed = "offer-not-described", Advice, Diagnostic, Diagnostic,
    title: ("Votre offre n'est pas décrite", "Your offer is not described"),
    why: (
        "Écrire noir sur blanc ce que vous vendez (produits, services, gammes de prix) oblige à voir ce qui rapporte et ce qui disperse. C'est aussi ce qu'un partenaire ou un banquier lit en premier.",
        "Writing down what you sell (products, services, price ranges) makes you see what earns money and what spreads you thin. It is also what a partner or a banker reads first."
    );
    DiagnosticToReview = "diagnostic-to-review", Warning, Diagnostic, Diagnostic,
    title: ("Le diagnostic repris de l'an dernier n'a pas été relu", "Last year's diagnostic has not been reread"),
    why: (
        "Le diagnostic a été copié du plan précédent. En un an, les concurrents, les prix et vos clients ont bougé : un plan bâti sur la photo de l'an dernier vise à côté. Relisez-le, mettez-le à jour, puis décochez « à revoir ».",
        "The diagnostic was copied from the previous plan. In a year, competitors, prices and your customers have moved: a plan built on last year's picture misses its mark. Reread it, update it, then untick “to review”."
    );

    // --- Last year ---
    ReviewNotDone = "review-not-done", Warning, LastYear, Review,
    title: ("Le bilan de l'an dernier n'est pas fait", "Last year's review is not done"),
    why: (
        "Avant de repartir, il faut savoir ce qui a marché. Pour chaque action de l'an dernier, décidez : on garde, on corrige ou on abandonne ; et notez le résultat atteint pour chaque objectif. Sinon, les mêmes erreurs reviennent.",
        "Before starting again, you need to know what worked. For each of last year's actions, decide: keep, correct or drop; and write down the result reached for each objective. Otherwise the same mistakes come back."
    );
    ReviewIncomplete = "review-incomplete", Advice, LastYear, Review,
    title: ("Des actions de l'an dernier n'ont pas de décision", "Some of last year's actions have no decision"),
    why: (
        "Le bilan est commencé mais pas fini. Une action sans décision a tendance à revenir par habitude, sans qu'on sache si elle rapporte.",
        "The review is started but not finished. An action with no decision tends to come back out of habit, without anyone knowing whether it pays off."
    );
    AbandonedActionKept = "abandoned-action-kept", Warning, LastYear, Actions,
    title: ("Une action abandonnée l'an dernier est encore au plan", "An action dropped last year is back in the plan"),
    why: (
        "Vous avez décidé de l'arrêter lors du bilan, sans doute pour de bonnes raisons. La garder, c'est dépenser à nouveau du temps et de l'argent pour ce qui n'a pas marché. Retirez-la, ou changez-la vraiment et donnez-lui un nouveau nom qui dit ce qui change.",
        "You decided to stop it in the review, surely for good reasons. Keeping it means spending time and money again on something that did not work. Remove it, or really change it and give it a new name that says what is different."
    );
    ReviewNoLessons = "review-no-lessons", Advice, LastYear, Review,
    title: ("Aucune leçon n'est tirée de l'an dernier", "No lessons are drawn from last year"),
    why: (
        "Deux ou trois phrases sur ce que l'année passée vous a appris (ce qui a surpris, ce qui a coûté plus cher que prévu) valent souvent plus que des chiffres. Elles guident les choix de cette année.",
        "Two or three sentences on what last year taught you (what surprised you, what cost more than expected) are often worth more than figures. They guide this year's choices."
    );

    // --- Targets and positioning ---
    NoSegment = "no-segment", Critical, Targeting, Targets,
    title: ("Aucune cible n'est définie", "No target group is defined"),
    why: (
        "Vouloir plaire à tout le monde, c'est ne parler à personne. Choisir un ou deux groupes de clients précis (par exemple les actifs pressés du quartier, ou les entreprises pour leurs réunions) permet de choisir les bons messages et les bons canaux, sans disperser le budget.",
        "Trying to please everyone means speaking to no one. Choosing one or two precise groups of customers (say, busy commuters in the area, or companies for their meetings) lets you pick the right messages and channels without scattering your budget."
    );
    NoPersona = "no-persona", Advice, Targeting, Targets,
    title: ("Aucun client type (persona) n'est décrit", "No typical customer (persona) is described"),
    why: (
        "Donner un prénom, des habitudes et des soucis à un client type rend les décisions concrètes : « Claire verrait-elle cette affiche ? » est une question plus facile que « la cible verrait-elle cette affiche ? ».",
        "Giving a typical customer a name, habits and worries makes decisions concrete: “would Claire see this poster?” is easier to answer than “would the target group see this poster?”."
    );
    AllSegmentsPrimary = "all-segments-primary", Warning, Targeting, Targets,
    title: ("Toutes les cibles sont prioritaires", "Every target group is a priority"),
    why: (
        "Si tout est prioritaire, rien ne l'est : avec un temps et un budget limités, il faut savoir qui passe en premier. Gardez une cible principale et classez les autres en secondaire ou « plus tard ».",
        "If everything is a priority, nothing is: with limited time and money you must know who comes first. Keep one main target group and rank the others as secondary or “later”."
    );
    PersonaWithoutSegment = "persona-without-segment", Advice, Targeting, Targets,
    title: ("Un client type n'est rattaché à aucune cible", "A typical customer belongs to no target group"),
    why: (
        "Un client type sert à rendre une cible concrète. S'il n'appartient à aucune, soit il manque une cible, soit ce client type n'est pas quelqu'un que vous visez cette année.",
        "A typical customer is there to make a target group concrete. If it belongs to none, either a target group is missing or this customer is not someone you are aiming at this year."
    );
    NoValueProposition = "no-value-proposition", Warning, Targeting, Positioning,
    title: ("La proposition de valeur est vide", "The value proposition is empty"),
    why: (
        "En une phrase : pourquoi un client vous choisirait-il plutôt qu'un autre ? Si vous ne pouvez pas l'écrire, vos clients ne pourront pas le deviner, et chacune de vos actions dira quelque chose de différent.",
        "In one sentence: why would a customer choose you rather than someone else? If you cannot write it, your customers cannot guess it, and each of your actions will say something different."
    );
    NoDifferentiation = "no-differentiation", Warning, Targeting, Positioning,
    title: ("Le tableau de différenciation est vide", "The differentiation table is empty"),
    why: (
        "Comparer point par point (prix, qualité, accueil, délais…) ce que vous faites et ce que font vos concurrents montre où vous êtes vraiment meilleur, et donc ce qu'il faut mettre en avant.",
        "Comparing point by point (price, quality, welcome, speed…) what you do and what your competitors do shows where you are really better, and so what to put forward."
    );
    NoPriceLevel = "no-price-level", Advice, Targeting, Positioning,
    title: ("Votre niveau de prix n'est pas choisi", "Your price level is not chosen"),
    why: (
        "Petits prix, milieu de gamme, haut de gamme ou luxe : ce choix décide de vos clients, de vos marges et de ce que votre communication peut se permettre. Le laisser flou, c'est risquer des actions qui se contredisent.",
        "Budget, mid-range, premium or luxury: this choice decides your customers, your margins and what your marketing can afford. Leaving it vague risks actions that contradict each other."
    );
    PremiumWithDiscounts = "premium-with-discounts", Warning, Targeting, Actions,
    title: ("Une action de remise contredit un positionnement haut de gamme", "A discount action contradicts an upmarket positioning"),
    why: (
        "Un client paie plus cher parce qu'il croit que ça le vaut. Les remises répétées lui apprennent à attendre la prochaine et abîment cette confiance. Pour récompenser la fidélité sans brader, préférez un service en plus, une édition limitée ou un avantage réservé aux habitués.",
        "A customer pays more because they believe it is worth it. Repeated discounts teach them to wait for the next one and wear that belief down. To reward loyalty without cutting prices, prefer an extra service, a limited edition or a perk for regulars."
    );

    // --- Objectives ---
    NoObjective = "no-objective", Critical, Objectives, Objectives,
    title: ("Le plan n'a aucun objectif", "The plan has no objective"),
    why: (
        "Sans objectif, impossible de savoir si l'année est réussie, ni quelles actions valent ce qu'elles coûtent. Commencez par un seul objectif chiffré et daté : celui qui compte le plus pour vous.",
        "Without an objective, there is no way to tell whether the year is a success, nor which actions are worth what they cost. Start with a single objective with a figure and a date: the one that matters most to you."
    );
    ObjectiveNotMeasurable = "objective-not-measurable", Warning, Objectives, Objectives,
    title: ("Un objectif n'est pas mesurable", "An objective cannot be measured"),
    why: (
        "Un bon objectif est SMART : spécifique, mesurable, atteignable, réaliste et daté. Sans ce que l'on compte (chiffre d'affaires, nombre de clients…) et le chiffre à atteindre, on ne saura jamais s'il est atteint, et chacun le comprendra à sa façon.",
        "A good objective is SMART: specific, measurable, achievable, realistic and time-bound. Without what you count (sales, number of customers…) and the figure to reach, you will never know whether it was met, and everyone will read it their own way."
    );
    ObjectiveNotDated = "objective-not-dated", Warning, Objectives, Objectives,
    title: ("Un objectif n'a pas d'échéance", "An objective has no deadline"),
    why: (
        "C'est le « daté » de SMART : sans date, un objectif glisse toujours au mois suivant. Une échéance dit quand faire le point et laisse le temps de réagir si l'on est en retard.",
        "It is the “time-bound” in SMART: without a date, an objective always slips to next month. A deadline says when to take stock and leaves time to react if you are behind."
    );
    ObjectiveDeadlineOutsideYear = "objective-deadline-outside-year", Warning, Objectives, Objectives,
    title: ("L'échéance d'un objectif tombe hors de l'année du plan", "An objective's deadline falls outside the plan's year"),
    why: (
        "Ce plan couvre une année. Un objectif daté d'une autre année ne pourra être ni suivi ni jugé avec ce plan : ramenez-le dans l'année avec un palier intermédiaire, ou gardez-le pour le plan suivant.",
        "This plan covers one year. An objective dated in another year can be neither followed nor judged with this plan: bring it into the year with an intermediate target, or keep it for next year's plan."
    );
    ObjectiveNoBaseline = "objective-no-baseline", Advice, Objectives, Objectives,
    title: ("Un objectif n'a pas de point de départ", "An objective has no starting point"),
    why: (
        "Viser 500 clients ne veut pas dire la même chose si vous en avez 100 ou 450 aujourd'hui. Le chiffre de départ dit si l'objectif est réaliste et permet de mesurer le chemin parcouru.",
        "Aiming for 500 customers means something very different if you have 100 or 450 today. The starting figure tells whether the objective is realistic and lets you measure the progress made."
    );
    ObjectiveTargetEqualsBaseline = "objective-target-equals-baseline", Advice, Objectives, Objectives,
    title: ("Un objectif vise le niveau actuel", "An objective aims at today's level"),
    why: (
        "La cible est égale au chiffre de départ : l'objectif est atteint sans rien faire. Si le but est de tenir le niveau malgré un marché difficile, dites-le dans le titre ; sinon, fixez une cible qui demande un effort.",
        "The target equals the starting figure: the objective is met without doing anything. If the aim is to hold the level in a hard market, say so in the title; otherwise set a target that takes some effort."
    );
    ObjectiveVague = "objective-vague", Advice, Objectives, Objectives,
    title: ("Un objectif est formulé de façon vague", "An objective is worded vaguely"),
    why: (
        "« Augmenter les ventes » : de combien, de quoi, pour quand ? Une seule vente de plus suffirait à le remplir. Écrivez plutôt « Passer de 800 à 1 000 baguettes vendues par jour d'ici juin » : tout le monde comprend la même chose.",
        "“Increase sales”: by how much, of what, by when? One extra sale would meet it. Write instead “Go from 800 to 1,000 loaves sold a day by June”: everyone understands the same thing."
    );
    TooManyObjectives = "too-many-objectives", Warning, Objectives, Objectives,
    title: ("Trop d'objectifs principaux", "Too many main objectives"),
    why: (
        "Une petite équipe ne peut pas courir après tout à la fois. Au-delà de cinq objectifs principaux, l'effort se disperse et rien n'avance vraiment. Regroupez-en certains en sous-objectifs, ou gardez-les pour l'an prochain.",
        "A small team cannot chase everything at once. Beyond five main objectives, effort is scattered and nothing really moves. Group some of them as sub-objectives, or keep them for next year."
    );
    DuplicateObjective = "duplicate-objective", Warning, Objectives, Objectives,
    title: ("Un objectif apparaît deux fois", "An objective appears twice"),
    why: (
        "Deux objectifs identiques se partagent les mêmes actions et les mêmes indicateurs : on ne sait plus lequel suivre, et le plan paraît plus fourni qu'il ne l'est. Fusionnez-les, ou précisez ce qui les distingue.",
        "Two identical objectives share the same actions and indicators: nobody knows which one to follow, and the plan looks fuller than it is. Merge them, or say what makes them different."
    );
    NoNorthStar = "no-north-star", Warning, Objectives, Objectives,
    title: ("Aucun objectif n'est l'étoile du Nord", "No objective is the North Star"),
    why: (
        "L'étoile du Nord est le chiffre qui dit le mieux si l'année est réussie, par exemple le nombre de clients fidèles. Quand deux actions se disputent le même temps ou le même argent, c'est elle qui tranche.",
        "The North Star is the one figure that best says whether the year is a success, say the number of regular customers. When two actions compete for the same time or money, it settles the question."
    );
    SeveralNorthStars = "several-north-stars", Warning, Objectives, Objectives,
    title: ("Plusieurs objectifs sont l'étoile du Nord", "Several objectives are the North Star"),
    why: (
        "Il n'y a qu'une étoile du Nord : c'est tout son intérêt. Avec plusieurs, on ne sait plus laquelle suivre quand il faut choisir. Gardez la plus importante ; les autres restent des objectifs.",
        "There is only one North Star: that is the whole point. With several, you no longer know which to follow when you have to choose. Keep the most important one; the others stay objectives."
    );
    ObjectiveDraft = "objective-draft", Warning, Objectives, Objectives,
    title: ("Un objectif repris de l'an dernier n'est pas confirmé", "An objective carried over from last year is not confirmed"),
    why: (
        "Cet objectif vient du plan précédent. Ce qui était juste l'an dernier ne l'est peut-être plus : relisez la cible et l'échéance, puis confirmez-le ou supprimez-le.",
        "This objective comes from the previous plan. What was right last year may not be any more: check the target and the deadline, then confirm or delete it."
    );
    SubObjectiveAfterParent = "sub-objective-after-parent", Warning, Objectives, Objectives,
    title: ("Un sous-objectif est daté après son objectif", "A sub-objective is due after its objective"),
    why: (
        "Un sous-objectif est un palier vers son objectif : s'il est atteint après lui, il arrive trop tard pour y contribuer. Avancez sa date, ou revoyez celle de l'objectif.",
        "A sub-objective is a step towards its objective: if it is reached after it, it comes too late to help. Bring its date forward, or rethink the objective's."
    );

    // --- Coherence ---
    ObjectiveWithoutAction = "objective-without-action", Warning, Coherence, Objectives,
    title: ("Un objectif n'a aucune action", "An objective has no action"),
    why: (
        "Un objectif sans action reste un vœu. Reliez au moins une action à chaque objectif (ou à l'un de ses sous-objectifs) : c'est ce qui transforme l'intention en travail concret, avec une personne, une date et un budget.",
        "An objective with no action is a wish. Link at least one action to each objective (or to one of its sub-objectives): that is what turns an intention into real work, with a person, a date and a budget."
    );
    ActionWithoutObjective = "action-without-objective", Warning, Coherence, Actions,
    title: ("Une action ne sert aucun objectif", "An action serves no objective"),
    why: (
        "Chaque action coûte du temps ou de l'argent. Si elle ne sert aucun objectif, on ne saura pas si elle a marché, et elle risque de passer avant des actions plus utiles. Reliez-la à un objectif, ou demandez-vous si elle est nécessaire.",
        "Every action costs time or money. If it serves no objective, you will not know whether it worked, and it may crowd out more useful ones. Link it to an objective, or ask yourself whether it is needed."
    );
    ActionStartsAfterDeadline = "action-starts-after-deadline", Advice, Coherence, Actions,
    title: ("Une action commence après l'échéance de ses objectifs", "An action starts after its objectives' deadlines"),
    why: (
        "Une action qui démarre quand l'objectif est déjà échu ne peut plus l'aider. Avancez-la, ou reliez-la à un objectif plus tardif.",
        "An action that starts once the objective is already due can no longer help it. Move it earlier, or link it to a later objective."
    );
    ObjectiveWithoutKpi = "objective-without-kpi", Warning, Coherence, Objectives,
    title: ("Aucun indicateur ne suit un objectif", "No indicator follows an objective"),
    why: (
        "L'objectif dit où aller ; l'indicateur dit, chaque semaine ou chaque mois, si l'on s'en rapproche. Sans lui, on découvre en décembre que la cible est ratée, trop tard pour réagir.",
        "The objective says where to go; the indicator says, every week or month, whether you are getting closer. Without it, you find out in December that you missed, too late to react."
    );
    ObjectiveNotComparable = "objective-not-comparable", Warning, Coherence, Kpis,
    title: ("Un objectif n'est suivi que dans une autre unité", "An objective is followed only in another unit"),
    why: (
        "Un objectif en euros suivi par des couverts par jour ne dit jamais où l'on en est : un pourcentage calculé entre deux unités ne veut rien dire. Ajoutez un indicateur dans l'unité de l'objectif (le chiffre d'affaires relevé chaque mois en caisse, par exemple), ou corrigez l'unité si c'est la même chose écrite autrement.",
        "An objective in euros followed by lunches per day never tells how far you have come: a percentage worked out across two units means nothing. Add an indicator in the objective's unit (the turnover read from the till each month, say), or correct the unit if it is the same thing written another way."
    );
    KpiNoTarget = "kpi-no-target", Warning, Coherence, Kpis,
    title: ("Un indicateur n'a pas de cible", "An indicator has no target"),
    why: (
        "Un chiffre seul ne dit pas si c'est bien ou mal : 40 clients par jour, est-ce beaucoup ? La cible donne le repère qui dit quand réagir.",
        "A figure on its own does not say whether it is good or bad: is 40 customers a day a lot? The target gives the mark that tells you when to react."
    );
    KpiNoTool = "kpi-no-tool", Advice, Coherence, Kpis,
    title: ("On ne sait pas où lire un indicateur", "Nobody knows where to read an indicator"),
    why: (
        "Caisse, logiciel de comptabilité, statistiques du site, cahier de comptage : noter la source évite de la chercher à chaque fois et garantit qu'on compare des chiffres comparables.",
        "Till, accounting software, website statistics, a tally notebook: noting the source saves looking for it every time and makes sure you compare like with like."
    );
    KpiNoFrequency = "kpi-no-frequency", Warning, Coherence, Kpis,
    title: ("Un indicateur n'a pas de fréquence de mesure", "An indicator has no measuring frequency"),
    why: (
        "Un indicateur qu'on ne regarde jamais ne sert à rien. Choisir une fréquence (chaque semaine, chaque mois…) fixe le rendez-vous qui permet de voir tôt que quelque chose dérape.",
        "An indicator nobody looks at is useless. Choosing a frequency (weekly, monthly…) sets the appointment that lets you spot early when something goes off track."
    );
    KpiWithoutObjective = "kpi-without-objective", Advice, Coherence, Kpis,
    title: ("Un indicateur n'est relié à aucun objectif", "An indicator is linked to no objective"),
    why: (
        "Mesurer prend du temps. Un indicateur qui ne suit aucun objectif est souvent un chiffre « intéressant » qui ne fait prendre aucune décision. Reliez-le à un objectif, ou arrêtez de le suivre.",
        "Measuring takes time. An indicator that follows no objective is often an “interesting” figure that leads to no decision. Link it to an objective, or stop tracking it."
    );
    MixLeverEmpty = "mix-lever-empty", Warning, Coherence, Mix,
    title: ("Un levier du mix marketing est laissé de côté", "A lever of the marketing mix is left out"),
    why: (
        "Produit, prix, distribution et communication marchent ensemble : une belle campagne ne rattrape pas un prix mal placé ou un produit introuvable. Pour chaque levier, notez au moins une décision, même « on ne change rien », ou prévoyez une action.",
        "Product, price, place and promotion work together: a great campaign does not make up for a wrong price or a product people cannot find. For each lever, note at least one decision, even “no change”, or plan an action."
    );
    MixServiceLeverEmpty = "mix-service-lever-empty", Advice, Coherence, Mix,
    title: ("Un levier du service est laissé de côté", "A service lever is left out"),
    why: (
        "Dès que vos clients vous rencontrent (en boutique, sur un salon, en rendez-vous), l'accueil, le déroulé de la vente et le cadre font partie de ce qu'ils achètent. Une décision par levier suffit.",
        "As soon as customers meet you (in the shop, at a fair, in a meeting), the welcome, the way the sale unfolds and the setting are part of what they buy. One decision per lever is enough."
    );

    // --- Execution ---
    NoAction = "no-action", Critical, Execution, Actions,
    title: ("Le plan n'a aucune action", "The plan has no action"),
    why: (
        "Les objectifs disent où aller, les actions disent comment y aller : qui fait quoi, quand et avec quel budget. Sans action, le plan reste une intention.",
        "Objectives say where to go, actions say how to get there: who does what, when and with what budget. Without actions, the plan stays an intention."
    );
    ActionNoOwner = "action-no-owner", Warning, Execution, Actions,
    title: ("Une action n'a pas de responsable", "An action has no one in charge"),
    why: (
        "Ce qui est à tout le monde n'est à personne. Un nom par action, c'est quelqu'un qui y pense, qui relance et qui rend compte, même si c'est vous.",
        "What belongs to everyone belongs to no one. One name per action means someone who thinks about it, chases it and reports on it, even if it is you."
    );
    ActionNotDated = "action-not-dated", Warning, Execution, Actions,
    title: ("Une action n'a pas de dates", "An action has no dates"),
    why: (
        "Sans date de début et de fin, une action glisse, s'empile sur les autres au pire moment, et on ne peut pas vérifier que la charge est tenable. Des dates approximatives valent mieux que pas de date.",
        "Without a start and an end date, an action slips, piles up with the others at the worst moment, and you cannot check that the workload is bearable. Rough dates are better than none."
    );
    ActionNoBudget = "action-no-budget", Warning, Execution, Actions,
    title: ("Une action n'a pas de budget", "An action has no budget"),
    why: (
        "Même une action gratuite coûte du temps ; indiquez 0 si elle ne coûte rien. Sans montant, impossible de vérifier que l'ensemble tient dans votre enveloppe.",
        "Even a free action costs time; enter 0 if it costs nothing. Without an amount, there is no way to check that the whole plan fits your envelope."
    );
    ActionEndsBeforeStart = "action-ends-before-start", Critical, Execution, Actions,
    title: ("Une action finit avant d'avoir commencé", "An action ends before it starts"),
    why: (
        "La date de fin est avant la date de début : sans doute une faute de frappe, mais elle fausse le calendrier, la charge et le suivi. Corrigez l'une des deux dates.",
        "The end date is before the start date: probably a typo, but it throws the calendar, the workload and the follow-up off. Fix one of the two dates."
    );
    OwnerOverloaded = "owner-overloaded", Warning, Execution, Actions,
    title: ("Une seule personne porte la plupart des actions", "One person carries most of the actions"),
    why: (
        "Si cette personne est malade, débordée ou en congé, plus de la moitié du plan s'arrête. Répartissez ce qui peut l'être, faites-vous aider, ou allégez le plan pour qu'il reste tenable.",
        "If this person is ill, swamped or on leave, more than half the plan stops. Share out what can be shared, get help, or lighten the plan so it stays manageable."
    );
    SingleChannel = "single-channel", Warning, Execution, Actions,
    title: ("Toutes les actions passent par le même canal", "All actions go through the same channel"),
    why: (
        "Miser sur un seul canal, c'est dépendre de lui : un changement de règles sur un réseau social ou un salon annulé, et tout le plan s'arrête. Vos clients ne sont pas tous au même endroit non plus.",
        "Betting on a single channel means depending on it: a rule change on a social network or a cancelled fair, and the whole plan stops. Your customers are not all in the same place either."
    );
    ActionsOneQuarter = "actions-one-quarter", Warning, Execution, Actions,
    title: ("Toutes les actions démarrent dans le même trimestre", "All actions start in the same quarter"),
    why: (
        "Tout lancer en même temps surcharge l'équipe et la trésorerie, puis laisse le reste de l'année vide. Étalez les actions pour rester présent toute l'année, à un rythme tenable.",
        "Launching everything at once overloads the team and the cash flow, then leaves the rest of the year empty. Spread actions out to stay visible all year, at a pace you can keep."
    );
    NoActionFirstQuarter = "no-action-first-quarter", Advice, Execution, Actions,
    title: ("Aucune action au premier trimestre", "No action in the first quarter"),
    why: (
        "Un plan qui ne démarre qu'au printemps perd un quart de l'année. Prévoyez au moins une action simple dès janvier pour lancer le mouvement, sauf si votre activité dort vraiment l'hiver.",
        "A plan that only starts in spring loses a quarter of the year. Plan at least one simple action from January to get things moving, unless your business really sleeps in winter."
    );
    BudgetOverEnvelope = "budget-over-envelope", Critical, Execution, Budget,
    title: ("Les actions coûtent plus que l'enveloppe", "The actions cost more than the envelope"),
    why: (
        "Le plan dépense de l'argent que vous n'avez pas prévu d'y mettre. Il faut choisir : retirer ou réduire des actions, en commençant par celles qui servent le moins l'étoile du Nord, ou augmenter l'enveloppe en connaissance de cause.",
        "The plan spends money you did not set aside for it. You have to choose: remove or shrink actions, starting with those that serve the North Star least, or raise the envelope knowingly."
    );
    NoEnvelope = "no-envelope", Warning, Execution, Budget,
    title: ("Aucune enveloppe budgétaire n'est fixée", "No budget envelope is set"),
    why: (
        "Décider d'abord combien consacrer au marketing sur l'année (souvent quelques pour cent du chiffre d'affaires) évite de dépenser au coup par coup et permet de choisir entre les actions.",
        "Deciding first how much to spend on marketing over the year (often a few percent of turnover) avoids spending piecemeal and lets you choose between actions."
    );
    ActionOutsideYear = "action-outside-year", Warning, Execution, Actions,
    title: ("Une action a lieu hors de l'année du plan", "An action takes place outside the plan's year"),
    why: (
        "Ce plan couvre une année : une action qui commence après elle ou se termine avant n'y a pas sa place, et fausse le budget et le calendrier. Vérifiez les dates, ou gardez-la pour un autre plan.",
        "This plan covers one year: an action that starts after it or ends before it does not belong here, and skews the budget and the calendar. Check the dates, or keep it for another plan."
    );
    MilestoneOutsideAction = "milestone-outside-action", Advice, Execution, Actions,
    title: ("Un jalon tombe hors des dates de son action", "A milestone falls outside its action's dates"),
    why: (
        "Un jalon sert à vérifier que l'action avance. Daté avant son début ou après sa fin, il ne marque plus rien : le jalon ou les dates de l'action sont à revoir.",
        "A milestone checks that the action is moving. Dated before its start or after its end, it marks nothing: either the milestone or the action's dates need another look."
    );
    TooManyActions = "too-many-actions", Warning, Execution, Actions,
    title: ("Trop d'actions pour la taille de l'entreprise", "Too many actions for the size of the business"),
    why: (
        "Chaque action demande du temps pour être préparée, menée et suivie. Une petite équipe qui en lance trop les fait toutes à moitié. Mieux vaut moins d'actions, bien menées, sur ce qui sert vraiment les objectifs.",
        "Each action needs time to prepare, run and follow up. A small team that launches too many does them all by halves. Better fewer actions, done well, on what really serves the objectives."
    );

    // --- Substance: channel fit, whom the actions are for, realism, KPIs that measure, money
    // where the priorities are (thresholds and their sources: docs/CHECKLIST.md) ---
    ActionsReachNoPersona = "actions-reach-no-persona", Warning, Targeting, Actions,
    title: ("Aucune action ne passe par les canaux de vos clients types", "No action goes through your typical customers' channels"),
    why: (
        "Vos clients types disent où on les touche, et aucune action ne passe par là : le plan parle à quelqu'un d'autre. Un plombier dont les clients le trouvent sur sa fiche Google et par le bouche-à-oreille ne les touchera pas avec des affiches. Choisissez pour chaque action un canal où vos clients se trouvent vraiment, ou corrigez les canaux des clients types s'ils ont changé.",
        "Your typical customers say where they are reached, and no action goes there: the plan is talking to someone else. A plumber whose customers find him on his Google listing and by word of mouth will not reach them with posters. Give each action a channel where your customers really are, or correct the typical customers' channels if they have changed."
    );
    PersonaChannelsUnused = "persona-channels-unused", Warning, Targeting, Targets,
    title: ("Aucune action ne passe par les canaux d'un client type prioritaire", "No action goes through a priority typical customer's channels"),
    why: (
        "Ce client type appartient à une cible prioritaire, mais aucune action ne passe par les canaux où on le touche. Si le gérant d'épicerie que vous visez découvre ses fournisseurs sur les salons professionnels, une campagne Instagram ne le fera pas venir. Prévoyez au moins une action par l'un de ses canaux, ou mettez à jour ses canaux.",
        "This typical customer belongs to a priority target group, yet no action goes through the channels where they are reached. If the grocer you are after finds suppliers at trade shows, an Instagram campaign will not bring them. Plan at least one action through one of their channels, or update their channels."
    );
    ChannelsUnfitMarket = "channels-unfit-market", Warning, Targeting, Actions,
    title: ("Les canaux choisis conviennent mal à vos clients", "The chosen channels fit your customers badly"),
    why: (
        "Quand on vend à des entreprises, la décision se prend au travail : sur LinkedIn, dans la presse professionnelle, sur les salons, par la prospection et la recommandation. Des publications sur les réseaux grand public et des prospectus touchent des particuliers, pas l'acheteur d'une PME. À l'inverse, un commerce qui vend aux particuliers ne les trouvera pas sur les salons professionnels. Ajoutez un canal où vos clients décident, ou dites dans vos clients types où vous les touchez.",
        "When you sell to businesses, the decision is made at work: on LinkedIn, in the trade press, at trade shows, through prospecting and referrals. Posts on consumer social networks and leaflets reach private individuals, not the buyer of a small firm. The other way round, a shop selling to the public will not find its customers at trade shows. Add a channel where your customers decide, or say in your typical customers where you reach them."
    );
    PrimarySegmentUntargeted = "primary-segment-untargeted", Warning, Targeting, Targets,
    title: ("Aucune action ne vise une cible prioritaire", "No action is aimed at a priority target group"),
    why: (
        "Vous avez dit pour qui sont vos actions, et aucune n'est pour cette cible pourtant prioritaire. Un traiteur qui met les entreprises en priorité mais n'a que des actions pour les mariages ne gagnera pas de clients d'entreprise. Indiquez « pour qui » sur les actions qui la visent, ajoutez-en une, ou baissez sa priorité.",
        "You said whom your actions are for, and none is for this group, although it is a priority. A caterer who puts companies first but only has actions for weddings will not win company clients. Say “for whom” on the actions aimed at it, add one, or lower its priority."
    );
    BudgetOnLaterSegment = "budget-on-later-segment", Warning, Execution, Targets,
    title: ("La plus grande part du budget va à une cible gardée pour plus tard", "Most of the budget goes to a target group kept for later"),
    why: (
        "Cette cible est marquée « plus tard », mais les actions qui la visent prennent plus de la moitié du budget. Soit elle est en réalité prioritaire cette année, et il faut le dire ; soit l'argent manquera aux cibles qui comptent maintenant. Une boulangerie qui garde les entreprises pour l'an prochain ne devrait pas y mettre l'essentiel de son budget cette année.",
        "This group is marked “later”, but the actions aimed at it take more than half of the budget. Either it really is a priority this year, and you should say so, or the money will be missing for the groups that matter now. A bakery keeping companies for next year should not spend most of this year's budget on them."
    );
    ObjectiveOutOfReach = "objective-out-of-reach", Warning, Objectives, Objectives,
    title: ("Un objectif est-il à la mesure des moyens qui lui sont donnés ?", "Is an objective in proportion to the means given to it?"),
    why: (
        "C'est une question, pas un verdict. L'objectif demande beaucoup au regard de ce qui le sert : un chiffre d'affaires supplémentaire de plus de vingt fois le budget marketing (un retour de 5 pour 1 passe pour bon, 10 pour 1 pour exceptionnel), ou un chiffre multiplié par trois avec une seule action. Un fleuriste qui veut passer de 200 000 à 300 000 € avec 3 000 € de budget attend 33 € de ventes pour chaque euro dépensé. Si vous avez une raison (une nouvelle boutique, un gros contrat signé), notez-la ; sinon, revoyez la cible ou renforcez les moyens.",
        "This is a question, not a verdict. The objective asks a lot of what serves it: extra revenue more than twenty times the marketing budget (a 5 to 1 return is usually called good, 10 to 1 exceptional), or a figure tripled with a single action. A florist who wants to go from €200,000 to €300,000 with a €3,000 budget expects €33 of sales for every euro spent. If you have a reason (a new shop, a large contract signed), write it down; otherwise revisit the target or strengthen the means."
    );
    KpiYearMissesObjective = "kpi-year-misses-objective", Warning, Coherence, Kpis,
    title: ("Sur l'année, les cibles d'un indicateur n'atteignent pas son objectif", "Over the year, an indicator's targets do not add up to its objective"),
    why: (
        "Cet indicateur compte ce qui se passe à chaque période (les ventes du mois, par exemple) : ses cibles s'additionnent sur l'année. Ici, ce total s'éloigne de la cible de l'objectif qu'il suit : un restaurant qui vise 480 000 € sur l'année et 30 000 € par mois n'arrivera qu'à 360 000 €. Soit la cible par période est trop basse (ou c'est le chiffre de l'année tapé comme chiffre du mois), soit l'objectif est à revoir.",
        "This indicator counts what happens in each period (the month's sales, say): its targets add up over the year. Here that total is far from the target of the objective it follows: a restaurant aiming at €480,000 for the year and €30,000 a month will only reach €360,000. Either the per-period target is too low (or it is the year's figure typed as the month's), or the objective needs another look."
    );
    ObjectiveAudienceOnly = "objective-audience-only", Warning, Coherence, Kpis,
    title: ("Un objectif d'affaires n'est suivi que par des chiffres d'audience", "A business objective is followed only by audience figures"),
    why: (
        "Les mentions J'aime, les abonnés, les vues et les impressions disent qu'on vous voit, pas qu'on vous achète. Une boutique peut gagner 2 000 abonnés sans vendre un article de plus. Pour un objectif de ventes ou de clients, suivez au moins un chiffre de ventes, de commandes ou de clients, lu en caisse ou dans vos factures.",
        "Likes, followers, views and impressions say that people see you, not that they buy from you. A shop can gain 2,000 followers without selling one more item. For an objective about sales or customers, follow at least one figure of sales, orders or customers, read from the till or your invoices."
    );
    NorthStarUnderfunded = "north-star-underfunded", Warning, Execution, Objectives,
    title: ("L'étoile du Nord reçoit une petite part du budget", "The North Star gets a small share of the budget"),
    why: (
        "L'étoile du Nord est ce qui compte le plus cette année, mais moins d'un cinquième du budget la sert, pendant qu'un autre objectif en prend plus de la moitié. Un garage dont la priorité est l'entretien des flottes d'entreprise mais qui dépense surtout pour sa page Facebook finance autre chose que sa priorité. Déplacez de l'argent vers les actions qui la servent, ou demandez-vous si c'est bien elle l'étoile du Nord.",
        "The North Star is what matters most this year, yet less than a fifth of the budget serves it, while another objective takes more than half. A garage whose priority is servicing company fleets but which spends mostly on its Facebook page is funding something other than its priority. Move money to the actions that serve it, or ask yourself whether it really is the North Star."
    );
    BudgetOnOneAction = "budget-on-one-action", Advice, Execution, Actions,
    title: ("Une seule action prend la plus grande part du budget", "One action takes most of the budget"),
    why: (
        "Plus de la moitié du budget repose sur une seule action : si elle déçoit (un salon où personne ne vient, une campagne qui ne prend pas), l'année en pâtit. C'est parfois voulu, comme la refonte d'une vitrine ; dans ce cas, prévoyez une étape pour vérifier tôt qu'elle donne ce qu'on en attend.",
        "More than half of the budget rests on a single action: if it disappoints (a fair nobody comes to, a campaign that does not take off), the whole year suffers. It is sometimes on purpose, like refitting a shop front; then plan a milestone to check early that it delivers."
    );

    // --- Steering (depend on the date: at most warnings, out of the score) ---
    ObjectiveBehind = "objective-behind", Warning, Steering, Objectives,
    title: ("Un objectif est en retard sur sa trajectoire", "An objective is behind its trajectory"),
    why: (
        "Au dernier relevé, l'objectif a fait moins de chemin que le calendrier n'en demandait (plus d'un dixième du chemin de retard, saison comprise si vous avez donné un profil mensuel). Un retard vu tôt se rattrape : renforcez les actions qui le servent, ou ajustez la cible en le notant dans le journal des ajustements.",
        "At the latest reading, the objective has come less of the way than the calendar asked (more than a tenth of the way behind, season included if you gave a monthly profile). A delay seen early can be made up: strengthen the actions that serve it, or adjust the target and note it in the adjustment log."
    );
    ObjectiveDriftUnanswered = "objective-drift-unanswered", Warning, Steering, Objectives,
    title: ("Un objectif reste en retard sans ajustement noté", "An objective stays behind with no adjustment noted"),
    why: (
        "Deux relevés de suite, l'objectif est en retard, et rien n'a été changé depuis le premier. Un mois difficile arrive ; deux de suite, c'est une tendance. Décidez quoi changer (une action, un budget, la cible) et notez-le dans le journal des ajustements : votre banquier y verra un plan piloté.",
        "Two readings in a row, the objective is behind, and nothing was changed since the first. One difficult month happens; two in a row is a trend. Decide what to change (an action, a budget, the target) and note it in the adjustment log: your banker will see a plan that is being steered."
    );
    KpiBehind = "kpi-behind", Advice, Steering, Kpis,
    title: ("Un indicateur est en retard sur sa trajectoire", "An indicator is behind its trajectory"),
    why: (
        "Ce chiffre avance moins vite que prévu pour atteindre sa cible à temps. Seul, ce n'est qu'un signal ; regardez quelles actions le font bouger et si elles ont bien eu lieu.",
        "This figure is moving more slowly than needed to reach its target in time. On its own it is only a signal; look at which actions move it and whether they did take place."
    );
    SpendOverEnvelope = "spend-over-envelope", Warning, Steering, Budget,
    title: ("Les dépenses dépassent l'enveloppe", "Spending is over the envelope"),
    why: (
        "L'argent déjà dépensé dépasse l'enveloppe décidée pour l'année. Soit l'enveloppe doit être revue (et financée), soit des actions doivent être arrêtées ou réduites. Dans les deux cas, c'est une décision à prendre et à noter, pas une surprise à découvrir en fin d'année.",
        "The money already spent is over the envelope decided for the year. Either the envelope must be revised (and funded), or actions must be stopped or cut. Either way it is a decision to make and note, not a surprise to find at year end."
    );
    SpendAhead = "spend-ahead", Advice, Steering, Budget,
    title: ("Les dépenses vont plus vite que prévu", "Spending is running ahead of the plan"),
    why: (
        "À cette date, vous avez dépensé nettement plus que ce que le plan prévoyait (plus d'un dixième du budget de l'année d'avance). Ce n'est pas forcément un problème (une action avancée, une facture payée tôt), mais vérifiez qu'il restera de quoi mener les actions de la fin d'année.",
        "By this date you have spent clearly more than the plan foresaw (more than a tenth of the year's budget ahead). It is not necessarily a problem (an action brought forward, an invoice paid early), but check that enough will be left for the actions at the end of the year."
    );
    ActionOverspent = "action-overspent", Warning, Steering, Actions,
    title: ("Une action a dépassé son budget", "An action went over its budget"),
    why: (
        "Un dépassement n'est pas grave en soi, mais il doit se voir : l'argent devra être repris ailleurs dans l'enveloppe, et il faut se demander si l'action rapporte assez pour le justifier.",
        "Going over is not a disaster in itself, but it must be noticed: the money has to come from elsewhere in the envelope, and it is worth asking whether the action earns enough to justify it."
    );
    KpiNotMeasured = "kpi-not-measured", Warning, Steering, Kpis,
    title: ("Un indicateur n'est plus mesuré", "An indicator is no longer measured"),
    why: (
        "Vous aviez prévu de relever ce chiffre régulièrement, mais plus d'une fois et demie la période prévue s'est écoulée sans relevé. Un suivi qui s'arrête, c'est une dérive qu'on ne verra pas à temps. Notez la dernière valeur, même approximative.",
        "You planned to read this figure regularly, but more than one and a half of the planned periods have gone by without a reading. Follow-up that stops means drift you will not see in time. Note the latest value, even a rough one."
    );
    ActionOverdue = "action-overdue", Advice, Steering, Actions,
    title: ("Une action est échue mais pas terminée", "An action is past its end date but not finished"),
    why: (
        "La date de fin est passée et l'action n'est pas marquée terminée. Mettez à jour son avancement : terminée, décalée (avec de nouvelles dates) ou annulée. Un plan à jour est un plan auquel on peut se fier.",
        "The end date has passed and the action is not marked done. Update its progress: done, moved (with new dates) or cancelled. A plan that is up to date is a plan you can trust."
    );

    // --- Starting point (a plan started from a trade) ---
    PlaceholderLeft = "placeholder-left", Warning, Start, Company,
    title: ("Un texte du modèle reste à adapter", "Template text left to adapt"),
    why: (
        "Le plan a été commencé à partir d'un métier : les mots entre crochets, comme [votre quartier], sont à remplacer par les vôtres. Laissés tels quels, ils montrent à un lecteur que le plan n'a pas été relu. Remplacez-les, crochets compris, ou supprimez la phrase si elle ne vous concerne pas.",
        "The plan was started from a trade: the words in square brackets, such as [your town], are for you to replace with your own. Left as they are, they show a reader that the plan was not reread. Replace them, brackets included, or delete the sentence if it does not apply to you."
    );
    ExampleFigure = "example-figure", Warning, Start, Objectives,
    title: ("Un chiffre d'exemple n'est pas confirmé", "An example figure is not confirmed"),
    why: (
        "Ce chiffre vient du modèle de votre métier, pas de vos comptes : il est marqué « exemple » à l'écran et dans le PDF. Un banquier ne doit jamais lire le chiffre d'un modèle comme le vôtre. Remplacez-le par votre chiffre, ou confirmez-le s'il vous correspond.",
        "This figure comes from your trade's template, not from your books: it is marked “example” on screen and in the PDF. A banker must never read a template's figure as yours. Replace it with your own figure, or confirm it if it fits you."
    );
}
