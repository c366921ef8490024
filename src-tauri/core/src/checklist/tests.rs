//! Tests of the checklist: for every rule, a plan that triggers it and a near-identical one that
//! does not; the catalogue's ids and texts; dismissals; the score; the report's order and shape.
//!
//! Plans are built from `Plan::blank` by `good_plan`, a small plan that triggers no rule at all.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::*;
use crate::plan::*;

/// A date, for tests only.
fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("valid test date")
}

/// The evaluation date most cases use: before the plan year starts.
fn before_year() -> NaiveDate {
    d(2026, 12, 15)
}

/// A complete, SMART objective.
fn objective(id: u32, title: &str, baseline: f64, target: f64, deadline: NaiveDate) -> Objective {
    Objective {
        monthly_profile: None,
        id: ObjectiveId(id),
        title: title.into(),
        category: ObjectiveCategory::Business,
        metric: "ventes".into(),
        baseline: Some(baseline),
        target: Some(target),
        unit: "€".into(),
        deadline: Some(deadline),
        parent_id: None,
        key_results: vec![],
        north_star: false,
        draft: false,
    }
}

/// A complete action with an owner, dates, a 500 € budget and one milestone inside its dates.
#[allow(clippy::too_many_arguments)]
fn action(
    id: u32,
    title: &str,
    objectives: &[u32],
    lever: Lever,
    channel: Channel,
    owner: &str,
    start: NaiveDate,
    end: NaiveDate,
) -> Action {
    Action {
        segment_ids: vec![],
        persona_ids: vec![],
        id: ActionId(id),
        title: title.into(),
        description: String::new(),
        objective_ids: objectives.iter().map(|&o| ObjectiveId(o)).collect(),
        lever: Some(lever),
        channel: Some(channel),
        owner: owner.into(),
        start: Some(start),
        end: Some(end),
        milestones: vec![Milestone {
            title: "Lancement".into(),
            date: Some(start),
            done: false,
        }],
        planned_budget: Some(Money::from_units(500)),
        actual_spend: None,
        status: ActionStatus::Planned,
        correction_note: String::new(),
    }
}

/// A complete KPI, measured monthly.
fn kpi(id: u32, name: &str, objective: u32) -> Kpi {
    Kpi {
        counts: KpiCounts::Level,
        id: KpiId(id),
        name: name.into(),
        objective_id: Some(ObjectiveId(objective)),
        baseline: Some(0.0),
        target: Some(100.0),
        unit: String::new(),
        frequency: Some(Frequency::Monthly),
        tool: "Caisse".into(),
        measurements: vec![],
    }
}

/// A small bakery's plan for 2027 that triggers no rule before the year starts.
fn good_plan() -> Plan {
    let mut p = Plan::blank("Test", 2027, Language::Fr);
    p.company.sector = "Boulangerie".into();
    p.company.size = Some(CompanySize::Tpe);
    p.company.market_type = Some(MarketType::B2c);

    let dg = &mut p.diagnostic;
    dg.market.size = "2 000 foyers dans le quartier".into();
    dg.market.growth = "Stable".into();
    dg.market.maturity = Some(MarketMaturity::Mature);
    dg.market.outlook = "Nouveaux logements en 2027".into();
    dg.competitors = vec![
        Competitor {
            id: CompetitorId(1),
            name: "Boulangerie Martin".into(),
            offer: "Pain et viennoiseries".into(),
            positioning: "Tradition".into(),
            price_level: Some(PriceLevel::Mid),
            differentiators: "Ouvert le lundi".into(),
        },
        Competitor {
            id: CompetitorId(2),
            name: "Supermarché".into(),
            offer: "Pain industriel".into(),
            positioning: "Prix".into(),
            price_level: Some(PriceLevel::Budget),
            differentiators: "Parking".into(),
        },
    ];
    dg.offer.description = "Pains au levain, viennoiseries, gâteaux de fête".into();
    dg.audience = "Familles et actifs du quartier, le matin et le samedi".into();
    dg.swot.strengths = vec!["Levain maison".into()];
    dg.swot.weaknesses = vec!["Pas de site".into()];
    dg.swot.opportunities = vec!["Nouveaux logements".into()];
    dg.swot.threats = vec!["Prix du beurre".into()];
    dg.pestel.political = "-".into();
    dg.pestel.economic = "Inflation".into();
    dg.pestel.social = "Goût du local".into();
    dg.pestel.technological = "Click and collect".into();
    dg.pestel.environmental = "Énergie".into();
    dg.pestel.legal = "Affichage des allergènes".into();

    p.targets.segments = vec![
        Segment {
            id: SegmentId(1),
            name: "Actifs du quartier".into(),
            criteria: "25-50 ans".into(),
            size: "800".into(),
            attractiveness: Some(Level::High),
            priority: Some(Priority::Primary),
        },
        Segment {
            id: SegmentId(2),
            name: "Entreprises voisines".into(),
            criteria: "Réunions".into(),
            size: "40".into(),
            attractiveness: Some(Level::Medium),
            priority: Some(Priority::Secondary),
        },
    ];
    p.targets.personas = vec![Persona {
        channels_note: String::new(),
        id: PersonaId(1),
        name: "Claire".into(),
        segment_id: Some(SegmentId(1)),
        role: "Infirmière".into(),
        goals: "Du bon pain vite".into(),
        pains: "Horaires".into(),
        channels: vec![Channel::SocialMedia, Channel::InStore],
        buying_habits: "Le matin".into(),
    }];

    p.positioning.value_proposition = "Du pain au levain cuit deux fois par jour".into();
    p.positioning.price_level = Some(PriceLevel::Mid);
    p.positioning.differentiation = vec![DifferentiationRow {
        criterion: "Fraîcheur".into(),
        us: "Deux fournées".into(),
        competitors: vec![DifferentiationCell {
            competitor_id: CompetitorId(1),
            value: "Une".into(),
        }],
    }];

    let mut north = objective(
        1,
        "Passer de 800 à 1 000 clients fidèles",
        800.0,
        1000.0,
        d(2027, 12, 31),
    );
    north.north_star = true;
    let online = objective(
        2,
        "Atteindre 30 000 € de ventes en ligne",
        20_000.0,
        30_000.0,
        d(2027, 11, 30),
    );
    let mut card = objective(
        3,
        "150 cartes de fidélité d'ici juin",
        0.0,
        150.0,
        d(2027, 6, 30),
    );
    card.parent_id = Some(ObjectiveId(1));
    p.objectives = vec![north, online, card];

    p.mix = MarketingMix {
        product: "Une gamme bio".into(),
        price: "Prix inchangés".into(),
        place: "Click and collect".into(),
        promotion: "Instagram et vitrine".into(),
        people: "Accueil souriant".into(),
        process: "Commande la veille".into(),
        physical_evidence: "Vitrine refaite".into(),
    };

    p.actions = vec![
        action(
            1,
            "Carte de fidélité",
            &[3],
            Lever::Product,
            Channel::InStore,
            "Marie",
            d(2027, 1, 15),
            d(2027, 3, 31),
        ),
        action(
            2,
            "Boutique en ligne",
            &[2],
            Lever::Place,
            Channel::Website,
            "Paul",
            d(2027, 4, 1),
            d(2027, 6, 30),
        ),
        action(
            3,
            "Newsletter mensuelle",
            &[1],
            Lever::Promotion,
            Channel::Email,
            "Marie",
            d(2027, 7, 1),
            d(2027, 9, 30),
        ),
        action(
            4,
            "Marché de Noël",
            &[1, 2],
            Lever::Price,
            Channel::Events,
            "Paul",
            d(2027, 10, 1),
            d(2027, 12, 20),
        ),
    ];
    p.budget.envelope = Some(Money::from_units(5_000));
    p.kpis = vec![
        kpi(1, "Clients fidèles", 1),
        kpi(2, "Ventes en ligne", 2),
        kpi(3, "Cartes remplies", 3),
    ];
    p
}

/// The rule ids found on a plan as of a date.
fn found(plan: &Plan, today: NaiveDate) -> Vec<RuleId> {
    evaluate(plan, today)
        .into_iter()
        .map(|f| f.rule_id)
        .collect()
}

/// A plan edit that triggers a rule, and a near-identical one that does not.
struct Case {
    trigger: fn(&mut Plan),
    miss: fn(&mut Plan),
    today: NaiveDate,
}

/// The case for each rule; the match is exhaustive, so a new rule cannot go untested.
fn case(rule: RuleId) -> Case {
    use RuleId as R;
    let c = |trigger: fn(&mut Plan), miss: fn(&mut Plan)| Case {
        trigger,
        miss,
        today: before_year(),
    };
    let on = |today: NaiveDate, trigger: fn(&mut Plan), miss: fn(&mut Plan)| Case {
        trigger,
        miss,
        today,
    };
    match rule {
        R::SwotEmpty => c(
            |p| {
                p.diagnostic.swot = Swot {
                    strengths: vec![],
                    weaknesses: vec![],
                    opportunities: vec![],
                    threats: vec![],
                }
            },
            |p| {
                p.diagnostic.swot = Swot {
                    strengths: vec![],
                    weaknesses: vec![],
                    opportunities: vec![],
                    threats: vec!["x".into()],
                }
            },
        ),
        R::SwotOneSided => c(
            |p| {
                p.diagnostic.swot.weaknesses.clear();
                p.diagnostic.swot.threats.clear();
            },
            |p| p.diagnostic.swot.weaknesses.clear(),
        ),
        R::SwotQuadrantEmpty => c(
            |p| p.diagnostic.swot.threats = vec!["  ".into()],
            |p| p.diagnostic.swot.threats = vec!["Une chaîne ouvre en face".into()],
        ),
        R::NoCompetitor => c(
            |p| p.diagnostic.competitors.clear(),
            |p| p.diagnostic.competitors.truncate(1),
        ),
        R::CompetitorNotDescribed => c(
            |p| {
                let c = &mut p.diagnostic.competitors[1];
                (c.offer, c.positioning, c.differentiators, c.price_level) =
                    (String::new(), " ".into(), String::new(), None);
            },
            |p| {
                let c = &mut p.diagnostic.competitors[1];
                (c.offer, c.positioning, c.differentiators) =
                    (String::new(), " ".into(), String::new());
            },
        ),
        R::PestelNotDone => c(
            |p| p.diagnostic.pestel = Plan::blank("x", 2027, Language::Fr).diagnostic.pestel,
            |p| {
                p.diagnostic.pestel = Plan::blank("x", 2027, Language::Fr).diagnostic.pestel;
                p.diagnostic.pestel.legal = "Loi Egalim".into();
            },
        ),
        R::MarketNotDescribed => c(
            |p| p.diagnostic.market = Plan::blank("x", 2027, Language::Fr).diagnostic.market,
            |p| {
                p.diagnostic.market = Plan::blank("x", 2027, Language::Fr).diagnostic.market;
                p.diagnostic.market.maturity = Some(MarketMaturity::Growing);
            },
        ),
        R::AudienceNotDescribed => c(
            |p| p.diagnostic.audience = " \n".into(),
            |p| p.diagnostic.audience = "Familles".into(),
        ),
        R::OfferNotDescribed => c(
            |p| p.diagnostic.offer.description.clear(),
            |p| p.diagnostic.offer.description = "Pains".into(),
        ),
        R::DiagnosticToReview => c(
            |p| p.diagnostic.to_review = true,
            |p| p.diagnostic.to_review = false,
        ),

        R::ReviewNotDone => c(
            |p| renewal(p, &[None], "Les salons coûtent cher"),
            |p| renewal(p, &[Some(ReviewDecision::Keep)], "Les salons coûtent cher"),
        ),
        R::ReviewIncomplete => c(
            |p| {
                renewal(
                    p,
                    &[Some(ReviewDecision::Keep), None],
                    "Les salons coûtent cher",
                )
            },
            |p| {
                renewal(
                    p,
                    &[Some(ReviewDecision::Keep), Some(ReviewDecision::Correct)],
                    "Les salons coûtent cher",
                )
            },
        ),
        R::AbandonedActionKept => c(
            |p| {
                renewal(p, &[Some(ReviewDecision::Abandon)], "Trop de stock");
                p.review.actions[0].title = "  MARCHÉ   de noël ".into();
            },
            |p| {
                renewal(p, &[Some(ReviewDecision::Correct)], "Trop de stock");
                p.review.actions[0].title = "  MARCHÉ   de noël ".into();
            },
        ),
        R::ReviewNoLessons => c(
            |p| renewal(p, &[Some(ReviewDecision::Keep)], " "),
            |p| {
                renewal(
                    p,
                    &[Some(ReviewDecision::Keep)],
                    "Le marché de Noël rapporte",
                )
            },
        ),

        R::NoSegment => c(
            |p| {
                p.targets.segments.clear();
                p.targets.personas[0].segment_id = None;
            },
            |p| p.targets.segments.truncate(1),
        ),
        R::NoPersona => c(
            |p| p.targets.personas.clear(),
            |p| p.targets.personas.truncate(1),
        ),
        R::AllSegmentsPrimary => c(
            |p| p.targets.segments[1].priority = Some(Priority::Primary),
            |p| p.targets.segments[1].priority = None,
        ),
        R::PersonaWithoutSegment => c(
            |p| p.targets.personas[0].segment_id = None,
            |p| p.targets.personas[0].segment_id = Some(SegmentId(2)),
        ),
        R::NoValueProposition => c(
            |p| p.positioning.value_proposition.clear(),
            |p| p.positioning.value_proposition = "Le meilleur levain".into(),
        ),
        R::NoDifferentiation => c(
            |p| p.positioning.differentiation.clear(),
            |p| p.positioning.differentiation.truncate(1),
        ),
        R::NoPriceLevel => c(
            |p| p.positioning.price_level = None,
            |p| p.positioning.price_level = Some(PriceLevel::Budget),
        ),
        R::PremiumWithDiscounts => c(
            |p| {
                p.positioning.price_level = Some(PriceLevel::Premium);
                p.actions[2].description = "Un code promo pour les abonnés".into();
            },
            |p| {
                p.positioning.price_level = Some(PriceLevel::Mid);
                p.actions[2].description = "Un code promo pour les abonnés".into();
            },
        ),

        R::NoObjective => c(
            |p| {
                p.objectives.clear();
                p.actions.iter_mut().for_each(|a| a.objective_ids.clear());
                p.kpis.iter_mut().for_each(|k| k.objective_id = None);
            },
            |p| p.objectives.truncate(1),
        ),
        R::ObjectiveNotMeasurable => c(
            |p| p.objectives[1].target = None,
            |p| {
                p.objectives[1].target = None;
                p.objectives[1].key_results = vec![KeyResult {
                    title: "Commandes en ligne".into(),
                    target: Some(600.0),
                    unit: String::new(),
                }];
            },
        ),
        R::ObjectiveNotDated => c(
            |p| p.objectives[1].deadline = None,
            |p| p.objectives[1].deadline = Some(d(2027, 6, 30)),
        ),
        R::ObjectiveDeadlineOutsideYear => c(
            |p| p.objectives[1].deadline = Some(d(2028, 1, 15)),
            |p| p.objectives[1].deadline = Some(d(2027, 12, 31)),
        ),
        R::ObjectiveNoBaseline => c(
            |p| p.objectives[1].baseline = None,
            |p| p.objectives[1].baseline = Some(0.0),
        ),
        R::ObjectiveTargetEqualsBaseline => c(
            |p| p.objectives[1].baseline = Some(30_000.0),
            |p| p.objectives[1].baseline = Some(29_999.0),
        ),
        R::ObjectiveVague => c(
            |p| {
                p.objectives[1].title = "Augmenter les ventes en ligne".into();
                p.objectives[1].target = None;
            },
            |p| p.objectives[1].title = "Augmenter les ventes en ligne".into(),
        ),
        R::TooManyObjectives => c(|p| extra_objectives(p, 4), |p| extra_objectives(p, 3)),
        R::DuplicateObjective => c(
            |p| {
                p.objectives.push(objective(
                    9,
                    " passer de 800 à 1 000   CLIENTS fidèles",
                    0.0,
                    1.0,
                    d(2027, 6, 1),
                ))
            },
            |p| {
                p.objectives.push(objective(
                    9,
                    "Passer de 800 à 1 100 clients fidèles",
                    0.0,
                    1.0,
                    d(2027, 6, 1),
                ))
            },
        ),
        R::NoNorthStar => c(
            |p| p.objectives[0].north_star = false,
            |p| {
                p.objectives[0].north_star = false;
                p.objectives[1].north_star = true;
            },
        ),
        R::SeveralNorthStars => c(
            |p| p.objectives[1].north_star = true,
            |p| p.objectives[1].north_star = false,
        ),
        R::ObjectiveDraft => c(
            |p| p.objectives[1].draft = true,
            |p| p.objectives[1].draft = false,
        ),
        R::SubObjectiveAfterParent => c(
            |p| p.objectives[0].deadline = Some(d(2027, 5, 31)),
            |p| p.objectives[0].deadline = Some(d(2027, 6, 30)),
        ),

        R::ObjectiveWithoutAction => c(
            |p| {
                p.actions[0].objective_ids = vec![ObjectiveId(2)];
                p.actions[2].objective_ids = vec![ObjectiveId(2)];
                p.actions[3].objective_ids = vec![ObjectiveId(2)];
            },
            // The sub-objective's action still serves its parent.
            |p| {
                p.actions[2].objective_ids = vec![ObjectiveId(2)];
                p.actions[3].objective_ids = vec![ObjectiveId(2)];
            },
        ),
        R::ActionWithoutObjective => c(
            |p| p.actions[1].objective_ids.clear(),
            |p| p.actions[1].objective_ids = vec![ObjectiveId(1)],
        ),
        R::ActionStartsAfterDeadline => c(
            |p| p.actions[2].objective_ids = vec![ObjectiveId(3)],
            |p| p.actions[2].objective_ids = vec![ObjectiveId(3), ObjectiveId(1)],
        ),
        R::ObjectiveNotComparable => c(
            |p| p.kpis[0].unit = "couverts/jour".into(),
            // Thousands of euros are euros.
            |p| p.kpis[0].unit = "k€".into(),
        ),
        R::ObjectiveWithoutKpi => c(
            |p| {
                p.kpis.remove(0);
                p.kpis[1].objective_id = Some(ObjectiveId(2));
            },
            // The sub-objective's KPI still follows its parent.
            |p| {
                p.kpis.remove(0);
            },
        ),
        R::KpiNoTarget => c(
            |p| p.kpis[0].target = None,
            |p| p.kpis[0].target = Some(0.0),
        ),
        R::KpiNoTool => c(
            |p| p.kpis[0].tool = " ".into(),
            |p| p.kpis[0].tool = "Tableur".into(),
        ),
        R::KpiNoFrequency => c(
            |p| p.kpis[0].frequency = None,
            |p| p.kpis[0].frequency = Some(Frequency::Yearly),
        ),
        R::KpiWithoutObjective => c(
            |p| p.kpis[1].objective_id = None,
            |p| p.kpis[1].objective_id = Some(ObjectiveId(3)),
        ),
        R::MixLeverEmpty => c(
            |p| {
                p.mix.price.clear();
                p.actions[3].lever = Some(Lever::Promotion);
            },
            // An action on the lever counts as a decision.
            |p| p.mix.price.clear(),
        ),
        R::MixServiceLeverEmpty => c(
            clear_service_levers,
            // No face-to-face channel and no service lever in use: a web-only business.
            |p| {
                clear_service_levers(p);
                p.actions[0].channel = Some(Channel::Website);
                p.actions[3].channel = Some(Channel::SocialMedia);
            },
        ),

        R::NoAction => c(|p| p.actions.clear(), |p| p.actions.truncate(1)),
        R::ActionNoOwner => c(
            |p| p.actions[0].owner = " ".into(),
            |p| p.actions[0].owner = "Marie".into(),
        ),
        R::ActionNotDated => c(
            |p| p.actions[1].end = None,
            |p| p.actions[1].end = Some(d(2027, 6, 1)),
        ),
        R::ActionNoBudget => c(
            |p| p.actions[1].planned_budget = None,
            |p| p.actions[1].planned_budget = Some(Money(0)),
        ),
        R::ActionEndsBeforeStart => c(
            |p| p.actions[1].end = Some(d(2027, 3, 31)),
            |p| p.actions[1].end = Some(d(2027, 4, 1)),
        ),
        R::OwnerOverloaded => c(
            |p| p.actions[1].owner = "  marie ".into(),
            |p| {
                p.actions[1].owner = "Marie".into();
                p.actions[0].owner = "Paul".into();
            },
        ),
        R::SingleChannel => c(
            |p| {
                p.actions
                    .iter_mut()
                    .for_each(|a| a.channel = Some(Channel::SocialMedia))
            },
            |p| {
                p.actions
                    .iter_mut()
                    .for_each(|a| a.channel = Some(Channel::SocialMedia));
                p.actions[3].channel = Some(Channel::Email);
            },
        ),
        R::ActionsOneQuarter => c(all_in_second_quarter, |p| {
            all_in_second_quarter(p);
            (p.actions[3].start, p.actions[3].end) = (Some(d(2027, 7, 1)), Some(d(2027, 9, 30)));
        }),
        R::NoActionFirstQuarter => c(
            |p| {
                (p.actions[0].start, p.actions[0].end) = (Some(d(2027, 4, 1)), Some(d(2027, 4, 30)))
            },
            // Started last December, it runs into January.
            |p| {
                (p.actions[0].start, p.actions[0].end) =
                    (Some(d(2026, 12, 1)), Some(d(2027, 1, 10)))
            },
        ),
        R::BudgetOverEnvelope => c(
            |p| p.budget.envelope = Some(Money::from_units(1_999)),
            |p| p.budget.envelope = Some(Money::from_units(2_000)),
        ),
        R::NoEnvelope => c(
            |p| p.budget.envelope = None,
            |p| p.budget.envelope = Some(Money::from_units(2_000)),
        ),
        R::ActionOverspent => c(
            |p| p.actions[0].actual_spend = Some(Money::from_units(600)),
            |p| p.actions[0].actual_spend = Some(Money::from_units(500)),
        ),
        R::KpiNotMeasured => on(
            d(2027, 3, 1),
            |p| {
                measured_on(p, d(2027, 1, 20));
                p.kpis[0].measurements[0].date = d(2027, 1, 10);
            },
            |p| measured_on(p, d(2027, 1, 20)),
        ),
        R::ActionOutsideYear => c(
            |p| {
                (p.actions[0].start, p.actions[0].end) =
                    (Some(d(2026, 10, 1)), Some(d(2026, 12, 15)))
            },
            |p| {
                (p.actions[0].start, p.actions[0].end) =
                    (Some(d(2026, 10, 1)), Some(d(2027, 1, 15)))
            },
        ),
        R::MilestoneOutsideAction => c(
            |p| p.actions[1].milestones[0].date = Some(d(2027, 7, 15)),
            |p| p.actions[1].milestones[0].date = Some(d(2027, 6, 30)),
        ),
        R::TooManyActions => c(
            |p| extra_actions(p, 12),
            |p| {
                extra_actions(p, 12);
                p.actions[15].status = ActionStatus::Cancelled;
            },
        ),
        R::ActionOverdue => on(
            d(2027, 4, 15),
            |p| p.actions[0].status = ActionStatus::InProgress,
            |p| p.actions[0].status = ActionStatus::Done,
        ),
        R::ObjectiveBehind => on(
            d(2027, 7, 10),
            |p| online_sales(p, &[(d(2027, 7, 1), 20_500.0)]),
            |p| online_sales(p, &[(d(2027, 7, 1), 25_500.0)]),
        ),
        R::ObjectiveDriftUnanswered => on(
            d(2027, 7, 10),
            |p| online_sales(p, &[(d(2027, 6, 1), 20_200.0), (d(2027, 7, 1), 20_500.0)]),
            |p| {
                online_sales(p, &[(d(2027, 6, 1), 20_200.0), (d(2027, 7, 1), 20_500.0)]);
                p.adjustments.push(Adjustment {
                    id: AdjustmentId(1),
                    date: d(2027, 7, 5),
                    text: "Budget Google Ads doublé".into(),
                    objective_id: Some(ObjectiveId(2)),
                    action_id: None,
                });
            },
        ),
        // A KPI followed on its own: no objective counts it.
        R::KpiBehind => on(
            d(2027, 5, 10),
            |p| {
                p.kpis[2].objective_id = None;
                p.kpis[2].measurements = vec![Measurement {
                    date: d(2027, 5, 1),
                    value: 10.0,
                }];
            },
            |p| {
                p.kpis[2].objective_id = None;
                p.kpis[2].measurements = vec![Measurement {
                    date: d(2027, 5, 1),
                    value: 70.0,
                }];
            },
        ),
        R::SpendOverEnvelope => on(
            d(2027, 7, 1),
            |p| p.actions[0].actual_spend = Some(Money::from_units(5_100)),
            |p| p.actions[0].actual_spend = Some(Money::from_units(4_900)),
        ),
        R::SpendAhead => on(
            d(2027, 2, 1),
            |p| p.actions[0].actual_spend = Some(Money::from_units(700)),
            |p| p.actions[0].actual_spend = Some(Money::from_units(600)),
        ),

        R::ActionsReachNoPersona => c(
            |p| p.targets.personas[0].channels = vec![Channel::TradeShows],
            |p| p.targets.personas[0].channels = vec![Channel::TradeShows, Channel::Email],
        ),
        R::PersonaChannelsUnused => c(
            |p| second_persona(p, SegmentId(1)),
            // A typical customer of a secondary group is not a priority.
            |p| second_persona(p, SegmentId(2)),
        ),
        R::ChannelsUnfitMarket => c(
            |p| consumer_channels_for_businesses(p, Channel::Print),
            |p| consumer_channels_for_businesses(p, Channel::DirectSales),
        ),
        R::PrimarySegmentUntargeted => c(
            |p| p.actions[0].segment_ids = vec![SegmentId(2)],
            // A typical customer named on an action counts for their group.
            |p| {
                p.actions[0].segment_ids = vec![SegmentId(2)];
                p.actions[1].persona_ids = vec![PersonaId(1)];
            },
        ),
        R::BudgetOnLaterSegment => c(
            |p| later_group_funded(p, 3),
            // Half the budget is not most of it.
            |p| later_group_funded(p, 2),
        ),
        R::ObjectiveOutOfReach => c(
            |p| p.objectives[1].target = Some(130_000.0),
            // 100,000 € more with 5,000 €: twenty to one, the limit.
            |p| p.objectives[1].target = Some(120_000.0),
        ),
        R::KpiYearMissesObjective => c(
            |p| monthly_online_sales(p, 2_000.0),
            |p| monthly_online_sales(p, 2_300.0),
        ),
        R::ObjectiveAudienceOnly => c(
            |p| p.kpis[1].name = "Abonnés Instagram".into(),
            |p| p.kpis[1].name = "Abonnés à la newsletter".into(),
        ),
        R::NorthStarUnderfunded => c(
            |p| {
                p.budget.envelope = Some(Money::from_units(10_000));
                p.actions[1].planned_budget = Some(Money::from_units(5_000));
            },
            |p| {
                p.budget.envelope = Some(Money::from_units(10_000));
                p.actions[1].planned_budget = Some(Money::from_units(4_500));
            },
        ),
        R::BudgetOnOneAction => c(
            |p| p.actions[1].planned_budget = Some(Money::from_units(1_600)),
            |p| p.actions[1].planned_budget = Some(Money::from_units(1_500)),
        ),
        R::PlaceholderLeft => c(
            |p| {
                p.start.trade = Some("bakery".into());
                p.positioning.statement = "Pour les familles de [votre quartier]".into();
            },
            |p| {
                p.start.trade = Some("bakery".into());
                p.positioning.statement = "Pour les familles de Saint-Michel [sic".into();
            },
        ),
        R::ExampleFigure => c(
            |p| p.start.example_figures = vec!["objective:1.target".into()],
            |p| p.start.example_figures = vec!["objective:99.target".into()],
        ),
    }
}

/// Adds a second typical customer, in `segment`, reached only at trade shows (no action goes there).
fn second_persona(p: &mut Plan, segment: SegmentId) {
    let mut marc = p.targets.personas[0].clone();
    marc.id = PersonaId(2);
    marc.name = "Marc".into();
    marc.segment_id = Some(segment);
    marc.channels = vec![Channel::TradeShows];
    p.targets.personas.push(marc);
}

/// Makes the bakery sell to businesses, with no persona channels, its actions on social media
/// and print except the last one, on `last`.
fn consumer_channels_for_businesses(p: &mut Plan, last: Channel) {
    p.company.market_type = Some(MarketType::B2b);
    p.targets.personas[0].channels.clear();
    p.actions[0].channel = Some(Channel::SocialMedia);
    p.actions[1].channel = Some(Channel::SocialMedia);
    p.actions[2].channel = Some(Channel::Print);
    p.actions[3].channel = Some(last);
}

/// Keeps the neighbouring companies for later and aims the first `n` actions at them.
fn later_group_funded(p: &mut Plan, n: usize) {
    p.targets.segments[1].priority = Some(Priority::Later);
    for a in &mut p.actions[..n] {
        a.segment_ids = vec![SegmentId(2)];
    }
    for a in &mut p.actions[n..] {
        a.segment_ids = vec![SegmentId(1)];
    }
}

/// Follows the online-sales objective (30,000 € for the year) with a monthly flow in euros.
fn monthly_online_sales(p: &mut Plan, per_month: f64) {
    let k = &mut p.kpis[1];
    k.unit = "€".into();
    k.counts = KpiCounts::Flow;
    k.frequency = Some(Frequency::Monthly);
    k.target = Some(per_month);
}

/// Follows the online-sales objective (2: from 20,000 to 30,000 € by 30 November) with its KPI
/// in euros and these readings.
fn online_sales(p: &mut Plan, readings: &[(NaiveDate, f64)]) {
    let k = &mut p.kpis[1];
    k.unit = "€".into();
    k.baseline = Some(20_000.0);
    k.target = Some(30_000.0);
    k.measurements = readings
        .iter()
        .map(|&(date, value)| Measurement { date, value })
        .collect();
}

/// Makes the plan a renewal of 2026 with one reviewed action per decision, and lessons.
fn renewal(p: &mut Plan, decisions: &[Option<ReviewDecision>], lessons: &str) {
    p.review.previous_year = Some(2026);
    p.review.lessons = lessons.into();
    p.review.actions = decisions
        .iter()
        .enumerate()
        .map(|(i, &decision)| ActionReview {
            action_id: ActionId(100 + i as u32),
            title: format!("Action {i}"),
            decision,
            note: String::new(),
        })
        .collect();
}

/// Adds top-level objectives 10, 11...
fn extra_objectives(p: &mut Plan, n: u32) {
    for i in 0..n {
        p.objectives.push(objective(
            10 + i,
            &format!("Objectif {i} : 10 avis"),
            0.0,
            10.0,
            d(2027, 9, 30),
        ));
    }
}

/// Adds actions 10, 11... spread over owners, channels and quarters.
fn extra_actions(p: &mut Plan, n: u32) {
    for i in 0..n {
        let month = 1 + (i % 12);
        let start = d(2027, month, 1);
        let owner = if i % 2 == 0 { "Marie" } else { "Paul" };
        p.actions.push(action(
            10 + i,
            &format!("Action {i}"),
            &[2],
            Lever::Place,
            Channel::Seo,
            owner,
            start,
            start,
        ));
    }
}

/// Empties the three service levers of the mix.
fn clear_service_levers(p: &mut Plan) {
    p.mix.people.clear();
    p.mix.process.clear();
    p.mix.physical_evidence.clear();
}

/// Moves every action into April to June 2027.
fn all_in_second_quarter(p: &mut Plan) {
    for (i, a) in p.actions.iter_mut().enumerate() {
        let start = d(2027, 4, 1 + i as u32);
        (a.start, a.end) = (Some(start), Some(d(2027, 6, 30)));
        a.milestones[0].date = Some(start);
    }
}

/// Gives every KPI one measurement on a date.
fn measured_on(p: &mut Plan, date: NaiveDate) {
    for k in &mut p.kpis {
        k.measurements = vec![Measurement { date, value: 1.0 }];
    }
}

#[test]
fn the_good_plan_triggers_nothing() {
    assert_eq!(found(&good_plan(), before_year()), vec![]);
}

#[test]
fn every_rule_has_a_trigger_and_a_near_miss() {
    for &rule in RuleId::ALL {
        let case = case(rule);
        let mut hit = good_plan();
        (case.trigger)(&mut hit);
        assert!(
            found(&hit, case.today).contains(&rule),
            "{rule}: trigger did not fire"
        );
        let mut miss = good_plan();
        (case.miss)(&mut miss);
        let missed = found(&miss, case.today);
        assert!(
            !missed.contains(&rule),
            "{rule}: near miss fired ({missed:?})"
        );
    }
}

#[test]
fn every_finding_renders_a_title_in_both_languages() {
    for &rule in RuleId::ALL {
        let case = case(rule);
        let mut plan = good_plan();
        (case.trigger)(&mut plan);
        for finding in evaluate(&plan, case.today)
            .iter()
            .filter(|f| f.rule_id == rule)
        {
            let fr = finding.text(Language::Fr);
            let en = finding.text(Language::En);
            for text in [&fr.title, &fr.explanation, &en.title, &en.explanation] {
                assert!(!text.trim().is_empty(), "{rule}: empty text");
                assert!(
                    !text.contains("(untitled)") && !text.contains("(sans titre)"),
                    "{rule}: {text}"
                );
            }
            assert_ne!(fr.title, en.title, "{rule}: untranslated title");
            if let Some(name) = &finding.details.name {
                assert!(fr.title.contains(name.as_str()), "{rule}: {}", fr.title);
                assert!(en.title.contains(name.as_str()), "{rule}: {}", en.title);
            }
        }
    }
}

#[test]
fn rule_ids_are_unique_kebab_case_and_documented() {
    let mut seen = HashSet::new();
    assert!(RuleId::ALL.len() >= 30);
    assert_eq!(rules().len(), RuleId::ALL.len());
    for (i, info) in rules().iter().enumerate() {
        let id = info.id.as_str();
        assert_eq!(RuleId::ALL[i], info.id, "catalogue out of order at {id}");
        assert_eq!(info.id.info(), info);
        assert!(seen.insert(id), "duplicate id {id}");
        assert!(
            id.split('-').all(|w| !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "{id} is not kebab-case"
        );
        assert_eq!(
            serde_json::to_value(info.id).ok(),
            Some(serde_json::Value::String(id.to_string()))
        );
        assert_eq!(RuleId::parse(id), Some(info.id));
        for text in [
            info.title.fr,
            info.title.en,
            info.explanation.fr,
            info.explanation.en,
        ] {
            assert!(!text.trim().is_empty(), "{id}: empty text");
        }
        assert_ne!(info.title.fr, info.title.en, "{id}");
        assert_ne!(info.explanation.fr, info.explanation.en, "{id}");
    }
    assert_eq!(RuleId::parse("no-such-rule"), None);
    for &family in Family::ALL {
        assert!(
            rules().iter().any(|r| r.family == family),
            "{family:?} has no rule"
        );
    }
}

#[test]
fn each_rule_target_pair_is_reported_once() {
    let mut messy = Plan::blank("Test", 2027, Language::Fr);
    messy.review.previous_year = Some(2026);
    messy.objectives = vec![objective(
        1,
        "Augmenter les ventes",
        0.0,
        0.0,
        d(2029, 1, 1),
    )];
    messy.objectives[0].target = None;
    messy.actions = vec![
        action(
            1,
            "Soldes",
            &[],
            Lever::Price,
            Channel::SocialMedia,
            "",
            d(2027, 5, 1),
            d(2027, 4, 1),
        ),
        action(
            2,
            "Soldes",
            &[],
            Lever::Price,
            Channel::SocialMedia,
            "",
            d(2027, 5, 1),
            d(2027, 5, 2),
        ),
    ];
    for plan in [Plan::blank("Test", 2027, Language::En), messy, good_plan()] {
        let findings = evaluate(&plan, d(2027, 6, 1));
        let mut seen = HashSet::new();
        for f in &findings {
            assert!(
                seen.insert((f.rule_id, f.target())),
                "{} {} reported twice",
                f.rule_id,
                f.target()
            );
        }
    }
}

#[test]
fn a_blank_plan_is_critical_everywhere_it_should_be() {
    let plan = Plan::blank("Test", 2027, Language::Fr);
    let findings = found(&plan, before_year());
    for rule in [
        RuleId::NoSegment,
        RuleId::NoObjective,
        RuleId::NoAction,
        RuleId::SwotEmpty,
        RuleId::NoEnvelope,
    ] {
        assert!(findings.contains(&rule), "{rule}");
    }
    let report = report(&plan, before_year(), Language::Fr);
    assert_eq!(report.counts.critical, 3);
    assert_eq!(report.counts.warning, 8);
    assert_eq!(report.counts.advice, 4);
    assert_eq!(report.score, 100 - 3 * 15 - 8 * 5 - 4);
}

#[test]
fn findings_of_steps_not_visited_are_to_do_and_still_cost_their_points() {
    let mut plan = Plan::blank("Test", 2027, Language::Fr);
    let fresh = report(&plan, before_year(), Language::Fr);
    assert_eq!(
        fresh.counts.to_do,
        fresh.counts.critical + fresh.counts.warning + fresh.counts.advice,
        "on a new plan every finding is still to do"
    );
    assert!(fresh.findings.iter().all(|f| f.to_do));
    assert_eq!(
        fresh.score,
        100 - 3 * 15 - 8 * 5 - 4,
        "the score is the same"
    );

    // Once the owner has been through the targets step, its findings are faults; the rest wait.
    plan.start.visited_steps = vec![Step::Company, Step::Targets];
    let seen = report(&plan, before_year(), Language::Fr);
    let no_segment = seen
        .findings
        .iter()
        .find(|f| f.rule_id == RuleId::NoSegment)
        .expect("no target segment");
    assert!(!no_segment.to_do, "a step visited shows its faults");
    let no_action = seen
        .findings
        .iter()
        .find(|f| f.rule_id == RuleId::NoAction)
        .expect("no action");
    assert!(no_action.to_do, "a step not visited yet is still to do");
    assert_eq!(
        seen.counts.to_do as usize,
        seen.findings.iter().filter(|f| f.to_do).count()
    );
    assert!(seen.counts.to_do < fresh.counts.to_do);
    assert_eq!(seen.score, fresh.score);
}

#[test]
fn the_example_plan_counts_as_gone_through_whole() {
    let plan = crate::seed::example_plan(2027);
    let r = report(&plan, d(2027, 6, 1), Language::Fr);
    assert_eq!(r.counts.to_do, 0);
    assert!(r.findings.iter().all(|f| !f.to_do));
}

#[test]
fn steering_and_dismissed_findings_are_never_to_do() {
    let mut plan = good_plan();
    plan.actions[0].owner.clear();
    plan.dismissals = vec![Dismissal {
        rule_id: RuleId::ActionNoOwner.as_str().into(),
        target: "action:1".into(),
        reason: "Seule".into(),
    }];
    let r = report(&plan, d(2027, 12, 20), Language::Fr);
    assert!(r
        .findings
        .iter()
        .filter(|f| f.dismissed || f.family == Family::Steering)
        .all(|f| !f.to_do));
}

#[test]
fn dismissals_set_findings_aside_but_never_critical_ones() {
    let mut plan = good_plan();
    plan.actions[0].owner.clear();
    plan.positioning.price_level = None;
    plan.budget.envelope = Some(Money::from_units(1_999));
    plan.dismissals = vec![
        Dismissal {
            rule_id: "action-no-owner".into(),
            target: "action:1".into(),
            reason: "C'est moi".into(),
        },
        Dismissal {
            rule_id: "no-price-level".into(),
            target: String::new(),
            reason: "Pas encore".into(),
        },
        Dismissal {
            rule_id: "budget-over-envelope".into(),
            target: String::new(),
            reason: "On verra".into(),
        },
        Dismissal {
            rule_id: "action-no-owner".into(),
            target: "action:2".into(),
            reason: "Autre action".into(),
        },
    ];
    let report = report(&plan, before_year(), Language::En);
    let view = |rule: RuleId| {
        report
            .findings
            .iter()
            .find(|f| f.rule_id == rule)
            .expect("finding present")
    };

    let owner = view(RuleId::ActionNoOwner);
    assert_eq!(owner.target, "action:1");
    assert!(owner.dismissed);
    assert_eq!(owner.dismissal_reason.as_deref(), Some("C'est moi"));
    let price = view(RuleId::NoPriceLevel);
    assert_eq!(price.target, "");
    assert!(price.dismissed);
    let budget = view(RuleId::BudgetOverEnvelope);
    assert!(!budget.dismissed, "a critical finding cannot be dismissed");
    assert_eq!(budget.dismissal_reason, None);

    let findings = evaluate(&plan, before_year());
    let critical = findings
        .iter()
        .find(|f| f.rule_id == RuleId::BudgetOverEnvelope)
        .expect("critical present");
    assert_eq!(dismissal_for(&plan, critical), None);
    let warning = findings
        .iter()
        .find(|f| f.rule_id == RuleId::ActionNoOwner)
        .expect("warning present");
    assert_eq!(
        dismissal_for(&plan, warning).map(|d| d.reason.as_str()),
        Some("C'est moi")
    );

    assert_eq!(
        report.counts,
        Counts {
            critical: 1,
            warning: 0,
            advice: 0,
            dismissed: 2,
            steering: 0,
            to_do: 1,
        }
    );
    assert_eq!(report.score, 85);
    assert_eq!(
        report.findings.len(),
        3,
        "dismissed findings are still reported"
    );
}

#[test]
fn score_is_100_minus_penalties_floor_0() {
    let score = |critical, warning, advice| {
        Counts {
            critical,
            warning,
            advice,
            dismissed: 9,
            steering: 0,
            to_do: 0,
        }
        .score()
    };
    assert_eq!(score(0, 0, 0), 100);
    assert_eq!(score(1, 2, 3), 100 - 15 - 10 - 3);
    assert_eq!(score(0, 19, 5), 0);
    assert_eq!(score(7, 0, 0), 0);
    assert_eq!(score(u32::MAX, u32::MAX, u32::MAX), 0);
    for lang in [Language::Fr, Language::En] {
        let sentence = score_formula(lang);
        assert!(sentence.contains("100") && sentence.contains("15") && sentence.contains('5'));
    }
}

#[test]
fn report_is_ordered_by_severity_then_step_and_serializes_in_camel_case() {
    let mut plan = good_plan();
    plan.targets.segments.clear();
    plan.targets.personas[0].segment_id = None;
    plan.diagnostic.pestel = Plan::blank("x", 2027, Language::Fr).diagnostic.pestel;
    plan.actions[0].owner.clear();
    plan.objectives[1].baseline = None;
    plan.kpis[0].tool.clear();
    let report = report(&plan, before_year(), Language::Fr);
    let keys: Vec<(Severity, Step)> = report
        .findings
        .iter()
        .map(|f| (f.severity, f.location.step))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(report.findings[0].rule_id, RuleId::NoSegment);

    let json = serde_json::to_value(&report).expect("report serializes");
    let first = &json["findings"][0];
    assert_eq!(first["ruleId"], "no-segment");
    assert_eq!(first["severity"], "critical");
    assert_eq!(first["location"]["step"], "targets");
    assert_eq!(first["location"]["field"], "segments");
    assert!(json["scoreFormula"]
        .as_str()
        .is_some_and(|s| s.starts_with("Le score")));
    let owner = json["findings"]
        .as_array()
        .and_then(|a| a.iter().find(|f| f["ruleId"] == "action-no-owner"));
    let owner = owner.expect("owner finding");
    assert_eq!(owner["location"]["item"]["kind"], "action");
    assert_eq!(owner["location"]["item"]["id"], 1);
    assert_eq!(owner["location"]["field"], "owner");
    assert_eq!(owner["target"], "action:1");
    assert_eq!(
        owner["title"],
        "« Carte de fidélité » n'a pas de responsable"
    );
}

#[test]
fn types_export_to_typescript_and_json_schema() {
    use ts_rs::TS;
    let cfg = ts_rs::Config::new();
    assert!(Report::decl(&cfg).contains("findings"));
    assert!(RuleInfo::decl(&cfg).contains("explanation"));
    assert!(Finding::decl(&cfg).contains("details"));
    assert!(Location::decl(&cfg).contains("field: string | null"));
    assert!(RuleId::decl(&cfg).contains("\"objective-not-dated\""));
    let schema = serde_json::to_value(schemars::schema_for!(Report)).expect("schema serializes");
    assert!(schema.to_string().contains("no-segment"));
}

#[test]
fn kpi_follow_up_waits_for_the_year_and_allows_half_a_period() {
    let rule = RuleId::KpiNotMeasured;
    let plan = good_plan();
    assert!(
        !found(&plan, d(2026, 12, 31)).contains(&rule),
        "never before the plan year"
    );
    assert!(
        !found(&plan, d(2027, 2, 16)).contains(&rule),
        "a monthly KPI gets 31 + 15 days"
    );
    assert!(found(&plan, d(2027, 2, 17)).contains(&rule));
    let mut yearly = good_plan();
    yearly
        .kpis
        .iter_mut()
        .for_each(|k| k.frequency = Some(Frequency::Yearly));
    assert!(
        !found(&yearly, d(2027, 12, 31)).contains(&rule),
        "a yearly KPI is read at year end"
    );
    let mut last_year = good_plan();
    measured_on(&mut last_year, d(2026, 12, 20));
    assert!(
        found(&last_year, d(2027, 2, 17)).contains(&rule),
        "a reading before the year does not count"
    );
}

#[test]
fn cancelled_actions_are_left_out() {
    let mut plan = good_plan();
    plan.budget.envelope = Some(Money::from_units(1_500));
    plan.actions[1].owner.clear();
    plan.actions[1].status = ActionStatus::Cancelled;
    let findings = found(&plan, before_year());
    assert!(!findings.contains(&RuleId::BudgetOverEnvelope));
    assert!(!findings.contains(&RuleId::ActionNoOwner));
    plan.actions
        .iter_mut()
        .for_each(|a| a.status = ActionStatus::Cancelled);
    assert!(found(&plan, before_year()).contains(&RuleId::NoAction));
}

#[test]
fn the_example_plan_has_no_finding_but_on_steering() {
    // As seeded at first start: before or early in its plan year, for any year.
    for (year, today) in [
        (2027, d(2026, 11, 1)),
        (2027, d(2027, 1, 20)),
        (2031, d(2030, 9, 15)),
    ] {
        let plan = crate::seed::example_plan(year);
        assert_eq!(crate::seed::default_seed_year(today), year);
        let rules: Vec<RuleId> = found(&plan, today);
        // Steering depends on the date: the example is seeded as the year stood in spring.
        let quality: Vec<RuleId> = rules
            .into_iter()
            .filter(|r| r.info().family != Family::Steering)
            .collect();
        assert_eq!(quality, vec![], "{year} as of {today}");
        let report = report(&plan, today, Language::Fr);
        assert_eq!(
            (
                report.counts.critical,
                report.counts.warning,
                report.counts.advice
            ),
            (0, 0, 0)
        );
        assert_eq!(report.score, 100);
    }
}

#[test]
fn steering_findings_are_warnings_at_most_and_stay_out_of_the_score() {
    for rule in rules().iter().filter(|r| r.family == Family::Steering) {
        assert_ne!(rule.severity, Severity::Critical, "{}", rule.id);
    }
    let mut behind = good_plan();
    online_sales(
        &mut behind,
        &[(d(2027, 6, 1), 20_200.0), (d(2027, 7, 1), 20_500.0)],
    );
    behind.actions[0].actual_spend = Some(Money::from_units(5_100));
    let today = d(2027, 7, 10);
    let on_track = {
        let mut p = good_plan();
        online_sales(
            &mut p,
            &[(d(2027, 6, 1), 25_000.0), (d(2027, 7, 1), 26_000.0)],
        );
        p
    };
    let late = report(&behind, today, Language::Fr);
    let fine = report(&on_track, today, Language::Fr);
    assert!(late.counts.steering >= 3, "{:?}", late.counts);
    assert_eq!(
        (
            late.score,
            late.counts.critical,
            late.counts.warning,
            late.counts.advice
        ),
        (
            fine.score,
            fine.counts.critical,
            fine.counts.warning,
            fine.counts.advice
        ),
        "drift and spending change nothing in the readiness score"
    );
    let drift = late
        .findings
        .iter()
        .find(|f| f.rule_id == RuleId::ObjectiveDriftUnanswered)
        .expect("the drift is reported");
    assert_eq!(drift.family, Family::Steering);
    assert_eq!(
        drift.title,
        "«\u{202f}Atteindre 30 000 € de ventes en ligne\u{202f}» reste en retard sans ajustement noté : 20\u{202f}500\u{a0}€ au 01/07/2027 pour 25\u{202f}449\u{a0}€ attendus"
    );
    assert!(
        !late
            .findings
            .iter()
            .any(|f| f.rule_id == RuleId::ObjectiveBehind),
        "the stronger finding replaces the plain one on the same objective"
    );
}

#[test]
fn a_year_of_flows_above_the_target_is_judged_only_for_an_objective_due_in_december() {
    let rule = RuleId::KpiYearMissesObjective;
    // The online-sales objective (30,000 €) followed by 30,000 € a month: the year's figure typed
    // as each month's.
    let mut plan = good_plan();
    monthly_online_sales(&mut plan, 30_000.0);
    plan.objectives[1].deadline = Some(d(2027, 12, 31));
    assert!(found(&plan, before_year()).contains(&rule));
    // Due in June, the objective may be reached long before the year's flows are in.
    plan.objectives[1].deadline = Some(d(2027, 6, 30));
    assert!(!found(&plan, before_year()).contains(&rule));
    // Falling short is a sign whatever the deadline.
    monthly_online_sales(&mut plan, 1_000.0);
    assert!(found(&plan, before_year()).contains(&rule));
}

#[test]
fn channels_are_judged_from_two_actions_with_a_channel() {
    let mut plan = good_plan();
    plan.targets.personas[0].channels = vec![Channel::TradeShows];
    for a in &mut plan.actions[1..] {
        a.channel = None;
    }
    let channel_rules = [
        RuleId::ActionsReachNoPersona,
        RuleId::PersonaChannelsUnused,
        RuleId::ChannelsUnfitMarket,
    ];
    let one = found(&plan, before_year());
    assert!(channel_rules.iter().all(|r| !one.contains(r)), "{one:?}");
    plan.actions[1].channel = Some(Channel::Website);
    assert!(found(&plan, before_year()).contains(&RuleId::ActionsReachNoPersona));
}
