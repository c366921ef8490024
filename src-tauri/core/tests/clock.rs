//! The one clock: `BOUSSOLE_TODAY` sets today's date for every reader, and a value that is not a
//! date is refused with a sentence saying what to write. Its own test binary, so that setting the
//! variable cannot reach another test.

use boussole_core::clock::{check, local_now, now, today, TODAY_VARIABLE};
use chrono::NaiveDate;

#[test]
fn the_set_date_wins_and_a_bad_one_is_refused() {
    std::env::set_var(TODAY_VARIABLE, "2027-03-15");
    let date = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap();
    assert_eq!(today(), date);
    assert_eq!(now().date_naive(), date);
    assert_eq!(local_now().date(), date);
    assert!(check().is_ok());
    std::env::set_var(TODAY_VARIABLE, "15/03/2027");
    let e = check().unwrap_err();
    assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
    std::env::remove_var(TODAY_VARIABLE);
    assert!(check().is_ok());
}
