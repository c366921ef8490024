//! Finding titles in French and English, written from a finding's details (the item's name,
//! amounts, dates, levers); explanations are the catalogue's. French uses narrow no-break spaces
//! before : ; ? ! and inside « », and as the thousands separator, like the example plan.
//!
//! Pure formatting: no rule logic, no plan access beyond what the finding carries.

use chrono::NaiveDate;

use super::catalogue::RuleId;
use super::finding::{Details, Finding, SwotQuadrant};
use crate::labels::in_sentence;
use crate::plan::{CompanySize, Language, Money};

/// Picks the French or English expression, evaluating only the one needed.
macro_rules! say {
    ($language:expr, $fr:expr, $en:expr $(,)?) => {
        match $language {
            Language::Fr => $fr,
            Language::En => $en,
        }
    };
}

/// The title of a finding in a language: the catalogue's generic title, made specific with the
/// item's name and figures when the finding carries them.
pub(super) fn title(finding: &Finding, lang: Language) -> String {
    specific_title(finding.rule_id, &finding.details, lang)
        .unwrap_or_else(|| finding.rule_id.info().title.get(lang).to_string())
}

/// The specific title, when the details allow one.
fn specific_title(rule: RuleId, d: &Details, lang: Language) -> Option<String> {
    use RuleId as R;
    let name = || quote(d.name.as_deref(), lang);
    let n = d.count.unwrap_or(0);
    Some(match rule {
        R::SwotOneSided if !d.quadrants.is_empty() => {
            let positive_only = d.quadrants.contains(&SwotQuadrant::Weaknesses);
            match (positive_only, lang) {
                (true, Language::Fr) => "La grille SWOT ne montre que les bons côtés".to_string(),
                (true, Language::En) => "The SWOT grid shows only the bright side".to_string(),
                (false, Language::Fr) => "La grille SWOT ne montre que les difficultés".to_string(),
                (false, Language::En) => "The SWOT grid shows only the difficulties".to_string(),
            }
        }
        R::SwotQuadrantEmpty if !d.quadrants.is_empty() => {
            let boxes = list(
                d.quadrants.iter().map(|&q| in_sentence(q.label(lang))),
                lang,
            );
            say!(
                lang,
                format!("Grille SWOT : rien dans {boxes}"),
                format!("SWOT grid: nothing under {boxes}")
            )
        }
        R::CompetitorNotDescribed if d.name.is_some() => say!(
            lang,
            format!("Le concurrent {} n'est qu'un nom", name()),
            format!("Competitor {} is just a name", name()),
        ),
        R::ReviewNotDone if d.year.is_some() => {
            let year = d.year.unwrap_or_default();
            say!(
                lang,
                format!("Le bilan du plan {year} n'est pas fait"),
                format!("The review of the {year} plan is not done"),
            )
        }
        R::ReviewIncomplete if n > 0 => say!(
            lang,
            format!(
                "{n} {} de l'an dernier sans décision",
                plural(n, "action", "actions")
            ),
            format!(
                "{n} of last year's actions {} no decision",
                plural(n, "has", "have")
            ),
        ),
        R::AbandonedActionKept if d.name.is_some() => say!(
            lang,
            format!("{} a été abandonnée au bilan mais reste au plan", name()),
            format!(
                "{} was dropped in the review but is still in the plan",
                name()
            ),
        ),
        R::AllSegmentsPrimary if n > 0 => say!(
            lang,
            format!("Les {n} cibles sont toutes prioritaires"),
            format!("All {n} target groups are a priority"),
        ),
        R::PersonaWithoutSegment if d.name.is_some() => say!(
            lang,
            format!("Le client type {} n'est rattaché à aucune cible", name()),
            format!("Typical customer {} belongs to no target group", name()),
        ),
        R::PremiumWithDiscounts if d.name.is_some() => {
            let word = quote(d.word.as_deref(), lang);
            say!(
                lang,
                format!(
                    "{} parle de {word} alors que vous visez le haut de gamme",
                    name()
                ),
                format!(
                    "{} mentions {word} although you position yourself upmarket",
                    name()
                ),
            )
        }
        R::ObjectiveNotMeasurable if d.name.is_some() => say!(
            lang,
            format!("{} n'est pas mesurable", name()),
            format!("{} cannot be measured", name()),
        ),
        R::ObjectiveNotDated if d.name.is_some() => say!(
            lang,
            format!("{} n'a pas d'échéance", name()),
            format!("{} has no deadline", name()),
        ),
        R::ObjectiveDeadlineOutsideYear if d.date.is_some() && d.year.is_some() => {
            let (date, year) = (date(d.date, lang), d.year.unwrap_or_default());
            say!(
                lang,
                format!("L'échéance de {} ({date}) tombe hors de {year}", name()),
                format!("The deadline of {} ({date}) falls outside {year}", name()),
            )
        }
        R::ObjectiveNoBaseline if d.name.is_some() => say!(
            lang,
            format!("{} n'a pas de point de départ", name()),
            format!("{} has no starting point", name()),
        ),
        R::ObjectiveTargetEqualsBaseline if d.name.is_some() => say!(
            lang,
            format!("{} vise exactement son point de départ", name()),
            format!("{} aims exactly at its starting point", name()),
        ),
        R::ObjectiveVague if d.name.is_some() => say!(
            lang,
            format!("{} est formulé de façon vague", name()),
            format!("{} is worded vaguely", name()),
        ),
        R::TooManyObjectives if n > 0 => {
            let limit = d.limit.unwrap_or_default();
            say!(
                lang,
                format!("{n} objectifs principaux : c'est trop (au plus {limit})"),
                format!("{n} main objectives: too many (at most {limit})"),
            )
        }
        R::DuplicateObjective if d.name.is_some() => say!(
            lang,
            format!("{} apparaît deux fois", name()),
            format!("{} appears twice", name()),
        ),
        R::SeveralNorthStars if n > 0 => say!(
            lang,
            format!("{n} objectifs sont marqués étoile du Nord"),
            format!("{n} objectives are marked as the North Star"),
        ),
        R::ObjectiveDraft if d.name.is_some() => say!(
            lang,
            format!("{} est repris de l'an dernier sans confirmation", name()),
            format!(
                "{} was carried over from last year and is not confirmed",
                name()
            ),
        ),
        R::SubObjectiveAfterParent if d.name.is_some() => {
            let parent = quote(d.other_name.as_deref(), lang);
            say!(
                lang,
                format!("{} est daté après l'objectif {parent} qu'il sert", name()),
                format!("{} is due after {parent}, the objective it serves", name()),
            )
        }
        R::ObjectiveWithoutAction if d.name.is_some() => say!(
            lang,
            format!("Aucune action ne sert {}", name()),
            format!("No action serves {}", name()),
        ),
        R::ActionWithoutObjective if d.name.is_some() => say!(
            lang,
            format!("{} ne sert aucun objectif", name()),
            format!("{} serves no objective", name()),
        ),
        R::ActionStartsAfterDeadline if d.name.is_some() => say!(
            lang,
            format!(
                "{} commence après l'échéance des objectifs qu'elle sert",
                name()
            ),
            format!(
                "{} starts after the deadlines of the objectives it serves",
                name()
            ),
        ),
        R::ObjectiveWithoutKpi if d.name.is_some() => say!(
            lang,
            format!("Aucun indicateur ne suit {}", name()),
            format!("No indicator follows {}", name()),
        ),
        R::ObjectiveNotComparable if d.name.is_some() && d.word.is_some() => {
            let units = d.word.as_deref().unwrap_or_default();
            let unit = d.other_name.as_deref().unwrap_or_default();
            say!(
                lang,
                format!("{} se mesure en {unit}, ses indicateurs en {units}", name()),
                format!("{} is set in {unit}, its indicators count {units}", name()),
            )
        }
        R::KpiNoTarget if d.name.is_some() => say!(
            lang,
            format!("L'indicateur {} n'a pas de cible", name()),
            format!("Indicator {} has no target", name()),
        ),
        R::KpiNoTool if d.name.is_some() => say!(
            lang,
            format!("Où lit-on l'indicateur {} ?", name()),
            format!("Where is indicator {} read?", name()),
        ),
        R::KpiNoFrequency if d.name.is_some() => say!(
            lang,
            format!("À quelle fréquence mesurer {} ?", name()),
            format!("How often should {} be measured?", name()),
        ),
        R::KpiWithoutObjective if d.name.is_some() => say!(
            lang,
            format!("L'indicateur {} n'est relié à aucun objectif", name()),
            format!("Indicator {} is linked to no objective", name()),
        ),
        R::MixLeverEmpty | R::MixServiceLeverEmpty if !d.levers.is_empty() => {
            let levers = list(d.levers.iter().map(|&l| in_sentence(l.label(lang))), lang);
            say!(
                lang,
                format!("Rien n'est décidé pour : {levers}"),
                format!("Nothing is decided for: {levers}")
            )
        }
        R::ActionNoOwner if d.name.is_some() => say!(
            lang,
            format!("{} n'a pas de responsable", name()),
            format!("{} has no one in charge", name()),
        ),
        R::ActionNotDated if d.name.is_some() => say!(
            lang,
            format!("{} n'a pas de dates de début et de fin", name()),
            format!("{} has no start and end dates", name()),
        ),
        R::ActionNoBudget if d.name.is_some() => say!(
            lang,
            format!("{} n'a pas de budget prévu", name()),
            format!("{} has no planned budget", name()),
        ),
        R::ActionEndsBeforeStart if d.name.is_some() => say!(
            lang,
            format!("{} finit avant d'avoir commencé", name()),
            format!("{} ends before it starts", name()),
        ),
        R::OwnerOverloaded if d.name.is_some() && d.total.is_some() => {
            let (owner, total) = (
                d.name.as_deref().unwrap_or_default(),
                d.total.unwrap_or_default(),
            );
            say!(
                lang,
                format!("{owner} porte {n} actions sur {total}"),
                format!("{owner} carries {n} actions out of {total}"),
            )
        }
        R::SingleChannel if d.channel.is_some() => {
            let channel = d
                .channel
                .map(|c| in_sentence(c.label(lang)))
                .unwrap_or_default();
            say!(
                lang,
                format!("Les {n} actions passent toutes par : {channel}"),
                format!("All {n} actions go through: {channel}"),
            )
        }
        R::ActionsOneQuarter if d.quarter.is_some() && d.year.is_some() => {
            let (q, year) = (d.quarter.unwrap_or_default(), d.year.unwrap_or_default());
            say!(
                lang,
                format!(
                    "Les {n} actions démarrent toutes au {q}{} trimestre {year}",
                    if q == 1 { "er" } else { "e" }
                ),
                format!("All {n} actions start in Q{q} {year}"),
            )
        }
        R::NoActionFirstQuarter if d.year.is_some() => {
            let year = d.year.unwrap_or_default();
            say!(
                lang,
                format!("Aucune action entre janvier et mars {year}"),
                format!("No action between January and March {year}"),
            )
        }
        R::BudgetOverEnvelope if d.amount.is_some() && d.limit_amount.is_some() => {
            let planned = money(d.amount, d.currency.as_deref(), lang);
            let envelope = money(d.limit_amount, d.currency.as_deref(), lang);
            say!(
                lang,
                format!("Les actions prévoient {planned} pour une enveloppe de {envelope}"),
                format!("The actions plan {planned} for an envelope of {envelope}"),
            )
        }
        R::ActionOverspent if d.amount.is_some() && d.limit_amount.is_some() => {
            let spent = money(d.amount, d.currency.as_deref(), lang);
            let planned = money(d.limit_amount, d.currency.as_deref(), lang);
            say!(
                lang,
                format!("{} a coûté {spent} pour {planned} prévus", name()),
                format!("{} cost {spent} against {planned} planned", name()),
            )
        }
        R::KpiNotMeasured if d.name.is_some() => {
            // "chaque mois" / "every month": the frequency as the KPI step offers it.
            let how_often = d
                .frequency
                .map(|f| in_sentence(f.label(lang)))
                .unwrap_or_default();
            match d.date {
                Some(last) => say!(
                    lang,
                    format!(
                        "{} n'a pas été mesuré depuis le {} (mesure prévue : {how_often})",
                        name(),
                        date(Some(last), lang)
                    ),
                    format!(
                        "{} has not been measured since {} (to be measured: {how_often})",
                        name(),
                        date(Some(last), lang)
                    ),
                ),
                None => say!(
                    lang,
                    format!(
                        "{} n'a pas encore été mesuré cette année (mesure prévue : {how_often})",
                        name()
                    ),
                    format!(
                        "{} has not been measured yet this year (to be measured: {how_often})",
                        name()
                    ),
                ),
            }
        }
        R::ActionOutsideYear if d.year.is_some() => {
            let year = d.year.unwrap_or_default();
            say!(
                lang,
                format!("{} a lieu entièrement hors de {year}", name()),
                format!("{} takes place entirely outside {year}", name()),
            )
        }
        R::MilestoneOutsideAction if d.other_name.is_some() => {
            let milestone = quote(d.other_name.as_deref(), lang);
            let more = n.saturating_sub(1);
            let others = match (more, lang) {
                (0, _) => String::new(),
                (m, Language::Fr) => format!(" (et {m} autre{})", plural(m, "", "s")),
                (m, Language::En) => format!(" (and {m} other{})", plural(m, "", "s")),
            };
            say!(
                lang,
                format!(
                    "Le jalon {milestone}{others} tombe hors des dates de {}",
                    name()
                ),
                format!(
                    "Milestone {milestone}{others} falls outside the dates of {}",
                    name()
                ),
            )
        }
        R::TooManyActions if n > 0 && d.limit.is_some() => {
            let limit = d.limit.unwrap_or_default();
            let size = d.size.map(|s| size_name(s, lang)).unwrap_or_default();
            say!(
                lang,
                format!("{n} actions, c'est beaucoup pour {size} (au plus {limit})"),
                format!("{n} actions is a lot for {size} (at most {limit})"),
            )
        }
        R::ActionOverdue if d.date.is_some() => say!(
            lang,
            format!(
                "{} devait finir le {} et n'est pas terminée",
                name(),
                date(d.date, lang)
            ),
            format!(
                "{} was due to end on {} and is not finished",
                name(),
                date(d.date, lang)
            ),
        ),
        R::ObjectiveBehind | R::ObjectiveDriftUnanswered | R::KpiBehind
            if d.value.is_some() && d.expected.is_some() =>
        {
            let unit = d.unit.as_deref().unwrap_or_default();
            let measured = crate::labels::quantity(d.value, unit, lang);
            let expected = crate::labels::quantity(d.expected, unit, lang);
            let on = date(d.date, lang);
            match rule {
                R::ObjectiveDriftUnanswered => say!(
                    lang,
                    format!(
                        "{} reste en retard sans ajustement noté : {measured} au {on} pour {expected} attendus",
                        name()
                    ),
                    format!(
                        "{} stays behind with no adjustment noted: {measured} on {on} against {expected} expected",
                        name()
                    ),
                ),
                _ => say!(
                    lang,
                    format!("{} est en retard : {measured} au {on} pour {expected} attendus", name()),
                    format!("{} is behind: {measured} on {on} against {expected} expected", name()),
                ),
            }
        }
        R::SpendOverEnvelope if d.amount.is_some() && d.limit_amount.is_some() => {
            let spent = money(d.amount, d.currency.as_deref(), lang);
            let envelope = money(d.limit_amount, d.currency.as_deref(), lang);
            say!(
                lang,
                format!("{spent} déjà dépensés pour une enveloppe de {envelope}"),
                format!("{spent} already spent against an envelope of {envelope}"),
            )
        }
        R::SpendAhead if d.amount.is_some() && d.limit_amount.is_some() => {
            let spent = money(d.amount, d.currency.as_deref(), lang);
            let planned = money(d.limit_amount, d.currency.as_deref(), lang);
            say!(
                lang,
                format!(
                    "{spent} dépensés au {} pour {planned} prévus à cette date",
                    date(d.date, lang)
                ),
                format!(
                    "{spent} spent by {} against {planned} planned by then",
                    date(d.date, lang)
                ),
            )
        }
        R::ActionsReachNoPersona if !d.channels.is_empty() => {
            let channels = channel_list(&d.channels, lang);
            say!(
                lang,
                format!("Aucun de vos clients types n'est touché par les canaux de vos actions ({channels})"),
                format!("None of your typical customers is reached through your actions' channels ({channels})"),
            )
        }
        R::PersonaChannelsUnused if d.name.is_some() => {
            let channels = channel_list(&d.channels, lang);
            say!(
                lang,
                format!(
                    "Aucune action ne passe par les canaux de {} ({channels})",
                    name()
                ),
                format!(
                    "No action goes through the channels of {} ({channels})",
                    name()
                ),
            )
        }
        R::ChannelsUnfitMarket if !d.channels.is_empty() => {
            let channels = channel_list(&d.channels, lang);
            say!(
                lang,
                format!("Toutes vos actions passent par ces canaux : {channels} ; est-ce là que vos clients décident ?"),
                format!("All your actions use these channels: {channels}; is that where your customers decide?"),
            )
        }
        R::PrimarySegmentUntargeted if d.name.is_some() => say!(
            lang,
            format!("Aucune action n'est pour la cible prioritaire {}", name()),
            format!("No action is for {}, a priority target group", name()),
        ),
        R::BudgetOnLaterSegment if d.name.is_some() && d.amount.is_some() => {
            let spent = money(d.amount, d.currency.as_deref(), lang);
            let part = crate::labels::percent(d.share.unwrap_or_default(), lang);
            say!(
                lang,
                format!(
                    "{spent} ({part} du budget) vont à {}, gardée pour plus tard",
                    name()
                ),
                format!(
                    "{spent} ({part} of the budget) goes to {}, kept for later",
                    name()
                ),
            )
        }
        R::ObjectiveOutOfReach if d.name.is_some() && d.amount.is_some() => {
            let extra = money(d.amount, d.currency.as_deref(), lang);
            let budget = money(d.limit_amount, d.currency.as_deref(), lang);
            say!(
                lang,
                format!(
                    "{} : {extra} de plus avec {budget} de budget, est-ce atteignable ?",
                    name()
                ),
                format!(
                    "{}: {extra} more with a budget of {budget}, is it within reach?",
                    name()
                ),
            )
        }
        R::ObjectiveOutOfReach if d.name.is_some() && d.share.is_some() => {
            let growth = crate::labels::percent(d.share.unwrap_or_default(), lang);
            say!(
                lang,
                format!(
                    "{} : +{growth} avec une seule action, est-ce atteignable ?",
                    name()
                ),
                format!(
                    "{}: +{growth} with a single action, is it within reach?",
                    name()
                ),
            )
        }
        R::KpiYearMissesObjective if d.name.is_some() && d.value.is_some() => {
            let unit = d.unit.as_deref().unwrap_or_default();
            let year = crate::labels::quantity(d.value, unit, lang);
            let target = crate::labels::quantity(d.expected, unit, lang);
            let objective = quote(d.other_name.as_deref(), lang);
            say!(
                lang,
                format!("Sur l'année, {} fait {year} ; l'objectif {objective} vise {target}", name()),
                format!("Over the year, {} adds up to {year}; the objective {objective} aims at {target}", name()),
            )
        }
        R::ObjectiveAudienceOnly if d.name.is_some() => {
            let kpi = quote(d.other_name.as_deref(), lang);
            say!(
                lang,
                format!(
                    "{} n'est suivi que par des chiffres d'audience, comme {kpi}",
                    name()
                ),
                format!(
                    "{} is followed only by audience figures, such as {kpi}",
                    name()
                ),
            )
        }
        R::NorthStarUnderfunded if d.name.is_some() && d.share.is_some() => {
            let star = crate::labels::percent(d.share.unwrap_or_default(), lang);
            let other = crate::labels::percent(d.value.unwrap_or_default(), lang);
            let minor = quote(d.other_name.as_deref(), lang);
            say!(
                lang,
                format!(
                    "L'étoile du Nord {} reçoit {star} du budget, {minor} en prend {other}",
                    name()
                ),
                format!(
                    "The North Star {} gets {star} of the budget, {minor} takes {other}",
                    name()
                ),
            )
        }
        R::BudgetOnOneAction if d.name.is_some() && d.share.is_some() => {
            let part = crate::labels::percent(d.share.unwrap_or_default(), lang);
            let amount = money(d.amount, d.currency.as_deref(), lang);
            say!(
                lang,
                format!("{} prend {part} du budget ({amount})", name()),
                format!("{} takes {part} of the budget ({amount})", name()),
            )
        }
        R::PlaceholderLeft if d.word.is_some() => {
            let word = d.word.as_deref().unwrap_or_default();
            let more = n.saturating_sub(1);
            // A name that is the placeholder itself ("[Nearest competitor]") is said once.
            let named = d.name.as_deref().filter(|n| n.trim() != word);
            match (named, more) {
                (Some(_), 0) => say!(
                    lang,
                    format!("{} : « {word} » reste à remplacer", name()),
                    format!("{}: “{word}” is left to replace", name()),
                ),
                (None, 0) => say!(
                    lang,
                    format!("« {word} » reste à remplacer"),
                    format!("“{word}” is left to replace"),
                ),
                (_, more) => say!(
                    lang,
                    format!(
                        "« {word} » et {more} autre{} texte{} entre crochets à remplacer",
                        plural(more, "", "s"),
                        plural(more, "", "s")
                    ),
                    format!(
                        "“{word}” and {more} other bracketed text{} to replace",
                        plural(more, "", "s")
                    ),
                ),
            }
        }
        R::ExampleFigure if d.word.is_some() => {
            let field = match (d.word.as_deref(), lang) {
                (Some("envelope"), Language::Fr) => "L'enveloppe",
                (Some("envelope"), Language::En) => "The envelope",
                (Some("baseline"), Language::Fr) => "La valeur de départ",
                (Some("baseline"), Language::En) => "The baseline",
                (Some("figures"), Language::Fr) => "Les chiffres",
                (Some("figures"), Language::En) => "The figures",
                (_, Language::Fr) => "La cible",
                (_, Language::En) => "The target",
            };
            let several = d.word.as_deref() == Some("figures");
            let (fr_verb, en_verb) = match several {
                true => ("sont des chiffres d'exemple", "are example figures"),
                false => ("est un chiffre d'exemple", "is an example figure"),
            };
            match d.name.as_deref() {
                Some(_) => say!(
                    lang,
                    format!("{field} de {} {fr_verb} à confirmer", name()),
                    format!("{field} of {} {en_verb} to confirm", name()),
                ),
                None => say!(
                    lang,
                    format!("{field} {fr_verb} à confirmer"),
                    format!("{field} {en_verb} to confirm"),
                ),
            }
        }
        _ => return None,
    })
}

/// Channels separated by commas ("réseaux sociaux, imprimés et courriers"): with no final "and",
/// since some labels hold one.
fn channel_list(channels: &[crate::plan::Channel], lang: Language) -> String {
    let labels: Vec<String> = channels
        .iter()
        .map(|&c| in_sentence(c.label(lang)))
        .collect();
    labels.join(", ")
}

/// A name in quotation marks, or "untitled" for a blank one.
fn quote(name: Option<&str>, lang: Language) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => say!(lang, format!("« {n} »"), format!("“{n}”")),
        None => say!(lang, "(sans titre)", "(untitled)").to_string(),
    }
}

/// The singular or plural form for a count.
fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n > 1 {
        many
    } else {
        one
    }
}

/// Items joined as "a, b et c" or "a, b and c".
fn list<S: AsRef<str>>(items: impl Iterator<Item = S>, lang: Language) -> String {
    let items: Vec<S> = items.collect();
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), say!(lang, "et", "and")),
    }
}

/// A date as "31/03/2027" or "31 Mar 2027" (the catalogue's rule), or nothing.
fn date(date: Option<NaiveDate>, lang: Language) -> String {
    date.map(|d| crate::labels::day(d, lang))
        .unwrap_or_default()
}

/// An amount with its currency, as "12 500 €" (narrow no-break spaces) or "€12,500"; cents only
/// when there are some.
pub(super) fn money(amount: Option<Money>, currency: Option<&str>, lang: Language) -> String {
    let code = currency
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .unwrap_or("EUR");
    crate::labels::money(amount.unwrap_or_default(), code, lang)
}

/// A company size, as "une TPE" or "a micro business". Not the catalogue's label ("TPE (moins
/// de 10 personnes)"): the sentence needs the size's short name with its article, which the
/// label cannot give ("une"/"a"/"an" depend on the word).
fn size_name(size: CompanySize, lang: Language) -> &'static str {
    match size {
        CompanySize::Tpe => say!(lang, "une TPE", "a micro business"),
        CompanySize::Pme => say!(lang, "une PME", "a small business"),
        CompanySize::Eti => say!(lang, "une ETI", "a mid-sized company"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_both_languages_as_the_pdf_and_the_screen_print_it() {
        let m = |c| Some(Money(c));
        assert_eq!(
            money(m(1_250_000), Some("EUR"), Language::Fr),
            "12\u{202f}500\u{a0}€"
        );
        assert_eq!(money(m(1_250_050), Some("EUR"), Language::En), "€12,500.50");
        assert_eq!(money(m(99_900), Some("CHF"), Language::Fr), "999\u{a0}CHF");
        assert_eq!(money(m(99_900), Some("CHF"), Language::En), "CHF\u{a0}999");
        assert_eq!(
            money(m(100_000_000), Some("usd"), Language::En),
            "$1,000,000"
        );
        assert_eq!(money(m(-500), None, Language::Fr), "-5\u{a0}€");
    }

    #[test]
    fn lists_read_naturally() {
        let three = ["a", "b", "c"];
        assert_eq!(list(three.into_iter(), Language::Fr), "a, b et c");
        assert_eq!(list(three[..1].iter().copied(), Language::En), "a");
        assert_eq!(list(three[..2].iter().copied(), Language::En), "a and b");
    }
}
