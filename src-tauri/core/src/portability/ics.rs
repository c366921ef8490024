//! The calendar export (RFC 5545): each dated action and milestone as an all-day event and, as
//! an option, a recurring reminder for each KPI reading, with an alarm.
//!
//! The `icalendar` crate builds the components, escapes TEXT values and writes recurrence rules
//! and alarms; the lines are then folded here at 75 octets, never right after white space (tools
//! that trim lines would eat it) nor inside a character, and end with CRLF. UIDs are built from
//! the plan's identity (`event_uid`): stable across exports, so a calendar that imports the file
//! again updates its events instead of doubling them, and never shared by two plans. No store,
//! no clock.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, EventStatus, Trigger};

use crate::error::Result;
use crate::figures::month;
use crate::fsutil::{FileId, Output};
use crate::plan::{Action, ActionId, ActionStatus, Frequency, Kpi, KpiId, Language, Plan, PlanUid};

/// The longest content line, in octets, before it is folded.
const MAX_LINE_OCTETS: usize = 75;

/// When a reading reminder rings on its day: 9:00, as an offset from the all-day event's start.
const REMINDER_HOUR: i64 = 9;

/// What an event of the calendar stands for.
#[derive(Debug, Clone, Copy)]
enum Item {
    Action(ActionId),
    /// An action's milestone, numbered from 1 in its list.
    Milestone(ActionId, usize),
    /// The reading reminder of a KPI.
    Reading(KpiId),
}

/// The UID of one event of a plan's calendar: the plan's identity, then the event's place in
/// it. The only place UIDs are made, so that they stay stable across exports.
pub fn event_uid(plan: PlanUid, event: &str) -> String {
    format!("{event}-{plan}@boussole")
}

/// The UID of an item's event.
fn uid(plan: PlanUid, item: Item) -> String {
    let event = match item {
        Item::Action(id) => format!("action-{id}"),
        Item::Milestone(id, n) => format!("milestone-{id}-{n}"),
        Item::Reading(id) => format!("reading-{id}"),
    };
    event_uid(plan, &event)
}

/// The words of the calendar in the plan's language.
struct Words {
    calendar: &'static str,
    owner: &'static str,
    milestone: &'static str,
    reading: &'static str,
    read_in: &'static str,
}

fn words(language: Language) -> Words {
    match language {
        Language::Fr => Words {
            calendar: "Plan marketing",
            owner: "Responsable\u{202f}: ",
            milestone: "Jalon\u{202f}: ",
            reading: "Relevé\u{202f}: ",
            read_in: "À relever dans\u{202f}: ",
        },
        Language::En => Words {
            calendar: "Marketing plan",
            owner: "Owner: ",
            milestone: "Milestone: ",
            reading: "Reading: ",
            read_in: "Where to read it: ",
        },
    }
}

/// The calendar of a plan; `stamp` is the export time written as each event's DTSTAMP. With
/// `reminders`, each KPI with a frequency adds a recurring reading reminder with an alarm.
pub fn calendar(plan: &Plan, stamp: DateTime<Utc>, reminders: bool) -> String {
    let year = plan.company.plan_year;
    let key = plan.identity();
    let w = words(plan.company.language);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property((
        "PRODID",
        format!(
            "-//Boussole//Boussole {}//{}",
            env!("CARGO_PKG_VERSION"),
            plan.company.language.code().to_uppercase()
        )
        .as_str(),
    ));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.append_property(("METHOD", "PUBLISH"));
    cal.append_property((
        "X-WR-CALNAME",
        text(&format!("{} {year} – {}", w.calendar, plan.company.name)).as_str(),
    ));
    for action in &plan.actions {
        let cancelled = action.status == ActionStatus::Cancelled;
        if let Some((first, last)) = span(action) {
            let mut description = action.description.clone();
            if !action.owner.trim().is_empty() {
                description = format!("{description}\n\n{}{}", w.owner, action.owner)
                    .trim_start()
                    .to_string();
            }
            if let Some(event) = all_day(
                &uid(key, Item::Action(action.id)),
                stamp,
                (first, last),
                &action.title,
                &description,
                cancelled,
            ) {
                cal.push(event);
            }
        }
        for (i, milestone) in action.milestones.iter().enumerate() {
            let Some(date) = milestone.date else { continue };
            if let Some(event) = all_day(
                &uid(key, Item::Milestone(action.id, i + 1)),
                stamp,
                (date, date),
                &format!("{}{}", w.milestone, milestone.title),
                &action.title,
                cancelled,
            ) {
                cal.push(event);
            }
        }
    }
    if reminders {
        for kpi in &plan.kpis {
            if let Some(event) = reading_reminder(kpi, year, key, stamp, &w) {
                cal.push(event);
            }
        }
    }
    let mut out = Lines::default();
    // The crate's lines, unfolded, folded again by this module's rule.
    for line in cal.to_string().replace("\r\n ", "").split("\r\n") {
        if !line.is_empty() {
            out.push(line);
        }
    }
    out.text
}

/// Writes the calendar of `plan` to `output` (a file atomically), never onto one of `inputs`.
pub fn write(
    plan: &Plan,
    output: &Output,
    stamp: DateTime<Utc>,
    reminders: bool,
    inputs: &[FileId],
) -> Result<()> {
    crate::fsutil::write(output, calendar(plan, stamp, reminders).as_bytes(), inputs)
}

/// The first and last day of an action; one day when only one date is set, in order when the
/// dates are swapped (a mistake the checklist reports, not a reason to drop the event).
fn span(action: &Action) -> Option<(NaiveDate, NaiveDate)> {
    let first = action.start.or(action.end)?;
    let last = action.end.unwrap_or(first);
    Some((first.min(last), first.max(last)))
}

/// Line breaks as the TEXT escaping knows them: a lone `\n`.
fn text(value: &str) -> String {
    value.replace("\r\n", "\n").replace('\r', "\n")
}

/// An all-day event from `first` to `last` included, shown as free time (weeks-long actions
/// must not show the owner as busy).
fn all_day(
    uid: &str,
    stamp: DateTime<Utc>,
    (first, last): (NaiveDate, NaiveDate),
    summary: &str,
    description: &str,
    cancelled: bool,
) -> Option<Event> {
    // DTEND of an all-day event is exclusive: the day after the last day.
    let end = last.succ_opt()?;
    let mut event = Event::new();
    event
        .uid(uid)
        .timestamp(stamp)
        .starts(first)
        .ends(end)
        .summary(&text(summary))
        .add_property("TRANSP", "TRANSPARENT");
    if !description.is_empty() {
        event.description(&text(description));
    }
    if cancelled {
        event.status(EventStatus::Cancelled);
    }
    Some(event.done())
}

/// The recurrence of a KPI's reading periods within `year`, from the first period's last day
/// (`figures::month::period`: weeks run Monday to Sunday, months and quarters by the calendar).
fn recurrence(frequency: Frequency, year: i32) -> Option<(NaiveDate, Option<String>)> {
    let january = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let (_, first) = month::period(frequency, january, year)?;
    let until = format!("UNTIL={year}1231");
    let rule = match frequency {
        Frequency::Weekly => Some(format!("FREQ=WEEKLY;BYDAY=SU;{until}")),
        Frequency::Monthly => Some(format!("FREQ=MONTHLY;BYMONTHDAY=-1;{until}")),
        Frequency::Quarterly => Some(format!("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;{until}")),
        Frequency::Yearly => None,
    };
    Some((first, rule))
}

/// The reminder to read a KPI at the end of each of its periods in the plan year, ringing at
/// `REMINDER_HOUR` on the day; none for a KPI without a frequency.
fn reading_reminder(
    kpi: &Kpi,
    year: i32,
    key: PlanUid,
    stamp: DateTime<Utc>,
    w: &Words,
) -> Option<Event> {
    let (first, rule) = recurrence(kpi.frequency?, year)?;
    let summary = format!("{}{}", w.reading, kpi.name.trim());
    let description = if kpi.tool.trim().is_empty() {
        String::new()
    } else {
        format!("{}{}", w.read_in, kpi.tool.trim())
    };
    let mut event = all_day(
        &uid(key, Item::Reading(kpi.id)),
        stamp,
        (first, first),
        &summary,
        &description,
        false,
    )?;
    if let Some(rule) = rule {
        event.add_property("RRULE", rule);
    }
    event.alarm(Alarm::display(
        &text(&summary),
        Trigger::after_start(TimeDelta::hours(REMINDER_HOUR)),
    ));
    Some(event.done())
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
        let parsed = events(&calendar(&example, stamp(), false));
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
        let parsed = events(&calendar(&plan(), stamp(), false));
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
        let text = calendar(&plan(), stamp(), false);
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
        let parsed = events(&calendar(&plan(), stamp(), false));
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
        let text = calendar(&p, stamp(), false);
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
        let parsed = events(&calendar(&p, stamp(), false));
        assert_eq!(parsed.len(), 1);
        assert_eq!(get(&parsed[0], "DTSTART;VALUE=DATE"), Some("20270601"));
        assert_eq!(get(&parsed[0], "DTEND;VALUE=DATE"), Some("20270611"));
    }

    #[test]
    fn cancelled_actions_are_marked_cancelled() {
        let mut p = plan();
        p.actions[0].status = ActionStatus::Cancelled;
        let parsed = events(&calendar(&p, stamp(), false));
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
            uids(&calendar(&plan(), stamp(), false)),
            uids(&calendar(&plan(), later, false))
        );
    }

    #[test]
    fn two_plans_never_share_an_event_uid() {
        let uids = |p: &Plan| {
            events(&calendar(p, stamp(), false))
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
        let text = calendar(&plan(), stamp(), false);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Boussole//Boussole "));
        assert!(text.contains("X-WR-CALNAME:Plan marketing 2027 – Café\\, « Lune » \\; Brest\r\n"));
    }

    #[test]
    fn write_file_writes_the_calendar() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ics");
        write(&plan(), &Output::File(path.clone()), stamp(), false, &[]).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            calendar(&plan(), stamp(), false)
        );
    }

    /// A component's properties as (name with its first parameter, unescaped value).
    type Props = Vec<(String, String)>;

    /// The parsed reminders: for each event with an alarm, its properties and its alarms'.
    fn reminders(text: &str) -> Vec<(Props, Vec<Props>)> {
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let calendar = parser.next().expect("one calendar").expect("it parses");
        let props = |list: Vec<ical::property::Property>| {
            list.into_iter()
                .map(|p| {
                    let params = p.params.unwrap_or_default();
                    let name = match params.first() {
                        Some((k, v)) => format!("{};{k}={}", p.name, v.join(",")),
                        None => p.name,
                    };
                    (name, unescape(p.value.as_deref().unwrap_or_default()))
                })
                .collect::<Props>()
        };
        calendar
            .events
            .into_iter()
            .filter(|e| !e.alarms.is_empty())
            .map(|e| {
                let alarms = e.alarms.into_iter().map(|a| props(a.properties)).collect();
                (props(e.properties), alarms)
            })
            .collect()
    }

    #[test]
    fn reminders_are_off_unless_asked() {
        let example = crate::seed::example_plan(2027);
        let text = calendar(&example, stamp(), false);
        assert!(!text.contains("RRULE") && !text.contains("VALARM"));
        assert!(reminders(&text).is_empty());
    }

    #[test]
    fn each_kpi_reading_recurs_by_its_frequency_with_an_alarm() {
        let mut p = crate::seed::example_plan(2027);
        // One KPI of each frequency, and one without.
        p.kpis.truncate(4);
        p.kpis[0].frequency = Some(Frequency::Weekly);
        p.kpis[1].frequency = Some(Frequency::Monthly);
        p.kpis[2].frequency = Some(Frequency::Quarterly);
        p.kpis[3].frequency = Some(Frequency::Yearly);
        let mut none = p.kpis[3].clone();
        none.id = KpiId(99);
        none.frequency = None;
        p.kpis.push(none);
        p.kpis[1].name = "Revendeurs, actifs ; «\u{a0}vrais\u{a0}»".into();
        let text = calendar(&p, stamp(), true);
        let parsed = reminders(&text);
        assert_eq!(parsed.len(), 4, "one per KPI with a frequency");
        let rule = |i: usize| get(&parsed[i].0, "RRULE").map(str::to_string);
        let start = |i: usize| get(&parsed[i].0, "DTSTART;VALUE=DATE").map(str::to_string);

        // 1 January 2027 is a Friday: the first week ends on Sunday 3 January.
        assert_eq!(start(0).as_deref(), Some("20270103"));
        assert_eq!(
            rule(0).as_deref(),
            Some("FREQ=WEEKLY;BYDAY=SU;UNTIL=20271231")
        );
        assert_eq!(start(1).as_deref(), Some("20270131"));
        assert_eq!(
            rule(1).as_deref(),
            Some("FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20271231")
        );
        assert_eq!(start(2).as_deref(), Some("20270331"));
        assert_eq!(
            rule(2).as_deref(),
            Some("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20271231")
        );
        assert_eq!(start(3).as_deref(), Some("20271231"));
        assert_eq!(rule(3), None, "a yearly reading is one event");

        for (event, alarms) in &parsed {
            assert_eq!(alarms.len(), 1);
            let alarm = &alarms[0];
            assert_eq!(get(alarm, "ACTION"), Some("DISPLAY"));
            assert_eq!(
                get(alarm, "TRIGGER;RELATED=START"),
                Some("PT32400S"),
                "9:00"
            );
            assert_eq!(get(alarm, "DESCRIPTION"), get(event, "SUMMARY"));
        }
        assert_eq!(
            get(&parsed[1].0, "SUMMARY"),
            Some("Relevé\u{202f}: Revendeurs, actifs ; «\u{a0}vrais\u{a0}»")
        );
        assert_eq!(
            get(&parsed[1].0, "DESCRIPTION"),
            Some("À relever dans\u{202f}: Logiciel de gestion commerciale")
        );
        let uid = format!("reading-2-{}@boussole", p.identity());
        assert_eq!(get(&parsed[1].0, "UID"), Some(uid.as_str()));
        assert!(text.split("\r\n").all(|l| l.len() <= 75));
        // The actions and milestones are still there.
        assert_eq!(
            events(&text).len(),
            events(&calendar(&p, stamp(), false)).len() + 4
        );
    }

    #[test]
    fn every_uid_names_the_plan_s_identity() {
        let p = crate::seed::example_plan(2027);
        let key = p.identity();
        for event in events(&calendar(&p, stamp(), true)) {
            let uid = get(&event, "UID").unwrap();
            assert!(uid.ends_with(&format!("-{key}@boussole")), "{uid}");
        }
    }
}
