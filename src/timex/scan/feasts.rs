//! Holidays and feasts: "Christmas", "Easter 2021", "the day after Easter", "last
//! Thanksgiving", "Black Friday", "Election Day".
//!
//! Apart because each names a day by a calendar rule (fixed, Easter-based, the nth weekday of
//! a month), which `resolve` computes from the `Feast` found here.

use super::numbers::year_number;
use super::{Core, Expr, Feast, Words, YearSpec};
use crate::timex::lexicon as lex;

fn feast_word(w: &Words, k: usize) -> Option<(usize, Feast)> {
    let a = w.w(k);
    let b = w.w(k + 1);
    let c = w.w(k + 2);
    if !w.capitalized(k) {
        return None;
    }
    let day_word = |e: usize| if matches!(w.w(e), "day") { e + 1 } else { e };
    Some(match a {
        "christmas" if b == "eve" => (k + 2, Feast::Fixed(12, 24)),
        "christmas" => (day_word(k + 1), Feast::Fixed(12, 25)),
        "new" if w.raw(k + 1).to_lowercase().starts_with("year") && matches!(c, "eve") => {
            (k + 3, Feast::Fixed(12, 31))
        }
        "new" if w.raw(k + 1).to_lowercase().starts_with("year") && matches!(c, "day") => {
            (k + 3, Feast::Fixed(1, 1))
        }
        "easter" if b == "monday" => (k + 2, Feast::Easter(1)),
        "easter" => (if b == "sunday" { k + 2 } else { k + 1 }, Feast::Easter(0)),
        "good" if b == "friday" => (k + 2, Feast::Easter(-2)),
        "holy" if b == "thursday" || b == "saturday" => {
            (k + 2, Feast::Easter(if b == "thursday" { -3 } else { -1 }))
        }
        "maundy" if b == "thursday" => (k + 2, Feast::Easter(-3)),
        "palm" if b == "sunday" => (k + 2, Feast::Easter(-7)),
        "ash" if b == "wednesday" => (k + 2, Feast::Easter(-46)),
        "pentecost" | "whitsun" => (k + 1, Feast::Easter(49)),
        "ascension" if b == "day" => (k + 2, Feast::Easter(39)),
        "thanksgiving" => (
            day_word(k + 1),
            Feast::Nth {
                month: 11,
                wd: 4,
                n: 4,
            },
        ),
        "black" if b == "friday" => (k + 2, Feast::AfterThanksgiving(1)),
        "cyber" if b == "monday" => (k + 2, Feast::AfterThanksgiving(4)),
        "halloween" => (k + 1, Feast::Fixed(10, 31)),
        "independence" if b == "day" => (k + 2, Feast::Fixed(7, 4)),
        "valentine" if b == "day" => (k + 2, Feast::Fixed(2, 14)),
        "memorial" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 5,
                wd: 1,
                n: -1,
            },
        ),
        "labor" | "labour" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 9,
                wd: 1,
                n: 1,
            },
        ),
        "election" if b == "day" => (k + 2, Feast::Election),
        "veterans" | "veteran" if b == "day" => (k + 2, Feast::Fixed(11, 11)),
        "mother" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 5,
                wd: 7,
                n: 2,
            },
        ),
        "father" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 6,
                wd: 7,
                n: 3,
            },
        ),
        "boxing" if b == "day" => (k + 2, Feast::Fixed(12, 26)),
        "columbus" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 10,
                wd: 1,
                n: 2,
            },
        ),
        "presidents" | "president" if b == "day" => (
            k + 2,
            Feast::Nth {
                month: 2,
                wd: 1,
                n: 3,
            },
        ),
        _ => return None,
    })
}

/// "Christmas", "Easter 2021", "the day after Easter", "last Thanksgiving".
pub(super) fn feast_expr(w: &Words, k: usize) -> Option<Core> {
    let mut at = k;
    let mut offset = 0;
    let mut shift = 0;
    if w.w(k) == "the" && w.w(k + 1) == "day" && matches!(w.w(k + 2), "before" | "after") {
        offset = if w.w(k + 2) == "before" { -1 } else { 1 };
        at = k + 3;
    }
    match w.w(at) {
        "last" => {
            shift = -1;
            at += 1;
        }
        "next" => {
            shift = 1;
            at += 1;
        }
        "this" => at += 1,
        _ => {}
    }
    let (mut end, feast) = feast_word(w, at)?;
    // "Easter week", "Thanksgiving week": the week holding the feast.
    if w.w(end) == "week" && offset == 0 {
        let year = match shift {
            0 => YearSpec::Infer,
            s if s < 0 => YearSpec::Last,
            _ => YearSpec::Next,
        };
        let day = Expr::Feast {
            feast,
            year,
            offset: 0,
        };
        return Some((end + 1, Expr::WeekOf(Box::new(day)), true));
    }
    // "his Christmas cards", "Halloween costumes": a thing of the feast, no day.
    if lex::feast_thing(w.w(end)) {
        return None;
    }
    let mut year = match shift {
        0 => YearSpec::Infer,
        s if s < 0 => YearSpec::Last,
        _ => YearSpec::Next,
    };
    if let Some(y) = year_number(w, end) {
        year = YearSpec::Given(y);
        end += 1;
    }
    Some((
        end,
        Expr::Feast {
            feast,
            year,
            offset,
        },
        offset != 0,
    ))
}
