//! Publication dates: whatever a file says, as YYYY-MM-DD when it can be read.
//!
//! Accepted: ISO 8601 / RFC 3339 ("2017-12-12", "2017-12-12T09:30:00Z"),
//! RFC 2822 as in mail headers ("Tue, 12 Dec 2017 09:30:00 +0000"), PDF dates
//! ("D:20171212093000Z"), compact "20171212", and written-out English dates
//! ("December 12, 2017", "Dec 12, 2017", "12 December 2017"). A date with a
//! time keeps the calendar day of its own time zone: that is the day the
//! publisher printed. Anything else is kept as given, trimmed, so no
//! information is lost; an empty value is no date.

use chrono::{DateTime, NaiveDate};

/// Written-out forms tried in order; chrono's `%B` and `%b` accept full and
/// abbreviated English month names alike.
const WRITTEN_FORMATS: &[&str] = &["%B %d, %Y", "%B %d %Y", "%d %B %Y", "%d %B, %Y", "%Y/%m/%d"];

/// The date as YYYY-MM-DD when readable, else as given; `None` when blank.
pub fn published_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let date = parse_date(raw).map(|date| date.format("%Y-%m-%d").to_string());
    Some(date.unwrap_or_else(|| raw.to_string()))
}

fn parse_date(raw: &str) -> Option<NaiveDate> {
    if let Ok(moment) = DateTime::parse_from_rfc3339(raw) {
        return Some(moment.date_naive());
    }
    if let Ok(moment) = DateTime::parse_from_rfc2822(raw) {
        return Some(moment.date_naive());
    }
    if let Some(date) = leading_iso_date(raw) {
        return Some(date);
    }
    if let Some(date) = compact_date(raw.strip_prefix("D:").unwrap_or(raw)) {
        return Some(date);
    }
    // Drop a leading weekday ("Tuesday, December 12, 2017") and stray dots ("Dec. 12").
    let cleaned = raw.replace('.', "");
    let without_weekday = match cleaned.split_once(", ") {
        Some((head, rest)) if is_weekday(head) => rest,
        _ => cleaned.as_str(),
    };
    WRITTEN_FORMATS
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(without_weekday, format).ok())
}

/// "2017-12-12" at the start of a longer ISO string ("2017-12-12 09:30", "2017-12-12T09:30+01").
fn leading_iso_date(raw: &str) -> Option<NaiveDate> {
    let head = raw.get(..10)?;
    let rest = &raw[10..];
    if !(rest.is_empty() || rest.starts_with(['T', ' '])) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// "20171212", possibly followed by a time as PDF dates have ("20171212093000Z").
fn compact_date(raw: &str) -> Option<NaiveDate> {
    let head = raw.get(..8)?;
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = &raw[8..];
    if !rest
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'Z' | b'+' | b'-' | b'\''))
    {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y%m%d").ok()
}

fn is_weekday(word: &str) -> bool {
    const WEEKDAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let word = word.to_ascii_lowercase();
    WEEKDAYS
        .iter()
        .any(|day| *day == word || (word.len() == 3 && day.starts_with(&word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(raw: &str) -> Option<String> {
        published_date(raw)
    }

    #[test]
    fn iso_and_rfc3339_dates() {
        assert_eq!(date("2017-12-12").as_deref(), Some("2017-12-12"));
        assert_eq!(date("2017-12-12T23:30:00-05:00").as_deref(), Some("2017-12-12"));
        assert_eq!(date("2017-12-12 09:30").as_deref(), Some("2017-12-12"));
        assert_eq!(date(" 2016-07-12T10:00:00.000Z ").as_deref(), Some("2016-07-12"));
    }

    #[test]
    fn mail_and_pdf_dates() {
        assert_eq!(date("Tue, 12 Dec 2017 09:30:00 +0000").as_deref(), Some("2017-12-12"));
        // The sender's own calendar day, not UTC's.
        assert_eq!(date("Tue, 12 Dec 2017 23:30:00 -0500").as_deref(), Some("2017-12-12"));
        assert_eq!(date("D:20171212093000+01'00'").as_deref(), Some("2017-12-12"));
        assert_eq!(date("20171212").as_deref(), Some("2017-12-12"));
    }

    #[test]
    fn written_dates() {
        assert_eq!(date("December 12, 2017").as_deref(), Some("2017-12-12"));
        assert_eq!(date("Dec. 12, 2017").as_deref(), Some("2017-12-12"));
        assert_eq!(date("12 December 2017").as_deref(), Some("2017-12-12"));
        assert_eq!(date("Tuesday, December 12, 2017").as_deref(), Some("2017-12-12"));
    }

    #[test]
    fn unreadable_dates_are_kept_and_blank_ones_dropped() {
        assert_eq!(date("last Tuesday").as_deref(), Some("last Tuesday"));
        assert_eq!(date("2017-13-45").as_deref(), Some("2017-13-45"));
        assert_eq!(date("   "), None);
    }
}
