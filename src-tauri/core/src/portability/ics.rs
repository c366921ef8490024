//! The calendar export (RFC 5545): each dated action and milestone as an all-day event.
//!
//! Written by hand, it is a few dozen lines: CRLF line ends, lines folded at 75 octets without
//! splitting a character, TEXT escaping, and UIDs stable across exports so a calendar that
//! imports the file again updates its events instead of doubling them; built from the plan's
//! identity (`event_uid`), so two plans never share one. No store, no clock.

use chrono::{DateTime, NaiveDate, Utc};

use crate::error::Result;
use crate::fsutil::{FileId, Output};
use crate::plan::{Action, ActionStatus, Language, Plan, PlanUid};

/// The UID of one event of a plan's calendar: the plan's identity, then the event's place in it.
pub fn event_uid(plan: PlanUid, event: &str) -> String {
    format!("{event}-{plan}@boussole")
}

/// The longest content line, in octets, before it is folded.
const MAX_LINE_OCTETS: usize = 75;

/// The calendar of a plan; `stamp` is the export time written as each event's DTSTAMP.
pub fn calendar(plan: &Plan, stamp: DateTime<Utc>) -> String {
    let year = plan.company.plan_year;
    let fr = plan.company.language == Language::Fr;
    let plan_uid = plan.identity();
    let mut out = Lines::default();
    out.push("BEGIN:VCALENDAR");
    out.push("VERSION:2.0");
    out.push(&format!(
        "PRODID:-//Boussole//Boussole {}//{}",
        env!("CARGO_PKG_VERSION"),
        plan.company.language.code().to_uppercase()
    ));
    out.push("CALSCALE:GREGORIAN");
    out.push("METHOD:PUBLISH");
    let name = if fr {
        "Plan marketing"
    } else {
        "Marketing plan"
    };
    out.push(&format!(
        "X-WR-CALNAME:{}",
        escape(&format!("{name} {year} – {}", plan.company.name))
    ));
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for action in &plan.actions {
        if let Some((first, last)) = span(action) {
            let mut description = action.description.clone();
            if !action.owner.trim().is_empty() {
                let label = if fr {
                    "Responsable\u{202f}: "
                } else {
                    "Owner: "
                };
                description = format!("{description}\n\n{label}{}", action.owner)
                    .trim_start()
                    .to_string();
            }
            out.event(&Event {
                uid: event_uid(plan_uid, &format!("action-{}", action.id)),
                stamp: &stamp,
                first,
                last,
                summary: &action.title,
                description: &description,
                cancelled: action.status == ActionStatus::Cancelled,
            });
        }
        for (i, milestone) in action.milestones.iter().enumerate() {
            let Some(date) = milestone.date else { continue };
            let label = if fr { "Jalon\u{202f}: " } else { "Milestone: " };
            out.event(&Event {
                uid: event_uid(plan_uid, &format!("milestone-{}-{}", action.id, i + 1)),
                stamp: &stamp,
                first: date,
                last: date,
                summary: &format!("{label}{}", milestone.title),
                description: &action.title,
                cancelled: action.status == ActionStatus::Cancelled,
            });
        }
    }
    out.push("END:VCALENDAR");
    out.text
}

/// Writes the calendar of `plan` to `output` (a file atomically), never onto one of `inputs`.
pub fn write(plan: &Plan, output: &Output, stamp: DateTime<Utc>, inputs: &[FileId]) -> Result<()> {
    crate::fsutil::write(output, calendar(plan, stamp).as_bytes(), inputs)
}

/// The first and last day of an action; one day when only one date is set, in order when the
/// dates are swapped (a mistake the checklist reports, not a reason to drop the event).
fn span(action: &Action) -> Option<(NaiveDate, NaiveDate)> {
    let first = action.start.or(action.end)?;
    let last = action.end.unwrap_or(first);
    Some((first.min(last), first.max(last)))
}

/// One all-day event, from `first` to `last` included.
struct Event<'a> {
    uid: String,
    stamp: &'a str,
    first: NaiveDate,
    last: NaiveDate,
    summary: &'a str,
    description: &'a str,
    cancelled: bool,
}

/// Content lines being written, each folded and ended with CRLF.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn push(&mut self, line: &str) {
        let mut rest = line;
        // A continuation line starts with a space, which counts in its 75 octets.
        let mut room = MAX_LINE_OCTETS;
        while rest.len() > room {
            let mut cut = (1..=room)
                .rev()
                .find(|&i| rest.is_char_boundary(i))
                .unwrap_or(rest.len());
            // Tools that trim lines (mail transport, some parsers) would eat white space left at
            // the end of a physical line, so the fold goes before it.
            let kept = rest[..cut].trim_end_matches([' ', '\t']).len();
            if kept > 0 {
                cut = kept;
            }
            self.text.push_str(&rest[..cut]);
            self.text.push_str("\r\n ");
            rest = &rest[cut..];
            room = MAX_LINE_OCTETS - 1;
        }
        self.text.push_str(rest);
        self.text.push_str("\r\n");
    }

    fn event(&mut self, e: &Event<'_>) {
        // DTEND of an all-day event is exclusive: the day after the last day.
        let Some(end) = e.last.succ_opt() else { return };
        self.push("BEGIN:VEVENT");
        self.push(&format!("UID:{}", e.uid));
        self.push(&format!("DTSTAMP:{}", e.stamp));
        self.push(&format!("DTSTART;VALUE=DATE:{}", e.first.format("%Y%m%d")));
        self.push(&format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
        self.push(&format!("SUMMARY:{}", escape(e.summary)));
        if !e.description.is_empty() {
            self.push(&format!("DESCRIPTION:{}", escape(e.description)));
        }
        if e.cancelled {
            self.push("STATUS:CANCELLED");
        }
        // Weeks-long actions must not show the owner as busy.
        self.push("TRANSP:TRANSPARENT");
        self.push("END:VEVENT");
    }
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Milestone;

    fn stamp() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-22T10:15:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The parsed events: for each, its properties as (name, unescaped value).
    fn events(text: &str) -> Vec<Vec<(String, String)>> {
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let calendar = parser
            .next()
            .expect("one calendar")
            .expect("the calendar parses");
        assert!(parser.next().is_none(), "only one calendar");
        calendar
            .events
            .into_iter()
            .map(|e| {
                e.properties
                    .into_iter()
                    .map(|p| {
                        let value = unescape(p.value.as_deref().unwrap_or_default());
                        let params = p.params.unwrap_or_default();
                        let name = match params.first() {
                            Some((k, v)) => format!("{};{k}={}", p.name, v.join(",")),
                            None => p.name,
                        };
                        (name, value)
                    })
                    .collect()
            })
            .collect()
    }

    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
            } else if let Some(next) = chars.next() {
                out.push(if next == 'n' || next == 'N' {
                    '\n'
                } else {
                    next
                });
            }
        }
        out
    }

    fn get<'a>(event: &'a [(String, String)], name: &str) -> Option<&'a str> {
        event
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn plan() -> Plan {
        let mut p = Plan::blank("Café, « Lune » ; Brest", 2027, Language::Fr);
        p.actions
            .push(crate::seed::example_plan(2027).actions[0].clone());
        let a = &mut p.actions[0];
        a.title = "Salon « Goûts, saveurs ; terroir » à Saint-Brieuc\\Côtes-d’Armor".into();
        a.description =
            "Première ligne\r\nDeuxième ligne, avec des virgules ; et un point-virgule".into();
        a.start = Some(d(2027, 3, 30));
        a.end = Some(d(2027, 3, 31));
        p
    }

    #[test]
    fn the_example_plan_gives_one_event_per_dated_action_and_milestone() {
        let example = crate::seed::example_plan(2027);
        let expected = example
            .actions
            .iter()
            .filter(|a| a.start.is_some() || a.end.is_some())
            .count()
            + example
                .actions
                .iter()
                .flat_map(|a| &a.milestones)
                .filter(|m| m.date.is_some())
                .count();
        let parsed = events(&calendar(&example, stamp()));
        assert_eq!(parsed.len(), expected);
        assert!(expected > example.actions.len());
        let uids: std::collections::HashSet<_> = parsed
            .iter()
            .map(|e| get(e, "UID").unwrap().to_string())
            .collect();
        assert_eq!(uids.len(), expected, "UIDs are unique");
    }

    #[test]
    fn an_action_is_an_all_day_event_ending_the_day_after() {
        let parsed = events(&calendar(&plan(), stamp()));
        let action = &parsed[0];
        let uid = plan().identity();
        assert_eq!(
            get(action, "UID"),
            Some(format!("action-1-{uid}@boussole").as_str())
        );
        assert_eq!(get(action, "DTSTAMP"), Some("20261122T101500Z"));
        assert_eq!(get(action, "DTSTART;VALUE=DATE"), Some("20270330"));
        assert_eq!(
            get(action, "DTEND;VALUE=DATE"),
            Some("20270401"),
            "31 March + 1 day"
        );
        assert_eq!(get(action, "TRANSP"), Some("TRANSPARENT"));
    }

    #[test]
    fn summaries_keep_accents_commas_semicolons_and_backslashes() {
        let text = calendar(&plan(), stamp());
        assert!(
            text.contains("Goûts\\, saveurs \\; terroir"),
            "escaped on the wire"
        );
        let parsed = events(&text);
        assert_eq!(
            get(&parsed[0], "SUMMARY"),
            Some("Salon « Goûts, saveurs ; terroir » à Saint-Brieuc\\Côtes-d’Armor")
        );
        assert_eq!(
            get(&parsed[0], "DESCRIPTION"),
            Some("Première ligne\nDeuxième ligne, avec des virgules ; et un point-virgule\n\nResponsable\u{202f}: Sophie Tanguy")
        );
    }

    #[test]
    fn milestones_are_one_day_events_named_after_their_action() {
        let parsed = events(&calendar(&plan(), stamp()));
        let milestone = &parsed[1];
        let uid = plan().identity();
        assert_eq!(
            get(milestone, "UID"),
            Some(format!("milestone-1-1-{uid}@boussole").as_str())
        );
        assert_eq!(
            get(milestone, "SUMMARY"),
            Some("Jalon\u{202f}: Cahier des charges validé")
        );
        assert_eq!(get(milestone, "DTSTART;VALUE=DATE"), Some("20270130"));
        assert_eq!(get(milestone, "DTEND;VALUE=DATE"), Some("20270131"));
        assert_eq!(
            get(milestone, "DESCRIPTION"),
            plan().actions.first().map(|a| a.title.as_str())
        );
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_and_unfold_intact() {
        let mut p = plan();
        let long = "Très longue description accentuée — «\u{a0}été\u{a0}», "
            .repeat(12)
            .trim_end()
            .to_string();
        p.actions[0].description = long.clone();
        p.actions[0].owner = String::new();
        let text = calendar(&p, stamp());
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "every line ends with CRLF"
        );
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert!(
            lines.iter().all(|l| l.len() <= 75),
            "no line over 75 octets"
        );
        assert!(
            lines.iter().all(|l| !l.ends_with(' ')),
            "no fold right after a space"
        );
        assert!(
            lines.iter().filter(|l| l.starts_with(' ')).count() > 5,
            "the description was folded"
        );
        assert_eq!(get(&events(&text)[0], "DESCRIPTION"), Some(long.as_str()));
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = Lines::default();
        out.push(&format!("SUMMARY:{}", "é".repeat(100)));
        for line in out.text.split("\r\n") {
            assert!(line.len() <= 75);
            assert!(line.trim_start().chars().all(|c| c == 'é' || c.is_ascii()));
        }
        assert_eq!(
            out.text.replace("\r\n ", ""),
            format!("SUMMARY:{}\r\n", "é".repeat(100))
        );
    }

    #[test]
    fn undated_items_are_left_out_and_swapped_dates_are_put_in_order() {
        let mut p = plan();
        p.actions[0].milestones = vec![Milestone {
            title: "Sans date".into(),
            date: None,
            done: false,
        }];
        p.actions[0].start = Some(d(2027, 6, 10));
        p.actions[0].end = Some(d(2027, 6, 1));
        let mut undated = p.actions[0].clone();
        undated.id = crate::plan::ActionId(2);
        undated.start = None;
        undated.end = None;
        p.actions.push(undated);
        let parsed = events(&calendar(&p, stamp()));
        assert_eq!(parsed.len(), 1);
        assert_eq!(get(&parsed[0], "DTSTART;VALUE=DATE"), Some("20270601"));
        assert_eq!(get(&parsed[0], "DTEND;VALUE=DATE"), Some("20270611"));
    }

    #[test]
    fn cancelled_actions_are_marked_cancelled() {
        let mut p = plan();
        p.actions[0].status = ActionStatus::Cancelled;
        let parsed = events(&calendar(&p, stamp()));
        assert!(parsed.iter().all(|e| get(e, "STATUS") == Some("CANCELLED")));
    }

    #[test]
    fn uids_are_stable_across_exports() {
        let later = stamp() + chrono::TimeDelta::days(3);
        let uids = |t: &str| {
            events(t)
                .iter()
                .map(|e| get(e, "UID").unwrap().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            uids(&calendar(&plan(), stamp())),
            uids(&calendar(&plan(), later))
        );
    }

    #[test]
    fn two_plans_never_share_an_event_uid() {
        let uids = |p: &Plan| {
            events(&calendar(p, stamp()))
                .iter()
                .map(|e| get(e, "UID").unwrap().to_string())
                .collect::<std::collections::HashSet<_>>()
        };
        let mut mine = plan();
        mine.id = Some(PlanUid::new());
        let mut theirs = plan();
        theirs.id = Some(PlanUid::new());
        assert!(uids(&mine).is_disjoint(&uids(&theirs)));
        // A plan file without an identity gets one from its company and year: the same at each
        // export, another for another company.
        assert_eq!(uids(&plan()), uids(&plan()));
        let mut other = plan();
        other.company.name = "Autre société".into();
        assert!(uids(&plan()).is_disjoint(&uids(&other)));
    }

    #[test]
    fn the_calendar_header_names_the_plan() {
        let text = calendar(&plan(), stamp());
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Boussole//Boussole "));
        assert!(text.contains("X-WR-CALNAME:Plan marketing 2027 – Café\\, « Lune » \\; Brest\r\n"));
    }

    #[test]
    fn write_file_writes_the_calendar() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ics");
        write(&plan(), &Output::File(path.clone()), stamp(), &[]).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            calendar(&plan(), stamp())
        );
    }
}
