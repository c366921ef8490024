//! Units compared one way: when a figure typed in one unit can be read in another ("k€" and "€",
//! "EUR" and "euros", "clients" and "client"), and by what factor. Everything that compares the
//! units of an objective, its key results and its KPIs goes through `factor`.

/// What a unit measures, once normalised.
#[derive(Debug, Clone, PartialEq)]
enum Dimension {
    /// No unit was typed: it is taken as the same as any other.
    Unstated,
    /// An amount of money in a currency (ISO code).
    Money(&'static str),
    /// A percentage.
    Percent,
    /// Anything else, by its normalised words ("client", "couvert/jour").
    Count(String),
}

/// A unit as typed, understood: what it measures and how many base units one of it is.
#[derive(Debug, Clone, PartialEq)]
struct Unit {
    dimension: Dimension,
    scale: f64,
}

/// By how much a figure in `from` is multiplied to read it in `to` ("k€" to "€": 1,000); none when
/// the two units do not measure the same thing ("€" and "couverts/jour"). A blank unit compares
/// with anything at a factor of 1: the owner did not say, and nothing contradicts it.
pub fn factor(from: &str, to: &str) -> Option<f64> {
    let (from, to) = (parse(from), parse(to));
    match (&from.dimension, &to.dimension) {
        (Dimension::Unstated, _) | (_, Dimension::Unstated) => Some(1.0),
        (a, b) if a == b => Some(from.scale / to.scale),
        _ => None,
    }
}

/// Whether two units measure the same thing (whatever the scale).
pub fn same(a: &str, b: &str) -> bool {
    factor(a, b).is_some()
}

/// By how much a figure in `unit` is multiplied to read it in the plan's `currency` (an ISO code):
/// "k€" in "EUR" is 1,000. None when `unit` is not money in that currency (a blank unit included:
/// money is only assumed when the owner wrote it).
pub fn money_factor(unit: &str, currency: &str) -> Option<f64> {
    let (from, to) = (parse(unit), parse(currency));
    match (&from.dimension, &to.dimension) {
        (Dimension::Money(a), Dimension::Money(b)) if a == b => Some(from.scale / to.scale),
        _ => None,
    }
}

/// Whether a unit is a percentage.
pub fn is_percent(unit: &str) -> bool {
    parse(unit).dimension == Dimension::Percent
}

/// The currencies recognised, by the words and symbols that name them.
const CURRENCIES: &[(&str, &[&str])] = &[
    ("EUR", &["€", "eur", "euro", "euros"]),
    ("USD", &["$", "usd", "dollar", "dollars", "us$"]),
    ("GBP", &["£", "gbp", "livre", "livres", "pound", "pounds"]),
    (
        "CHF",
        &[
            "chf",
            "franc suisse",
            "francs suisses",
            "swiss franc",
            "swiss francs",
        ],
    ),
];

/// Multipliers written before a currency: "k€", "M€", "Md€", "k$"...
const SCALES: &[(&str, f64)] = &[
    ("md", 1e9),
    ("mds", 1e9),
    ("mrd", 1e9),
    ("bn", 1e9),
    ("k", 1e3),
    ("m", 1e6),
    ("millions d'", 1e6),
    ("millions de", 1e6),
    ("milliers d'", 1e3),
    ("milliers de", 1e3),
    ("thousand", 1e3),
    ("million", 1e6),
];

/// Words that only say whether tax is included: they do not change what is counted.
const TAX_WORDS: &[&str] = &[
    "ht",
    "ttc",
    "hors taxes",
    "hors taxe",
    "excl. vat",
    "incl. vat",
];

fn parse(text: &str) -> Unit {
    let lower = text.trim().to_lowercase().replace(['’', '`'], "'");
    let mut words = lower.as_str();
    for tax in TAX_WORDS {
        words = words.strip_suffix(tax).unwrap_or(words).trim_end();
    }
    if words.is_empty() {
        return Unit {
            dimension: Dimension::Unstated,
            scale: 1.0,
        };
    }
    if ["%", "pourcent", "pour cent", "percent", "pct", "% "]
        .iter()
        .any(|p| words == p.trim())
    {
        return Unit {
            dimension: Dimension::Percent,
            scale: 1.0,
        };
    }
    if let Some(unit) = money(words) {
        return unit;
    }
    Unit {
        dimension: Dimension::Count(count_words(words)),
        scale: 1.0,
    }
}

/// A unit of money: a currency, optionally after a multiplier ("k€", "M EUR", "milliers d'euros").
fn money(words: &str) -> Option<Unit> {
    let currency = |w: &str| {
        CURRENCIES
            .iter()
            .find(|(_, names)| names.contains(&w.trim()))
            .map(|(code, _)| *code)
    };
    if let Some(code) = currency(words) {
        return Some(Unit {
            dimension: Dimension::Money(code),
            scale: 1.0,
        });
    }
    SCALES.iter().find_map(|(prefix, scale)| {
        let rest = words.strip_prefix(prefix)?;
        currency(rest).map(|code| Unit {
            dimension: Dimension::Money(code),
            scale: *scale,
        })
    })
}

/// Words of a count, normalised: "per"/"par" written as "/", spaces around "/" dropped, each
/// word in the singular ("couverts par jour" and "couvert/jour" are one unit).
fn count_words(words: &str) -> String {
    let slashed = words
        .replace(" par ", "/")
        .replace(" per ", "/")
        .replace(" a ", "/");
    slashed
        .split('/')
        .map(|part| {
            part.split_whitespace()
                .map(singular)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn singular(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    match chars.last() {
        Some('s' | 'x') if chars.len() > 3 => chars[..chars.len() - 1].iter().collect(),
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_one_unit_whatever_the_spelling_and_scales_convert() {
        for spelling in ["€", "EUR", "euros", "Euro", "€ HT", "euros TTC", " € "] {
            assert_eq!(factor(spelling, "€"), Some(1.0), "{spelling}");
        }
        assert_eq!(factor("k€", "€"), Some(1_000.0));
        assert_eq!(factor("€", "k€"), Some(0.001));
        assert_eq!(factor("M€", "k€"), Some(1_000.0));
        assert_eq!(factor("milliers d’euros", "€"), Some(1_000.0));
        assert_eq!(factor("Md€", "M€"), Some(1_000.0));
        assert_eq!(factor("$", "€"), None, "two currencies are not compared");
    }

    #[test]
    fn counts_compare_by_their_words_in_the_singular() {
        assert!(same("clients", "client"));
        assert!(same("Revendeurs", "revendeur"));
        assert!(same("couverts par jour", "couverts/jour"));
        assert!(same("%", "pourcent"));
        assert!(!same("couverts/jour", "€"));
        assert!(!same("clients", "commandes"));
        assert!(!same("%", "clients"));
    }

    #[test]
    fn money_in_the_plan_currency_is_told_from_other_units() {
        assert_eq!(money_factor("k€", "EUR"), Some(1_000.0));
        assert_eq!(money_factor("euros HT", "EUR"), Some(1.0));
        assert_eq!(money_factor("", "EUR"), None);
        assert_eq!(money_factor("$", "EUR"), None);
        assert_eq!(money_factor("clients", "EUR"), None);
        assert!(is_percent("%") && !is_percent("€"));
    }

    #[test]
    fn an_unstated_unit_compares_with_anything() {
        assert_eq!(factor("", "€"), Some(1.0));
        assert_eq!(factor("clients", "  "), Some(1.0));
    }
}
