//! Proleptic Gregorian day arithmetic on plain integers: day numbers, weekdays, ISO weeks,
//! seasons and the movable feasts. No time zones: a TIMEX3 value names a calendar day. The
//! month and weekday words are not here but in `crate::calendar`.

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm, exact for all years).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (inverse of `days_from_civil`).
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// ISO weekday, Monday = 1 … Sunday = 7.
pub fn weekday(day: i64) -> u32 {
    // 1970-01-01 was a Thursday (4).
    ((day + 3).rem_euclid(7) + 1) as u32
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn month_len(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= month_len(y, m)
}

/// ISO 8601 week-numbering year and week of a day number.
pub fn iso_week(day: i64) -> (i32, u32) {
    // The Thursday of the same week decides the year.
    let thursday = day - i64::from(weekday(day)) + 4;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    (y, week as u32)
}

/// Month index (year * 12 + month - 1) shifted by `n` months, back as (year, month).
pub fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// Easter Sunday (anonymous Gregorian computus), as a day number.
pub fn easter(y: i32) -> i64 {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    days_from_civil(y, month as u32, day as u32)
}

/// The `n`th (1-based) weekday `wd` of a month; `n = -1` is the last one.
pub fn nth_weekday(y: i32, m: u32, wd: u32, n: i32) -> i64 {
    if n < 0 {
        let last = days_from_civil(y, m, month_len(y, m));
        let back = (i64::from(weekday(last)) - i64::from(wd)).rem_euclid(7);
        return last - back;
    }
    let first = days_from_civil(y, m, 1);
    let fwd = (i64::from(wd) - i64::from(weekday(first))).rem_euclid(7);
    first + fwd + 7 * i64::from(n - 1)
}

/// The quarter (1-4) of a month.
pub fn quarter(m: u32) -> u32 {
    (m.saturating_sub(1)) / 3 + 1
}

pub fn fmt_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{}-{:02}-{:02}", fmt_year(y), m, d)
}

pub fn fmt_year(y: i32) -> String {
    if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else {
        y.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2021, 5, 7)), (2021, 5, 7));
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
        assert_eq!(weekday(days_from_civil(2021, 5, 7)), 5); // a Friday
    }

    #[test]
    fn iso_weeks_cross_year_ends() {
        assert_eq!(iso_week(days_from_civil(2021, 5, 7)), (2021, 18));
        assert_eq!(iso_week(days_from_civil(2021, 1, 1)), (2020, 53));
        assert_eq!(iso_week(days_from_civil(2018, 12, 31)), (2019, 1));
    }

    #[test]
    fn feasts_fall_on_their_days() {
        assert_eq!(fmt_day(easter(2021)), "2021-04-04");
        assert_eq!(fmt_day(easter(2000)), "2000-04-23");
        assert_eq!(fmt_day(nth_weekday(1999, 11, 4, 4)), "1999-11-25"); // Thanksgiving
        assert_eq!(fmt_day(nth_weekday(2021, 5, 1, -1)), "2021-05-31"); // Memorial Day
    }

    #[test]
    fn months_shift_across_years() {
        assert_eq!(add_months(2021, 1, -1), (2020, 12));
        assert_eq!(add_months(2021, 12, 13), (2023, 1));
    }
}
