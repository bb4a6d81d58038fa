//! Time zones named after a clock time ("3:30 p.m. EDT", "15:30 GMT") as ISO 8601 offsets.
//!
//! TempEval-3 values leave the zone out ("5 p.m. EST Nov. 9" is 1989-11-09T17:00), so the zone
//! travels beside the value: the value still matches, and the panel can say which clock it was.

use super::days::{civil_from_days, days_from_civil, nth_weekday};

/// The UTC offset of a zone abbreviation (lower case), on `day` (days since 1970-01-01) when
/// known. "ET", "CT", "MT" and "PT" name the clock whatever the season, so their offset follows
/// US daylight saving time on that day; without a day they stay unknown. Abbreviations that
/// name different zones in different countries ("IST": India, Ireland, Israel) give none.
pub fn offset(abbr: &str, day: Option<i64>) -> Option<&'static str> {
    let us = |standard: &'static str, summer: &'static str| {
        day.map(|d| if us_daylight(d) { summer } else { standard })
    };
    match abbr {
        "gmt" | "utc" | "z" => Some("Z"),
        "bst" | "cet" => Some("+01:00"),
        "cest" => Some("+02:00"),
        "jst" => Some("+09:00"),
        "est" => Some("-05:00"),
        "edt" => Some("-04:00"),
        "cst" => Some("-06:00"),
        "cdt" => Some("-05:00"),
        "mst" => Some("-07:00"),
        "mdt" => Some("-06:00"),
        "pst" => Some("-08:00"),
        "pdt" => Some("-07:00"),
        "et" => us("-05:00", "-04:00"),
        "ct" => us("-06:00", "-05:00"),
        "mt" => us("-07:00", "-06:00"),
        "pt" => us("-08:00", "-07:00"),
        _ => None,
    }
}

/// Whether US daylight saving time is in force on `day` (as a whole day: the switch days
/// count as switched, which only errs in the small hours of two Sundays a year).
fn us_daylight(day: i64) -> bool {
    let (y, _, _) = civil_from_days(day);
    const SUNDAY: u32 = 7;
    let (start, end) = if y >= 2007 {
        (nth_weekday(y, 3, SUNDAY, 2), nth_weekday(y, 11, SUNDAY, 1))
    } else if y >= 1987 {
        (nth_weekday(y, 4, SUNDAY, 1), nth_weekday(y, 10, SUNDAY, -1))
    } else {
        (
            nth_weekday(y, 4, SUNDAY, -1),
            nth_weekday(y, 10, SUNDAY, -1),
        )
    };
    debug_assert!(start > days_from_civil(y, 1, 1));
    (start..end).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(y: i32, m: u32, d: u32) -> Option<i64> {
        Some(days_from_civil(y, m, d))
    }

    #[test]
    fn fixed_abbreviations_ignore_the_day() {
        assert_eq!(offset("edt", None), Some("-04:00"));
        assert_eq!(offset("est", on(2021, 7, 1)), Some("-05:00"));
        assert_eq!(offset("gmt", None), Some("Z"));
        assert_eq!(offset("cest", None), Some("+02:00"));
    }

    #[test]
    fn seasonless_abbreviations_follow_us_daylight_time() {
        assert_eq!(offset("et", on(2021, 5, 7)), Some("-04:00"));
        assert_eq!(offset("et", on(2021, 1, 7)), Some("-05:00"));
        // 2021: from March 14 to November 7
        assert_eq!(offset("pt", on(2021, 3, 13)), Some("-08:00"));
        assert_eq!(offset("pt", on(2021, 3, 14)), Some("-07:00"));
        assert_eq!(offset("pt", on(2021, 11, 7)), Some("-08:00"));
        // 1998: from April 5 to October 25
        assert_eq!(offset("ct", on(1998, 4, 4)), Some("-06:00"));
        assert_eq!(offset("ct", on(1998, 10, 24)), Some("-05:00"));
        assert_eq!(offset("et", None), None);
    }

    #[test]
    fn ambiguous_abbreviations_give_no_offset() {
        assert_eq!(offset("ist", None), None);
        assert_eq!(offset("xyz", None), None);
    }
}
