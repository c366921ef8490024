//! The example plan seeded at first start: a complete, credible plan of a French SME (Biscuiterie
//! Caradec, an artisanal Breton biscuit maker) with every section filled in, in French.
//!
//! Every date is built from the plan year, so the same example serves any year. The texts use
//! French typography: narrow no-break spaces before ; : ! ? € % and inside « ».

use chrono::{Datelike, NaiveDate};

use crate::plan::*;

const KERLANN: CompetitorId = CompetitorId(1);
const AVEL: CompetitorId = CompetitorId(2);
const REMPARTS: CompetitorId = CompetitorId(3);
const PRIVATE_LABEL: CompetitorId = CompetitorId(4);
/// The competitors in the order of the differentiation table's columns.
const COMPETITORS: [CompetitorId; 4] = [KERLANN, AVEL, REMPARTS, PRIVATE_LABEL];

const TOURISTS: SegmentId = SegmentId(1);
const FINE_GROCERS: SegmentId = SegmentId(2);
const ONLINE_FANS: SegmentId = SegmentId(3);

const REVENUE: ObjectiveId = ObjectiveId(1);
const RESELLERS: ObjectiveId = ObjectiveId(2);
const ONLINE_SALES: ObjectiveId = ObjectiveId(3);
const AWARENESS: ObjectiveId = ObjectiveId(4);
const CONVERSION: ObjectiveId = ObjectiveId(5);

/// The example plan shown at first start, for the given plan year.
pub fn example_plan(year: i32) -> Plan {
    Plan {
        id: None,
        previous_id: None,
        start: PlanStart {
            example: true,
            trade: None,
            visited_steps: vec![],
            example_figures: vec![],
        },
        company: Company {
            name: "Biscuiterie Caradec".into(),
            sector: "Biscuiterie artisanale bretonne (galettes, palets et gâteaux pur beurre)"
                .into(),
            size: Some(CompanySize::Pme),
            market_type: Some(MarketType::D2c),
            country: "France".into(),
            currency: "EUR".into(),
            plan_year: year,
            language: Language::Fr,
        },
        diagnostic: diagnostic(),
        review: review(year),
        targets: targets(),
        positioning: positioning(),
        objectives: objectives(year),
        mix: mix(),
        actions: actions(year),
        budget: Budget {
            envelope: Some(Money::from_units(60_000)),
            notes: "Enveloppe de 60 000 € HT hors salaires, soit 1,5 % du chiffre d’affaires visé \
                    (contre 55 300 € dépensés l’an dernier). 56 800 € sont affectés aux actions ; \
                    les 3 200 € restants forment une réserve pour les imprévus (réassort de \
                    présentoirs, occasion presse de dernière minute). La refonte du site \
                    (12 000 €) est le premier poste et sera amortie sur trois ans."
                .into(),
        },
        kpis: kpis(year),
        notes:
            "Faire le point sur ce plan avec l’équipe chaque trimestre (janvier, avril, juillet, \
                octobre). Renégocier le contrat beurre avec la laiterie avant le 1er février. \
                Vérifier auprès de la Région si le salon de Paris ouvre droit à l’aide aux salons \
                professionnels. Si la mise en ligne du nouveau site glisse après avril, décaler la \
                campagne d’été plutôt que d’envoyer les visiteurs vers l’ancien site."
                .into(),
        dismissals: vec![],
        adjustments: vec![],
        year_end: YearEnd {
            actions: vec![],
            objectives: vec![],
            lessons: String::new(),
        },
    }
}

/// The plan year the seed uses today: next year from September on, this year before.
pub fn default_seed_year(today: NaiveDate) -> i32 {
    if today.month() >= 9 {
        today.year() + 1
    } else {
        today.year()
    }
}

/// A date of the plan year. A day past the end of its month (29 February in a common year) falls
/// back to the month's last day, so no constant of this file can make it panic.
fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    (1..=day)
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(year, month, day))
        .unwrap_or_default()
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

fn force(rating: u8, note: &str) -> Force {
    Force {
        rating: Some(rating),
        note: note.into(),
    }
}

fn row(criterion: &str, us: &str, competitors: [&str; 4]) -> DifferentiationRow {
    DifferentiationRow {
        criterion: criterion.into(),
        us: us.into(),
        competitors: COMPETITORS
            .iter()
            .zip(competitors)
            .map(|(&competitor_id, value)| DifferentiationCell {
                competitor_id,
                value: value.into(),
            })
            .collect(),
    }
}

fn key_result(title: &str, target: f64, unit: &str) -> KeyResult {
    KeyResult {
        title: title.into(),
        target: Some(target),
        unit: unit.into(),
    }
}

fn milestone(title: &str, date: NaiveDate, done: bool) -> Milestone {
    Milestone {
        title: title.into(),
        date: Some(date),
        done,
    }
}

fn measurement(date: NaiveDate, value: f64) -> Measurement {
    Measurement { date, value }
}

fn diagnostic() -> Diagnostic {
    Diagnostic {
        market: Market {
            size: "Biscuits et gâteaux secs en France : environ 2,4 Md€ par an, dont près de \
                   300 M€ pour le haut de gamme et les spécialités régionales, et environ 70 M€ \
                   pour les biscuits bretons pur beurre."
                .into(),
            growth: "Marché stable en volume (−1 % par an) et en hausse de 2 à 3 % en valeur ; le \
                     haut de gamme et les spécialités régionales progressent de 4 à 5 % par an, \
                     portés par le cadeau gourmand et le tourisme."
                .into(),
            maturity: Some(MarketMaturity::Mature),
            outlook: "Le marché reste mûr mais le haut de gamme gagne du terrain : les clients \
                      achètent moins souvent et mieux, surtout pour offrir. La vente en ligne pèse \
                      moins de 10 % des ventes de la catégorie et progresse chaque année. \
                      Principal risque : le prix du beurre, qui comprime les marges s’il n’est pas \
                      répercuté."
                .into(),
        },
        competitors: vec![
            Competitor {
                id: KERLANN,
                name: "Biscuiterie Kerlann".into(),
                offer: "Large gamme de galettes, palets, crêpes dentelle et caramels en sachets et \
                        en boîtes carton, vendue en grande distribution dans tout l’Ouest et dans \
                        huit magasins d’usine en zones touristiques."
                    .into(),
                positioning: "Le biscuit breton traditionnel accessible, pour tous et partout ; \
                              forte notoriété régionale."
                    .into(),
                price_level: Some(PriceLevel::Mid),
                differentiators: "Notoriété, prix serrés grâce aux volumes (environ 300 salariés), \
                                  présence en grande surface et sur les aires d’autoroute ; \
                                  fabrication industrielle."
                    .into(),
            },
            Competitor {
                id: AVEL,
                name: "Atelier Avel".into(),
                offer: "Jeune marque de sablés bio aux saveurs originales (sarrasin et chocolat, \
                        algues, pomme et cidre), vendue surtout en ligne, par abonnement et dans \
                        des concept stores."
                    .into(),
                positioning: "Le biscuit bio et design pour citadins de 25 à 40 ans ; \
                              communication très active sur Instagram."
                    .into(),
                price_level: Some(PriceLevel::Premium),
                differentiators: "Certification bio, étuis graphiques, forte communauté en ligne, \
                                  levée de fonds récente ; production sous-traitée et aucun \
                                  ancrage en boutique."
                    .into(),
            },
            Competitor {
                id: REMPARTS,
                name: "Biscuiterie des Remparts".into(),
                offer: "Biscuiterie artisanale de Saint-Malo : galettes, kouign-amann et gâteaux \
                        bretons vendus dans deux boutiques intra-muros."
                    .into(),
                positioning: "L’artisan de la cité corsaire, étape obligée des touristes de \
                              passage."
                    .into(),
                price_level: Some(PriceLevel::Mid),
                differentiators: "Emplacements de premier choix, produits frais du jour ; absente \
                                  hors de Saint-Malo, ne vend pas aux revendeurs ni en ligne."
                    .into(),
            },
            Competitor {
                id: PRIVATE_LABEL,
                name: "Galettes pur beurre de marque de distributeur".into(),
                offer: "Galettes et palets « pur beurre » des enseignes de grande distribution, \
                        souvent fabriqués par des biscuiteries régionales."
                    .into(),
                positioning: "Le pur beurre au meilleur prix, pour les achats du quotidien.".into(),
                price_level: Some(PriceLevel::Budget),
                differentiators: "Prix trois fois plus bas que les nôtres, disponibles partout ; \
                                  ni marque, ni histoire, emballage plastique standard."
                    .into(),
            },
        ],
        offer: Offer {
            description: "Galettes fines, palets épais, sablés au blé noir et gâteaux bretons pur \
                          beurre, cuits chaque matin dans notre atelier de Concarneau depuis 1958. \
                          Vendus dans nos trois boutiques (Concarneau, Quimper, Vannes), chez \
                          environ 180 épiceries fines et cavistes, sur notre site et en coffrets \
                          cadeaux pour les entreprises. Chiffre d’affaires : 3,8 M€ HT, 25 \
                          salariés."
                .into(),
            strengths: texts(&[
                "Recette familiale inchangée depuis 1958 : beurre de baratte breton, fleur de sel \
                 de Guérande, sans conservateur",
                "Atelier vitré ouvert au public à Concarneau : on voit façonner les galettes",
                "Boîtes métal illustrées par des artistes bretons, gardées et collectionnées",
                "Réseau fidèle de 180 épiceries fines, dont 60 hors de Bretagne",
            ]),
            weaknesses: texts(&[
                "Notoriété faible hors de Bretagne",
                "Site marchand vieillissant : taux de conversion de 1,1 %, lent sur mobile",
                "Conservation de quatre mois, plus courte que celle des biscuits industriels, qui \
                 freine certains revendeurs",
                "Ventes très saisonnières : 45 % du chiffre d’affaires en juillet, août et \
                 décembre",
            ]),
        },
        audience: "D’abord des vacanciers et excursionnistes de 35 à 70 ans qui achètent en \
                   boutique pour eux et pour offrir ; ensuite les épiceries fines et cavistes qui \
                   revendent nos boîtes à une clientèle aisée, surtout en fin d’année. En ligne, \
                   des Bretons installés ailleurs et d’anciens vacanciers qui recommandent « le \
                   goût des vacances ». Enfin, une centaine d’entreprises de l’Ouest qui \
                   commandent des coffrets pour leurs clients et leurs salariés en décembre."
            .into(),
        swot: Swot {
            strengths: texts(&[
                "Savoir-faire artisanal et recette authentique, salués par la presse régionale",
                "Trois boutiques en propre bien placées, dont l’atelier-boutique qui accueille \
                 6 200 visiteurs l’été",
                "Ingrédients bretons tracés et boîtes métal réutilisables",
                "Équipe stable et attachée à la maison, dont quatre biscuitiers formés en interne",
            ]),
            weaknesses: texts(&[
                "Faible notoriété hors de Bretagne",
                "Site marchand peu performant : la vente en ligne ne fait que 6 % du chiffre \
                 d’affaires",
                "Forte saisonnalité des ventes et de la trésorerie",
                "Un seul commercial pour tout le réseau de revendeurs",
            ]),
            opportunities: texts(&[
                "Essor du cadeau gourmand et du « fabriqué en France » haut de gamme",
                "Fréquentation touristique en hausse en Bretagne, y compris au printemps et à \
                 l’automne",
                "Épiceries fines de plus en plus nombreuses dans les grandes villes (Paris, Lyon, \
                 Bordeaux, Nantes)",
                "Entreprises en quête de cadeaux locaux et responsables pour leurs clients",
            ]),
            threats: texts(&[
                "Prix du beurre très volatil, premier poste de matières premières",
                "Grandes biscuiteries régionales présentes sur les mêmes lieux touristiques",
                "Nouvelles marques en ligne très actives sur les réseaux sociaux",
                "Pouvoir d’achat sous tension, qui peut freiner les achats plaisir",
            ]),
        },
        pestel: Pestel {
            political: "Soutien de la Région Bretagne aux PME agroalimentaires (aides aux salons \
                        et à l’export) ; adhésion à l’association « Produit en Bretagne », qui \
                        valorise l’origine régionale ; politiques publiques favorables aux \
                        circuits courts."
                .into(),
            economic: "Prix du beurre très volatil (plus de 40 % d’écart en deux ans) et énergie \
                       des fours plus chère ; inflation alimentaire retombée mais consommateurs \
                       prudents : les achats plaisir et cadeaux résistent mieux que les achats \
                       courants."
                .into(),
            social: "Recherche d’authenticité, de local et de fait-main ; fort attachement à \
                     l’identité bretonne, y compris chez les Bretons installés ailleurs ; \
                     attention croissante au sucre chez une partie des clients, qui achètent moins \
                     souvent mais mieux."
                .into(),
            technological: "Vente en ligne et paiement mobile devenus la norme ; réseaux sociaux \
                            visuels (Instagram, vidéos courtes) efficaces pour montrer un \
                            atelier ; outils d’e-mailing et de gestion de la relation client à la \
                            portée d’une PME."
                .into(),
            environmental: "Attentes fortes sur les emballages (moins de plastique, boîtes \
                            réutilisables) ; coût et empreinte carbone des expéditions en ligne ; \
                            sécheresses et crises sanitaires dans l’élevage qui pèsent sur l’offre \
                            de lait et de beurre."
                .into(),
            legal: "Règlement INCO sur l’étiquetage et les allergènes ; loi AGEC sur les \
                    emballages et la fin du plastique à usage unique ; lois EGalim sur les \
                    négociations commerciales ; obligations de la vente à distance (CGV, médiation \
                    de la consommation, RGPD pour le fichier clients)."
                .into(),
        },
        porter: Porter {
            rivalry: force(
                4,
                "Nombreuses biscuiteries bretonnes, industrielles et artisanales, sur les mêmes \
                 lieux touristiques ; la différence se fait sur la qualité perçue et la marque.",
            ),
            new_entrants: force(
                3,
                "Lancer une marque en ligne est facile (production sous-traitée), mais bâtir un \
                 atelier, des boutiques et un réseau de revendeurs demande des années.",
            ),
            substitutes: force(
                3,
                "Chocolats, caramels, cidres et autres spécialités régionales se disputent le même \
                 budget souvenir et cadeau.",
            ),
            buyer_power: force(
                2,
                "Clientèle de particuliers très dispersée ; aucune épicerie fine ne pèse plus de \
                 2 % du chiffre d’affaires ; aucune dépendance à la grande distribution.",
            ),
            supplier_power: force(
                4,
                "Peu de fournisseurs de beurre de baratte et de fleur de sel de Guérande, dont les \
                 prix s’imposent à nous ; contrat annuel avec une laiterie coopérative pour lisser \
                 les hausses.",
            ),
        },
        to_review: false,
    }
}

fn review(year: i32) -> Review {
    let action = |id, title: &str, decision, note: &str| ActionReview {
        action_id: ActionId(id),
        title: title.into(),
        decision: Some(decision),
        note: note.into(),
    };
    let objective =
        |id, title: &str, (target, measured), unit: &str, comment: &str| ObjectiveReview {
            objective_id: ObjectiveId(id),
            title: title.into(),
            target: Some(target),
            measured: Some(measured),
            unit: unit.into(),
            comment: comment.into(),
        };
    Review {
        previous_year: Some(year - 1),
        actions: vec![
            action(
                1,
                "Salon professionnel de l’épicerie fine à Paris",
                ReviewDecision::Keep,
                "14 nouveaux revendeurs ouverts pour 8 900 € : le meilleur coût d’acquisition de \
                 l’année. À refaire, en relançant les contacts plus vite.",
            ),
            action(
                2,
                "Publicité Facebook et Instagram toute l’année",
                ReviewDecision::Correct,
                "Rentable en juillet et en décembre, à perte le reste de l’année : 1,40 € de \
                 ventes pour 1 € dépensé en moyenne. Concentrer le budget sur les deux pics de \
                 ventes.",
            ),
            action(
                3,
                "Dépliants distribués dans les campings et offices de tourisme",
                ReviewDecision::Abandon,
                "12 000 dépliants sans effet mesurable sur la fréquentation des boutiques. Budget \
                 reporté sur les visites d’atelier.",
            ),
            action(
                4,
                "Visites commentées de l’atelier en été",
                ReviewDecision::Keep,
                "6 200 visiteurs, dont 70 % achètent en sortant, pour un panier moyen de 24 €. \
                 Ouvrir aussi des créneaux en juin et en septembre.",
            ),
            action(
                5,
                "Catalogue de coffrets d’entreprise envoyé par courrier",
                ReviewDecision::Correct,
                "38 commandes, mais catalogue parti trop tard (mi-novembre). L’envoyer dès \
                 octobre, par e-mail, avec une relance téléphonique.",
            ),
        ],
        objectives: vec![
            objective(
                1,
                "Atteindre 280 000 € de ventes en ligne",
                (280_000.0, 236_000.0),
                "€",
                "Trafic en hausse de 18 %, mais conversion restée à 1,1 % : le site est le \
                 principal frein.",
            ),
            objective(
                2,
                "Ouvrir 25 nouveaux revendeurs",
                (25.0, 19.0),
                "revendeurs",
                "Le salon a tenu ses promesses ; la prospection à distance a manqué de temps \
                 commercial au printemps.",
            ),
            objective(
                3,
                "Accueillir 6 000 visiteurs à l’atelier",
                (6_000.0, 6_200.0),
                "visiteurs",
                "Objectif dépassé grâce à la réservation des visites en ligne.",
            ),
        ],
        budget_planned: Some(Money::from_units(52_000)),
        budget_spent: Some(Money::from_units(55_300)),
        lessons: "Les actions visibles et mesurables (salon, visites d’atelier) ont payé ; la \
                  publicité en continu et les dépliants ont dispersé le budget. Le site marchand \
                  freine la vente en ligne : sa refonte est la priorité de l’année. Le budget a \
                  été dépassé de 6 % à cause d’un stand plus grand que prévu : nous gardons cette \
                  année une réserve non affectée."
            .into(),
    }
}

fn targets() -> Targets {
    Targets {
        segments: vec![
            Segment {
                id: TOURISTS,
                name: "Vacanciers et excursionnistes en Bretagne sud".into(),
                criteria:
                    "Particuliers de 35 à 70 ans en séjour ou en excursion dans le Finistère sud \
                           et le Morbihan, d’avril à octobre ; achètent en boutique pour eux et \
                           pour offrir au retour."
                        .into(),
                size:
                    "Environ 2,5 millions de nuitées touristiques par an à moins de 30 km de nos \
                       trois boutiques"
                        .into(),
                attractiveness: Some(Level::High),
                priority: Some(Priority::Primary),
            },
            Segment {
                id: FINE_GROCERS,
                name: "Épiceries fines et cavistes indépendants".into(),
                criteria:
                    "Commerces indépendants de produits gourmands haut de gamme, en Bretagne et \
                           dans les grandes villes, qui cherchent des produits d’artisans à \
                           raconter ; commandes de 300 à 1 500 € HT."
                        .into(),
                size: "Environ 4 000 épiceries fines en France, dont 180 déjà clientes".into(),
                attractiveness: Some(Level::High),
                priority: Some(Priority::Primary),
            },
            Segment {
                id: ONLINE_FANS,
                name: "Amoureux de la Bretagne qui achètent en ligne".into(),
                criteria: "Bretons installés hors de Bretagne et anciens vacanciers de 30 à 65 \
                           ans, qui commandent pour eux ou pour offrir, surtout avant Noël et la \
                           fête des Pères."
                    .into(),
                size: "12 000 contacts dans notre fichier, dont 3 400 acheteurs en ligne sur les \
                       douze derniers mois"
                    .into(),
                attractiveness: Some(Level::Medium),
                priority: Some(Priority::Secondary),
            },
        ],
        personas: vec![
            Persona {
                id: PersonaId(1),
                name: "Catherine, 58 ans, en vacances à Concarneau".into(),
                segment_id: Some(TOURISTS),
                role: "Infirmière cadre à Tours, passe deux semaines en Bretagne sud chaque été \
                       avec son mari"
                    .into(),
                goals: "Rapporter un souvenir authentique, faire plaisir à ses proches et à ses \
                        collègues, vivre quelque chose de vrai pendant ses vacances."
                    .into(),
                pains: "Se méfie des boutiques « attrape-touristes » ; ne sait pas distinguer \
                        l’artisanal de l’industriel ; ne veut pas porter de colis lourds jusqu’à \
                        la voiture."
                    .into(),
                channels: vec![
                    Channel::Partnerships,
                    Channel::Referral,
                    Channel::LocalListings,
                    Channel::InStore,
                ],
                channels_note: "Office de tourisme, guides et blogs de voyage, bouche-à-oreille \
                                au camping ou à l’hôtel, Google Maps."
                    .into(),
                buying_habits: "Achète en boutique en fin de séjour, de 25 à 60 € par visite ; \
                                recommande parfois en ligne à Noël si elle a gardé la boîte."
                    .into(),
            },
            Persona {
                id: PersonaId(2),
                name: "Julien, 44 ans, gérant d’une épicerie fine à Lyon".into(),
                segment_id: Some(FINE_GROCERS),
                role: "Propriétaire d’une épicerie fine de quartier à la Croix-Rousse, avec un \
                       rayon cadeaux"
                    .into(),
                goals: "Proposer des produits d’artisans absents des grandes surfaces, qui se \
                        vendent seuls grâce à leur emballage et à leur histoire ; réussir sa \
                        saison de Noël."
                    .into(),
                pains: "Trésorerie serrée ; minimums de commande trop élevés ; produits à date \
                        courte qui restent en rayon ; fournisseurs qui livrent en retard en \
                        décembre."
                    .into(),
                channels: vec![
                    Channel::TradeShows,
                    Channel::DirectSales,
                    Channel::SocialMedia,
                    Channel::Referral,
                ],
                channels_note: "Salons professionnels, visites de commerciaux, Instagram, \
                                bouche-à-oreille entre épiciers."
                    .into(),
                buying_habits: "Référence un produit après l’avoir goûté au salon ou reçu en \
                                échantillon ; première commande de 300 à 500 € HT, réassort tous \
                                les deux mois, gros volumes en octobre et novembre."
                    .into(),
            },
            Persona {
                id: PersonaId(3),
                name: "Morgane, 34 ans, Bretonne installée à Paris".into(),
                segment_id: Some(ONLINE_FANS),
                role: "Cheffe de projet dans une agence de communication, originaire de Quimper"
                    .into(),
                goals: "Garder un lien avec la Bretagne, offrir des cadeaux qui ont du sens, \
                        recevoir ses commandes vite et en bon état."
                    .into(),
                pains:
                    "Frais de port jugés élevés ; site lent et compliqué sur téléphone ; a déjà \
                        reçu des galettes cassées."
                        .into(),
                channels: vec![Channel::SocialMedia, Channel::Email, Channel::Referral],
                channels_note: "Instagram, newsletter, groupes de Bretons de Paris sur les \
                                réseaux sociaux, bouche-à-oreille familial."
                    .into(),
                buying_habits: "Commande sur son téléphone deux ou trois fois par an (Noël, fête \
                                des Pères, rentrée), panier moyen de 45 €."
                    .into(),
            },
        ],
    }
}

fn positioning() -> Positioning {
    Positioning {
        value_proposition: "Des galettes et des palets pur beurre façonnés à la main à Concarneau \
                            depuis 1958, au beurre de baratte et à la fleur de sel de Guérande, \
                            dans des boîtes illustrées qu’on garde et qu’on offre."
            .into(),
        brand_promise: "Le vrai goût de la Bretagne, cuit le matin, sans raccourci.".into(),
        statement: "Pour les amoureux de la Bretagne et les épiceries fines qui cherchent un \
                    biscuit d’exception à offrir, Biscuiterie Caradec est la biscuiterie familiale \
                    qui fabrique à la main, sous les yeux de ses clients, des galettes pur beurre \
                    aux ingrédients bretons tracés, contrairement aux grandes biscuiteries \
                    régionales qui produisent en volume pour la grande distribution."
            .into(),
        price_level: Some(PriceLevel::Premium),
        differentiation: vec![
            row(
                "Fabrication",
                "Artisanale, à la main, dans notre atelier vitré de Concarneau",
                [
                    "Industrielle, lignes automatisées",
                    "Sous-traitée à un façonnier",
                    "Artisanale, en arrière-boutique",
                    "Industrielle, fabricant non affiché",
                ],
            ),
            row(
                "Ingrédients",
                "Beurre de baratte breton, fleur de sel de Guérande, sans conservateur",
                [
                    "Beurre standard, arômes sur certaines références",
                    "Bio, farines anciennes",
                    "Beurre breton, sel non précisé",
                    "Beurre d’origine UE",
                ],
            ),
            row(
                "Prix au kilo",
                "Environ 32 €",
                [
                    "Environ 16 €",
                    "Environ 38 €",
                    "Environ 26 €",
                    "Environ 9 €",
                ],
            ),
            row(
                "Emballage",
                "Boîtes métal illustrées, réutilisables",
                [
                    "Sachets et boîtes carton",
                    "Étuis carton graphiques",
                    "Sachets kraft",
                    "Barquette plastique",
                ],
            ),
            row(
                "Où l’acheter",
                "3 boutiques, 180 épiceries fines, site marchand",
                [
                    "Grande distribution, 8 magasins d’usine",
                    "Site marchand, concept stores",
                    "2 boutiques à Saint-Malo",
                    "Hypermarchés et supermarchés",
                ],
            ),
        ],
    }
}

fn objectives(year: i32) -> Vec<Objective> {
    let d = |month, day| Some(date(year, month, day));
    vec![
        Objective {
            monthly_profile: None,
            id: REVENUE,
            title: "Porter le chiffre d’affaires de 3,8 à 4,1 M€ (+8 %)".into(),
            category: ObjectiveCategory::Business,
            metric: "chiffre d’affaires total hors taxes".into(),
            baseline: Some(3_800_000.0),
            target: Some(4_100_000.0),
            unit: "€".into(),
            deadline: d(12, 31),
            parent_id: None,
            key_results: vec![
                key_result("Chiffre d’affaires des boutiques", 2_180_000.0, "€"),
                key_result(
                    "Chiffre d’affaires des épiceries fines et cavistes",
                    1_250_000.0,
                    "€",
                ),
                key_result(
                    "Chiffre d’affaires des coffrets d’entreprise",
                    350_000.0,
                    "€",
                ),
            ],
            north_star: true,
            draft: false,
        },
        Objective {
            monthly_profile: None,
            id: RESELLERS,
            title: "Passer de 180 à 210 revendeurs actifs avant la saison de Noël".into(),
            category: ObjectiveCategory::Business,
            metric: "épiceries fines et cavistes ayant commandé dans les douze derniers mois"
                .into(),
            baseline: Some(180.0),
            target: Some(210.0),
            unit: "revendeurs".into(),
            deadline: d(10, 30),
            parent_id: None,
            key_results: vec![
                key_result("Nouveaux revendeurs ouverts", 40.0, "revendeurs"),
                key_result(
                    "Nouveaux revendeurs ayant recommandé sous six mois",
                    60.0,
                    "%",
                ),
            ],
            north_star: false,
            draft: false,
        },
        Objective {
            monthly_profile: None,
            id: ONLINE_SALES,
            title: "Porter les ventes en ligne de 236 000 € à 320 000 €".into(),
            category: ObjectiveCategory::Business,
            metric: "chiffre d’affaires hors taxes du site marchand".into(),
            baseline: Some(236_000.0),
            target: Some(320_000.0),
            unit: "€".into(),
            deadline: d(12, 31),
            parent_id: None,
            key_results: vec![
                key_result("Commandes en ligne", 6_400.0, "commandes"),
                key_result("Panier moyen en ligne", 50.0, "€"),
            ],
            north_star: false,
            draft: false,
        },
        Objective {
            monthly_profile: None,
            id: AWARENESS,
            title: "Obtenir 20 retombées presse hors de Bretagne".into(),
            category: ObjectiveCategory::Communication,
            metric: "articles et reportages parus hors de la presse bretonne".into(),
            baseline: Some(6.0),
            target: Some(20.0),
            unit: "retombées".into(),
            deadline: d(12, 15),
            parent_id: None,
            key_results: vec![
                key_result("Articles dans la presse nationale", 3.0, "articles"),
                key_result("Abonnés Instagram", 15_000.0, "abonnés"),
            ],
            north_star: false,
            draft: false,
        },
        Objective {
            monthly_profile: None,
            id: CONVERSION,
            title: "Faire passer le taux de conversion du site de 1,1 % à 2 %".into(),
            category: ObjectiveCategory::Customer,
            metric: "commandes rapportées aux visites du site marchand".into(),
            baseline: Some(1.1),
            target: Some(2.0),
            unit: "%".into(),
            deadline: d(6, 30),
            parent_id: Some(ONLINE_SALES),
            key_results: vec![
                key_result(
                    "Pages produits affichées en moins de 2 secondes sur mobile",
                    100.0,
                    "%",
                ),
                key_result("Taux d’abandon de panier", 65.0, "%"),
            ],
            north_star: false,
            draft: false,
        },
    ]
}

fn mix() -> MarketingMix {
    MarketingMix {
        product: "Gamme resserrée à 24 références autour de trois piliers (galette fine, palet \
                  épais, gâteau breton) ; une boîte de Noël illustrée en édition limitée ; \
                  coffrets d’entreprise personnalisables de 25 à 120 € ; nouveau sablé au blé noir \
                  de Bretagne."
            .into(),
        price: "Prix haut de gamme assumés (environ 32 € le kilo), justifiés par la fabrication \
                artisanale et les ingrédients ; hausse moyenne de 3 % au 1er février pour suivre \
                le beurre ; même prix public en boutique, en ligne et chez les revendeurs \
                (coefficient conseillé de 1,8 pour les épiceries fines) ; livraison offerte dès \
                60 € d’achat en ligne."
            .into(),
        place:
            "Trois boutiques en propre (Concarneau, Quimper, Vannes) et une boutique éphémère à \
                Rennes en décembre ; 210 épiceries fines et cavistes visés ; site marchand \
                refondu, expédition sous 48 heures dans des cartons calés sans plastique."
                .into(),
        promotion: "Relations presse nationales appuyées sur l’histoire de la maison ; Instagram \
                    au quotidien et publicité sociale concentrée sur l’été et Noël ; newsletter \
                    mensuelle ; un salon professionnel pour recruter des revendeurs."
            .into(),
        people: "Vendeuses et vendeurs formés à raconter la fabrication et à faire goûter ; deux \
                 guides saisonniers pour les visites d’atelier ; un commercial dédié aux \
                 revendeurs, épaulé par la direction pour les coffrets d’entreprise."
            .into(),
        process: "Commande en ligne en trois étapes sur mobile ; réassort des revendeurs sous 72 \
                  heures, y compris en décembre ; réservation des visites d’atelier en ligne ; \
                  suivi des clients professionnels dans un outil de gestion de la relation client."
            .into(),
        physical_evidence: "Atelier vitré et boutiques aux couleurs de la maison ; boîtes métal \
                            illustrées ; présentoir en bois et fiches produits chez les \
                            revendeurs ; avis clients et photos de l’atelier sur le site."
            .into(),
    }
}

fn actions(year: i32) -> Vec<Action> {
    let d = |month, day| date(year, month, day);
    vec![
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(1),
            title: "Refonte du site marchand".into(),
            description: "Nouveau site pensé pour le mobile : pages produits rapides, paiement en \
                          trois étapes, photos de l’atelier et avis clients. Réalisé avec une \
                          agence web de Quimper."
                .into(),
            objective_ids: vec![ONLINE_SALES, CONVERSION],
            lever: Some(Lever::Process),
            channel: Some(Channel::Website),
            owner: "Sophie Tanguy".into(),
            start: Some(d(1, 12)),
            end: Some(d(4, 30)),
            milestones: vec![
                milestone("Cahier des charges validé", d(1, 30), true),
                milestone("Recette du nouveau site", d(4, 3), false),
                milestone("Mise en ligne", d(4, 21), false),
            ],
            planned_budget: Some(Money::from_units(12_000)),
            actual_spend: Some(Money::from_units(3_600)),
            status: ActionStatus::InProgress,
            correction_note: String::new(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(2),
            title: "Prospection des épiceries fines hors de Bretagne".into(),
            description: "Appels puis envoi d’un coffret de dégustation à 150 épiceries fines \
                          repérées à Paris, Lyon, Bordeaux et Nantes ; visite des plus \
                          intéressées."
                .into(),
            objective_ids: vec![RESELLERS, REVENUE],
            lever: Some(Lever::Place),
            channel: Some(Channel::DirectSales),
            owner: "Yann Le Bihan".into(),
            start: Some(d(2, 2)),
            end: Some(d(5, 29)),
            milestones: vec![
                milestone("Liste des 150 épiceries qualifiée", d(2, 13), false),
                milestone("Coffrets de dégustation envoyés", d(3, 13), false),
            ],
            planned_budget: Some(Money::from_units(2_500)),
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: String::new(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(3),
            title: "Kit de vente pour les revendeurs".into(),
            description: "Présentoir en bois aux couleurs de la maison, fiches produits et \
                          affichette racontant l’atelier, fournis à chaque revendeur."
                .into(),
            objective_ids: vec![RESELLERS],
            lever: Some(Lever::PhysicalEvidence),
            channel: Some(Channel::Print),
            owner: "Claire Moal".into(),
            start: Some(d(1, 12)),
            end: Some(d(3, 13)),
            milestones: vec![
                milestone("Maquettes validées", d(2, 6), true),
                milestone("Livraison de 60 présentoirs", d(3, 13), true),
            ],
            planned_budget: Some(Money::from_units(3_800)),
            actual_spend: Some(Money::from_units(3_950)),
            status: ActionStatus::Done,
            correction_note: String::new(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(4),
            title: "Relations presse nationales".into(),
            description: "Dossier de presse sur l’histoire de la maison et la fabrication à la \
                          main, journée presse à l’atelier et tournée des rédactions culinaires \
                          avec une attachée de presse indépendante."
                .into(),
            objective_ids: vec![AWARENESS],
            lever: Some(Lever::Promotion),
            channel: Some(Channel::PressRelations),
            owner: "Sophie Tanguy".into(),
            start: Some(d(4, 1)),
            end: Some(d(6, 30)),
            milestones: vec![
                milestone("Dossier de presse prêt", d(4, 24), false),
                milestone("Journée presse à l’atelier", d(6, 4), false),
            ],
            planned_budget: Some(Money::from_units(5_000)),
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: String::new(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(5),
            title: "Salon professionnel de l’épicerie fine à Paris".into(),
            description: "Stand de 12 m² avec dégustation pour rencontrer épiceries fines et \
                          cavistes ; chaque contact est relancé sous quinze jours."
                .into(),
            objective_ids: vec![RESELLERS, REVENUE],
            lever: Some(Lever::Place),
            channel: Some(Channel::TradeShows),
            owner: "Yann Le Bihan".into(),
            start: Some(d(7, 1)),
            end: Some(d(9, 30)),
            milestones: vec![
                milestone("Stand aménagé et échantillons prêts", d(9, 4), false),
                milestone("Salon", d(9, 14), false),
                milestone("Tous les contacts relancés", d(9, 30), false),
            ],
            planned_budget: Some(Money::from_units(8_500)),
            actual_spend: Some(Money::from_units(2_550)),
            status: ActionStatus::Planned,
            correction_note: String::new(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(6),
            title: "Visites d’atelier de juin à septembre".into(),
            description: "Visites commentées deux fois par jour avec dégustation, réservables en \
                          ligne, étendues à juin et septembre ; deux guides saisonniers formés."
                .into(),
            objective_ids: vec![REVENUE],
            lever: Some(Lever::People),
            channel: Some(Channel::InStore),
            owner: "Claire Moal".into(),
            start: Some(d(6, 1)),
            end: Some(d(9, 30)),
            milestones: vec![
                milestone("Guides saisonniers formés", d(6, 12), false),
                milestone("Bilan de la saison", d(9, 30), false),
            ],
            planned_budget: Some(Money::from_units(3_000)),
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: String::new(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(7),
            title: "Publicité Instagram et Facebook aux deux pics de ventes".into(),
            description: "Campagnes vers les anciens visiteurs et les amoureux de la Bretagne, en \
                          juillet-août puis du 15 novembre au 20 décembre, renvoyant vers le \
                          nouveau site."
                .into(),
            objective_ids: vec![ONLINE_SALES, AWARENESS],
            lever: Some(Lever::Promotion),
            channel: Some(Channel::SocialAds),
            owner: "Sophie Tanguy".into(),
            start: Some(d(7, 1)),
            end: Some(d(12, 20)),
            milestones: vec![
                milestone("Campagne d’été lancée", d(7, 1), false),
                milestone("Campagne de Noël lancée", d(11, 15), false),
            ],
            planned_budget: Some(Money::from_units(7_000)),
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: "Concentrée sur l’été et Noël : l’an dernier, la diffusion toute \
                              l’année ne rapportait que 1,40 € de ventes pour 1 € dépensé."
                .into(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(8),
            title: "Newsletter mensuelle et recettes en ligne".into(),
            description: "Une lettre par mois aux 12 000 contacts (nouveautés, coulisses de \
                          l’atelier, recette du mois), reprise en page recette sur le site pour le \
                          référencement naturel."
                .into(),
            objective_ids: vec![ONLINE_SALES],
            lever: Some(Lever::Promotion),
            channel: Some(Channel::Email),
            owner: "Lucie Morvan".into(),
            start: Some(d(2, 2)),
            end: Some(d(12, 18)),
            milestones: vec![milestone("Nouveau modèle de lettre prêt", d(2, 13), false)],
            planned_budget: Some(Money::from_units(1_800)),
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: String::new(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(9),
            title: "Coffrets cadeaux d’entreprise".into(),
            description:
                "Catalogue de coffrets personnalisables envoyé dès octobre par e-mail aux 400 \
                          entreprises du fichier, avec relance téléphonique ; livraison garantie \
                          avant le 15 décembre."
                    .into(),
            objective_ids: vec![REVENUE],
            lever: Some(Lever::Product),
            channel: Some(Channel::Email),
            owner: "Maëlle Caradec".into(),
            start: Some(d(10, 1)),
            end: Some(d(12, 11)),
            milestones: vec![
                milestone("Catalogue envoyé", d(10, 9), false),
                milestone("Relances téléphoniques terminées", d(11, 13), false),
            ],
            planned_budget: Some(Money::from_units(3_200)),
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note:
                "Envoi par e-mail dès octobre au lieu d’un courrier à la mi-novembre, suivi d’une \
                              relance téléphonique."
                    .into(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(10),
            title: "Boîte de Noël illustrée en édition limitée".into(),
            description: "Boîte métal illustrée par une artiste de Douarnenez, tirée à 3 000 \
                          exemplaires, vendue en boutique, en ligne et chez les revendeurs, et \
                          annoncée à la presse."
                .into(),
            objective_ids: vec![REVENUE, AWARENESS],
            lever: Some(Lever::Product),
            channel: Some(Channel::InStore),
            owner: "Erwan Caradec".into(),
            start: Some(d(4, 6)),
            end: Some(d(11, 13)),
            milestones: vec![
                milestone("Illustration choisie", d(5, 29), false),
                milestone("Boîtes commandées au fabricant", d(7, 3), false),
                milestone("Arrivée en boutique et en ligne", d(11, 13), false),
            ],
            planned_budget: Some(Money::from_units(5_500)),
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: String::new(),
        },
        Action {
            persona_ids: vec![],
            segment_ids: vec![],
            id: ActionId(11),
            title: "Boutique éphémère à Rennes en décembre".into(),
            description: "Boutique de 40 m² en centre-ville du 28 novembre au 24 décembre, avec \
                          dégustation et retrait des commandes passées en ligne."
                .into(),
            objective_ids: vec![REVENUE, AWARENESS],
            lever: Some(Lever::Place),
            channel: Some(Channel::InStore),
            owner: "Claire Moal".into(),
            start: Some(d(10, 5)),
            end: Some(d(12, 24)),
            milestones: vec![
                milestone("Bail précaire signé", d(10, 16), false),
                milestone("Ouverture", d(11, 28), false),
            ],
            planned_budget: Some(Money::from_units(4_500)),
            actual_spend: None,
            status: ActionStatus::Planned,
            correction_note: String::new(),
        },
    ]
}

fn kpis(year: i32) -> Vec<Kpi> {
    let d = |month, day| date(year, month, day);
    vec![
        Kpi {
            counts: KpiCounts::Cumulative,
            id: KpiId(1),
            name: "Chiffre d’affaires cumulé depuis le 1er janvier".into(),
            objective_id: Some(REVENUE),
            baseline: Some(3_800_000.0),
            target: Some(4_100_000.0),
            unit: "€".into(),
            frequency: Some(Frequency::Monthly),
            tool: "Tableau de bord mensuel de l’expert-comptable".into(),
            measurements: vec![
                measurement(d(1, 31), 196_000.0),
                measurement(d(2, 28), 401_000.0),
                measurement(d(3, 31), 655_000.0),
            ],
        },
        Kpi {
            counts: KpiCounts::Level,
            id: KpiId(2),
            name: "Revendeurs actifs".into(),
            objective_id: Some(RESELLERS),
            baseline: Some(180.0),
            target: Some(210.0),
            unit: "revendeurs".into(),
            frequency: Some(Frequency::Monthly),
            tool: "Logiciel de gestion commerciale".into(),
            measurements: vec![
                measurement(d(1, 31), 181.0),
                measurement(d(2, 28), 184.0),
                measurement(d(3, 31), 191.0),
            ],
        },
        Kpi {
            counts: KpiCounts::Cumulative,
            id: KpiId(3),
            name: "Ventes en ligne cumulées depuis le 1er janvier".into(),
            objective_id: Some(ONLINE_SALES),
            baseline: Some(236_000.0),
            target: Some(320_000.0),
            unit: "€".into(),
            frequency: Some(Frequency::Monthly),
            tool: "Back-office du site marchand".into(),
            measurements: vec![
                measurement(d(1, 31), 14_200.0),
                measurement(d(2, 28), 29_800.0),
                measurement(d(3, 31), 47_500.0),
            ],
        },
        Kpi {
            counts: KpiCounts::Cumulative,
            id: KpiId(4),
            name: "Retombées presse hors de Bretagne".into(),
            objective_id: Some(AWARENESS),
            baseline: Some(6.0),
            target: Some(20.0),
            unit: "retombées".into(),
            frequency: Some(Frequency::Quarterly),
            tool: "Revue de presse (alertes web et attachée de presse)".into(),
            measurements: vec![measurement(d(3, 31), 2.0)],
        },
        Kpi {
            counts: KpiCounts::Level,
            id: KpiId(5),
            name: "Taux de conversion du site marchand".into(),
            objective_id: Some(CONVERSION),
            baseline: Some(1.1),
            target: Some(2.0),
            unit: "%".into(),
            frequency: Some(Frequency::Monthly),
            tool: "Matomo (mesure d’audience du site)".into(),
            measurements: vec![
                measurement(d(1, 31), 1.1),
                measurement(d(2, 28), 1.2),
                measurement(d(3, 31), 1.2),
            ],
        },
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};
    use std::hash::Hash;

    use super::*;

    /// A common year, a leap year and a later year.
    const YEARS: [i32; 3] = [2027, 2028, 2031];

    fn numbered_from_one<T: PartialEq + std::fmt::Debug>(ids: Vec<T>, id: fn(u32) -> T) {
        let expected: Vec<T> = (1..=ids.len() as u32).map(id).collect();
        assert_eq!(ids, expected);
    }

    fn set<T: Eq + Hash>(items: impl IntoIterator<Item = T>) -> HashSet<T> {
        items.into_iter().collect()
    }

    /// Every date the plan holds, with what it belongs to.
    fn all_dates(plan: &Plan) -> Vec<(String, NaiveDate)> {
        let mut dates = vec![];
        for objective in &plan.objectives {
            dates.extend(
                objective
                    .deadline
                    .map(|date| (format!("objective {}", objective.id), date)),
            );
        }
        for action in &plan.actions {
            let what = format!("action {}", action.id);
            dates.extend(
                action
                    .start
                    .into_iter()
                    .chain(action.end)
                    .map(|date| (what.clone(), date)),
            );
            dates.extend(
                action
                    .milestones
                    .iter()
                    .filter_map(|m| m.date)
                    .map(|date| (what.clone(), date)),
            );
        }
        for kpi in &plan.kpis {
            dates.extend(
                kpi.measurements
                    .iter()
                    .map(|m| (format!("kpi {}", kpi.id), m.date)),
            );
        }
        dates
    }

    #[test]
    fn example_plan_survives_a_json_round_trip() {
        let plan = example_plan(2027);
        let json = serde_json::to_string(&plan).unwrap();
        let back: Plan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, plan);
    }

    #[test]
    fn example_plan_passes_structural_validation_in_every_year() {
        for year in YEARS {
            crate::plan::validate::plan(&example_plan(year)).unwrap();
        }
    }

    #[test]
    fn example_plan_is_a_french_premium_plan_for_the_given_year() {
        let plan = example_plan(2027);
        assert_eq!(plan.company.plan_year, 2027);
        assert_eq!(plan.company.language, Language::Fr);
        assert_eq!(plan.company.currency, "EUR");
        assert_eq!(plan.company.country, "France");
        assert_eq!(plan.review.previous_year, Some(2026));
        assert_eq!(plan.positioning.price_level, Some(PriceLevel::Premium));
        assert!(plan.dismissals.is_empty());
        assert!(plan.objectives.iter().all(|o| !o.draft));
    }

    #[test]
    fn ids_are_numbered_from_one_per_kind() {
        let plan = example_plan(2027);
        numbered_from_one(
            plan.diagnostic.competitors.iter().map(|c| c.id).collect(),
            CompetitorId,
        );
        numbered_from_one(
            plan.targets.segments.iter().map(|s| s.id).collect(),
            SegmentId,
        );
        numbered_from_one(
            plan.targets.personas.iter().map(|p| p.id).collect(),
            PersonaId,
        );
        numbered_from_one(plan.objectives.iter().map(|o| o.id).collect(), ObjectiveId);
        numbered_from_one(plan.actions.iter().map(|a| a.id).collect(), ActionId);
        numbered_from_one(plan.kpis.iter().map(|k| k.id).collect(), KpiId);
    }

    #[test]
    fn every_link_points_at_an_existing_item() {
        let plan = example_plan(2027);
        let competitors = set(plan.diagnostic.competitors.iter().map(|c| c.id));
        let segments = set(plan.targets.segments.iter().map(|s| s.id));
        let objectives = set(plan.objectives.iter().map(|o| o.id));
        for action in &plan.actions {
            assert!(
                action
                    .objective_ids
                    .iter()
                    .all(|id| objectives.contains(id)),
                "action {}",
                action.id
            );
        }
        for kpi in &plan.kpis {
            assert!(
                kpi.objective_id.is_some_and(|id| objectives.contains(&id)),
                "kpi {}",
                kpi.id
            );
        }
        for persona in &plan.targets.personas {
            assert!(
                persona.segment_id.is_some_and(|id| segments.contains(&id)),
                "persona {}",
                persona.id
            );
        }
        for objective in &plan.objectives {
            assert!(objective
                .parent_id
                .is_none_or(|id| id != objective.id && objectives.contains(&id)));
        }
        for row in &plan.positioning.differentiation {
            let cells = set(row.competitors.iter().map(|cell| cell.competitor_id));
            assert_eq!(
                cells, competitors,
                "every competitor has a cell for {}",
                row.criterion
            );
        }
    }

    #[test]
    fn exactly_one_objective_is_the_north_star() {
        let plan = example_plan(2027);
        assert_eq!(plan.objectives.iter().filter(|o| o.north_star).count(), 1);
        assert!(plan.objectives.iter().any(|o| o.parent_id.is_some()));
    }

    #[test]
    fn every_date_falls_in_the_plan_year_including_leap_and_later_years() {
        for year in YEARS {
            let plan = example_plan(year);
            for (what, date) in all_dates(&plan) {
                assert_eq!(date.year(), year, "{what} is dated {date}");
            }
            for action in &plan.actions {
                assert!(
                    action.start <= action.end,
                    "action {} ends before it starts",
                    action.id
                );
            }
        }
    }

    #[test]
    fn a_day_past_the_end_of_the_month_falls_back_to_its_last_day() {
        assert_eq!(
            date(2027, 2, 29),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
        );
        assert_eq!(
            date(2028, 2, 29),
            NaiveDate::from_ymd_opt(2028, 2, 29).unwrap()
        );
    }

    #[test]
    fn every_objective_has_an_action_and_a_kpi() {
        let plan = example_plan(2027);
        for objective in &plan.objectives {
            assert!(
                plan.actions
                    .iter()
                    .any(|a| a.objective_ids.contains(&objective.id)),
                "{}",
                objective.title
            );
            assert!(
                plan.kpis
                    .iter()
                    .any(|k| k.objective_id == Some(objective.id)),
                "{}",
                objective.title
            );
        }
    }

    #[test]
    fn every_action_is_owned_dated_budgeted_and_linked() {
        let plan = example_plan(2027);
        for action in &plan.actions {
            assert!(!action.owner.is_empty(), "action {}", action.id);
            assert!(
                action.start.is_some() && action.end.is_some(),
                "action {}",
                action.id
            );
            assert!(
                action.planned_budget.is_some_and(|b| b.cents() > 0),
                "action {}",
                action.id
            );
            assert!(!action.objective_ids.is_empty(), "action {}", action.id);
            assert!(
                action.lever.is_some() && action.channel.is_some(),
                "action {}",
                action.id
            );
        }
    }

    #[test]
    fn actions_are_spread_over_owners_quarters_and_channels() {
        let plan = example_plan(2027);
        let mut per_owner: HashMap<&str, usize> = HashMap::new();
        for action in &plan.actions {
            *per_owner.entry(&action.owner).or_default() += 1;
        }
        let busiest = per_owner.values().max().copied().unwrap_or_default();
        assert!(
            busiest * 10 <= plan.actions.len() * 4,
            "one owner carries {busiest} actions"
        );
        let quarters = set(plan
            .actions
            .iter()
            .filter_map(|a| a.start)
            .map(|d| d.month0() / 3));
        assert_eq!(quarters.len(), 4);
        assert!(set(plan.actions.iter().filter_map(|a| a.channel)).len() >= 5);
    }

    #[test]
    fn planned_budgets_fit_in_the_envelope_with_a_small_reserve() {
        let plan = example_plan(2027);
        let planned: Money = plan.actions.iter().filter_map(|a| a.planned_budget).sum();
        let envelope = plan.budget.envelope.unwrap();
        assert!(planned <= envelope);
        assert!(
            planned.cents() * 10 >= envelope.cents() * 9,
            "{planned:?} leaves too much unplanned"
        );
    }

    #[test]
    fn no_action_reads_as_a_discount() {
        let words = [
            "solde",
            "promo",
            "remise",
            "réduction",
            "rabais",
            "code promo",
            "déstockage",
        ];
        for action in example_plan(2027).actions {
            let text = format!(
                "{} {} {}",
                action.title, action.description, action.correction_note
            )
            .to_lowercase();
            assert!(
                !words.iter().any(|word| text.contains(word)),
                "action {}: {text}",
                action.id
            );
        }
    }

    #[test]
    fn the_seed_year_moves_to_next_year_from_september() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(default_seed_year(day(2026, 11, 22)), 2027);
        assert_eq!(default_seed_year(day(2026, 9, 1)), 2027);
        assert_eq!(default_seed_year(day(2026, 8, 31)), 2026);
        assert_eq!(default_seed_year(day(2026, 3, 1)), 2026);
    }
}
