//! Crash safety: a writer process is killed with SIGKILL at random moments, again and again, and
//! after every kill the database opens, passes SQLite's integrity check and holds every edit
//! whose save had returned.
//!
//! 25 kills in the default run; `BOUSSOLE_SOAK=1` runs 200. The kill timings come from a small
//! PRNG whose seed is printed, and `BOUSSOLE_CRASH_SEED=<seed>` replays them.

mod support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use boussole_core::usecases::Library;
use support::{integrity_check, stored_counter, today, Target, Writer};

/// Kills in the default `cargo test` run (about ten seconds on two cores).
const DEFAULT_CYCLES: usize = 25;
/// Kills in the soak run (`BOUSSOLE_SOAK=1`).
const SOAK_CYCLES: usize = 200;
/// The plan the writer saves into.
const PLAN: &str = "Boulangerie Morel";
/// Longest wait for a writer's acknowledgements: far above a save, so only a stuck writer trips it.
const ACK_TIMEOUT: Duration = Duration::from_secs(30);

/// SplitMix64: a tiny deterministic generator, enough to spread kill moments.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn cycles() -> usize {
    if std::env::var("BOUSSOLE_SOAK").is_ok_and(|v| v == "1") {
        SOAK_CYCLES
    } else {
        DEFAULT_CYCLES
    }
}

fn seed() -> u64 {
    match std::env::var("BOUSSOLE_CRASH_SEED") {
        Ok(s) => s.parse().expect("BOUSSOLE_CRASH_SEED is a number"),
        Err(_) => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
    }
}

#[test]
fn every_acknowledged_edit_survives_a_kill() {
    let cycles = cycles();
    let seed = seed();
    eprintln!("crash: {cycles} kills, seed {seed} (replay with BOUSSOLE_CRASH_SEED={seed})");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    // The highest counter known to be stored: it must never go back.
    let mut floor = 0;
    let mut acknowledged = 0;
    // Kills that landed inside a save (after it started, before it was acknowledged): the ones
    // that put the database to the test.
    let mut inside_a_save = 0;

    for cycle in 0..cycles {
        let mut writer = Writer::spawn(dir.path(), PLAN, Target::Notes, None);
        // One kill in four lands at a random moment after the start: during start-up, the
        // creation of the database and its first plan, or the first writes. The others land
        // after a random number of acknowledged saves, a random fraction of a save later (a
        // save takes one to a few milliseconds here).
        if rng.below(4) == 0 {
            std::thread::sleep(Duration::from_millis(rng.below(60)));
        } else {
            let wanted = 1 + rng.below(30) as usize;
            assert!(
                writer.wait_for_acks(wanted, ACK_TIMEOUT),
                "cycle {cycle}: the writer stopped before {wanted} saves: {}",
                writer.finish().stderr
            );
            std::thread::sleep(Duration::from_micros(rng.below(3_000)));
        }
        let ended = writer.kill();
        assert!(
            ended.status.code().is_none(),
            "cycle {cycle}: the writer failed on its own: {}",
            ended.stderr
        );
        assert_eq!(
            ended.busy, 0,
            "cycle {cycle}: a lone writer was refused as busy"
        );
        acknowledged += ended.acks;

        let lib = Library::open(dir.path(), today())
            .unwrap_or_else(|e| panic!("cycle {cycle}: the library does not open: {e}"));
        assert_eq!(integrity_check(dir.path()), "ok", "cycle {cycle}");
        let stored = stored_counter(&lib, PLAN, Target::Notes);
        drop(lib);
        if let Some(ack) = ended.last_ack {
            let stored = stored.unwrap_or_else(|| {
                panic!("cycle {cycle}: the plan acknowledged up to {ack} is gone")
            });
            assert!(
                stored >= ack,
                "cycle {cycle}: save {ack} was acknowledged but the plan holds {stored}"
            );
        }
        let stored = stored.unwrap_or(0);
        assert!(
            stored >= floor,
            "cycle {cycle}: the plan went back from {floor} to {stored}"
        );
        // Only the save in flight, if any, may be stored without its acknowledgement.
        let ceiling = ended.last_ack.unwrap_or(floor) + u64::from(ended.in_save);
        assert!(
            stored <= ceiling,
            "cycle {cycle}: the plan holds {stored}, never acknowledged nor in flight"
        );
        inside_a_save += usize::from(ended.in_save);
        floor = stored;
    }
    eprintln!(
        "crash: {cycles} kills survived, {inside_a_save} of them inside a save, {acknowledged} \
         acknowledged saves, last counter {floor}"
    );
    assert!(
        inside_a_save > 0,
        "no kill landed inside a save: the kills tested nothing"
    );
}
