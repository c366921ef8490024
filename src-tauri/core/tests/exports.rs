//! Exports that cannot be written: a missing folder, a file where the folder should be, a
//! read-only folder, a full disk, a folder in the way of the file. Each gives a message that says
//! which file and why, leaves no partial or temporary file behind, and leaves the previous
//! export as it was.
//!
//! Tests run as root here, and root writes into a `chmod 555` folder anyway; the read-only and
//! full-disk cases then use real file systems: small tmpfs mounts (one remounted read-only) in a
//! private mount namespace (`unshare`), which only a child process (the test executable
//! re-launched on one test) sees and which vanishes with it.

use std::path::{Path, PathBuf};
use std::process::Command;

use boussole_core::fsutil::write_atomic;
use boussole_core::{format, ErrorKind, IoCause, Result};
use chrono::Utc;

/// What was there before the failed export.
const PREVIOUS: &[u8] = b"the previous export";
/// An export larger than the 64 KB file systems of the mount tests.
const BIG: usize = 1 << 20;

/// The files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The example plan with notes big enough to overflow the small file systems.
fn big_plan() -> boussole_core::plan::Plan {
    let mut plan = boussole_core::seed::example_plan(2027);
    plan.notes = "n".repeat(BIG);
    plan
}

/// Both ways of exporting to `path`: the raw atomic write and the plan file.
fn both_exports(path: &Path) -> [Result<()>; 2] {
    [
        write_atomic(path, &vec![b'x'; BIG]),
        format::write_file(path, &big_plan(), Utc::now()),
    ]
}

/// A failed export: an `Io` error naming the file, saying `why`, with the `cause` the UI
/// explains in the owner's language.
fn assert_refused(result: Result<()>, path: &Path, why: &str, cause: IoCause) {
    let err = result.expect_err("the export must fail");
    assert_eq!(err.kind(), ErrorKind::Io, "{err}");
    assert_eq!(err.payload().cause, Some(cause), "{err}");
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("cannot write {}: ", path.display())),
        "{message}"
    );
    assert!(message.contains(why), "{message} does not say {why:?}");
    assert!(
        !message.contains(".part"),
        "{message} names the hidden temporary file"
    );
}

/// `dir` holds the previous export, as it was, and nothing else.
fn assert_only_previous(dir: &Path) {
    assert_eq!(
        listing(dir),
        ["plan.json"],
        "a partial or temporary file was left behind"
    );
    assert_eq!(std::fs::read(dir.join("plan.json")).unwrap(), PREVIOUS);
}

#[test]
fn a_missing_folder_is_a_clear_error_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Bureau").join("plan.json");
    for result in both_exports(&path) {
        assert_refused(
            result,
            &path,
            "the folder does not exist",
            IoCause::NotFound,
        );
    }
    assert!(listing(dir.path()).is_empty());
}

#[test]
fn a_file_where_the_folder_should_be_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.json"), PREVIOUS).unwrap();
    let path = dir.path().join("plan.json").join("plan.json");
    for result in both_exports(&path) {
        assert_refused(
            result,
            &path,
            "the folder does not exist",
            IoCause::NotFound,
        );
    }
    assert_only_previous(dir.path());
}

#[test]
fn a_folder_in_the_way_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plan.json")).unwrap();
    std::fs::write(dir.path().join("plan.json").join("inside.txt"), PREVIOUS).unwrap();
    let path = dir.path().join("plan.json");
    for result in both_exports(&path) {
        assert_refused(
            result,
            &path,
            "it is a folder, not a regular file",
            IoCause::Other,
        );
    }
    assert_eq!(listing(dir.path()), ["plan.json"]);
    assert_eq!(listing(&path), ["inside.txt"]);
}

/// Whether `chmod 555` keeps this process from writing in `dir` (it does not for root).
#[cfg(unix)]
fn read_only_mode_stops_writes(dir: &Path) -> bool {
    let probe = dir.join("probe");
    match std::fs::write(&probe, b"") {
        Ok(()) => {
            std::fs::remove_file(probe).unwrap();
            false
        }
        Err(_) => true,
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_a_clear_error_and_keeps_the_previous_export() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.json"), PREVIOUS).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    if read_only_mode_stops_writes(dir.path()) {
        let path = dir.path().join("plan.json");
        for result in both_exports(&path) {
            assert_refused(
                result,
                &path,
                "Permission denied",
                IoCause::PermissionDenied,
            );
        }
        assert_only_previous(dir.path());
    } else if unshare_works() {
        assert_child_passes("readonly");
    } else {
        // Root without namespaces: sysfs refuses new files even to root.
        let path = Path::new("/sys/boussole-plan.json");
        for result in both_exports(path) {
            assert_refused(result, path, "Permission denied", IoCause::PermissionDenied);
        }
        assert!(!path.exists());
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_a_clear_error_and_keeps_the_previous_export() {
    if unshare_works() {
        assert_child_passes("full");
    } else {
        // Without namespaces, a file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) makes
        // writes fail midway as a full disk does, with "File too large" instead.
        assert_child_passes("fsize");
    }
}

/// The environment variable that makes `mounted_folder_child` act; its value is the mode.
const CHILD_ENV: &str = "BOUSSOLE_EXPORT_CHILD";
/// The folder the child exports into.
const DIR_ENV: &str = "BOUSSOLE_EXPORT_DIR";
/// The tmpfs size: room for the previous export, not for the new one.
const TMPFS_SIZE: &str = "size=64k";

#[cfg(unix)]
fn unshare_works() -> bool {
    Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "true"])
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs `mounted_folder_child` in `mode` and checks it passed. For "readonly" and "full" it
/// runs inside a new mount namespace, on a tmpfs mounted at the export folder.
#[cfg(unix)]
fn assert_child_passes(mode: &str) {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    // The shell gets the folder as $0 and the test executable as $1.
    let run = "exec \"$1\" --exact mounted_folder_child --nocapture --test-threads=1 -q";
    let (mut command, script) = match mode {
        // At most 64 blocks (32 or 64 KB, by the shell) per file, and no signal for passing it.
        "fsize" => (
            Command::new("sh"),
            format!("trap '' XFSZ; ulimit -f 64; {run}"),
        ),
        _ => {
            let mut unshare = Command::new("unshare");
            unshare.args(["--user", "--map-root-user", "--mount", "sh"]);
            let mount = format!("mount -t tmpfs -o {TMPFS_SIZE} boussole \"$0\"");
            (unshare, format!("{mount} && {run}"))
        }
    };
    let out = command
        .args([Path::new("-c"), Path::new(&script), dir.path(), &exe])
        .env(CHILD_ENV, mode)
        .env(DIR_ENV, dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the {mode} export child failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        listing(dir.path()).is_empty(),
        "the mount was private to the child"
    );
}

/// Not a test of its own: the body of the child process of the read-only and full-disk tests.
/// Without `BOUSSOLE_EXPORT_CHILD` it returns at once.
#[cfg(unix)]
#[test]
fn mounted_folder_child() {
    let Ok(mode) = std::env::var(CHILD_ENV) else {
        return;
    };
    let dir = PathBuf::from(std::env::var(DIR_ENV).unwrap());
    std::fs::write(dir.join("plan.json"), PREVIOUS).unwrap();
    let (why, cause) = match mode.as_str() {
        "readonly" => {
            let remount = Command::new("mount")
                .args(["-o", &format!("remount,ro,{TMPFS_SIZE}")])
                .arg(&dir)
                .status();
            assert!(
                remount.unwrap().success(),
                "the tmpfs is remounted read-only"
            );
            ("Read-only file system", IoCause::ReadOnly)
        }
        "full" => ("No space left on device", IoCause::DiskFull),
        "fsize" => ("File too large", IoCause::Other),
        other => panic!("unknown mode {other}"),
    };
    for name in ["plan.json", "nouveau.json"] {
        let path = dir.join(name);
        for result in both_exports(&path) {
            assert_refused(result, &path, why, cause);
        }
    }
    assert_only_previous(&dir);
}
