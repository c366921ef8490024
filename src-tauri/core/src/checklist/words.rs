//! Reading the owner's free text: blank checks, title normalization, discount wording, vague
//! objective wording and audience figures (likes, followers, views), in French and English.
//!
//! Matching works on lowercase word tokens, so "wholesale" never matches "sale"; this module knows
//! nothing of rules or findings.

/// True when a text holds nothing but whitespace.
pub(super) fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Lowercase with runs of whitespace collapsed, for case- and spacing-insensitive comparisons.
pub(super) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Longest word the matchers know, in bytes; longer words cannot match and are not copied.
const MAX_WORD: usize = 16;

/// A short word lowercased on the stack, so scanning every action allocates nothing; empty for
/// a word too long to match anything.
#[derive(Clone, Copy)]
struct Word {
    bytes: [u8; MAX_WORD],
    len: u8,
}

impl Word {
    /// The empty word, standing for one too long to match.
    const TOO_LONG: Word = Word {
        bytes: [0; MAX_WORD],
        len: 0,
    };

    /// Lowercases a token.
    fn new(token: &str) -> Word {
        let mut word = Word::TOO_LONG;
        if token.len() > MAX_WORD {
            return word;
        }
        if token.is_ascii() {
            let bytes = &mut word.bytes[..token.len()];
            bytes.copy_from_slice(token.as_bytes());
            bytes.make_ascii_lowercase();
            word.len = u8::try_from(token.len()).unwrap_or(0);
            return word;
        }
        let mut len = 0;
        for c in token.chars().flat_map(char::to_lowercase) {
            let end = len + c.len_utf8();
            let Some(slot) = word.bytes.get_mut(len..end) else {
                return Word::TOO_LONG;
            };
            c.encode_utf8(slot);
            len = end;
        }
        word.len = u8::try_from(len).unwrap_or(0);
        word
    }

    /// The lowercase text.
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

/// Word tokens as written: runs of letters and digits (apostrophes, hyphens and signs split).
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
}

/// Whether a token, lowercased, is one of `options`.
fn is_one_of(token: Option<&str>, options: &[&str]) -> bool {
    token.is_some_and(|t| options.contains(&Word::new(t).as_str()))
}

/// Whether a token can start a discount word: its first letter begins one of them.
fn may_be_discount(token: &str) -> bool {
    token
        .as_bytes()
        .first()
        .is_some_and(|b| b"abcdfhlmoprsv".contains(&b.to_ascii_lowercase()))
}

/// True for a token made of ASCII digits only.
fn is_number(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit())
}

/// The single-digit value of a token, e.g. 2 for "2".
fn digit(token: Option<&str>) -> Option<u8> {
    match token.map(str::as_bytes) {
        Some([b]) if b.is_ascii_digit() => Some(b - b'0'),
        _ => None,
    }
}

/// The discount wording in a text, if any, e.g. "soldes", "promo" or "-20 %".
pub(super) fn discount_wording(text: &str) -> Option<String> {
    if let Some(cut) = minus_percent(text) {
        return Some(cut);
    }
    let mut rest = tokens(text);
    let (mut prev, mut current, mut next, mut after) =
        (None, rest.next(), rest.next(), rest.next());
    while let Some(token) = current {
        if may_be_discount(token) {
            if let Some(hit) = discount_at(prev, Word::new(token).as_str(), next, after) {
                return Some(hit.to_string());
            }
        }
        (prev, current, next, after) = (current, next, after, rest.next());
    }
    None
}

/// A price cut written like "-20 %", "-15%" or "− 30 %", given back as "-20 %".
fn minus_percent(text: &str) -> Option<String> {
    let is_space = |c: &char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    for (at, _) in text.match_indices('%') {
        let mut back = text[..at].chars().rev().peekable();
        while back.next_if(is_space).is_some() {}
        let mut digits = Vec::new();
        while let Some(d) = back.next_if(char::is_ascii_digit) {
            digits.push(d);
        }
        if digits.is_empty() || digits.len() > 3 {
            continue;
        }
        while back.next_if(is_space).is_some() {}
        if !matches!(back.next(), Some('-' | '−' | '–')) {
            continue;
        }
        if back
            .next()
            .is_none_or(|c| is_space(&c) || matches!(c, '(' | ':' | '«' | '"'))
        {
            return Some(format!("-{} %", digits.iter().rev().collect::<String>()));
        }
    }
    None
}

/// Whether an ambiguous word ("promotion", "réduction", "remise") is used in its everyday sense,
/// as in "promotion de la boutique", "réduction des déchets" or "remise en état".
fn everyday_sense(next: Option<&str>, after: Option<&str>) -> bool {
    if is_one_of(next, &["de", "d", "of"]) {
        !(after.is_some_and(is_number) || is_one_of(after, &["prix", "price"]))
    } else {
        is_one_of(
            next,
            &["des", "du", "en", "à", "a", "au", "aux", "for", "to", "in"],
        )
    }
}

/// The discount wording at a lowercase word, given the tokens around it as written (they are
/// lowercased only when a guard reads them, as most words match nothing).
fn discount_at(
    prev: Option<&str>,
    word: &str,
    next: Option<&str>,
    after: Option<&str>,
) -> Option<&'static str> {
    match word {
        "promo" | "promos" => Some("promo"),
        "rabais" => Some("rabais"),
        "soldes" | "soldé" | "soldés" | "soldée" | "soldées" => Some("soldes"),
        "solde" if is_one_of(prev, &["en"]) => Some("soldes"),
        "déstockage" | "destockage" => Some("déstockage"),
        "braderie" | "bradé" | "bradés" => Some("braderie"),
        "liquidation" => Some("liquidation"),
        "coupon" | "coupons" => Some("coupon"),
        "discount" | "discounts" | "discounted" => Some("discount"),
        "clearance" => Some("clearance"),
        "sale" => Some("sale"),
        "bogo" => Some("bogo"),
        "promotion" | "promotions" | "promotionnel" | "promotionnelle" | "promotionnels"
        | "promotionnelles" | "promotional"
            if !everyday_sense(next, after) =>
        {
            Some("promotion")
        }
        "remise" | "remises" if !everyday_sense(next, after) => Some("remise"),
        "réduction" | "réductions" | "reduction" | "reductions" if !everyday_sense(next, after) => {
            Some("réduction")
        }
        "black" if is_one_of(next, &["friday"]) => Some("black friday"),
        "vente" | "ventes"
            if is_one_of(next, &["privée", "privées", "privee", "privees", "flash"]) =>
        {
            Some("vente privée")
        }
        "prix"
            if is_one_of(
                next,
                &[
                    "cassé",
                    "cassés",
                    "casses",
                    "barré",
                    "barrés",
                    "barres",
                    "sacrifiés",
                    "réduits",
                ],
            ) =>
        {
            Some("prix cassés")
        }
        "moitié" | "moitie" if is_one_of(next, &["prix"]) => Some("moitié prix"),
        "half" if is_one_of(next, &["price"]) => Some("half price"),
        "off" if prev.is_some_and(is_number) => Some("% off"),
        "buy" if is_one_of(next, &["one"]) && is_one_of(after, &["get"]) => Some("buy one get one"),
        "pour" | "for" => match (digit(prev), digit(next)) {
            (Some(a), Some(b)) if a > b && b > 0 => Some("2 pour 1"),
            _ => None,
        },
        "acheté" | "achetés" | "achetée" | "achetées" | "achete"
            if is_one_of(
                after,
                &["offert", "offerte", "offerts", "offertes", "gratuit"],
            ) =>
        {
            Some("1 acheté, 1 offert")
        }
        _ => None,
    }
}

/// Whether an objective's title is vague: a "do more" verb and no figure at all.
pub(super) fn vague_title(title: &str) -> bool {
    if title.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut rest = tokens(title);
    let mut current = rest.next();
    while let Some(token) = current {
        let next = rest.next();
        let vague = match Word::new(token).as_str() {
            "augmenter" | "accroître" | "accroitre" | "améliorer" | "ameliorer" | "développer"
            | "developper" | "booster" | "renforcer" | "optimiser" | "dynamiser" | "maximiser"
            | "doper" | "davantage" | "increase" | "improve" | "grow" | "boost" | "develop"
            | "enhance" | "strengthen" | "maximize" | "maximise" | "optimize" | "optimise"
            | "more" | "better" => true,
            "plus" => is_one_of(next, &["de"]),
            _ => false,
        };
        if vague {
            return true;
        }
        current = next;
    }
    false
}

/// Whether a KPI's name or unit counts an audience figure (likes, followers, views, impressions,
/// reach, engagement) rather than sales or customers. "Abonnés" and "subscribers" count as
/// audience only beside a social network: a newsletter's or a subscription box's subscribers are
/// customers or prospects.
pub(super) fn audience_figure(text: &str) -> bool {
    let mut social = false;
    let mut subscribers = false;
    let mut prev: Option<&str> = None;
    for token in tokens(text) {
        let word = Word::new(token);
        match word.as_str() {
            "like" | "likes" | "follower" | "followers" | "vue" | "vues" | "view" | "views"
            | "impression" | "impressions" | "portée" | "reach" | "fans" | "engagement" => {
                return true
            }
            "aime" if is_one_of(prev, &["j"]) => return true,
            "abonné" | "abonnés" | "abonne" | "abonnes" | "subscriber" | "subscribers" => {
                subscribers = true
            }
            "instagram" | "facebook" | "tiktok" | "linkedin" | "youtube" | "pinterest"
            | "twitter" | "réseaux" | "reseaux" | "sociaux" | "social" | "socials" => {
                social = true
            }
            _ => {}
        }
        prev = Some(token);
    }
    subscribers && social
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_figures_in_french_and_english() {
        for text in [
            "Abonnés Instagram",
            "Mentions J'aime",
            "Likes per post",
            "Vues des vidéos",
            "Impressions LinkedIn",
            "Portée des publications",
            "Taux d'engagement",
            "YouTube subscribers",
        ] {
            assert!(audience_figure(text), "{text}");
        }
        for text in [
            "Abonnés à la box mensuelle",
            "Newsletter subscribers",
            "Chiffre d'affaires",
            "Clients fidèles",
            "Visites en boutique",
            "Aimer son métier",
        ] {
            assert!(!audience_figure(text), "{text}");
        }
    }

    #[test]
    fn discount_wording_in_french_and_english() {
        for text in [
            "Soldes d'hiver",
            "Code promo Instagram",
            "Remise fidélité",
            "20 % de réduction sur les galettes",
            "Offre -20 % sur les entremets",
            "Jusqu'à −30% en janvier",
            "Déstockage de fin de saison",
            "2 pour 1 sur les croissants",
            "Summer sale",
            "Coupon in the local paper",
            "Black Friday",
            "Buy one get one free",
            "15% off all cakes",
            "Vente privée pour les habitués",
            "Un acheté, un offert",
            "Promotion sur les macarons",
            "Réduction de 10 € pour les étudiants",
            "Clearance of old stock",
            "GALETTES SOLDÉES",
            "Anticonstitutionnellement, des soldes",
        ] {
            assert!(discount_wording(text).is_some(), "{text}");
        }
    }

    #[test]
    fn no_discount_in_everyday_wording() {
        for text in [
            "Wholesale partnerships with cafés",
            "Sales training for the team",
            "Promotion de la boutique sur Instagram",
            "Réduction des déchets",
            "Remise en état de la vitrine",
            "Remise des prix du concours",
            "Atelier pâtisserie 2026-2027",
            "Newsletter 12 fois par an",
            "Salon du chocolat",
            "Marché de Noël",
            "Solde du compte fournisseur",
            "Opening hours 7-20",
        ] {
            assert_eq!(discount_wording(text), None, "{text}");
        }
    }

    #[test]
    fn vague_titles() {
        assert!(vague_title("Augmenter les ventes"));
        assert!(vague_title("Increase sales"));
        assert!(vague_title("Avoir plus de clients"));
        assert!(!vague_title("Augmenter les ventes de 10 %"));
        assert!(!vague_title("Increase sales to 120k"));
        assert!(!vague_title("Ouvrir une deuxième boutique"));
    }

    #[test]
    fn normalize_ignores_case_and_spacing() {
        assert_eq!(normalize("  Salon   du CHOCOLAT "), "salon du chocolat");
        assert_eq!(normalize("Été\tGourmand"), "été gourmand");
    }
}
