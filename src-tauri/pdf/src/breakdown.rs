//! How the budget breaks down: by quarter of the plan year, by channel and by lever.
//!
//! An action's money is spread over its days, in whole currency units, so the parts always add
//! up to the amount; days outside the plan year and undated actions get their own buckets.

use std::collections::BTreeMap;

use boussole_core::plan::{Action, Channel, Lever, Money};
use chrono::NaiveDate;

/// Planned and actual amounts of one bucket.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Amounts {
    pub planned: Money,
    pub actual: Money,
}

impl Amounts {
    fn add(&mut self, planned: Money, actual: Money) {
        self.planned = self.planned.saturating_add(planned);
        self.actual = self.actual.saturating_add(actual);
    }
}

/// The plan's money by quarter, with the undated part and the part outside the year.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ByQuarter {
    pub quarters: [Amounts; 4],
    pub undated: Amounts,
    pub other_years: Amounts,
}

/// Where one amount falls: cents per quarter, outside the year, undated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Split {
    quarters: [i64; 4],
    other_years: i64,
    undated: i64,
}

/// Spreads `amount` evenly over the days from `start` to `end` (inclusive).
fn spread(amount: Money, start: Option<NaiveDate>, end: Option<NaiveDate>, year: i32) -> Split {
    let cents = amount.cents();
    let (start, end) = match (start, end) {
        (Some(s), Some(e)) => (s.min(e), s.max(e)),
        (Some(d), None) | (None, Some(d)) => (d, d),
        (None, None) => {
            return Split {
                undated: cents,
                ..Split::default()
            }
        }
    };
    let total_days = i128::from((end - start).num_days()) + 1;
    let mut days = [0i128; 4];
    for (q, slot) in days.iter_mut().enumerate() {
        let q_start = NaiveDate::from_ymd_opt(year, q as u32 * 3 + 1, 1);
        let next_year = if q == 3 {
            year.checked_add(1)
        } else {
            Some(year)
        };
        let q_end = next_year
            .and_then(|y| NaiveDate::from_ymd_opt(y, (q as u32 * 3 + 3) % 12 + 1, 1))
            .and_then(|d| d.pred_opt());
        if let (Some(qs), Some(qe)) = (q_start, q_end) {
            let from = start.max(qs);
            let to = end.min(qe);
            if from <= to {
                *slot = i128::from((to - from).num_days()) + 1;
            }
        }
    }
    let inside: i128 = days.iter().sum();
    // Whole currency units are spread, so a quarter reads "14 063 €", not "14 062,81 €".
    let units = i128::from(cents / 100);
    let share = |d: i128| (units * d / total_days) as i64 * 100;
    let mut split = Split {
        quarters: days.map(share),
        other_years: share(total_days - inside),
        undated: 0,
    };
    // Rounding leftovers (a few units, and any cents) go to the bucket holding the most days.
    let given: i64 = split.quarters.iter().sum::<i64>() + split.other_years;
    let leftover = cents - given;
    if leftover != 0 {
        let best = (0..4).max_by_key(|&q| days[q]).filter(|&q| days[q] > 0);
        match best {
            Some(q) if days[q] >= total_days - inside => split.quarters[q] += leftover,
            _ => split.other_years += leftover,
        }
    }
    split
}

/// Planned and actual money by quarter of `year`.
pub(crate) fn by_quarter(actions: &[Action], year: i32) -> ByQuarter {
    let mut out = ByQuarter::default();
    for action in actions {
        let planned = spread(
            action.planned_budget.unwrap_or_default(),
            action.start,
            action.end,
            year,
        );
        let actual = spread(
            action.actual_spend.unwrap_or_default(),
            action.start,
            action.end,
            year,
        );
        for q in 0..4 {
            out.quarters[q].add(Money(planned.quarters[q]), Money(actual.quarters[q]));
        }
        out.undated
            .add(Money(planned.undated), Money(actual.undated));
        out.other_years
            .add(Money(planned.other_years), Money(actual.other_years));
    }
    out
}

/// Planned and actual money per channel (none last), largest planned first.
pub(crate) fn by_channel(actions: &[Action]) -> Vec<(Option<Channel>, Amounts)> {
    group(actions, |a| a.channel)
}

/// Planned and actual money per lever (none last), largest planned first.
pub(crate) fn by_lever(actions: &[Action]) -> Vec<(Option<Lever>, Amounts)> {
    group(actions, |a| a.lever)
}

fn group<K: Ord + Copy>(
    actions: &[Action],
    key: impl Fn(&Action) -> Option<K>,
) -> Vec<(Option<K>, Amounts)> {
    let mut map: BTreeMap<Option<K>, Amounts> = BTreeMap::new();
    for action in actions {
        if action.planned_budget.is_none() && action.actual_spend.is_none() {
            continue;
        }
        map.entry(key(action)).or_default().add(
            action.planned_budget.unwrap_or_default(),
            action.actual_spend.unwrap_or_default(),
        );
    }
    let mut out: Vec<_> = map.into_iter().collect();
    out.sort_by_key(|(k, a)| {
        (
            k.is_none(),
            std::cmp::Reverse(a.planned),
            std::cmp::Reverse(a.actual),
        )
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2027, m, day)
    }

    #[test]
    fn an_action_inside_one_quarter_stays_there() {
        let s = spread(Money::from_units(1000), d(2, 1), d(3, 31), 2027);
        assert_eq!(s.quarters, [100_000, 0, 0, 0]);
    }

    #[test]
    fn spreading_keeps_every_cent() {
        let s = spread(Money(1_000_001), d(3, 17), d(11, 2), 2027);
        assert_eq!(s.quarters.iter().sum::<i64>() + s.other_years, 1_000_001);
        assert_eq!(s.quarters.iter().filter(|q| *q % 100 != 0).count(), 1);
        assert!(s.quarters.iter().all(|&q| q > 0));
        assert_eq!(s.other_years, 0);
    }

    #[test]
    fn days_outside_the_year_and_undated_actions_have_buckets() {
        // 396 days at one euro a day: December 2026 is outside the plan year.
        let s = spread(
            Money(39_600),
            NaiveDate::from_ymd_opt(2026, 12, 1),
            d(12, 31),
            2027,
        );
        assert_eq!(s.other_years, 3_100);
        assert_eq!(s.quarters, [9_000, 9_100, 9_200, 9_200]);
        assert_eq!(spread(Money(500), None, None, 2027).undated, 500);
    }

    #[test]
    fn extreme_amounts_and_dates_do_not_overflow() {
        let s = spread(
            Money(i64::MAX),
            NaiveDate::MIN.into(),
            NaiveDate::MAX.into(),
            2027,
        );
        assert!(s.other_years > 0);
    }
}
