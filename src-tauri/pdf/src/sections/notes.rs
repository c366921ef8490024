//! The owner's internal notes, printed as written, newlines kept; never in the investor
//! version (the section is skipped before it gets here).

use crate::flow::{styles, Flow};
use crate::sections::Ctx;

/// Lays out the notes.
pub(super) fn render(ctx: &Ctx, flow: &mut Flow) {
    flow.paragraph(&ctx.plan.notes, styles::BODY);
}
