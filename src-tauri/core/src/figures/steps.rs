//! How complete each step of the wizard is, for the marks beside the steps and the summary: a
//! step is *done* when it holds what a reader of the plan needs from it, *started* when anything
//! is there, else *empty*.

use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use crate::plan::{Plan, Step};

/// How complete a step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Completion {
    Empty,
    Started,
    Done,
}

/// One step and how complete it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StepCompletion {
    pub step: Step,
    pub completion: Completion,
}

/// Every step of the wizard, in order, with how complete it is.
pub fn of(plan: &Plan) -> Vec<StepCompletion> {
    [
        Step::Company,
        Step::Diagnostic,
        Step::Review,
        Step::Targets,
        Step::Positioning,
        Step::Objectives,
        Step::Mix,
        Step::Actions,
        Step::Budget,
        Step::Kpis,
    ]
    .into_iter()
    .map(|step| StepCompletion {
        step,
        completion: completion(plan, step),
    })
    .collect()
}

fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Done when every check holds, started when anything is there.
fn mark(checks: &[bool], anything: bool) -> Completion {
    if checks.iter().all(|c| *c) {
        Completion::Done
    } else if anything {
        Completion::Started
    } else {
        Completion::Empty
    }
}

/// How complete one step of `plan` is.
pub fn completion(plan: &Plan, step: Step) -> Completion {
    match step {
        Step::Company => {
            let c = &plan.company;
            // A new plan always has a name: the step counts as started from the first moment.
            mark(
                &[
                    filled(&c.name),
                    filled(&c.sector),
                    c.size.is_some(),
                    c.market_type.is_some(),
                    filled(&c.country),
                ],
                true,
            )
        }
        Step::Diagnostic => {
            let d = &plan.diagnostic;
            let swot = [
                &d.swot.strengths,
                &d.swot.weaknesses,
                &d.swot.opportunities,
                &d.swot.threats,
            ];
            let p = &d.pestel;
            let pestel = [
                &p.political,
                &p.economic,
                &p.social,
                &p.technological,
                &p.environmental,
                &p.legal,
            ];
            let r = &d.porter;
            let forces = [
                &r.rivalry,
                &r.new_entrants,
                &r.substitutes,
                &r.buyer_power,
                &r.supplier_power,
            ];
            let mut checks = vec![
                filled(&d.market.size),
                d.market.maturity.is_some(),
                d.competitors.iter().any(|c| filled(&c.name)),
                filled(&d.offer.description),
                filled(&d.audience),
            ];
            checks.extend(swot.iter().map(|q| !q.is_empty()));
            checks.push(pestel.iter().any(|f| filled(f)));
            checks.push(forces.iter().all(|f| f.rating.is_some()));
            let anything = filled(&d.market.size)
                || filled(&d.market.growth)
                || filled(&d.market.outlook)
                || d.market.maturity.is_some()
                || !d.competitors.is_empty()
                || filled(&d.offer.description)
                || !d.offer.strengths.is_empty()
                || !d.offer.weaknesses.is_empty()
                || filled(&d.audience)
                || swot.iter().any(|q| !q.is_empty())
                || pestel.iter().any(|f| filled(f))
                || forces.iter().any(|f| f.rating.is_some() || filled(&f.note));
            mark(&checks, anything)
        }
        Step::Review => {
            let r = &plan.review;
            mark(
                &[
                    filled(&r.lessons),
                    r.actions.iter().all(|a| a.decision.is_some()),
                    r.objectives.iter().all(|o| o.measured.is_some()),
                ],
                filled(&r.lessons)
                    || r.actions
                        .iter()
                        .any(|a| a.decision.is_some() || filled(&a.note)),
            )
        }
        Step::Targets => {
            let t = &plan.targets;
            mark(
                &[
                    t.segments
                        .iter()
                        .any(|s| filled(&s.name) && s.priority.is_some()),
                    t.personas
                        .iter()
                        .any(|p| filled(&p.name) && p.segment_id.is_some()),
                ],
                !t.segments.is_empty() || !t.personas.is_empty(),
            )
        }
        Step::Positioning => {
            let x = &plan.positioning;
            let checks = [
                filled(&x.value_proposition),
                filled(&x.brand_promise),
                filled(&x.statement),
                x.price_level.is_some(),
                !x.differentiation.is_empty(),
            ];
            mark(&checks, checks.iter().any(|c| *c))
        }
        Step::Objectives => {
            let os = &plan.objectives;
            mark(
                &[
                    !os.is_empty(),
                    os.iter().all(|o| {
                        filled(&o.title)
                            && filled(&o.metric)
                            && o.target.is_some()
                            && o.deadline.is_some()
                    }),
                    os.iter().any(|o| o.north_star),
                ],
                !os.is_empty(),
            )
        }
        Step::Mix => {
            let m = &plan.mix;
            let classic = [&m.product, &m.price, &m.place, &m.promotion];
            let all = [
                &m.product,
                &m.price,
                &m.place,
                &m.promotion,
                &m.people,
                &m.process,
                &m.physical_evidence,
            ];
            mark(&classic.map(|t| filled(t)), all.iter().any(|t| filled(t)))
        }
        Step::Actions => {
            let a = &plan.actions;
            mark(
                &[
                    !a.is_empty(),
                    a.iter().all(|a| {
                        filled(&a.title) && filled(&a.owner) && a.start.is_some() && a.end.is_some()
                    }),
                ],
                !a.is_empty(),
            )
        }
        Step::Budget => mark(
            &[
                plan.budget.envelope.is_some(),
                plan.actions.iter().any(|a| a.planned_budget.is_some()),
            ],
            plan.budget.envelope.is_some() || filled(&plan.budget.notes),
        ),
        Step::Kpis => {
            let k = &plan.kpis;
            mark(
                &[
                    !k.is_empty(),
                    k.iter()
                        .all(|k| filled(&k.name) && k.target.is_some() && k.objective_id.is_some()),
                ],
                !k.is_empty(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Language;

    #[test]
    fn a_blank_plan_has_its_company_started_and_the_rest_empty() {
        let marks = of(&Plan::blank("Café Lune", 2027, Language::Fr));
        assert_eq!(marks[0].completion, Completion::Started);
        assert!(
            marks[1..].iter().all(|m| m.completion == Completion::Empty),
            "{marks:?}"
        );
    }

    #[test]
    fn the_example_plan_is_complete_but_for_its_porter_ratings_and_review() {
        let marks = of(&crate::seed::example_plan(2027));
        let done: Vec<Step> = marks
            .iter()
            .filter(|m| m.completion == Completion::Done)
            .map(|m| m.step)
            .collect();
        assert!(
            done.contains(&Step::Objectives) && done.contains(&Step::Kpis),
            "{marks:?}"
        );
    }
}
