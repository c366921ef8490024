//! Channel fit: whether the actions go where the plan's customers are reached. A plan whose
//! actions reach none of its personas through their channels; a typical customer of a primary
//! target whose channels no action uses; and, when no persona says where customers are reached,
//! a plan whose every channel fits its market type badly (a B2B plan on consumer social media and
//! leaflets only).
//!
//! They read the personas' channels (the structured list: the free-text note is the owner's), the
//! segments' priorities, the market type and the live actions' channels. A persona with no
//! channel, or only "other", says nothing and gives no finding.

use super::super::catalogue::RuleId;
use super::super::context::Context;
use super::super::finding::{Details, Finding, ItemRef, Location};
use crate::plan::{Channel, MarketType, Persona, Priority, Step};

/// Fewest live actions with a channel before the plan's channels are judged: one action is a
/// start, not a choice of channels.
pub(crate) const CHANNEL_FIT_FROM: usize = 2;

/// Channels that reach consumers rather than businesses: social networks, their ads, leaflets and
/// posters. A B2B plan using only these misses the buyers who decide. Print alone is not judged:
/// it also holds letters mailed to businesses.
const CONSUMER_ONLY: [Channel; 3] = [Channel::SocialMedia, Channel::SocialAds, Channel::Print];

/// Channels that reach professionals rather than consumers.
const PROFESSIONAL_ONLY: [Channel; 3] = [
    Channel::ProfessionalNetwork,
    Channel::TradeShows,
    Channel::TradePress,
];

/// Runs the channel-fit rules: one plan-wide finding when the actions reach no persona (it says
/// all the per-persona findings would), else one per primary persona left out, else the market fit.
pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let mut used: Vec<Channel> = Vec::new();
    let mut with_channel = 0usize;
    for channel in cx.live.iter().filter_map(|a| a.channel) {
        with_channel += 1;
        if !used.contains(&channel) {
            used.push(channel);
        }
    }
    if with_channel < CHANNEL_FIT_FROM {
        return;
    }
    let told: Vec<&Persona> = cx
        .plan
        .targets
        .personas
        .iter()
        .filter(|p| p.channels.iter().any(|&c| c != Channel::Other))
        .collect();
    let reached = |p: &Persona| {
        p.channels
            .iter()
            .any(|&place| used.iter().any(|&through| reaches(through, place)))
    };

    if !told.is_empty() {
        if !told.iter().any(|p| reached(p)) {
            out.push(Finding::new(
                RuleId::ActionsReachNoPersona,
                Location::at(Step::Actions, Some("channel")),
                Details {
                    channels: sorted(used),
                    ..Details::default()
                },
            ));
            return;
        }
        for persona in told {
            if primary(cx, persona) && !reached(persona) {
                out.push(Finding::new(
                    RuleId::PersonaChannelsUnused,
                    Location::item(
                        Step::Targets,
                        ItemRef::persona(persona.id),
                        Some("channels"),
                    ),
                    Details {
                        channels: persona
                            .channels
                            .iter()
                            .copied()
                            .filter(|&c| c != Channel::Other)
                            .collect(),
                        ..Details::named(&persona.name)
                    },
                ));
            }
        }
        return;
    }

    let misfit: &[Channel] = match cx.plan.company.market_type {
        Some(MarketType::B2b) => &CONSUMER_ONLY,
        Some(MarketType::B2c | MarketType::D2c) => &PROFESSIONAL_ONLY,
        None => return,
    };
    let beyond_print = used.iter().any(|&c| c != Channel::Print);
    if beyond_print && used.iter().all(|c| misfit.contains(c)) {
        out.push(Finding::new(
            RuleId::ChannelsUnfitMarket,
            Location::at(Step::Actions, Some("channel")),
            Details {
                channels: sorted(used),
                ..Details::default()
            },
        ));
    }
}

/// Whether a persona belongs to a primary target group.
fn primary(cx: &Context, persona: &Persona) -> bool {
    persona.segment_id.is_some_and(|id| {
        cx.plan
            .targets
            .segments
            .iter()
            .any(|s| s.id == id && s.priority == Some(Priority::Primary))
    })
}

/// Whether an action through `through` reaches someone found at `place`: the same channel, or
/// one that leads there (ads on social networks reach their users, professional networks
/// included; search ads and search engines lead to websites; press relations reach the trade
/// press and back). "Other" reaches nobody in particular.
fn reaches(through: Channel, place: Channel) -> bool {
    use Channel as C;
    if through == C::Other || place == C::Other {
        return false;
    }
    through == place
        || matches!(
            (through, place),
            (C::SocialAds, C::SocialMedia | C::ProfessionalNetwork)
                | (C::SocialMedia, C::SocialAds)
                | (C::Seo | C::SearchAds, C::Website)
                | (C::Website | C::SearchAds, C::Seo)
                | (C::Seo, C::SearchAds)
                | (C::PressRelations, C::TradePress)
                | (C::TradePress, C::PressRelations)
        )
}

/// Channels in the catalogue's order, so titles read the same whatever the actions' order.
fn sorted(mut channels: Vec<Channel>) -> Vec<Channel> {
    channels.sort_unstable();
    channels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ads_and_search_lead_where_people_are() {
        assert!(reaches(Channel::SocialAds, Channel::ProfessionalNetwork));
        assert!(reaches(Channel::SearchAds, Channel::Website));
        assert!(reaches(Channel::PressRelations, Channel::TradePress));
        assert!(!reaches(Channel::SocialMedia, Channel::ProfessionalNetwork));
        assert!(!reaches(Channel::Print, Channel::TradePress));
        assert!(!reaches(Channel::Other, Channel::Other));
    }
}
