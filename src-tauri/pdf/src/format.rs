//! How money, dates and figures read in each language.
//!
//! French: "12 500 €" (narrow no-break space between thousands) and "1er mars 2027"; English:
//! "€12,500" and "1 March 2027". Pure functions of their inputs, never of the clock.

use boussole_core::plan::{Language, Money};
use chrono::{Datelike, NaiveDate};

use crate::catalogue::texts;

/// Money in the plan's currency, e.g. "12 500 €" or "€12,500": the catalogue's one rule.
pub(crate) fn money(amount: Money, currency: &str, language: Language) -> String {
    boussole_core::labels::money(amount, currency, language)
}

/// A date in full, e.g. "15 mars 2027", "1er mars 2027" or "15 March 2027".
pub(crate) fn date(date: NaiveDate, language: Language) -> String {
    let t = texts(language);
    let month = t.months[date.month0() as usize];
    let day = if date.day() == 1 {
        t.first_of_month.to_string()
    } else {
        date.day().to_string()
    };
    format!("{day} {month} {}", date.year())
}

/// A short date for tables, e.g. "15 mars" / "15 Mar", with the year when it is not `year`.
pub(crate) fn short_date(date: NaiveDate, year: i32, language: Language) -> String {
    let t = texts(language);
    let month = t.months_short[date.month0() as usize];
    if date.year() == year {
        format!("{} {month}", date.day())
    } else {
        format!("{} {month} {}", date.day(), date.year())
    }
}

/// A date range for tables, e.g. "3 févr. – 30 avr.".
pub(crate) fn date_range(
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    year: i32,
    language: Language,
) -> String {
    match (start, end) {
        (Some(s), Some(e)) if s == e => short_date(s, year, language),
        (Some(s), Some(e)) => {
            format!(
                "{} – {}",
                short_date(s, year, language),
                short_date(e, year, language)
            )
        }
        (Some(s), None) => format!("{} –", short_date(s, year, language)),
        (None, Some(e)) => format!("– {}", short_date(e, year, language)),
        (None, None) => "—".into(),
    }
}

/// A measured or target figure, up to two decimals: the catalogue's one rule.
pub(crate) fn number(value: f64, language: Language) -> String {
    boussole_core::labels::number(value, language)
}

/// A figure with its unit, e.g. "25 %", "€40,000": the catalogue's one rule.
pub(crate) fn quantity(value: Option<f64>, unit: &str, language: Language) -> String {
    boussole_core::labels::quantity(value, unit, language)
}

/// A percentage of progress, e.g. "64 %" / "64%".
pub(crate) fn percent(ratio: f64, language: Language) -> String {
    boussole_core::labels::percent(ratio, language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn money_reads_the_french_and_english_ways() {
        assert_eq!(
            money(Money::from_units(12_500), "EUR", Language::Fr),
            "12\u{202F}500\u{A0}€"
        );
        assert_eq!(
            money(Money::from_units(12_500), "EUR", Language::En),
            "€12,500"
        );
        assert_eq!(
            money(Money(123_456_789), "EUR", Language::En),
            "€1,234,567.89"
        );
        assert_eq!(money(Money(-5_050), "EUR", Language::Fr), "-50,50\u{A0}€");
        assert_eq!(
            money(Money::from_units(900), "CHF", Language::En),
            "CHF\u{A0}900"
        );
        assert_eq!(
            money(Money::from_units(900), "CHF", Language::Fr),
            "900\u{A0}CHF"
        );
        assert_eq!(
            money(Money(i64::MIN), "EUR", Language::En),
            "-€92,233,720,368,547,758.08"
        );
    }

    #[test]
    fn dates_read_the_french_and_english_ways() {
        assert_eq!(date(d(2027, 3, 15), Language::Fr), "15 mars 2027");
        assert_eq!(date(d(2027, 3, 1), Language::Fr), "1er mars 2027");
        assert_eq!(date(d(2027, 3, 15), Language::En), "15 March 2027");
        assert_eq!(
            short_date(d(2028, 2, 3), 2027, Language::Fr),
            "3 févr. 2028"
        );
    }

    #[test]
    fn numbers_and_units() {
        assert_eq!(number(1250.5, Language::Fr), "1\u{202F}250,5");
        assert_eq!(number(1250.5, Language::En), "1,250.5");
        assert_eq!(number(0.999, Language::En), "1");
        assert_eq!(number(f64::NAN, Language::En), "—");
        assert_eq!(quantity(Some(25.0), "%", Language::Fr), "25\u{A0}%");
        assert_eq!(quantity(Some(25.0), "%", Language::En), "25%");
        assert_eq!(quantity(Some(40_000.0), "€", Language::En), "€40,000");
        assert_eq!(quantity(None, "€", Language::En), "—");
        assert_eq!(percent(0.644, Language::En), "64%");
    }
}
