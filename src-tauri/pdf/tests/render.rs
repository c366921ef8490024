//! Renders plans and reads the PDFs back with poppler and qpdf: pages, text, figures, contents
//! page numbers, links, bookmarks, metadata, fonts and layout bounds.

mod common;

use boussole_core::plan::*;
use boussole_core::print::{Paper, PdfOptions, PdfSection};
use boussole_pdf::{render, PdfError};
use common::*;

fn options(plan: &Plan) -> PdfOptions {
    PdfOptions::for_plan(plan, today())
}

fn rendered(name: &str, plan: &Plan, options: &PdfOptions) -> std::path::PathBuf {
    let bytes = render(plan, options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let path = save(name, &bytes);
    assert_qpdf_ok(&path);
    path
}

/// The contents page's entries: (title, page number), read from the text of page 2.
fn contents_entries(pages: &[String]) -> Vec<(String, usize)> {
    pages[1]
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let (title, number) = line.rsplit_once(' ')?;
            let number: usize = number.parse().ok()?;
            let title = title.trim();
            (!title.is_empty() && !title.contains("Page ")).then(|| (title.to_string(), number))
        })
        .collect()
}

#[test]
fn example_plan_prints_every_section_with_its_figures() {
    let plan = example();
    let path = rendered("example-fr.pdf", &plan, &options(&plan));
    let pages = pages_text(&path);
    let count = page_count(&path);
    assert_eq!(pages.len(), count);
    assert!((14..=30).contains(&count), "{count} pages");

    let all = squash(&pages.join("\n"));
    for title in [
        "Plan marketing 2027",
        "Biscuiterie Caradec",
        "15 janvier 2027",
        "Sommaire",
        "1. Synthèse",
        "2. Diagnostic",
        "Analyse SWOT",
        "Analyse PESTEL",
        "Les cinq forces de Porter",
        "Concurrents",
        "3. Cibles et positionnement",
        "Personas",
        "Tableau de différenciation",
        "4. Objectifs et indicateurs",
        "5. Mix marketing et plan d’action",
        "Calendrier",
        "6. Budget",
        "Par trimestre",
        "Par canal",
        "Par levier",
        "7. Suivi des indicateurs",
        "8. Notes internes",
    ] {
        assert!(all.contains(title), "missing {title:?}");
    }

    // Every objective's target and the total budget, formatted the French way.
    let objectives_page = pages
        .iter()
        .position(|p| p.contains("4. Objectifs et indicateurs") && !p.contains("Sommaire"))
        .unwrap_or(0);
    let objectives_text = squash(&pages[objectives_page..objectives_page + 2].join("\n"));
    for objective in &plan.objectives {
        if objective.unit.trim() == "€" {
            let target = objective.target.unwrap_or_default() as i64;
            assert!(
                objectives_text.contains(&squash(&fr_euros(target))),
                "target of {:?}",
                objective.title
            );
        }
    }
    let total: Money = plan.actions.iter().filter_map(|a| a.planned_budget).sum();
    let total = squash(&fr_euros(total.cents() / 100));
    assert!(
        squash(&pages[2]).contains(&total),
        "total budget {total} not on the summary page"
    );
    let budget_page = pages
        .iter()
        .position(|p| p.contains("6. Budget") && !p.contains("Sommaire"))
        .unwrap_or(0);
    assert!(
        squash(&pages[budget_page]).contains(&total),
        "total budget {total} not on the budget page"
    );

    // Footer on every page but the cover.
    assert!(!pages[0].contains("Page 1 /"));
    for (i, page) in pages.iter().enumerate().skip(1) {
        assert!(
            page.contains(&format!("Page {} / {count}", i + 1)),
            "footer of page {}",
            i + 1
        );
        assert!(page.contains("Biscuiterie Caradec"));
    }
}

#[test]
fn the_words_for_closed_lists_are_the_label_catalogue_s() {
    let plan = example();
    let mut channels: Vec<Channel> = plan.actions.iter().filter_map(|a| a.channel).collect();
    channels.dedup();
    let mut frequencies: Vec<Frequency> = plan.kpis.iter().filter_map(|k| k.frequency).collect();
    frequencies.dedup();
    for language in [Language::Fr, Language::En] {
        let mut options = options(&plan);
        options.language = language;
        let path = rendered(&format!("labels-{}.pdf", language.code()), &plan, &options);
        let text = squash(&pages_text(&path).join("\n"));
        let mut expected: Vec<&str> = Vec::new();
        expected.extend(PdfSection::ALL.iter().map(|s| s.label(language)));
        expected.extend(SwotQuadrant::ALL.iter().map(|q| q.label(language)));
        expected.extend(PestelFactor::ALL.iter().map(|f| f.label(language)));
        expected.extend(PorterForce::ALL.iter().map(|f| f.label(language)));
        expected.extend(Lever::ALL.iter().map(|l| l.label(language)));
        expected.extend(channels.iter().map(|c| c.label(language)));
        expected.extend(frequencies.iter().map(|f| f.label(language)));
        expected.push(Step::Review.label(language));
        for label in expected {
            assert!(
                text.contains(&squash(label)),
                "{}: {label:?} is not printed",
                language.code()
            );
        }
    }
}

#[test]
fn contents_numbers_links_and_bookmarks_agree_with_the_pages() {
    let plan = example();
    let path = rendered("example-contents.pdf", &plan, &options(&plan));
    let pages = pages_text(&path);
    let entries = contents_entries(&pages);
    assert!(entries.len() >= 8 + 10, "{entries:?}");

    // Each entry's page shows its heading; a section's page is the first to show its title.
    for (title, number) in &entries {
        let page = pages
            .get(number - 1)
            .unwrap_or_else(|| panic!("{title}: no page {number}"));
        assert!(
            squash(page).contains(&squash(title)),
            "{title:?} is not on page {number}"
        );
        if title.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let first = pages
                .iter()
                .skip(2)
                .position(|p| p.lines().any(|l| l.trim() == title))
                .map(|i| i + 3);
            assert_eq!(first, Some(*number), "{title}");
        }
    }

    // One link per contents line, to the same page.
    let json = qpdf_json(&path);
    let links = link_targets(&json, 2);
    let numbers: Vec<usize> = entries.iter().map(|(_, n)| *n).collect();
    assert_eq!(links, numbers);

    // Bookmarks: "Sommaire", then the sections holding their subsections, same pages.
    let marks = bookmarks(&json);
    assert_eq!(marks[0].title, "Sommaire");
    assert_eq!(marks[0].page, 2);
    let flat: Vec<(String, usize)> = marks[1..]
        .iter()
        .flat_map(|m| {
            std::iter::once((m.title.clone(), m.page))
                .chain(m.kids.iter().map(|k| (k.title.clone(), k.page)))
        })
        .collect();
    assert_eq!(flat.len(), entries.len());
    for ((mark, page), (entry, number)) in flat.iter().zip(&entries) {
        assert_eq!(squash(mark), squash(entry));
        assert_eq!(page, number, "{mark}");
    }
    assert_eq!(marks.len(), 1 + 8);
    assert!(marks[2].kids.iter().any(|k| k.title == "Analyse SWOT"));
}

#[test]
fn metadata_fonts_and_layout() {
    let plan = example();
    let path = rendered("example-meta.pdf", &plan, &options(&plan));
    assert_eq!(info(&path, "Author"), "Biscuiterie Caradec");
    assert!(info(&path, "Title").contains("Plan marketing 2027"));
    assert!(
        info(&path, "CreationDate").contains("2027"),
        "{}",
        info(&path, "CreationDate")
    );
    assert!(info(&path, "Page size").contains("595.28 x 841.89"));

    let fonts = std::process::Command::new("pdffonts")
        .arg(&path)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let rows: Vec<&str> = fonts.lines().filter(|l| l.contains("DejaVuSans")).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        // emb, sub, uni: embedded, subset, with a ToUnicode map.
        assert!(row.contains("yes yes yes"), "{row}");
        assert!(
            row.split_whitespace()
                .next()
                .is_some_and(|name| name.contains('+')),
            "not a subset: {row}"
        );
    }
    assert!(
        std::fs::metadata(&path)
            .map(|m| m.len())
            .unwrap_or(u64::MAX)
            < 400_000
    );
    assert_inside_and_apart(&path);
}

#[test]
fn english_and_letter_paper() {
    let plan = example();
    let options = PdfOptions {
        language: Language::En,
        paper: Paper::Letter,
        ..options(&plan)
    };
    let path = rendered("example-en-letter.pdf", &plan, &options);
    assert!(
        info(&path, "Page size").contains("612 x 792"),
        "{}",
        info(&path, "Page size")
    );
    let text = squash(&pages_text(&path).join("\n"));
    for expected in [
        "Marketing plan 2027",
        "15 January 2027",
        "Contents",
        "1. Executive summary",
        "Situation analysis",
        "Marketing mix and action plan",
        "Timeline",
        "KPI tracking",
        "By quarter",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    let total: Money = plan.actions.iter().filter_map(|a| a.planned_budget).sum();
    assert!(
        text.contains(&en_euros(total.cents() / 100)),
        "total in English"
    );
    assert!(!text.contains("Synthèse"));
    assert_inside_and_apart(&path);
}

#[test]
fn investor_version_hides_actual_spend_and_notes() {
    let plan = example();
    assert!(
        plan.actions.iter().any(|a| a.actual_spend.is_some()),
        "the example should have actuals"
    );
    let full =
        squash(&pages_text(&rendered("example-full.pdf", &plan, &options(&plan))).join("\n"));
    let spent: Money = plan.actions.iter().filter_map(|a| a.actual_spend).sum();
    let spent = squash(&fr_euros(spent.cents() / 100));
    assert!(full.contains("Écart") && full.contains(&spent));
    let investor = PdfOptions {
        investor: true,
        ..options(&plan)
    };
    let path = rendered("example-investor.pdf", &plan, &investor);
    let text = squash(&pages_text(&path).join("\n"));
    assert!(text.contains("Version pour les investisseurs"));
    assert!(
        !text.contains("Écart") && !text.contains(&spent),
        "actual spend shown to investors"
    );
    assert!(!text.contains("Notes internes"));
    let notes_start: String = squash(&plan.notes).chars().take(40).collect();
    assert!(
        !text.contains(&notes_start),
        "internal notes shown to investors"
    );
}

#[test]
fn chosen_sections_only() {
    let plan = example();
    let options = PdfOptions {
        sections: vec![PdfSection::Budget, PdfSection::Summary],
        ..options(&plan)
    };
    let path = rendered("example-two-sections.pdf", &plan, &options);
    let pages = pages_text(&path);
    let sections: Vec<(String, usize)> = contents_entries(&pages)
        .into_iter()
        .filter(|(t, _)| t.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    let titles: Vec<&str> = sections.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(titles, ["1. Synthèse", "2. Budget"]);
    assert!(!squash(&pages.join("\n")).contains("Analyse SWOT"));
}

#[test]
fn logo_png_and_jpeg_and_a_bad_logo() {
    let plan = example();
    let mut image = image::RgbaImage::new(240, 90);
    for (x, y, px) in image.enumerate_pixels_mut() {
        *px = image::Rgba([
            (x % 256) as u8,
            80,
            (y * 2 % 256) as u8,
            if x < 20 { 0 } else { 255 },
        ]);
    }
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(image.clone())
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap_or_else(|e| panic!("png: {e}"));
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(image::DynamicImage::ImageRgba8(image).to_rgb8())
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap_or_else(|e| panic!("jpeg: {e}"));
    for (name, bytes) in [("logo-png.pdf", png), ("logo-jpeg.pdf", jpeg)] {
        let options = PdfOptions {
            logo: Some(bytes),
            ..options(&plan)
        };
        let path = rendered(name, &plan, &options);
        let json = qpdf_json(&path);
        let images = json["pages"][0]["images"]
            .as_array()
            .map(Vec::len)
            .unwrap_or(0);
        assert_eq!(images, 1, "{name}: the cover has no image");
    }
    for bad in [
        b"not an image".to_vec(),
        b"\x89PNG\r\n\x1a\ntruncated".to_vec(),
        Vec::new(),
    ] {
        let options = PdfOptions {
            logo: Some(bad),
            ..options(&plan)
        };
        match render(&plan, &options) {
            Err(e @ PdfError::Logo(_)) => assert!(e.to_string().contains("logo"), "{e}"),
            other => panic!("a bad logo gave {:?}", other.map(|b| b.len())),
        }
        // What the use cases receive: the owner's image to change, not a damaged plan file.
        let figures = boussole_core::figures::of(&plan, options.today);
        let err = boussole_core::print::Printer::roadmap(
            &boussole_pdf::Printer,
            &plan,
            &figures,
            &options,
        )
        .unwrap_err();
        assert_eq!(err.kind(), boussole_core::ErrorKind::BadImage, "{err}");
    }
}

#[test]
fn blank_plans_render_in_both_languages() {
    for language in [Language::Fr, Language::En] {
        let plan = Plan::blank("", 2027, language);
        let path = rendered(
            &format!("blank-{}.pdf", language.code()),
            &plan,
            &options(&plan),
        );
        assert!(page_count(&path) >= 8);
        assert_inside_and_apart(&path);
    }
    let plan = Plan::blank("Vide", 2027, Language::Fr);
    let options = PdfOptions {
        sections: vec![],
        ..options(&plan)
    };
    let path = rendered("no-sections.pdf", &plan, &options);
    assert_eq!(page_count(&path), 2);
}

#[test]
fn options_cross_to_the_ui_in_camel_case() {
    let plan = example();
    let json = serde_json::to_value(options(&plan)).unwrap_or_default();
    assert_eq!(json["paper"], "a4");
    assert_eq!(json["sections"][0], "summary");
    assert_eq!(json["today"], "2027-01-15");
    let back: PdfOptions = serde_json::from_str(r#"{"language":"en","today":"2027-03-01"}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.paper, Paper::A4);
    assert_eq!(back.sections, PdfSection::all());
    assert!(!back.investor);
}

#[test]
fn markup_and_tricky_text_print_as_text_and_the_file_holds_no_script() {
    let mut plan = example();
    plan.company.name = "<script>alert('pwned')</script> & Cie".into();
    plan.actions[0].title = "<img src=x onerror=alert(1)> Salon \u{202e}ecnarF\u{202c}".into();
    plan.notes = "\"quotes\" 'apostrophes' \\backslash\\ {braces} (parentheses) %PDF-1.7".into();
    let path = rendered("markup.pdf", &plan, &options(&plan));
    let all = squash(&pages_text(&path).join("\n"));
    for text in [
        "<script>alert('pwned')</script> & Cie",
        "<img src=x onerror=alert(1)> Salon",
        "(parentheses) %PDF-1.7",
    ] {
        assert!(all.contains(text), "{text:?} is not printed as written");
    }
    let bytes = std::fs::read(&path).unwrap();
    for marker in [
        b"/JavaScript".as_slice(),
        b"/JS ",
        b"/OpenAction",
        b"/Launch",
    ] {
        assert!(
            !bytes.windows(marker.len()).any(|w| w == marker),
            "the PDF holds {}",
            String::from_utf8_lossy(marker)
        );
    }
}

/// Whether a font of this computer that a PDF can embed (not a colour one) has a character,
/// according to fontconfig: the test's own oracle for what the fallback should find.
fn system_font_has(c: char) -> bool {
    std::process::Command::new("fc-list")
        .arg(format!(":charset={:x}:color=False", c as u32))
        .arg("file")
        .output()
        .map(|o| !o.stdout.is_empty())
        .unwrap_or(false)
}

#[test]
fn right_to_left_text_reads_right_to_left_and_what_cannot_print_is_counted() {
    let mut plan = example();
    plan.notes =
        "Hébreu : שלום עולם\nArabe : مرحبا بالعالم\nChinois : 你好世界\nÉmoji : 🍪🥐\u{E000}"
            .into();
    plan.company.name = "Biscuiterie שלום".into();
    let options = options(&plan);
    let figures = boussole_core::figures::of(&plan, options.today);
    let roadmap =
        boussole_pdf::roadmap(&plan, &figures, &options).unwrap_or_else(|e| panic!("{e}"));
    let path = save("scripts-order.pdf", &roadmap.bytes);
    assert_qpdf_ok(&path);
    assert_inside_and_apart(&path);

    // Reading order: the first word typed is the rightmost on its line.
    let pages = words(&path);
    let notes = pages
        .iter()
        .rev()
        .find(|p| p.words.iter().any(|w| w.text.contains("Hébreu")))
        .unwrap_or_else(|| panic!("no notes page"));
    let on_line = |label: &str| -> Vec<&Word> {
        let Some(head) = notes.words.iter().find(|w| w.text.contains(label)) else {
            panic!("{label} not found");
        };
        let mut line: Vec<&Word> = notes
            .words
            .iter()
            .filter(|w| (w.y0 - head.y0).abs() < 2.0 && w.x0 > head.x1 + 5.0)
            .collect();
        line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        line
    };
    let letters = |w: &Word| -> String {
        let mut chars: Vec<char> = w.text.chars().collect();
        chars.sort_unstable();
        chars.into_iter().collect()
    };
    let sorted = |s: &str| {
        let mut chars: Vec<char> = s.chars().collect();
        chars.sort_unstable();
        chars.into_iter().collect::<String>()
    };
    for (label, first, second) in [("Hébreu", "שלום", "עולם"), ("Arabe", "مرحبا", "بالعالم")]
    {
        let line = on_line(label);
        let texts: Vec<String> = line.iter().map(|w| letters(w)).collect();
        assert_eq!(
            texts,
            [sorted(second), sorted(first)],
            "{label}: {:?}",
            line.iter().map(|w| &w.text).collect::<Vec<_>>()
        );
    }

    // Chinese prints with a font of this computer when there is one; the private-use character
    // never does; emoji only with a font that draws them in outline.
    let text = pages_text(&path).join("\n");
    let mut expected = 1;
    for c in ['你', '好', '世', '界', '🍪', '🥐'] {
        if system_font_has(c) {
            assert!(text.contains(c), "{c} has a font but is not printed");
        } else {
            expected += 1;
        }
    }
    assert_eq!(roadmap.unprinted, expected);
    assert!(text.contains('\u{FFFD}'));
    let fonts = std::process::Command::new("pdffonts")
        .arg(&path)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let embedded = fonts
        .lines()
        .skip(2)
        .filter(|l| l.contains("yes yes yes"))
        .count();
    let extra = usize::from(system_font_has('你'));
    assert_eq!(embedded, 2 + extra, "{fonts}");
}
