//! Calendar arithmetic for duplicate periods and time slices: parsing an
//! article's ISO date and naming its ISO week, month and year.
//!
//! Only proleptic Gregorian dates (no time zones): an article's date is a day.

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Day {
    /// Days since 1970-01-01 (negative before).
    pub serial: i64,
}

impl Day {
    /// Reads the `YYYY-MM-DD` at the start of an ISO 8601 date or date-time;
    /// `None` when it is not a real day.
    pub fn parse(text: &str) -> Option<Day> {
        let head = text.get(..10)?;
        let mut parts = head.split('-');
        let year: i64 = parts.next()?.parse().ok()?;
        let month: i64 = parts.next()?.parse().ok()?;
        let day: i64 = parts.next()?.parse().ok()?;
        if head.as_bytes().get(4) != Some(&b'-') || head.as_bytes().get(7) != Some(&b'-') {
            return None;
        }
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day { serial: days_from_civil(year, month, day) })
    }

    pub fn from_civil(year: i64, month: i64, day: i64) -> Day {
        Day { serial: days_from_civil(year, month, day) }
    }

    /// (year, month 1–12, day 1–31).
    pub fn civil(self) -> (i64, i64, i64) {
        civil_from_days(self.serial)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> i64 {
        // 1970-01-01 was a Thursday (3).
        (self.serial + 3).rem_euclid(7)
    }

    /// The ISO 8601 (week-based year, week number 1–53).
    pub fn iso_week(self) -> (i64, i64) {
        // The week belongs to the year that holds its Thursday.
        let thursday = Day { serial: self.serial - self.weekday() + 3 };
        let (year, _, _) = thursday.civil();
        let first = Day::from_civil(year, 1, 1);
        (year, (thursday.serial - first.serial) / 7 + 1)
    }

    pub fn plus_days(self, days: i64) -> Day {
        Day { serial: self.serial + days }
    }

    /// The first day of the month `months` after this day's month.
    pub fn month_start_plus(self, months: i64) -> Day {
        let (year, month, _) = self.civil();
        let index = year * 12 + (month - 1) + months;
        Day::from_civil(index.div_euclid(12), index.rem_euclid(12) + 1, 1)
    }

    pub fn iso(self) -> String {
        let (year, month, day) = self.civil();
        format!("{year:04}-{month:02}-{day:02}")
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-date algorithms (public domain), exact for all i64 years we meet.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(serial: i64) -> (i64, i64, i64) {
    let z = serial + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_date_times_and_refuses_non_days() {
        let day = Day::parse("2005-02-16T00:00:00Z").expect("date-time");
        assert_eq!(day.civil(), (2005, 2, 16));
        assert_eq!(day.iso(), "2005-02-16");
        assert_eq!(Day::parse("2024-02-29").map(Day::iso).as_deref(), Some("2024-02-29"));
        assert_eq!(Day::parse("2023-02-29"), None);
        assert_eq!(Day::parse("2023-13-01"), None);
        assert_eq!(Day::parse("20230101"), None);
        assert_eq!(Day::parse("yesterday"), None);
    }

    #[test]
    fn iso_weeks_cross_year_boundaries() {
        // 2005-01-01 was a Saturday in week 53 of 2004; 2008-12-29 a Monday in week 1 of 2009.
        assert_eq!(Day::parse("2005-01-01").map(Day::iso_week), Some((2004, 53)));
        assert_eq!(Day::parse("2005-01-03").map(Day::iso_week), Some((2005, 1)));
        assert_eq!(Day::parse("2008-12-29").map(Day::iso_week), Some((2009, 1)));
        assert_eq!(Day::parse("1970-01-01").map(Day::weekday), Some(3));
    }

    #[test]
    fn month_arithmetic_wraps_years() {
        let day = Day::parse("2005-11-20").expect("day");
        assert_eq!(day.month_start_plus(0).iso(), "2005-11-01");
        assert_eq!(day.month_start_plus(2).iso(), "2006-01-01");
        assert_eq!(day.month_start_plus(-11).iso(), "2004-12-01");
    }
}
