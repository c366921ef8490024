//! The words for every closed list the owner reads (channels, levers, statuses, frequencies,
//! price levels, sizes, markets, steps, the diagnostic grids, PDF sections, checklist severities
//! and families), in French and English, written once. The PDF, the CSV, the checklist texts and
//! the interface (through the generated `ui/src/bindings/labels.ts`) all read them here.
//!
//! Model layer: words only; no figure, no rule, no layout. Each label is capitalised as it
//! starts a line or a cell; `in_sentence` gives the mid-sentence form.

use serde::Serialize;

use crate::figures::Pace;
use crate::plan::{
    ActionStatus, Channel, CompanySize, Family, Frequency, KpiCounts, Language, Level, Lever,
    MarketMaturity, MarketType, ObjectiveCategory, PestelFactor, PorterForce, PriceLevel, Priority,
    ReviewDecision, Severity, Step, SwotQuadrant,
};
use crate::print::PdfSection;

/// The words of the plan's figures that are not a choice of the owner's: the columns and rows of
/// the budget and of progress, printed the same on screen, in the PDF and in the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Term {
    Planned,
    Actual,
    Envelope,
    Remaining,
    OverBy,
    Variance,
    Share,
    Total,
    /// The prefix of a quarter: "T1" in French, "Q1" in English.
    Quarter,
    OtherYears,
    Undated,
    NoChannel,
    NoLever,
    NoObjective,
    NoSegment,
    NotComparable,
    Expected,
    Measured,
    Progress,
}

impl Term {
    /// Every term.
    pub const ALL: &'static [Term] = &[
        Term::Planned,
        Term::Actual,
        Term::Envelope,
        Term::Remaining,
        Term::OverBy,
        Term::Variance,
        Term::Share,
        Term::Total,
        Term::Quarter,
        Term::OtherYears,
        Term::Undated,
        Term::NoChannel,
        Term::NoLever,
        Term::NoObjective,
        Term::NoSegment,
        Term::NotComparable,
        Term::Expected,
        Term::Measured,
        Term::Progress,
    ];
}

/// A closed list whose values each have a label in both languages.
pub trait Labelled: Copy + Serialize + 'static {
    /// The list's name in the generated TypeScript, e.g. "channel".
    const LIST: &'static str;
    /// The TypeScript type of its values, as generated in `ui/src/bindings/`.
    const TYPE: &'static str;
    /// Every value, in the order forms offer them.
    const VALUES: &'static [Self];
    /// The value's label in a language.
    fn label(self, language: Language) -> &'static str;
}

/// Declares each list's labels as one exhaustive `match`: a new value of an enum does not
/// compile until it has its words in both languages.
macro_rules! labels {
    ($(
        $ty:ident as $list:literal {
            $($variant:ident => $fr:literal, $en:literal;)*
        }
    )*) => {
        $(
            impl $ty {
                /// The value's label in a language.
                pub const fn label(self, language: Language) -> &'static str {
                    match self {
                        $($ty::$variant => match language {
                            Language::Fr => $fr,
                            Language::En => $en,
                        },)*
                    }
                }
            }

            impl Labelled for $ty {
                const LIST: &'static str = $list;
                const TYPE: &'static str = stringify!($ty);
                const VALUES: &'static [Self] = $ty::ALL;
                fn label(self, language: Language) -> &'static str {
                    $ty::label(self, language)
                }
            }
        )*

        /// Writes every list's table into the generated TypeScript.
        fn write_all(out: &mut String) {
            $(write_list::<$ty>(out);)*
        }

        /// The TypeScript types the generated file imports.
        const TYPES: &[&str] = &[$(stringify!($ty)),*];

        /// The lists' names, in declaration order.
        const LISTS: &[&str] = &[$($list),*];
    };
}

labels! {
    Channel as "channel" {
        Website => "Site web", "Website";
        Seo => "Référencement naturel", "Search engines (SEO)";
        SearchAds => "Publicité sur les moteurs de recherche", "Search ads";
        SocialMedia => "Réseaux sociaux", "Social media";
        ProfessionalNetwork => "LinkedIn et réseaux pro", "LinkedIn and business networks";
        SocialAds => "Publicité sur les réseaux sociaux", "Social media ads";
        Email => "E-mail", "Email";
        Events => "Événements", "Events";
        TradeShows => "Salons professionnels", "Trade shows";
        Print => "Imprimés et courriers", "Print and mailings";
        TradePress => "Presse professionnelle", "Trade press";
        PressRelations => "Relations presse", "Press relations";
        LocalListings => "Fiche Google et avis", "Google listing and reviews";
        Marketplaces => "Places de marché et plateformes", "Marketplaces and platforms";
        Partnerships => "Partenariats", "Partnerships";
        DirectSales => "Prospection et vente directe", "Prospecting and direct sales";
        InStore => "En boutique", "In store";
        Referral => "Bouche-à-oreille et parrainage", "Word of mouth and referrals";
        Other => "Autre", "Other";
    }

    // Also the titles of the marketing mix's parts, on screen and in the PDF.
    Lever as "lever" {
        Product => "Produit", "Product";
        Price => "Prix", "Price";
        Place => "Distribution", "Place";
        Promotion => "Communication", "Promotion";
        People => "Personnel", "People";
        Process => "Processus", "Process";
        PhysicalEvidence => "Preuves physiques", "Physical evidence";
    }

    ActionStatus as "actionStatus" {
        Planned => "Prévue", "Planned";
        InProgress => "En cours", "In progress";
        Done => "Terminée", "Done";
        Cancelled => "Annulée", "Cancelled";
    }

    Frequency as "frequency" {
        Weekly => "Chaque semaine", "Every week";
        Monthly => "Chaque mois", "Every month";
        Quarterly => "Chaque trimestre", "Every quarter";
        Yearly => "Une fois par an", "Once a year";
    }

    PriceLevel as "priceLevel" {
        Budget => "Entrée de gamme", "Budget";
        Mid => "Milieu de gamme", "Mid-range";
        Premium => "Haut de gamme", "Premium";
        Luxury => "Luxe", "Luxury";
    }

    CompanySize as "companySize" {
        Tpe => "TPE (moins de 10 personnes)", "Micro business (under 10 people)";
        Pme => "PME (10 à 249 personnes)", "SME (10 to 249 people)";
        Eti => "ETI (250 à 4\u{202f}999 personnes)", "Mid-size company (250 to 4,999 people)";
    }

    MarketType as "marketType" {
        B2b => "Aux entreprises (B2B)", "Businesses (B2B)";
        B2c => "Aux particuliers, en boutique ou via des revendeurs (B2C)",
            "Consumers, through shops or resellers (B2C)";
        D2c => "Aux particuliers, en direct en ligne (D2C)", "Consumers, directly online (D2C)";
    }

    MarketMaturity as "marketMaturity" {
        Emerging => "Émergent", "Emerging";
        Growing => "En croissance", "Growing";
        Mature => "Mature", "Mature";
        Declining => "En déclin", "Declining";
    }

    Level as "level" {
        Low => "Faible", "Low";
        Medium => "Moyenne", "Medium";
        High => "Forte", "High";
    }

    Priority as "priority" {
        Primary => "Principale", "Primary";
        Secondary => "Secondaire", "Secondary";
        Later => "Plus tard", "Later";
    }

    ObjectiveCategory as "objectiveCategory" {
        Business => "Commercial", "Business";
        Communication => "Communication", "Communication";
        Customer => "Clients", "Customers";
    }

    ReviewDecision as "reviewDecision" {
        Keep => "Garder", "Keep";
        Correct => "Corriger", "Correct";
        Abandon => "Abandonner", "Abandon";
    }

    Step as "step" {
        Company => "Entreprise", "Company";
        Diagnostic => "Diagnostic", "Situation analysis";
        Review => "Bilan de l’an dernier", "Last year’s review";
        Targets => "Cibles", "Targets";
        Positioning => "Positionnement", "Positioning";
        Objectives => "Objectifs", "Objectives";
        Mix => "Mix marketing", "Marketing mix";
        Actions => "Actions", "Actions";
        Budget => "Budget", "Budget";
        Kpis => "Indicateurs", "KPIs";
    }

    SwotQuadrant as "swotQuadrant" {
        Strengths => "Forces", "Strengths";
        Weaknesses => "Faiblesses", "Weaknesses";
        Opportunities => "Opportunités", "Opportunities";
        Threats => "Menaces", "Threats";
    }

    PestelFactor as "pestelFactor" {
        Political => "Politique", "Political";
        Economic => "Économique", "Economic";
        Social => "Socioculturel", "Social";
        Technological => "Technologique", "Technological";
        Environmental => "Environnemental", "Environmental";
        Legal => "Légal", "Legal";
    }

    PorterForce as "porterForce" {
        Rivalry => "Rivalité entre concurrents", "Rivalry between competitors";
        NewEntrants => "Menace des nouveaux entrants", "Threat of new entrants";
        Substitutes => "Menace des produits de substitution", "Threat of substitutes";
        BuyerPower => "Pouvoir de négociation des clients", "Bargaining power of customers";
        SupplierPower => "Pouvoir de négociation des fournisseurs",
            "Bargaining power of suppliers";
    }

    // The titles of the PDF's sections, printed and offered in the export dialog.
    PdfSection as "pdfSection" {
        Summary => "Synthèse", "Executive summary";
        Diagnostic => "Diagnostic", "Situation analysis";
        Targets => "Cibles et positionnement", "Targets and positioning";
        Objectives => "Objectifs et indicateurs", "Objectives and KPIs";
        Actions => "Mix marketing et plan d’action", "Marketing mix and action plan";
        Budget => "Budget", "Budget";
        Kpis => "Suivi des indicateurs", "KPI tracking";
        Notes => "Notes internes", "Internal notes";
    }

    Severity as "severity" {
        Critical => "Critique", "Critical";
        Warning => "Avertissement", "Warning";
        Advice => "Conseil", "Advice";
    }

    KpiCounts as "kpiCounts" {
        Flow => "Le montant de chaque période (ventes du mois)", "Each period's amount (sales of the month)";
        Cumulative => "Le total depuis le 1er janvier (ventes à date)", "The total since 1 January (sales to date)";
        Level => "Un niveau à une date (abonnés, panier moyen, note)", "A level at a date (subscribers, average basket, rating)";
    }

    Pace as "pace" {
        NoTarget => "Pas de cible", "No target";
        NoData => "Pas encore mesuré", "Not measured yet";
        Reached => "Cible atteinte", "Target reached";
        OnTrack => "Dans les temps", "On track";
        Behind => "En retard", "Behind";
    }

    Term as "term" {
        Planned => "Prévu", "Planned";
        Actual => "Dépensé", "Spent";
        Envelope => "Enveloppe", "Envelope";
        Remaining => "Reste à engager", "Left to commit";
        OverBy => "Dépassement", "Over the envelope";
        Variance => "Écart", "Variance";
        Share => "Part", "Share";
        Total => "Total", "Total";
        Quarter => "T", "Q";
        OtherYears => "Autres années", "Other years";
        Undated => "Sans dates", "Undated";
        NoChannel => "Sans canal", "No channel";
        NoLever => "Sans levier", "No lever";
        NoObjective => "Sans objectif", "No objective";
        NoSegment => "Sans cible", "No target group";
        NotComparable => "Pas comparable", "Not comparable";
        Expected => "Attendu", "Expected";
        Measured => "Mesuré", "Measured";
        Progress => "Avancement", "Progress";
    }

    Family as "family" {
        Diagnostic => "Diagnostic", "Situation analysis";
        LastYear => "Bilan de l’an dernier", "Last year’s review";
        Targeting => "Cibles et positionnement", "Targets and positioning";
        Objectives => "Objectifs", "Objectives";
        Coherence => "De la stratégie à l’action", "From strategy to action";
        Execution => "Mise en œuvre et budget", "Execution and budget";
        Steering => "Pilotage de l’année", "Steering the year";
        Start => "Point de départ à adapter", "Starting point to adapt";
    }
}

impl PorterForce {
    /// The force's short name, for a chart's narrow axis, e.g. "Substituts".
    pub const fn short_label(self, language: Language) -> &'static str {
        let (fr, en) = match self {
            PorterForce::Rivalry => ("Rivalité", "Rivalry"),
            PorterForce::NewEntrants => ("Nouveaux entrants", "New entrants"),
            PorterForce::Substitutes => ("Substituts", "Substitutes"),
            PorterForce::BuyerPower => ("Clients", "Customers"),
            PorterForce::SupplierPower => ("Fournisseurs", "Suppliers"),
        };
        match language {
            Language::Fr => fr,
            Language::En => en,
        }
    }
}

/// The word a PDF roadmap's file name carries after the plan's stem, in the PDF's language.
pub const fn pdf_file_word(language: Language) -> &'static str {
    match language {
        Language::Fr => "feuille-de-route",
        Language::En => "roadmap",
    }
}

/// A label as written inside a sentence: its first letter in lower case, unless it starts an
/// acronym ("SEO", "TPE"), e.g. "Réseaux sociaux" -> "réseaux sociaux".
pub fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !(first.is_uppercase() && second.is_uppercase()) => first
            .to_lowercase()
            .chain(label[first.len_utf8()..].chars())
            .collect(),
        _ => label.to_string(),
    }
}

/// The generated `ui/src/bindings/labels.ts`: each list's values in order and their labels per
/// language, typed against the generated enum types, plus the PDF file word.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from src-tauri/core/src/labels.rs by its freshness test: do not edit.\n\
         // `BOUSSOLE_UPDATE_GENERATED=1 cargo test -p boussole-core` rewrites it.\n",
    );
    let mut types: Vec<&str> = TYPES.to_vec();
    types.push("Language");
    types.sort_unstable();
    for ty in types {
        out.push_str(&format!("import type {{ {ty} }} from \"./{ty}\";\n"));
    }
    out.push_str(
        "\n/** A closed list: its values in the order forms offer them, and each one's label per language. */\n\
         export type Labels<T extends string> = { values: readonly T[] } & Record<Language, Record<T, string>>;\n",
    );
    write_all(&mut out);
    out.push_str("\n/** Every labelled list, by name. */\nexport const LABELS = {\n");
    for list in LISTS {
        out.push_str(&format!("  {list},\n"));
    }
    out.push_str("} as const;\n");
    out.push_str("\n/** Porter's forces by their short names, for a chart's narrow axis. */\n");
    out.push_str(
        "export const porterForceShort: Record<Language, Record<PorterForce, string>> = {\n",
    );
    for language in Language::ALL {
        let pairs: Vec<String> = PorterForce::ALL
            .iter()
            .map(|&f| format!("{}: {}", serde_name(f), ts_string(f.short_label(*language))))
            .collect();
        out.push_str(&format!(
            "  {}: {{ {} }},\n",
            language.code(),
            pairs.join(", ")
        ));
    }
    out.push_str("};\n");
    out.push_str("\n/** The word a PDF roadmap's file name carries, in the PDF's language. */\n");
    let words: Vec<String> = Language::ALL
        .iter()
        .map(|&l| format!("{}: {}", l.code(), ts_string(pdf_file_word(l))))
        .collect();
    out.push_str(&format!(
        "export const PDF_FILE_WORD: Record<Language, string> = {{ {} }};\n",
        words.join(", ")
    ));
    out
}

/// One list's table.
fn write_list<T: Labelled>(out: &mut String) {
    let values: Vec<String> = T::VALUES
        .iter()
        .map(|&v| format!("\"{}\"", serde_name(v)))
        .collect();
    out.push_str(&format!(
        "\nexport const {}: Labels<{}> = {{\n  values: [{}],\n",
        T::LIST,
        T::TYPE,
        values.join(", ")
    ));
    for &language in Language::ALL {
        out.push_str(&format!("  {}: {{\n", language.code()));
        for &value in T::VALUES {
            out.push_str(&format!(
                "    {}: {},\n",
                serde_name(value),
                ts_string(value.label(language))
            ));
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n");
}

/// The value's name as it crosses to the UI, e.g. "inStore".
fn serde_name<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        other => unreachable!("a closed list serializes as a string, not {other:?}"),
    }
}

/// A TypeScript string literal; the invisible spaces of French typography are escaped so a
/// reader of the file sees them.
fn ts_string(text: &str) -> String {
    serde_json::Value::from(text)
        .to_string()
        .replace('\u{202f}', "\\u202f")
        .replace('\u{a0}', "\\u00a0")
}

/// Money in a currency, as every output prints it: "12 500 €" (narrow no-break spaces between
/// thousands, a no-break space before the symbol) or "€12,500"; cents only when there are some;
/// a code without a symbol ("CHF") printed as typed, at most six characters.
pub fn money(amount: crate::plan::Money, currency: &str, language: Language) -> String {
    let cents = amount.cents();
    let abs = cents.unsigned_abs();
    let units = group(abs / 100, language);
    let rest = abs % 100;
    let figure = if rest == 0 {
        units
    } else {
        let decimal = match language {
            Language::Fr => ',',
            Language::En => '.',
        };
        format!("{units}{decimal}{rest:02}")
    };
    let sign = if cents < 0 { "-" } else { "" };
    let code = currency.trim();
    let (symbol, is_symbol) = match code.to_ascii_uppercase().as_str() {
        "EUR" | "€" => ("€".to_string(), true),
        "USD" | "$" => ("$".to_string(), true),
        "GBP" | "£" => ("£".to_string(), true),
        "JPY" | "¥" => ("¥".to_string(), true),
        _ => (code.chars().take(6).collect(), false),
    };
    if symbol.is_empty() {
        return format!("{sign}{figure}");
    }
    match language {
        Language::Fr => format!("{sign}{figure}\u{a0}{symbol}"),
        Language::En if is_symbol => format!("{sign}{symbol}{figure}"),
        Language::En => format!("{sign}{symbol}\u{a0}{figure}"),
    }
}

/// The digits of a whole number grouped by thousands, as `money` writes them.
fn group(n: u64, language: Language) -> String {
    let separator = match language {
        Language::Fr => '\u{202f}',
        Language::En => ',',
    };
    let digits = n.to_string();
    let count = digits.len();
    let mut out = String::with_capacity(count + count / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (count - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A day in a sentence, as the checklist and the command line write it: "31/03/2027" or
/// "31 Mar 2027".
pub fn day(date: chrono::NaiveDate, language: Language) -> String {
    let format = match language {
        Language::Fr => "%d/%m/%Y",
        Language::En => "%-d %b %Y",
    };
    date.format(format).to_string()
}

/// A measured or target figure as every output prints it, up to two decimals: "1 250,5"
/// (narrow no-break spaces between thousands) or "1,250.5"; a dash for what is not a number.
pub fn number(value: f64, language: Language) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    // Beyond a thousand billion a figure is surely a typo: scientific notation keeps it short.
    if value.abs() >= 1e15 {
        return format!("{value:.2e}");
    }
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc() as u64;
    let frac = ((abs - abs.trunc()) * 100.0).round() as u64;
    let (whole, frac) = if frac >= 100 {
        (whole + 1, 0)
    } else {
        (whole, frac)
    };
    let mut out = String::new();
    if negative && (whole > 0 || frac > 0) {
        out.push('-');
    }
    out.push_str(&group(whole, language));
    if frac > 0 {
        out.push(match language {
            Language::Fr => ',',
            Language::En => '.',
        });
        let decimals = format!("{frac:02}");
        out.push_str(decimals.trim_end_matches('0'));
    }
    out
}

/// A figure with its unit as every output prints it: "25 %", "25%", "€40,000", "1 200 clients";
/// a dash when unknown. A unit of one or two characters stays glued to its figure (no-break
/// space); the euro, dollar and pound signs go first in English, as `money` writes them.
pub fn quantity(value: Option<f64>, unit: &str, language: Language) -> String {
    let Some(value) = value else {
        return "—".into();
    };
    let figure = number(value, language);
    let unit = unit.trim();
    if unit.is_empty() {
        return figure;
    }
    let glue = if unit.chars().count() <= 2 {
        '\u{a0}'
    } else {
        ' '
    };
    match language {
        Language::Fr => format!("{figure}{glue}{unit}"),
        Language::En if unit == "%" => format!("{figure}%"),
        Language::En if matches!(unit, "€" | "$" | "£") => {
            if let Some(digits) = figure.strip_prefix('-') {
                format!("-{unit}{digits}")
            } else {
                format!("{unit}{figure}")
            }
        }
        Language::En => format!("{figure} {unit}"),
    }
}

/// A share as a whole percentage, as every output prints it: "64 %" (no-break space) or "64%";
/// rounded half away from zero; a dash for what is not a number.
pub fn percent(ratio: f64, language: Language) -> String {
    if !ratio.is_finite() {
        return "—".into();
    }
    let value = (ratio * 100.0).round().clamp(-99_999.0, 99_999.0) as i64;
    match language {
        Language::Fr => format!("{value}\u{a0}%"),
        Language::En => format!("{value}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_wordings() {
        assert_eq!(Channel::InStore.label(Language::Fr), "En boutique");
        assert_eq!(
            Lever::PhysicalEvidence.label(Language::En),
            "Physical evidence"
        );
        assert_eq!(ActionStatus::Done.label(Language::Fr), "Terminée");
        assert_eq!(
            PdfSection::Kpis.label(Language::Fr),
            "Suivi des indicateurs"
        );
    }

    #[test]
    fn every_list_has_distinct_non_empty_labels() {
        fn check<T: Labelled + std::fmt::Debug>() {
            for &language in Language::ALL {
                let mut seen = std::collections::HashSet::new();
                for &v in T::VALUES {
                    let label = v.label(language);
                    assert!(!label.trim().is_empty(), "{v:?}");
                    assert_eq!(label, label.trim(), "{v:?}");
                    assert!(seen.insert(label), "{} repeats {label:?}", T::LIST);
                }
            }
        }
        check::<Channel>();
        check::<Lever>();
        check::<ActionStatus>();
        check::<Frequency>();
        check::<PriceLevel>();
        check::<CompanySize>();
        check::<MarketType>();
        check::<MarketMaturity>();
        check::<Level>();
        check::<Priority>();
        check::<ObjectiveCategory>();
        check::<ReviewDecision>();
        check::<Step>();
        check::<SwotQuadrant>();
        check::<PestelFactor>();
        check::<PorterForce>();
        check::<PdfSection>();
        check::<Severity>();
        check::<Family>();
    }

    #[test]
    fn mid_sentence_forms_keep_acronyms() {
        assert_eq!(in_sentence("Réseaux sociaux"), "réseaux sociaux");
        assert_eq!(in_sentence("Événements et salons"), "événements et salons");
        assert_eq!(in_sentence("SEO"), "SEO");
        assert_eq!(
            in_sentence("TPE (moins de 10 personnes)"),
            "TPE (moins de 10 personnes)"
        );
        assert_eq!(in_sentence("A"), "A");
        assert_eq!(in_sentence(""), "");
    }
}
