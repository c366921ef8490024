//! The plan as a printable HTML document, for the Chromium side of the PDF comparison: the same
//! data and about the same sections as Boussole's PDF roadmap (cover, contents, summary,
//! diagnostic, review, targets, positioning, objectives, mix, a Gantt chart of the actions, the
//! action table, budget with bars, KPIs, notes), laid out with print CSS on A4. French labels.

use std::collections::BTreeMap;
use std::fmt::Write;

use boussole_core::plan::{Action, Money, Plan};
use chrono::{Datelike, NaiveDate};

const CSS: &str = r#"
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.35; color: #222; }
section { break-before: page; }
h1 { font-size: 17pt; color: #1f3a5f; border-bottom: 2px solid #1f3a5f; padding-bottom: 3px; }
h2 { font-size: 12pt; color: #1f3a5f; margin: 1.2em 0 0.4em; break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0.4em 0 1em; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border-bottom: 1px solid #cfd6e0; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #e8eef6; font-weight: bold; }
.num { text-align: right; white-space: nowrap; }
.muted { color: #667; }
.small { font-size: 8pt; }
.cover { break-before: auto; height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.cover h1 { font-size: 30pt; border: none; }
.cover .year { font-size: 20pt; color: #3b6ea5; }
.toc li { margin: 0.3em 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.box { border: 1px solid #cfd6e0; border-radius: 4px; padding: 6px 8px; break-inside: avoid; }
.box h3 { margin: 0 0 4px; font-size: 10pt; color: #1f3a5f; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin: 1em 0; }
.figure { background: #e8eef6; border-radius: 4px; padding: 8px; text-align: center; }
.figure b { display: block; font-size: 14pt; color: #1f3a5f; }
.gantt td { padding: 2px 4px; }
.gantt .label { width: 38%; font-size: 7.5pt; }
.track { position: relative; height: 11px;
  background: repeating-linear-gradient(90deg, #f3f5f8 0, #f3f5f8 calc(100% / 12 - 1px), #d9dee6 calc(100% / 12 - 1px), #d9dee6 calc(100% / 12)); }
.bar { position: absolute; top: 2px; height: 7px; background: #3b6ea5; border-radius: 2px; }
.milestone { position: absolute; top: 0; width: 7px; height: 7px; margin-left: -4px; background: #d9822b; transform: rotate(45deg); }
.months { display: grid; grid-template-columns: repeat(12, 1fr); font-size: 7pt; color: #667; }
.meter { height: 8px; background: #3b6ea5; border-radius: 2px; }
"#;

const MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

/// Escapes text for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Paragraphs of a multi-line text.
fn paragraphs(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>", esc(l)))
        .collect()
}

/// "12 500 €", the French way.
fn money(amount: Money) -> String {
    let units = amount.cents() / 100;
    let digits = units.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(c);
    }
    format!("{}{out}\u{A0}€", if units < 0 { "-" } else { "" })
}

fn opt_money(amount: Option<Money>) -> String {
    amount.map_or_else(|| "—".into(), money)
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "—".into(), |v| format!("{v}").replace('.', ","))
}

fn date(value: Option<NaiveDate>) -> String {
    value.map_or_else(|| "—".into(), |d| d.format("%d/%m/%Y").to_string())
}

/// A choice (lever, channel, status...) as its name.
fn choice<T: std::fmt::Debug>(value: Option<T>) -> String {
    value.map_or_else(|| "—".into(), |v| format!("{v:?}"))
}

/// A list as a bulleted list.
fn bullets(items: &[String]) -> String {
    let items: String = items
        .iter()
        .map(|i| format!("<li>{}</li>", esc(i)))
        .collect();
    format!("<ul>{items}</ul>")
}

/// A table from header cells and rows of already escaped cells; `num` marks right-aligned columns.
fn table(headers: &[&str], num: &[usize], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let class = |c: usize| {
        if num.contains(&c) {
            " class=\"num\""
        } else {
            ""
        }
    };
    let mut out = String::from("<table><thead><tr>");
    for (c, h) in headers.iter().enumerate() {
        let _ = write!(out, "<th{}>{}</th>", class(c), esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (c, cell) in row.iter().enumerate() {
            let _ = write!(out, "<td{}>{cell}</td>", class(c));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// Position and width of a span of the plan year on the Gantt track, in percent.
fn span(year: i32, start: NaiveDate, end: NaiveDate) -> Option<(f64, f64)> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let days = NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        .signed_duration_since(first)
        .num_days() as f64;
    let at = |d: NaiveDate| {
        (d.signed_duration_since(first).num_days() as f64 / days).clamp(0.0, 1.0) * 100.0
    };
    let (a, b) = (at(start), at(end + chrono::Duration::days(1)));
    (b > a).then_some((a, b - a))
}

/// The whole document.
pub fn document(plan: &Plan) -> String {
    let company = &plan.company;
    let year = company.plan_year;
    let objective_code = |id| {
        plan.objectives
            .iter()
            .position(|o| o.id == id)
            .map_or_else(|| "?".into(), |i| format!("O{}", i + 1))
    };
    let planned: Money = plan.actions.iter().filter_map(|a| a.planned_budget).sum();
    let spent: Money = plan.actions.iter().filter_map(|a| a.actual_spend).sum();
    let titles = [
        "Synthèse",
        "Diagnostic",
        "Bilan de l’année passée",
        "Cibles",
        "Positionnement",
        "Objectifs",
        "Mix marketing",
        "Calendrier",
        "Actions",
        "Budget",
        "Indicateurs",
        "Notes",
    ];
    let mut s = String::new();
    let _ = write!(
        s,
        "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Plan marketing {year} — {}</title><style>{CSS}</style></head><body>",
        esc(&company.name)
    );
    let _ = write!(
        s,
        "<section class=\"cover\"><h1>{}</h1><p class=\"year\">Plan marketing {year}</p><p>{}</p><p class=\"muted\">{} · {} · {}</p></section>",
        esc(&company.name),
        esc(&company.sector),
        choice(company.size),
        choice(company.market_type),
        esc(&company.country)
    );
    s.push_str("<section class=\"toc\"><h1>Sommaire</h1><ol>");
    for (i, t) in titles.iter().enumerate() {
        let _ = write!(s, "<li><a href=\"#s{}\">{t}</a></li>", i + 1);
    }
    s.push_str("</ol></section>");
    let head = |s: &mut String, n: usize| {
        let _ = write!(s, "<section id=\"s{n}\"><h1>{n}. {}</h1>", titles[n - 1]);
    };

    // 1. Summary.
    head(&mut s, 1);
    let _ = write!(
        s,
        "<div class=\"figures\"><div class=\"figure\"><b>{}</b>objectifs</div><div class=\"figure\"><b>{}</b>actions</div><div class=\"figure\"><b>{}</b>budget prévu</div><div class=\"figure\"><b>{}</b>indicateurs</div></div>",
        plan.objectives.len(),
        plan.actions.len(),
        money(planned),
        plan.kpis.len()
    );
    if let Some(star) = plan.objectives.iter().find(|o| o.north_star) {
        let _ = write!(
            s,
            "<h2>Étoile du nord</h2><p><b>{}</b> : {} → {} {}</p>",
            esc(&star.title),
            number(star.baseline),
            number(star.target),
            esc(&star.unit)
        );
    }
    let _ = write!(
        s,
        "<h2>Positionnement</h2>{}",
        paragraphs(&plan.positioning.statement)
    );
    s.push_str("<h2>Objectifs</h2>");
    s.push_str(&bullets(
        &plan
            .objectives
            .iter()
            .map(|o| o.title.clone())
            .collect::<Vec<_>>(),
    ));
    s.push_str("</section>");

    // 2. Diagnostic.
    let d = &plan.diagnostic;
    head(&mut s, 2);
    s.push_str("<h2>Marché</h2>");
    s.push_str(&table(
        &["Taille", "Croissance", "Maturité", "Perspectives"],
        &[],
        [vec![
            esc(&d.market.size),
            esc(&d.market.growth),
            choice(d.market.maturity),
            esc(&d.market.outlook),
        ]],
    ));
    s.push_str("<h2>Concurrents</h2>");
    s.push_str(&table(
        &["Nom", "Offre", "Positionnement", "Prix", "Atouts"],
        &[],
        d.competitors.iter().map(|c| {
            vec![
                esc(&c.name),
                esc(&c.offer),
                esc(&c.positioning),
                choice(c.price_level),
                esc(&c.differentiators),
            ]
        }),
    ));
    let _ = write!(
        s,
        "<h2>Offre</h2>{}<div class=\"grid\"><div class=\"box\"><h3>Forces</h3>{}</div><div class=\"box\"><h3>Faiblesses</h3>{}</div></div><h2>Clientèle</h2>{}",
        paragraphs(&d.offer.description),
        bullets(&d.offer.strengths),
        bullets(&d.offer.weaknesses),
        paragraphs(&d.audience)
    );
    let _ = write!(
        s,
        "<h2>SWOT</h2><div class=\"grid\"><div class=\"box\"><h3>Forces</h3>{}</div><div class=\"box\"><h3>Faiblesses</h3>{}</div><div class=\"box\"><h3>Opportunités</h3>{}</div><div class=\"box\"><h3>Menaces</h3>{}</div></div>",
        bullets(&d.swot.strengths),
        bullets(&d.swot.weaknesses),
        bullets(&d.swot.opportunities),
        bullets(&d.swot.threats)
    );
    let p = &d.pestel;
    s.push_str("<h2>PESTEL</h2>");
    s.push_str(&table(
        &["Facteur", "Analyse"],
        &[],
        [
            ("Politique", &p.political),
            ("Économique", &p.economic),
            ("Social", &p.social),
            ("Technologique", &p.technological),
            ("Environnemental", &p.environmental),
            ("Légal", &p.legal),
        ]
        .map(|(k, v)| vec![k.into(), esc(v)]),
    ));
    let f = &d.porter;
    s.push_str("<h2>Les cinq forces de Porter</h2>");
    s.push_str(&table(
        &["Force", "Note", "Commentaire"],
        &[1],
        [
            ("Rivalité", &f.rivalry),
            ("Nouveaux entrants", &f.new_entrants),
            ("Substituts", &f.substitutes),
            ("Pouvoir des clients", &f.buyer_power),
            ("Pouvoir des fournisseurs", &f.supplier_power),
        ]
        .map(|(k, force)| {
            vec![
                k.into(),
                force.rating.map_or("—".into(), |r| format!("{r} / 5")),
                esc(&force.note),
            ]
        }),
    ));
    s.push_str("</section>");

    // 3. Last year's review.
    let r = &plan.review;
    head(&mut s, 3);
    s.push_str(&table(
        &["Action de l’an passé", "Décision", "Note"],
        &[],
        r.actions
            .iter()
            .map(|a| vec![esc(&a.title), choice(a.decision), esc(&a.note)]),
    ));
    s.push_str(&table(
        &[
            "Objectif de l’an passé",
            "Cible",
            "Mesuré",
            "Unité",
            "Commentaire",
        ],
        &[1, 2],
        r.objectives.iter().map(|o| {
            vec![
                esc(&o.title),
                number(o.target),
                number(o.measured),
                esc(&o.unit),
                esc(&o.comment),
            ]
        }),
    ));
    let _ = write!(
        s,
        "<p>Budget prévu : {} · dépensé : {}</p><h2>Leçons</h2>{}</section>",
        opt_money(r.budget_planned),
        opt_money(r.budget_spent),
        paragraphs(&r.lessons)
    );

    // 4. Targets.
    head(&mut s, 4);
    s.push_str(&table(
        &["Segment", "Critères", "Taille", "Attractivité", "Priorité"],
        &[],
        plan.targets.segments.iter().map(|g| {
            vec![
                esc(&g.name),
                esc(&g.criteria),
                esc(&g.size),
                choice(g.attractiveness),
                choice(g.priority),
            ]
        }),
    ));
    s.push_str("<div class=\"grid\">");
    for persona in &plan.targets.personas {
        let _ = write!(
            s,
            "<div class=\"box\"><h3>{} — {}</h3><p><b>Objectifs :</b> {}</p><p><b>Freins :</b> {}</p><p><b>Canaux :</b> {}</p><p><b>Habitudes d’achat :</b> {}</p></div>",
            esc(&persona.name),
            esc(&persona.role),
            esc(&persona.goals),
            esc(&persona.pains),
            esc(&persona.channels_note),
            esc(&persona.buying_habits)
        );
    }
    s.push_str("</div></section>");

    // 5. Positioning.
    let pos = &plan.positioning;
    head(&mut s, 5);
    let _ = write!(
        s,
        "<h2>Proposition de valeur</h2>{}<h2>Promesse</h2>{}<h2>Énoncé</h2>{}<p>Niveau de prix : {}</p><h2>Différenciation</h2>",
        paragraphs(&pos.value_proposition),
        paragraphs(&pos.brand_promise),
        paragraphs(&pos.statement),
        choice(pos.price_level)
    );
    let mut headers = vec!["Critère".to_string(), company.name.clone()];
    headers.extend(d.competitors.iter().map(|c| c.name.clone()));
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    s.push_str(&table(
        &headers,
        &[],
        pos.differentiation.iter().map(|row| {
            let mut cells = vec![esc(&row.criterion), esc(&row.us)];
            cells.extend(d.competitors.iter().map(|c| {
                row.competitors
                    .iter()
                    .find(|cell| cell.competitor_id == c.id)
                    .map_or_else(String::new, |cell| esc(&cell.value))
            }));
            cells
        }),
    ));
    s.push_str("</section>");

    // 6. Objectives.
    head(&mut s, 6);
    s.push_str(&table(
        &[
            "Code",
            "Objectif",
            "Indicateur",
            "Départ",
            "Cible",
            "Échéance",
            "Résultats clés",
        ],
        &[3, 4],
        plan.objectives.iter().map(|o| {
            let krs: Vec<String> = o
                .key_results
                .iter()
                .map(|k| format!("{} ({} {})", k.title, number(k.target), k.unit))
                .collect();
            vec![
                objective_code(o.id),
                format!("{}{}", esc(&o.title), if o.north_star { " ★" } else { "" }),
                esc(&o.metric),
                format!("{} {}", number(o.baseline), esc(&o.unit)),
                format!("{} {}", number(o.target), esc(&o.unit)),
                date(o.deadline),
                bullets(&krs),
            ]
        }),
    ));
    s.push_str("</section>");

    // 7. Marketing mix.
    let m = &plan.mix;
    head(&mut s, 7);
    for (lever, text) in [
        ("Produit", &m.product),
        ("Prix", &m.price),
        ("Distribution", &m.place),
        ("Communication", &m.promotion),
        ("Personnel", &m.people),
        ("Processus", &m.process),
        ("Preuves physiques", &m.physical_evidence),
    ] {
        let _ = write!(s, "<h2>{lever}</h2>{}", paragraphs(text));
    }
    s.push_str("</section>");

    // 8. Gantt chart of the actions.
    head(&mut s, 8);
    s.push_str("<table class=\"gantt\"><thead><tr><th class=\"label\">Action</th><th><div class=\"months\">");
    for month in MONTHS {
        let _ = write!(s, "<span>{month}</span>");
    }
    s.push_str("</div></th></tr></thead><tbody>");
    for a in &plan.actions {
        let _ = write!(
            s,
            "<tr><td class=\"label\">{}</td><td><div class=\"track\">",
            esc(&a.title)
        );
        if let Some((left, width)) = a.start.zip(a.end).and_then(|(b, e)| span(year, b, e)) {
            let _ = write!(
                s,
                "<div class=\"bar\" style=\"left:{left:.2}%;width:{width:.2}%\"></div>"
            );
        }
        for milestone in &a.milestones {
            if let Some((left, _)) = milestone.date.and_then(|d| span(year, d, d)) {
                let _ = write!(
                    s,
                    "<div class=\"milestone\" style=\"left:{left:.2}%\"></div>"
                );
            }
        }
        s.push_str("</div></td></tr>");
    }
    s.push_str("</tbody></table></section>");

    // 9. The action table.
    head(&mut s, 9);
    s.push_str(&table(
        &[
            "#",
            "Action",
            "Objectifs",
            "Levier",
            "Canal",
            "Responsable",
            "Début",
            "Fin",
            "Prévu",
            "Dépensé",
            "Statut",
        ],
        &[0, 8, 9],
        plan.actions.iter().map(|a| {
            let milestones: Vec<String> = a
                .milestones
                .iter()
                .map(|m| {
                    format!(
                        "{} ({}){}",
                        m.title,
                        date(m.date),
                        if m.done { " ✓" } else { "" }
                    )
                })
                .collect();
            vec![
                a.id.0.to_string(),
                format!(
                    "<b>{}</b><div class=\"small muted\">{}</div>{}",
                    esc(&a.title),
                    esc(&a.description),
                    if milestones.is_empty() {
                        String::new()
                    } else {
                        bullets(&milestones)
                    }
                ),
                a.objective_ids
                    .iter()
                    .map(|&id| objective_code(id))
                    .collect::<Vec<_>>()
                    .join(", "),
                choice(a.lever),
                choice(a.channel),
                esc(&a.owner),
                date(a.start),
                date(a.end),
                opt_money(a.planned_budget),
                opt_money(a.actual_spend),
                choice(Some(a.status)),
            ]
        }),
    ));
    s.push_str("</section>");

    // 10. Budget.
    head(&mut s, 10);
    let _ = write!(
        s,
        "<div class=\"figures\"><div class=\"figure\"><b>{}</b>enveloppe</div><div class=\"figure\"><b>{}</b>prévu</div><div class=\"figure\"><b>{}</b>dépensé</div><div class=\"figure\"><b>{}</b>actions</div></div>{}",
        opt_money(plan.budget.envelope),
        money(planned),
        money(spent),
        plan.actions.len(),
        paragraphs(&plan.budget.notes)
    );
    // Each breakdown groups the actions by a key.
    type Key = fn(&Action) -> String;
    let breakdowns: [(&str, Key); 3] = [
        ("Par levier", |a| choice(a.lever)),
        ("Par canal", |a| choice(a.channel)),
        ("Par trimestre", |a| {
            a.start
                .map_or("—".into(), |d| format!("T{}", d.month0() / 3 + 1))
        }),
    ];
    for (title, key) in breakdowns {
        let mut groups: BTreeMap<String, (Money, Money)> = BTreeMap::new();
        for a in &plan.actions {
            let entry = groups.entry(key(a)).or_insert((Money(0), Money(0)));
            entry.0 = entry.0.saturating_add(a.planned_budget.unwrap_or(Money(0)));
            entry.1 = entry.1.saturating_add(a.actual_spend.unwrap_or(Money(0)));
        }
        let top = groups
            .values()
            .map(|g| g.0.cents())
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let _ = write!(s, "<h2>{title}</h2>");
        s.push_str(&table(
            &["", "Prévu", "Dépensé", ""],
            &[1, 2],
            groups.iter().map(|(k, (p, sp))| {
                vec![
                    esc(k),
                    money(*p),
                    money(*sp),
                    format!(
                        "<div class=\"meter\" style=\"width:{:.1}%\"></div>",
                        p.cents() as f64 / top * 100.0
                    ),
                ]
            }),
        ));
    }
    s.push_str("</section>");

    // 11. KPIs.
    head(&mut s, 11);
    s.push_str(&table(
        &[
            "Indicateur",
            "Objectif",
            "Départ",
            "Cible",
            "Fréquence",
            "Outil",
            "Mesures",
        ],
        &[2, 3],
        plan.kpis.iter().map(|k| {
            let readings: Vec<String> = k
                .measurements
                .iter()
                .map(|m| format!("{} : {}", date(Some(m.date)), number(Some(m.value))))
                .collect();
            vec![
                esc(&k.name),
                k.objective_id.map_or("—".into(), objective_code),
                format!("{} {}", number(k.baseline), esc(&k.unit)),
                format!("{} {}", number(k.target), esc(&k.unit)),
                choice(k.frequency),
                esc(&k.tool),
                bullets(&readings),
            ]
        }),
    ));
    s.push_str("</section>");

    // 12. Notes.
    head(&mut s, 12);
    s.push_str(&paragraphs(&plan.notes));
    s.push_str("</section></body></html>");
    s
}
