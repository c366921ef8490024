//! Where Boussole keeps its data: `--data-dir`, else `BOUSSOLE_DATA_DIR`, else the OS app-data
//! folder. The app and the CLI resolve it the same way, so they always share one library.

use std::path::PathBuf;

/// The environment variable that overrides the data folder.
pub const DATA_DIR_VAR: &str = "BOUSSOLE_DATA_DIR";

/// The data folder for this run.
pub fn data_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| {
        std::env::var_os(DATA_DIR_VAR)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .unwrap_or_else(|| {
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("boussole")
    })
}
