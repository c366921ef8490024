// Generated from src-tauri/core/src/labels.rs by its freshness test: do not edit.
// `BOUSSOLE_UPDATE_GENERATED=1 cargo test -p boussole-core` rewrites it.
import type { ActionStatus } from "./ActionStatus";
import type { Channel } from "./Channel";
import type { CompanySize } from "./CompanySize";
import type { Family } from "./Family";
import type { Frequency } from "./Frequency";
import type { KpiCounts } from "./KpiCounts";
import type { Language } from "./Language";
import type { Level } from "./Level";
import type { Lever } from "./Lever";
import type { MarketMaturity } from "./MarketMaturity";
import type { MarketType } from "./MarketType";
import type { ObjectiveCategory } from "./ObjectiveCategory";
import type { Pace } from "./Pace";
import type { PdfSection } from "./PdfSection";
import type { PestelFactor } from "./PestelFactor";
import type { PorterForce } from "./PorterForce";
import type { PriceLevel } from "./PriceLevel";
import type { Priority } from "./Priority";
import type { ReviewDecision } from "./ReviewDecision";
import type { Severity } from "./Severity";
import type { Step } from "./Step";
import type { SwotQuadrant } from "./SwotQuadrant";
import type { Term } from "./Term";

/** A closed list: its values in the order forms offer them, and each one's label per language. */
export type Labels<T extends string> = { values: readonly T[] } & Record<Language, Record<T, string>>;

export const channel: Labels<Channel> = {
  values: ["website", "seo", "searchAds", "socialMedia", "professionalNetwork", "socialAds", "email", "events", "tradeShows", "print", "tradePress", "pressRelations", "localListings", "marketplaces", "partnerships", "directSales", "inStore", "referral", "other"],
  fr: {
    website: "Site web",
    seo: "Référencement naturel",
    searchAds: "Publicité sur les moteurs de recherche",
    socialMedia: "Réseaux sociaux",
    professionalNetwork: "LinkedIn et réseaux pro",
    socialAds: "Publicité sur les réseaux sociaux",
    email: "E-mail",
    events: "Événements",
    tradeShows: "Salons professionnels",
    print: "Imprimés et courriers",
    tradePress: "Presse professionnelle",
    pressRelations: "Relations presse",
    localListings: "Fiche Google et avis",
    marketplaces: "Places de marché et plateformes",
    partnerships: "Partenariats",
    directSales: "Prospection et vente directe",
    inStore: "En boutique",
    referral: "Bouche-à-oreille et parrainage",
    other: "Autre",
  },
  en: {
    website: "Website",
    seo: "Search engines (SEO)",
    searchAds: "Search ads",
    socialMedia: "Social media",
    professionalNetwork: "LinkedIn and business networks",
    socialAds: "Social media ads",
    email: "Email",
    events: "Events",
    tradeShows: "Trade shows",
    print: "Print and mailings",
    tradePress: "Trade press",
    pressRelations: "Press relations",
    localListings: "Google listing and reviews",
    marketplaces: "Marketplaces and platforms",
    partnerships: "Partnerships",
    directSales: "Prospecting and direct sales",
    inStore: "In store",
    referral: "Word of mouth and referrals",
    other: "Other",
  },
};

export const lever: Labels<Lever> = {
  values: ["product", "price", "place", "promotion", "people", "process", "physicalEvidence"],
  fr: {
    product: "Produit",
    price: "Prix",
    place: "Distribution",
    promotion: "Communication",
    people: "Personnel",
    process: "Processus",
    physicalEvidence: "Preuves physiques",
  },
  en: {
    product: "Product",
    price: "Price",
    place: "Place",
    promotion: "Promotion",
    people: "People",
    process: "Process",
    physicalEvidence: "Physical evidence",
  },
};

export const actionStatus: Labels<ActionStatus> = {
  values: ["planned", "inProgress", "done", "cancelled"],
  fr: {
    planned: "Prévue",
    inProgress: "En cours",
    done: "Terminée",
    cancelled: "Annulée",
  },
  en: {
    planned: "Planned",
    inProgress: "In progress",
    done: "Done",
    cancelled: "Cancelled",
  },
};

export const frequency: Labels<Frequency> = {
  values: ["weekly", "monthly", "quarterly", "yearly"],
  fr: {
    weekly: "Chaque semaine",
    monthly: "Chaque mois",
    quarterly: "Chaque trimestre",
    yearly: "Une fois par an",
  },
  en: {
    weekly: "Every week",
    monthly: "Every month",
    quarterly: "Every quarter",
    yearly: "Once a year",
  },
};

export const priceLevel: Labels<PriceLevel> = {
  values: ["budget", "mid", "premium", "luxury"],
  fr: {
    budget: "Entrée de gamme",
    mid: "Milieu de gamme",
    premium: "Haut de gamme",
    luxury: "Luxe",
  },
  en: {
    budget: "Budget",
    mid: "Mid-range",
    premium: "Premium",
    luxury: "Luxury",
  },
};

export const companySize: Labels<CompanySize> = {
  values: ["tpe", "pme", "eti"],
  fr: {
    tpe: "TPE (moins de 10 personnes)",
    pme: "PME (10 à 249 personnes)",
    eti: "ETI (250 à 4\u202f999 personnes)",
  },
  en: {
    tpe: "Micro business (under 10 people)",
    pme: "SME (10 to 249 people)",
    eti: "Mid-size company (250 to 4,999 people)",
  },
};

export const marketType: Labels<MarketType> = {
  values: ["b2b", "b2c", "d2c"],
  fr: {
    b2b: "Aux entreprises (B2B)",
    b2c: "Aux particuliers, en boutique ou via des revendeurs (B2C)",
    d2c: "Aux particuliers, en direct en ligne (D2C)",
  },
  en: {
    b2b: "Businesses (B2B)",
    b2c: "Consumers, through shops or resellers (B2C)",
    d2c: "Consumers, directly online (D2C)",
  },
};

export const marketMaturity: Labels<MarketMaturity> = {
  values: ["emerging", "growing", "mature", "declining"],
  fr: {
    emerging: "Émergent",
    growing: "En croissance",
    mature: "Mature",
    declining: "En déclin",
  },
  en: {
    emerging: "Emerging",
    growing: "Growing",
    mature: "Mature",
    declining: "Declining",
  },
};

export const level: Labels<Level> = {
  values: ["low", "medium", "high"],
  fr: {
    low: "Faible",
    medium: "Moyenne",
    high: "Forte",
  },
  en: {
    low: "Low",
    medium: "Medium",
    high: "High",
  },
};

export const priority: Labels<Priority> = {
  values: ["primary", "secondary", "later"],
  fr: {
    primary: "Principale",
    secondary: "Secondaire",
    later: "Plus tard",
  },
  en: {
    primary: "Primary",
    secondary: "Secondary",
    later: "Later",
  },
};

export const objectiveCategory: Labels<ObjectiveCategory> = {
  values: ["business", "communication", "customer"],
  fr: {
    business: "Commercial",
    communication: "Communication",
    customer: "Clients",
  },
  en: {
    business: "Business",
    communication: "Communication",
    customer: "Customers",
  },
};

export const reviewDecision: Labels<ReviewDecision> = {
  values: ["keep", "correct", "abandon"],
  fr: {
    keep: "Garder",
    correct: "Corriger",
    abandon: "Abandonner",
  },
  en: {
    keep: "Keep",
    correct: "Correct",
    abandon: "Abandon",
  },
};

export const step: Labels<Step> = {
  values: ["company", "diagnostic", "review", "targets", "positioning", "objectives", "mix", "actions", "budget", "kpis"],
  fr: {
    company: "Entreprise",
    diagnostic: "Diagnostic",
    review: "Bilan de l’an dernier",
    targets: "Cibles",
    positioning: "Positionnement",
    objectives: "Objectifs",
    mix: "Mix marketing",
    actions: "Actions",
    budget: "Budget",
    kpis: "Indicateurs",
  },
  en: {
    company: "Company",
    diagnostic: "Situation analysis",
    review: "Last year’s review",
    targets: "Targets",
    positioning: "Positioning",
    objectives: "Objectives",
    mix: "Marketing mix",
    actions: "Actions",
    budget: "Budget",
    kpis: "KPIs",
  },
};

export const swotQuadrant: Labels<SwotQuadrant> = {
  values: ["strengths", "weaknesses", "opportunities", "threats"],
  fr: {
    strengths: "Forces",
    weaknesses: "Faiblesses",
    opportunities: "Opportunités",
    threats: "Menaces",
  },
  en: {
    strengths: "Strengths",
    weaknesses: "Weaknesses",
    opportunities: "Opportunities",
    threats: "Threats",
  },
};

export const pestelFactor: Labels<PestelFactor> = {
  values: ["political", "economic", "social", "technological", "environmental", "legal"],
  fr: {
    political: "Politique",
    economic: "Économique",
    social: "Socioculturel",
    technological: "Technologique",
    environmental: "Environnemental",
    legal: "Légal",
  },
  en: {
    political: "Political",
    economic: "Economic",
    social: "Social",
    technological: "Technological",
    environmental: "Environmental",
    legal: "Legal",
  },
};

export const porterForce: Labels<PorterForce> = {
  values: ["rivalry", "newEntrants", "substitutes", "buyerPower", "supplierPower"],
  fr: {
    rivalry: "Rivalité entre concurrents",
    newEntrants: "Menace des nouveaux entrants",
    substitutes: "Menace des produits de substitution",
    buyerPower: "Pouvoir de négociation des clients",
    supplierPower: "Pouvoir de négociation des fournisseurs",
  },
  en: {
    rivalry: "Rivalry between competitors",
    newEntrants: "Threat of new entrants",
    substitutes: "Threat of substitutes",
    buyerPower: "Bargaining power of customers",
    supplierPower: "Bargaining power of suppliers",
  },
};

export const pdfSection: Labels<PdfSection> = {
  values: ["summary", "diagnostic", "targets", "objectives", "actions", "budget", "kpis", "notes"],
  fr: {
    summary: "Synthèse",
    diagnostic: "Diagnostic",
    targets: "Cibles et positionnement",
    objectives: "Objectifs et indicateurs",
    actions: "Mix marketing et plan d’action",
    budget: "Budget",
    kpis: "Suivi des indicateurs",
    notes: "Notes internes",
  },
  en: {
    summary: "Executive summary",
    diagnostic: "Situation analysis",
    targets: "Targets and positioning",
    objectives: "Objectives and KPIs",
    actions: "Marketing mix and action plan",
    budget: "Budget",
    kpis: "KPI tracking",
    notes: "Internal notes",
  },
};

export const severity: Labels<Severity> = {
  values: ["critical", "warning", "advice"],
  fr: {
    critical: "Critique",
    warning: "Avertissement",
    advice: "Conseil",
  },
  en: {
    critical: "Critical",
    warning: "Warning",
    advice: "Advice",
  },
};

export const kpiCounts: Labels<KpiCounts> = {
  values: ["flow", "cumulative", "level"],
  fr: {
    flow: "Le montant de chaque période (ventes du mois)",
    cumulative: "Le total depuis le 1er janvier (ventes à date)",
    level: "Un niveau à une date (abonnés, panier moyen, note)",
  },
  en: {
    flow: "Each period's amount (sales of the month)",
    cumulative: "The total since 1 January (sales to date)",
    level: "A level at a date (subscribers, average basket, rating)",
  },
};

export const pace: Labels<Pace> = {
  values: ["noTarget", "noData", "reached", "onTrack", "behind"],
  fr: {
    noTarget: "Pas de cible",
    noData: "Pas encore mesuré",
    reached: "Cible atteinte",
    onTrack: "Dans les temps",
    behind: "En retard",
  },
  en: {
    noTarget: "No target",
    noData: "Not measured yet",
    reached: "Target reached",
    onTrack: "On track",
    behind: "Behind",
  },
};

export const term: Labels<Term> = {
  values: ["planned", "actual", "envelope", "remaining", "overBy", "variance", "share", "total", "quarter", "otherYears", "undated", "noChannel", "noLever", "noObjective", "noSegment", "notComparable", "expected", "measured", "progress"],
  fr: {
    planned: "Prévu",
    actual: "Dépensé",
    envelope: "Enveloppe",
    remaining: "Reste à engager",
    overBy: "Dépassement",
    variance: "Écart",
    share: "Part",
    total: "Total",
    quarter: "T",
    otherYears: "Autres années",
    undated: "Sans dates",
    noChannel: "Sans canal",
    noLever: "Sans levier",
    noObjective: "Sans objectif",
    noSegment: "Sans cible",
    notComparable: "Pas comparable",
    expected: "Attendu",
    measured: "Mesuré",
    progress: "Avancement",
  },
  en: {
    planned: "Planned",
    actual: "Spent",
    envelope: "Envelope",
    remaining: "Left to commit",
    overBy: "Over the envelope",
    variance: "Variance",
    share: "Share",
    total: "Total",
    quarter: "Q",
    otherYears: "Other years",
    undated: "Undated",
    noChannel: "No channel",
    noLever: "No lever",
    noObjective: "No objective",
    noSegment: "No target group",
    notComparable: "Not comparable",
    expected: "Expected",
    measured: "Measured",
    progress: "Progress",
  },
};

export const family: Labels<Family> = {
  values: ["diagnostic", "lastYear", "targeting", "objectives", "coherence", "execution", "steering", "start"],
  fr: {
    diagnostic: "Diagnostic",
    lastYear: "Bilan de l’an dernier",
    targeting: "Cibles et positionnement",
    objectives: "Objectifs",
    coherence: "De la stratégie à l’action",
    execution: "Mise en œuvre et budget",
    steering: "Pilotage de l’année",
    start: "Point de départ à adapter",
  },
  en: {
    diagnostic: "Situation analysis",
    lastYear: "Last year’s review",
    targeting: "Targets and positioning",
    objectives: "Objectives",
    coherence: "From strategy to action",
    execution: "Execution and budget",
    steering: "Steering the year",
    start: "Starting point to adapt",
  },
};

/** Every labelled list, by name. */
export const LABELS = {
  channel,
  lever,
  actionStatus,
  frequency,
  priceLevel,
  companySize,
  marketType,
  marketMaturity,
  level,
  priority,
  objectiveCategory,
  reviewDecision,
  step,
  swotQuadrant,
  pestelFactor,
  porterForce,
  pdfSection,
  severity,
  kpiCounts,
  pace,
  term,
  family,
} as const;

/** Porter's forces by their short names, for a chart's narrow axis. */
export const porterForceShort: Record<Language, Record<PorterForce, string>> = {
  fr: { rivalry: "Rivalité", newEntrants: "Nouveaux entrants", substitutes: "Substituts", buyerPower: "Clients", supplierPower: "Fournisseurs" },
  en: { rivalry: "Rivalry", newEntrants: "New entrants", substitutes: "Substitutes", buyerPower: "Customers", supplierPower: "Suppliers" },
};

/** The word a PDF roadmap's file name carries, in the PDF's language. */
export const PDF_FILE_WORD: Record<Language, string> = { fr: "feuille-de-route", en: "roadmap" };
