//! Every trade's starting plan prints, in French and in English, and its figures still listed as
//! examples carry the example mark and its footnote; once confirmed they print plain.

mod common;

use boussole_core::plan::Language;
use boussole_core::print::PdfOptions;
use boussole_core::trades;
use boussole_pdf::render;
use common::*;

#[test]
fn every_trade_prints_with_its_example_figures_marked() {
    for id in trades::ids() {
        for (language, note) in [
            (Language::Fr, "Chiffre d’exemple repris du modèle du métier"),
            (Language::En, "Example figure from the trade’s template"),
        ] {
            let plan = trades::starting_plan(id, language, "Maison Test", 2027).unwrap();
            let name = format!("trade-{id}-{}.pdf", language.code());
            let bytes = render(&plan, &PdfOptions::for_plan(&plan, today()))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let path = save(&name, &bytes);
            assert_qpdf_ok(&path);
            let text = pages_text(&path).join("\n");
            assert!(text.contains(note), "{name}: no footnote");
            let first = &plan.objectives[0];
            let shown = boussole_core::labels::quantity(first.target, &first.unit, language);
            assert!(
                squash(&text).contains(&squash(&format!("{shown} *"))),
                "{name}: the first objective's target is not marked"
            );

            let mut confirmed = plan.clone();
            confirmed.start.example_figures.clear();
            let bytes = render(&confirmed, &PdfOptions::for_plan(&confirmed, today())).unwrap();
            let path = save(
                &format!("trade-{id}-{}-confirmed.pdf", language.code()),
                &bytes,
            );
            let text = pages_text(&path).join("\n");
            assert!(
                !text.contains(note),
                "{name}: footnote without an example figure"
            );
        }
    }
}
