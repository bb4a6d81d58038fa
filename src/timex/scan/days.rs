//! Days: weekdays ("last Friday", "Friday, Oct. 13", "Tuesdays"), the deictic days ("today",
//! "yesterday", "last night", "the day before yesterday") and parts of a day ("Friday morning",
//! "the following evening", "in the morning" of the day under discussion).
//!
//! Apart because these name one day relative to the anchor or to the day under discussion,
//! and share the guards against names ("the Sunday Times", "USA Today").

use super::dates::{day_month, month_at, month_expr};
use super::{Core, Expr, Words};
use crate::timex::lexicon::{self as lex, Unit};

/// "Wednesday", "last Friday", "Friday morning", "Friday, Oct. 13", "Tuesdays".
pub(super) fn weekday_expr(w: &Words, k: usize) -> Option<Core> {
    let after_the = k > 0 && w.w(k - 1) == "the";
    let (shift, at) = match w.w(k) {
        // "the previous Friday", "the following Monday": counted from the day under
        // discussion, not from publication (shift ±2, see `resolve`).
        "previous" | "preceding" if after_the => (-2, k + 1),
        "following" if after_the => (2, k + 1),
        "last" | "past" | "previous" => (-1, k + 1),
        "next" | "coming" => (1, k + 1),
        "this" if w.w(k + 1) == "coming" => (1, k + 2),
        "this" if w.w(k + 1) == "past" => (-1, k + 2),
        "this" => (0, k + 1),
        _ => (0, k),
    };
    let word = w.w(at);
    if let Some(wd) = lex::weekday_plural(word) {
        if at == k && w.capitalized(at) {
            return Some(every_weekday(w, at, wd));
        }
        return None;
    }
    let wd = lex::weekday(word)?;
    if !w.capitalized(at) {
        return None;
    }
    // "the Sunday Metropolitan section", "a Sunday Times columnist": part of a name
    let article = k > 0 && matches!(w.w(k - 1), "the" | "a");
    if at == k && article && w.capitalized(at + 1) && month_at(w, at + 1, false).is_none() {
        return None;
    }
    // "rent falls due on a Monday", "she was born on a Friday": any such day, no date
    // to place (but "a Friday night vigil" is that Friday's)
    if at == k && k >= 2 && w.w(k - 1) == "a" && w.w(k - 2) == "on" {
        return Some(every_weekday(w, at, wd));
    }
    // "a comic by Sunday Morning Comics Club artist Jo Lee", "on Saturday Night Live": a
    // weekday and a capitalised part of day that run on into more capitalised words are a
    // name, in running text (the word before is lowercase; a headline capitalises all)
    let running = k > 0 && w.raw(k - 1).chars().all(|c| c.is_ascii_lowercase());
    let named = at == k
        && running
        && w.capitalized(at + 1)
        && lex::part_of_day(w.w(at + 1)).is_some()
        && w.capitalized(at + 2)
        && w.raw(at + 2).chars().all(char::is_alphabetic)
        && month_at(w, at + 2, false).is_none()
        && lex::weekday(w.w(at + 2)).is_none();
    if named {
        return None;
    }
    // "a remake of Friday the 13th", "she starred in Friday the 13th": a weekday with its
    // ordinal after "of" or "in" is a title; "the night of Friday the 13th" is that day
    let ordinal = w.w(at + 1) == "the" && {
        let n = w.w(at + 2);
        let digits = n.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&n[digits.len()..], "st" | "nd" | "rd" | "th")
    };
    // (a part of the day takes in "night")
    let time_noun = k >= 2
        && (lex::part_of_day(w.w(k - 2)).is_some()
            || matches!(w.w(k - 2), "day" | "eve" | "week" | "weekend"));
    if at == k && ordinal && k > 0 && matches!(w.w(k - 1), "of" | "in") && !time_noun {
        return None;
    }
    // "two ferries per week on Monday morning", "meets twice a week on Tuesday and Friday",
    // "every Monday/Thursday": a day of each week, no date
    if at == k && weekly(w, k) {
        return Some(every_weekday(w, at, wd));
    }
    // "end Saturday publication", "the Sunday paper": a kind of issue, no day; "Friday's
    // edition" is that day's.
    let possessive = w.possessive(at);
    if lex::issue_noun(w.w(at + 1)) && !possessive {
        return None;
    }
    // "Tuesday nights" is a set.
    if let Some(p) = w.w(at + 1).strip_suffix('s').and_then(lex::part_of_day) {
        return Some((at + 2, Expr::Set(format!("XXXX-WXX-{wd}T{p}")), false));
    }
    // An explicit date after the weekday wins: "Friday, Oct. 13", "Saturday, April 25".
    let after = if w.w(at + 1) == "," { at + 2 } else { at + 1 };
    if let Some((e, cal @ Expr::Cal { day: Some(_), .. }, _)) = month_expr(w, after) {
        return Some((e, cal, false));
    }
    if let Some((e, cal @ Expr::Cal { day: Some(_), .. }, _)) = day_month(w, after) {
        return Some((e, cal, false));
    }
    let day = Expr::Weekday { wd, shift };
    if let Some(p) = lex::part_of_day(w.w(at + 1)) {
        return Some((
            at + 2,
            Expr::Part {
                day: Box::new(day),
                part: p,
            },
            false,
        ));
    }
    Some((at + 1, day, false))
}

/// The weekday `wd` at `at` as a day of any week, with a part of the day after it:
/// "Tuesdays", "on a Friday", "twice a week on Monday evening".
fn every_weekday(w: &Words, at: usize, wd: u32) -> Core {
    let (end, tail) = match lex::part_of_day(w.w(at + 1)) {
        Some(p) => (at + 2, format!("T{p}")),
        None => (at + 1, String::new()),
    };
    (end, Expr::Set(format!("XXXX-WXX-{wd}{tail}")), false)
}

/// Whether the weekday at `k` is one of every week: after "per week", "each week", "weekly",
/// "once/twice/N times a week" a few words back in the same clause, or the second of
/// "every Monday/Thursday".
fn weekly(w: &Words, k: usize) -> bool {
    const REACH: usize = 6;
    // "every Monday/Thursday", "each Tuesday and Friday"
    if k >= 3
        && matches!(w.w(k - 1), "/" | "and" | "or")
        && lex::weekday(w.w(k - 2)).is_some()
        && matches!(w.w(k - 3), "every" | "each")
    {
        return true;
    }
    for j in (k.saturating_sub(REACH)..k).rev() {
        let x = w.w(j);
        if matches!(x, "." | ";" | ":" | "but" | "while") {
            return false;
        }
        let before = if j > 0 { w.w(j - 1) } else { "" };
        let per = match x {
            "weekly" => true,
            "week" => {
                matches!(before, "per" | "each" | "every")
                    || (before == "a"
                        && j >= 2
                        && (matches!(w.w(j - 2), "once" | "twice" | "times")))
            }
            _ => false,
        };
        if per {
            return true;
        }
    }
    false
}

/// "USA Today" and "VOA Today" are titles; "today's world", "today's youth" and "the people of
/// tomorrow" name an age, not a day.
fn named_day_is_a_date(w: &Words, k: usize) -> bool {
    let title = k > 0
        && w.capitalized(k)
        && w.capitalized(k - 1)
        && w.raw(k - 1).chars().all(|c| c.is_alphabetic() || c == '.');
    let possessive = w
        .low
        .get(k)
        .is_some_and(|s| s.ends_with("'s") || s.ends_with("\u{2019}s"));
    let age = possessive
        && matches!(
            w.w(k + 1),
            "world"
                | "youth"
                | "society"
                | "generation"
                | "children"
                | "kids"
                | "teenagers"
                | "young"
                | "standards"
                | "technology"
                | "culture"
                | "economy"
                | "personal"
                | "modern"
        );
    let of_tomorrow = w.w(k) == "tomorrow" && k > 0 && w.w(k - 1) == "of";
    !(title || age || of_tomorrow)
}

/// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", with parts of
/// the day ("yesterday morning") and "the day before yesterday".
pub(super) fn named_day(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    let b = w.w(k + 1);
    if matches!(a, "today" | "tomorrow") && !named_day_is_a_date(w, k) {
        return None;
    }
    let (end, n) = match a {
        "today" => (k + 1, 0),
        "yesterday" => (k + 1, -1),
        "tomorrow" => (k + 1, 1),
        "tonight" => return Some((k + 1, Expr::Days(0), false)),
        "overnight" => {
            return Some((
                k + 1,
                Expr::Part {
                    day: Box::new(Expr::Days(0)),
                    part: "NI",
                },
                false,
            ))
        }
        "last" if b == "night" => {
            return Some((
                k + 2,
                Expr::Part {
                    day: Box::new(Expr::Days(-1)),
                    part: "NI",
                },
                false,
            ))
        }
        "this" => {
            let p = lex::part_of_day(b)?;
            return Some((
                k + 2,
                Expr::Part {
                    day: Box::new(Expr::Days(0)),
                    part: p,
                },
                false,
            ));
        }
        "the" if b == "day" && matches!(w.w(k + 2), "before" | "after") => {
            let sign = if w.w(k + 2) == "before" { -1 } else { 1 };
            match w.w(k + 3) {
                "yesterday" => return Some((k + 4, Expr::Days(-1 + sign), true)),
                "tomorrow" => return Some((k + 4, Expr::Days(1 + sign), true)),
                _ => return None,
            }
        }
        _ => return None,
    };
    let day = Expr::Days(n);
    if let Some(p) = lex::part_of_day(w.w(end)) {
        return Some((
            end + 1,
            Expr::Part {
                day: Box::new(day),
                part: p,
            },
            false,
        ));
    }
    Some((end, day, false))
}

/// "the next morning", "the following evening", "the previous night": a part of the day after
/// (or before) the one under discussion, as "the next day" is that day.
fn part_of_next_day(w: &Words, k: usize) -> Option<Core> {
    if k == 0 || w.w(k - 1) != "the" {
        return None;
    }
    let n = match w.w(k) {
        "next" | "following" => 1,
        "previous" | "preceding" => -1,
        _ => return None,
    };
    let part = lex::part_of_day(w.w(k + 1))?;
    // "the next morning's paper" names a thing
    if w.possessive(k + 1) {
        return None;
    }
    let day = Box::new(Expr::RefShift { unit: Unit::Day, n });
    Some((k + 2, Expr::Part { day, part }, true))
}

/// "in the morning", "that evening", "by mid afternoon", "mid-morning": a part of the day
/// under discussion ("were dashed Friday. Dealers placed orders in the morning" is Friday's).
/// "in the morning paper", "the evening news" name things, not times.
pub(super) fn part_of_day_under_discussion(w: &Words, k: usize) -> Option<Core> {
    if let Some(c) = part_of_next_day(w, k) {
        return Some(c);
    }
    let (at, ok) = match w.w(k) {
        "mid" => (k + 1, true),
        "that" => (k + 1, true),
        "the" => (
            k + 1,
            k > 0 && matches!(w.w(k - 1), "in" | "during" | "through"),
        ),
        "mid-morning" | "mid-afternoon" | "mid-evening" => (k, true),
        _ => return None,
    };
    if !ok {
        return None;
    }
    let word = w.w(at);
    let part = lex::part_of_day(word.strip_prefix("mid-").unwrap_or(word))?;
    // the night has its own words ("last night", "overnight"); "in the night" is vague
    if part == "NI" && w.w(k) != "that" {
        return None;
    }
    let next = w.w(at + 1);
    let names_a_thing = next.chars().next().is_some_and(|c| c.is_alphabetic())
        && !matches!(
            next,
            "and"
                | "or"
                | "but"
                | "when"
                | "before"
                | "after"
                | "as"
                | "to"
                | "of"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "while"
                | "until"
                | "hours"
                | "that"
                | "than"
                | "the"
                | "a"
                | "an"
                | "local"
                | "time"
                | "yesterday"
                | "today"
                | "tomorrow"
        )
        // "in the morning you could see": a subject opens the clause the time belongs to
        && !crate::words::is_subject_pronoun(next)
        && !w.capitalized(at + 1);
    if names_a_thing {
        return None;
    }
    // "mid-afternoon yesterday", "late in the morning Friday": the day named after.
    let named = match next {
        "yesterday" => Some(Expr::Days(-1)),
        "today" => Some(Expr::Days(0)),
        "tomorrow" => Some(Expr::Days(1)),
        _ => lex::weekday(next)
            .filter(|_| w.capitalized(at + 1))
            .map(|wd| Expr::Weekday { wd, shift: 0 }),
    };
    if let Some(d) = named {
        let day = Box::new(d);
        return Some((at + 2, Expr::Part { day, part }, false));
    }
    let day = Box::new(Expr::RefShift {
        unit: Unit::Day,
        n: 0,
    });
    Some((at + 1, Expr::Part { day, part }, false))
}

#[cfg(test)]
mod tests {
    use super::super::tests::spans;

    #[test]
    fn on_a_weekday_is_any_such_day() {
        let f = super::super::tests::found("Born on a Friday, she never trusted the date.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].1, super::Expr::Set("XXXX-WXX-5".to_string()));
        // a day named before its event is that day
        let f = super::super::tests::found("About 50 people came to a Sunday night vigil.");
        assert!(f.iter().all(|x| !matches!(x.1, super::Expr::Set(_))));
    }

    #[test]
    fn a_weekday_with_its_ordinal_after_of_or_in_is_a_title() {
        assert!(spans("She had a small part in Friday the 13th as a camp nurse.").is_empty());
        assert!(spans("It is a loose remake of Friday the 13th set in a ski lodge.").is_empty());
        assert!(!spans("The blackout came on the night of Friday the 13th.").is_empty());
        assert!(!spans("The fair opens on Friday the 13th.").is_empty());
    }

    #[test]
    fn a_day_of_every_week_is_a_set() {
        let sets = |s: &str| -> Vec<String> {
            super::super::tests::found(s)
                .into_iter()
                .filter_map(|x| match x.1 {
                    super::Expr::Set(v) if v.starts_with("XXXX-WXX") => Some(v),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            sets("The ferry sails twice a week on Monday and Friday evening."),
            ["XXXX-WXX-1", "XXXX-WXX-5TEV"]
        );
        assert_eq!(
            sets("The club posts a new puzzle every Tuesday/Friday."),
            ["XXXX-WXX-2", "XXXX-WXX-5"]
        );
        assert_eq!(
            sets("The paper prints a weekly digest on Sunday."),
            ["XXXX-WXX-7"]
        );
        // one week's day: "a week" without a count
        assert!(sets("It was their second loss in a week on Sunday.").is_empty());
    }

    #[test]
    fn a_weekday_and_part_of_day_running_into_a_name_are_no_date() {
        assert!(
            spans("The strip is drawn by Sunday Morning Comics Club artist Jo Lee.").is_empty()
        );
        // a headline capitalises every word
        assert!(!spans("Police Arrest Two Saturday Morning After Chase").is_empty());
        assert!(!spans("The talks resume on Saturday morning in Oslo.").is_empty());
    }

    #[test]
    fn a_weekday_in_a_name_is_no_date() {
        assert!(spans("He writes a column in the Sunday Metropolitan section.").is_empty());
        assert!(spans("a Sunday Times reporter").is_empty());
        assert_eq!(
            spans("The vote is on the Sunday after Easter."),
            ["Sunday", "Easter"]
        );
        assert_eq!(spans("the Friday, Oct. 13 meeting"), ["Friday , Oct. 13"]);
    }

    #[test]
    fn a_part_of_the_day_before_a_subject_is_a_time() {
        assert_eq!(
            spans("The ferry was late. In the morning you could see the harbour."),
            ["the morning"]
        );
        assert!(spans("She read it in the morning paper.").is_empty());
    }
}
