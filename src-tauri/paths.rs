//! The name under which a running window is found by a second start of Boussole.

use std::path::Path;

/// The D-Bus name under which the window of a data folder is found by a second start: one
/// running window per data folder (two windows on one library would each keep their own copy
/// of a plan on screen), while separate folders (tests, a second library) run side by side.
/// FNV-1a of the folder's path, so that every build computes the same name.
pub fn instance_id(data_dir: &Path) -> String {
    let path = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    let hash = path
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("app.boussole.desktop.d{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_data_folder_has_its_own_valid_instance_name() {
        let a = instance_id(Path::new("/home/ana/.local/share/boussole"));
        let b = instance_id(Path::new("/tmp/another library"));
        assert_ne!(a, b);
        assert_eq!(a, instance_id(Path::new("/home/ana/.local/share/boussole")));
        // D-Bus: elements of letters, digits and _ or -, none starting with a digit.
        for element in a.split('.') {
            assert!(!element.starts_with(|c: char| c.is_ascii_digit()), "{a}");
            assert!(element.chars().all(|c| c.is_ascii_alphanumeric()), "{a}");
        }
    }
}
