//! The names of the files a plan is written to: one rule for the PDF, the plan file, the
//! calendar and the spreadsheet folder, whether the core or the UI suggests them (the UI reads
//! the stem from the plan's summary).

/// Longest company part of a file name, in characters: long enough to recognise the company,
/// short enough for every file system's limits once the year and a word are added.
const MAX_NAME_CHARS: usize = 60;

/// A file name stem for a plan: the company name's letters and digits joined by dashes (at most
/// 60 characters, "plan" when none is left), then the year, e.g. "Biscuiterie-Caradec-2027".
pub fn file_stem(company_name: &str, year: i32) -> String {
    let joined = company_name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let short: String = joined.chars().take(MAX_NAME_CHARS).collect();
    // The cut may fall just after a dash; a stem never ends with one.
    let short = short.trim_end_matches('-');
    let name = if short.is_empty() { "plan" } else { short };
    format!("{name}-{year}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_letters_and_digits_joined_by_dashes() {
        assert_eq!(
            file_stem("Biscuiterie Caradec & fils", 2027),
            "Biscuiterie-Caradec-fils-2027"
        );
        assert_eq!(file_stem("Crêperie d’Anne", 2027), "Crêperie-d-Anne-2027");
        assert_eq!(file_stem("  Café / Lune ", 2028), "Café-Lune-2028");
        assert_eq!(file_stem("***", 2028), "plan-2028");
        assert_eq!(file_stem("", 2028), "plan-2028");
    }

    #[test]
    fn long_names_are_cut_without_a_trailing_dash() {
        // 59 letters, a space, then more: the cut falls right after the dash.
        let name = format!("{} suite", "a".repeat(59));
        let stem = file_stem(&name, 2027);
        assert_eq!(stem, format!("{}-2027", "a".repeat(59)));
        let long = "é".repeat(200);
        assert_eq!(file_stem(&long, 2027).chars().count(), 60 + 5);
    }
}
