//! Units placed relative to the anchor or the day under discussion: "this week", "last month",
//! "the following day", "that year", "the weekend", "the end of the month", "the weeks ahead",
//! "the latest fiscal year".
//!
//! Apart because they shift a calendar unit (`Expr::Shift`, `Expr::RefShift`) rather than
//! count one: "last month" is a month, "the last two months" a duration (`counts`).

use super::counts::duration;
use super::numbers::year_number;
use super::periods::results_noun;
use super::{Core, Expr, Words};
use crate::timex::lexicon::{self as lex, Unit};

/// The year that holds the anchor: "year-end", "the end of the year", "for the year".
const THIS_YEAR: Expr = Expr::Shift {
    unit: Unit::Year,
    n: 0,
};

/// "the end of the month", "the middle of the week": the month or week holding the anchor, as
/// "the end of the year" is the year's. Only after "end/beginning/middle/start of", where the
/// article points at the current unit; "the month" alone is too often generic to tag.
fn part_of_month_or_week(w: &Words, k: usize) -> Option<Core> {
    if k < 2 || w.w(k) != "the" || w.w(k - 1) != "of" {
        return None;
    }
    if !matches!(w.w(k - 2), "end" | "beginning" | "middle" | "start") {
        return None;
    }
    let unit = match w.w(k + 1) {
        "month" => Unit::Month,
        "week" => Unit::Week,
        _ => return None,
    };
    // "the end of the month's rally", "the start of the week ended Friday": another noun's.
    let owner = w.possessive(k + 1);
    if owner || matches!(w.w(k + 2), "ended" | "ending" | "of") {
        return None;
    }
    Some((k + 2, Expr::UnitAtHand(unit), true))
}

/// "the weeks ahead", "the months to come": the vague span still to come, written as "the
/// coming weeks" is (PXW).
fn units_ahead(w: &Words, k: usize) -> Option<Core> {
    if k == 0 || w.w(k - 1) != "the" {
        return None;
    }
    let (unit, true) = lex::unit(w.w(k))? else {
        return None;
    };
    if !matches!(
        unit,
        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
    ) {
        return None;
    }
    let end = match (w.w(k + 1), w.w(k + 2)) {
        ("ahead", _) => k + 2,
        ("to", "come") => k + 3,
        _ => return None,
    };
    Some((end, Expr::Duration(duration(unit, None)), true))
}

/// "the latest fiscal year", "the most recent year": the last one complete, read as "the last
/// fiscal year" is (the year before the anchor's). Years only: "the latest quarter" is the
/// quarter reported (`quarter_expr`), and "the latest month" is whichever month the figures
/// reached.
fn latest_year(w: &Words, k: usize) -> Option<Core> {
    if k == 0 || w.w(k - 1) != "the" {
        return None;
    }
    let mut u = match (w.w(k), w.w(k + 1)) {
        ("latest", _) => k + 1,
        ("most", "recent") => k + 2,
        _ => return None,
    };
    if w.w(u) == "fiscal" {
        u += 1;
    }
    // "the latest year's results" is still the year; "the latest years" is no single one.
    if w.w(u) != "year" {
        return None;
    }
    Some((
        u + 1,
        Expr::Shift {
            unit: Unit::Year,
            n: -1,
        },
        true,
    ))
}

/// "this week", "last month", "next year", "the past year", "the following day", "that year",
/// "the weekend", "year-end", "the current year", "the year".
pub(super) fn relative_unit(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    let b = w.w(k + 1);
    // "year-end", "year end", "year's end" (w() drops the possessive)
    if matches!(a, "year-end" | "yearend") || (a == "year" && matches!(b, "end")) {
        let end = if a == "year" { k + 2 } else { k + 1 };
        return Some((end, THIS_YEAR, true));
    }
    if let Some(c) = part_of_month_or_week(w, k) {
        return Some(c);
    }
    if let Some(c) = latest_year(w, k) {
        return Some(c);
    }
    if let Some(c) = units_ahead(w, k) {
        return Some(c);
    }
    // "the year", "the fiscal year": a span of a year when it ends on a date ("the year ended
    // June 30"), else the year itself ("a high for the year", "the end of the year").
    if a == "the" && (b == "year" || (b == "fiscal" && w.w(k + 2) == "year")) {
        let end = if b == "year" { k + 2 } else { k + 3 };
        let of_end = k >= 2
            && w.w(k - 1) == "of"
            && matches!(
                w.w(k - 2),
                "end" | "beginning" | "middle" | "start" | "rest"
            );
        if of_end {
            return Some((end, THIS_YEAR, true));
        }
        if !w.raw(end - 1).ends_with("'s")
            && w.w(end) != "ago"
            && !w.is_number(end)
            && lex::cardinal(w.w(end)).is_none()
        {
            // "the year ended Sept. 30" is a span of a year; "for the year" alone is the
            // current year.
            if matches!(w.w(end), "ended" | "ending" | "ends" | "to") {
                return Some((end, Expr::Duration("P1Y".into()), false));
            }
            return Some((end, THIS_YEAR, false));
        }
    }
    let (anchored, n, at) = match a {
        "this" | "current" => (true, 0, k + 1),
        "last" | "past" => (true, -1, k + 1),
        // "The next year, the Taliban released videos": after "the", the year after the one
        // under discussion, like "the following year"; "next year" alone counts from now, and
        // so does "in/over/within the next year", the time still to come.
        "next"
            if k > 0
                && w.w(k - 1) == "the"
                && !(k > 1 && matches!(w.w(k - 2), "in" | "over" | "within" | "during")) =>
        {
            (false, 1, k + 1)
        }
        "next" | "coming" => (true, 1, k + 1),
        // "that same day"
        "that" if b == "same" => (false, 0, k + 2),
        "that" | "same" => (false, 0, k + 1),
        "following" => (false, 1, k + 1),
        "previous" | "preceding" | "prior" => (false, -1, k + 1),
        "full" | "calendar" if b == "year" => (true, 0, k + 1),
        "weekend" => (true, 0, k),
        _ => return None,
    };
    let mut u = at;
    if w.w(u) == "fiscal" {
        u += 1;
    }
    let (unit, plural) = lex::unit(w.w(u))?;
    if plural {
        return None;
    }
    if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
        return None;
    }
    // "this quarter's loss" is the quarter reported (`quarter_expr`)
    if unit == Unit::Quarter
        && matches!(a, "this" | "current")
        && w.possessive(u)
        && results_noun(w.w(u + 1))
    {
        return None;
    }
    // "the last weekend of the festival", "the last day of school": the end of something
    // else, not the one before now.
    let of_thing = u >= 2
        && w.w(u - 1) == "last"
        && w.w(u - 2) == "the"
        && w.w(u + 1) == "of"
        && lex::month(w.w(u + 2)).is_none()
        && year_number(w, u + 2).is_none();
    if of_thing {
        return None;
    }
    // "that day" needs a date before it to mean anything; "this week" etc. are fine.
    let expr = if unit == Unit::Weekend {
        Expr::Shift {
            unit,
            n: if at == k { 0 } else { n },
        }
    } else if anchored {
        Expr::Shift { unit, n }
    } else {
        Expr::RefShift { unit, n }
    };
    // "the fiscal year" and "the year" alone read as a span of a year: handled by the duration
    // rule; here "past"/"last" with "the" before stay dates ("the past year" = the last year).
    Some((u + 1, expr, true))
}
