//! The English words of the calendar: month and weekday names and their abbreviations, with
//! their numbers (January = 1, Monday = 1 as in ISO 8601). One list for every stage that has to
//! know a date word (sentence splitting, publication dates, time expressions, names, quotes), so
//! that they agree on what "Sept." or "Thurs" is.
//!
//! Look-ups ignore ASCII case and allocate nothing. They only say what a word can mean: whether
//! "May" or "Sun" is a date here is the caller's decision. Calendar arithmetic on day numbers is
//! elsewhere (`timex::days`).

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month abbreviations as newsrooms write them, without the dot. "May" is short enough to stay
/// whole, so it is a name, not an abbreviation.
const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday abbreviations, without the dot.
const WEEKDAY_ABBREVIATIONS: [(&str, u32); 9] = [
    ("mon", 1),
    ("tue", 2),
    ("tues", 2),
    ("wed", 3),
    ("thu", 4),
    ("thurs", 4),
    ("fri", 5),
    ("sat", 6),
    ("sun", 7),
];

/// The month a full name gives: "January", "MAY" → 1, 5.
pub fn month_name(w: &str) -> Option<u32> {
    position(&MONTHS, w)
}

/// The weekday a full name gives: "Monday" → 1.
pub fn weekday_name(w: &str) -> Option<u32> {
    position(&WEEKDAYS, w)
}

/// Whether a word is a month's or a weekday's full name: neither is a person's or a place's
/// name when it stands alone ("Monday", "MAY").
pub fn is_month_or_weekday_name(w: &str) -> bool {
    month_name(w).is_some() || weekday_name(w).is_some()
}

/// The month an abbreviation gives, written without its dot: "Jan", "Sept", "sep" → 1, 9, 9.
pub fn month_abbreviation(w: &str) -> Option<u32> {
    lookup(&MONTH_ABBREVIATIONS, w)
}

/// The weekday an abbreviation gives, written without its dot: "Tue", "Thurs" → 2, 4.
pub fn weekday_abbreviation(w: &str) -> Option<u32> {
    lookup(&WEEKDAY_ABBREVIATIONS, w)
}

/// The month any form gives: a name, or an abbreviation with or without its dot ("Sept.").
pub fn month(w: &str) -> Option<u32> {
    month_name(w).or_else(|| month_abbreviation(w.strip_suffix('.').unwrap_or(w)))
}

/// The weekday any form gives: a name, or an abbreviation with or without its dot ("Wed.").
pub fn weekday(w: &str) -> Option<u32> {
    weekday_name(w).or_else(|| weekday_abbreviation(w.strip_suffix('.').unwrap_or(w)))
}

fn position(names: &[&str], w: &str) -> Option<u32> {
    let i = names.iter().position(|n| n.eq_ignore_ascii_case(w))?;
    Some(i as u32 + 1)
}

fn lookup(forms: &[(&str, u32)], w: &str) -> Option<u32> {
    forms
        .iter()
        .find(|(f, _)| f.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_case() {
        assert_eq!(month_name("January"), Some(1));
        assert_eq!(month_name("MAY"), Some(5));
        assert_eq!(month_name("december"), Some(12));
        assert_eq!(month_name("dec"), None);
        assert_eq!(weekday_name("Monday"), Some(1));
        assert_eq!(weekday_name("SUNDAY"), Some(7));
        assert_eq!(weekday_name("mondays"), None);
        assert!(is_month_or_weekday_name("March") && is_month_or_weekday_name("sunday"));
        assert!(!is_month_or_weekday_name("Sept") && !is_month_or_weekday_name("Mon"));
    }

    #[test]
    fn abbreviations_without_their_dot() {
        assert_eq!(month_abbreviation("Sept"), Some(9));
        assert_eq!(month_abbreviation("sep"), Some(9));
        assert_eq!(month_abbreviation("Mar"), Some(3));
        assert_eq!(month_abbreviation("may"), None);
        assert_eq!(month_abbreviation("jan."), None);
        assert_eq!(weekday_abbreviation("Thurs"), Some(4));
        assert_eq!(weekday_abbreviation("tue"), Some(2));
        assert_eq!(weekday_abbreviation("we"), None);
    }

    #[test]
    fn any_form() {
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("oct"), Some(10));
        assert_eq!(month("May"), Some(5));
        assert_eq!(month("May."), None);
        assert_eq!(month("."), None);
        assert_eq!(weekday("Wed."), Some(3));
        assert_eq!(weekday("friday"), Some(5));
        assert_eq!(weekday(""), None);
    }

    #[test]
    fn numbers_follow_the_lists() {
        for (i, m) in MONTHS.iter().enumerate() {
            assert_eq!(month(m), Some(i as u32 + 1));
        }
        for (i, d) in WEEKDAYS.iter().enumerate() {
            assert_eq!(weekday(d), Some(i as u32 + 1));
        }
        for (a, n) in MONTH_ABBREVIATIONS {
            assert!(MONTHS[n as usize - 1].starts_with(a));
        }
        for (a, n) in WEEKDAY_ABBREVIATIONS {
            assert!(WEEKDAYS[n as usize - 1].starts_with(a));
        }
    }
}
