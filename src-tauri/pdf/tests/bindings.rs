//! The PDF options the UI sends are typed from these Rust types: the checked-in TypeScript must
//! match (`BOUSSOLE_UPDATE_GENERATED=1 cargo test -p boussole-pdf` rewrites it).

use boussole_pdf::{Paper, PdfChoices, PdfOptions};
use ts_rs::TS;

#[test]
fn typescript_bindings_are_current() {
    let result = boussole_core::generated::check_bindings(|cfg| {
        PdfOptions::export_all(cfg)?;
        Paper::export_all(cfg)?;
        PdfChoices::export_all(cfg)?;
        Ok(())
    });
    assert_eq!(result, Ok(()));
}
