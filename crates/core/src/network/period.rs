//! Reading an article's date as a calendar day for duplicate periods and
//! time slices. The calendar arithmetic itself is chrono's.

use chrono::NaiveDate;

/// The `YYYY-MM-DD` at the start of an ISO 8601 date or date-time; `None`
/// when there is none or it is not a real day.
pub(crate) fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use chrono::Datelike;

    use super::*;

    #[test]
    fn reads_dates_and_date_times_and_refuses_non_days() {
        assert_eq!(
            parse_day("2005-02-16T00:00:00Z").map(|d| d.to_string()).as_deref(),
            Some("2005-02-16")
        );
        assert_eq!(parse_day("2024-02-29").map(|d| d.day()), Some(29));
        assert_eq!(parse_day("2023-02-29"), None);
        assert_eq!(parse_day("20230101"), None);
        assert_eq!(parse_day("yesterday"), None);
        assert_eq!(
            parse_day("2005-01-€"),
            None,
            "a cut inside a character is no date, not a panic"
        );
    }
}
