//! Two processes on one database (the app and the CLI, or two windows): both keep saving for a
//! few seconds, or one is killed while the other saves; the file passes SQLite's integrity check
//! and each process's last acknowledged save is there, and no save is refused for the other
//! process holding the file (writes wait for it, up to the busy timeout).

mod support;

use std::path::Path;
use std::time::Duration;

use support::{
    example_named, integrity_check, library, stored_counter, today, Ended, Target, Writer,
};

/// How long both writers save at the same time.
const RUN_FOR: Duration = Duration::from_secs(3);
/// The longest wait for a child writer to start and save, on a loaded machine.
const STARTUP: Duration = Duration::from_secs(60);
const MOREL: &str = "Boulangerie Morel";
const LUNE: &str = "Café Lune";

/// Creates the plans, runs one writer per `(plan, section)` at the same time, and checks the
/// file after; returns how each writer ended.
fn two_writers(writers: [(&str, Target); 2]) -> [Ended; 2] {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(dir.path());
    for name in [MOREL, LUNE] {
        lib.create(&example_named(name), None, today()).unwrap();
    }
    drop(lib);
    let running =
        writers.map(|(plan, target)| Writer::spawn(dir.path(), plan, target, Some(RUN_FOR)));
    let ended = running.map(Writer::finish);
    check(dir.path(), &writers, &ended);
    ended
}

fn check(dir: &Path, writers: &[(&str, Target); 2], ended: &[Ended; 2]) {
    assert_eq!(integrity_check(dir), "ok");
    let lib = library(dir);
    for ((plan, target), ended) in writers.iter().zip(ended) {
        assert!(
            ended.status.success(),
            "the writer into {plan} / {target:?} failed: {}",
            ended.stderr
        );
        let ack = ended
            .last_ack
            .unwrap_or_else(|| panic!("the writer into {plan} / {target:?} saved nothing"));
        let stored = stored_counter(&lib, plan, *target).unwrap();
        assert_eq!(
            stored, ack,
            "{plan} / {target:?}: the last acknowledged save is the one stored"
        );
        eprintln!(
            "concurrency: {plan} / {target:?}: {} saves, {} refused as busy and retried",
            ended.acks, ended.busy
        );
    }
}

#[test]
fn two_processes_saving_different_plans_keep_the_file_whole() {
    two_writers([(MOREL, Target::Notes), (LUNE, Target::Notes)]);
}

#[test]
fn two_processes_saving_different_sections_of_one_plan_keep_the_file_whole() {
    two_writers([(MOREL, Target::Notes), (MOREL, Target::BudgetNotes)]);
}

#[test]
fn a_process_killed_while_another_saves_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(dir.path());
    for name in [MOREL, LUNE] {
        lib.create(&example_named(name), None, today()).unwrap();
    }
    drop(lib);
    // Both writers save without end; each is seen saving while the other runs, the victim is
    // killed, and the survivor is seen saving after the kill. Counts make the test, not the
    // clock: the generous waits only cover a loaded machine (a writer saving in a tight loop can
    // hold the other off for a while, as SQLite's busy handler polls).
    let mut victim = Writer::spawn(dir.path(), MOREL, Target::Notes, None);
    assert!(victim.wait_for_acks(5, STARTUP), "the victim never saved");
    let mut survivor = Writer::spawn(dir.path(), LUNE, Target::Notes, None);
    assert!(
        survivor.wait_for_acks(5, STARTUP),
        "the survivor never saved"
    );
    assert!(
        victim.wait_for_acks(1, STARTUP),
        "the victim stopped saving while the survivor saved"
    );
    let killed = victim.kill();
    assert!(
        survivor.wait_for_acks(5, STARTUP),
        "the survivor stopped saving after the kill"
    );
    let survived = survivor.kill();

    assert_eq!(integrity_check(dir.path()), "ok");
    let lib = library(dir.path());
    for (name, ended) in [(MOREL, &killed), (LUNE, &survived)] {
        let ack = ended.last_ack.unwrap();
        let stored = stored_counter(&lib, name, Target::Notes).unwrap();
        // The save in flight at the kill, if any, may or may not have been committed.
        assert!(
            stored == ack || (ended.in_save && stored == ack + 1),
            "{name}: the writer acknowledged {ack}, the plan holds {stored}"
        );
    }
}

#[test]
fn no_save_is_refused_while_another_process_saves() {
    let ended = two_writers([(MOREL, Target::Notes), (LUNE, Target::Notes)]);
    assert_eq!(
        ended.each_ref().map(|e| e.busy),
        [0, 0],
        "saves refused with \"database is locked\""
    );
}
