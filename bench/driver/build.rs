//! The PDF benchmark includes the PDF crate's test helpers (`src-tauri/pdf/tests/common`) to build
//! the very plans its in-process benchmark renders. One helper, unused here, writes under
//! `CARGO_TARGET_TMPDIR`, which cargo only sets for tests and benches: give it the build folder.

fn main() {
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    println!("cargo:rustc-env=CARGO_TARGET_TMPDIR={out}");
}
