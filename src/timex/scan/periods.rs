//! Parts of a year: quarters and halves ("the third quarter of 1990", "Q3", "the year-ago
//! period", "the first half of the 1990s"), seasons ("last winter", "the winter of 1994") and
//! the week named by a day ("the week of March 6").
//!
//! Apart because they read the same ordinal-and-year grammar, which dates and counts do not.

use super::dates::{day_month, month_expr, year_expr};
use super::numbers::{spoken_year, year_number};
use super::{Core, Expr, Words, YearSpec};
use crate::timex::lexicon::{self as lex, Unit};

/// "the last half of the '80s", "the first half of the 1990s": one expression, a part of the
/// decade, whose value is the decade (a half of a decade has no TimeML unit of its own).
/// Without this the half was read as one of the current year ("the last half" = 1989-H2).
fn half_of_decade(w: &Words, k: usize) -> Option<Core> {
    if !matches!(w.w(k), "first" | "second" | "last" | "latter") || w.w(k + 1) != "half" {
        return None;
    }
    if w.w(k + 2) != "of" || w.w(k + 3) != "the" {
        return None;
    }
    match year_expr(w, k + 4)? {
        (end, Expr::Decade(d), _) => Some((end, Expr::Decade(d), true)),
        _ => None,
    }
}

/// "the first two quarters of 1990" is that year's first half, "the last two quarters of
/// 1989" its second: a named year makes them a date (TimeML `1990-H1`), where "the first two
/// quarters" alone stays a span of six months.
fn two_quarters_of_year(w: &Words, k: usize) -> Option<Core> {
    let h = match w.w(k) {
        "first" => 1,
        "last" | "final" | "latter" => 2,
        _ => return None,
    };
    if w.w(k + 1) != "two" || w.w(k + 2) != "quarters" || w.w(k + 3) != "of" {
        return None;
    }
    let y = year_number(w, k + 4)?;
    Some((
        k + 5,
        Expr::Half {
            h,
            year: YearSpec::Given(y),
        },
        true,
    ))
}

/// "third quarter", "fiscal second quarter", "first half", "third-quarter", "Q3".
pub(super) fn ordinal_period(w: &Words, k: usize) -> Option<(usize, Expr)> {
    let mut at = k;
    if matches!(w.w(at), "fiscal" | "fiscal-first" | "calendar") && w.w(at) != "fiscal-first" {
        at += 1;
    }
    let word = w.w(at);
    if let Some((a, b)) = word.split_once('-') {
        // "third-quarter", "fiscal-first"
        if a == "fiscal" {
            if let Some(n) = lex::ordinal(b) {
                if w.w(at + 1) == "quarter" && (1..=4).contains(&n) {
                    return Some((
                        at + 2,
                        Expr::Quarter {
                            q: Some(n),
                            year: YearSpec::Infer,
                        },
                    ));
                }
            }
        }
        let n = lex::ordinal(a)?;
        return match b {
            "quarter" if (1..=4).contains(&n) => Some((
                at + 1,
                Expr::Quarter {
                    q: Some(n),
                    year: YearSpec::Infer,
                },
            )),
            "half" if (1..=2).contains(&n) => Some((
                at + 1,
                Expr::Half {
                    h: n,
                    year: YearSpec::Infer,
                },
            )),
            _ => None,
        };
    }
    if word.len() == 2 && word.starts_with('q') {
        let n: u32 = word[1..].parse().ok()?;
        return (1..=4).contains(&n).then_some((
            at + 1,
            Expr::Quarter {
                q: Some(n),
                year: YearSpec::Infer,
            },
        ));
    }
    let n = lex::ordinal(word)?;
    let mut u = at + 1;
    if w.w(u) == "fiscal" {
        u += 1;
    }
    match w.w(u) {
        "quarter" => {
            let q = match n {
                0 => 4,
                1..=4 => n,
                _ => return None,
            };
            Some((
                u + 1,
                Expr::Quarter {
                    q: Some(q),
                    year: YearSpec::Infer,
                },
            ))
        }
        "half" => {
            let h = match n {
                0 => 2,
                1..=2 => n,
                _ => return None,
            };
            Some((
                u + 1,
                Expr::Half {
                    h,
                    year: YearSpec::Infer,
                },
            ))
        }
        _ => None,
    }
}

pub(super) fn with_year(e: Expr, year: YearSpec) -> Expr {
    match e {
        Expr::Quarter { q, .. } => Expr::Quarter { q, year },
        Expr::Half { h, .. } => Expr::Half { h, year },
        other => other,
    }
}

/// Quarters and halves with their year: "the third quarter of 1990", "this year's third
/// quarter", "last year's quarter", "the quarter", "the current quarter", "the year-ago
/// period", "year-earlier".
pub(super) fn quarter_expr(w: &Words, k: usize) -> Option<Core> {
    if let Some(c) = two_quarters_of_year(w, k) {
        return Some(c);
    }
    if let Some(c) = half_of_decade(w, k) {
        return Some(c);
    }
    let a = w.w(k);
    let b = w.w(k + 1);
    // "this year's third quarter", "next year's first quarter", "last year's quarter"
    let owner = match (a, b) {
        ("this", "year") | ("the", "current") => Some(0),
        ("last", "year") => Some(-1),
        ("next", "year") => Some(1),
        _ => None,
    };
    if let Some(s) = owner {
        if w.possessive(k + 1) {
            if let Some((e, q)) = ordinal_period(w, k + 2) {
                return Some((e, with_year(q, YearSpec::Shift(s)), true));
            }
            // "last year's quarter": the quarter reported, a year back
            if w.w(k + 2) == "quarter" {
                return Some((
                    k + 3,
                    Expr::Quarter {
                        q: None,
                        year: YearSpec::Shift(s),
                    },
                    true,
                ));
            }
        }
    }
    // "year-earlier", "year-ago", "the year-earlier period", "the comparable year-ago quarter"
    let mut at = k;
    if matches!(a, "comparable" | "corresponding" | "same") {
        at += 1;
    }
    if matches!(
        w.w(at),
        "year-earlier" | "year-ago" | "year-before" | "prior-year"
    ) {
        let mut end = at + 1;
        if let Some((e, q)) = ordinal_period(w, end) {
            // "the year-earlier third quarter"
            if let Expr::Quarter { q: Some(q), .. } = q {
                return Some((
                    e,
                    Expr::Quarter {
                        q: Some(q),
                        year: YearSpec::Shift(-1),
                    },
                    true,
                ));
            }
            end = e;
        } else if matches!(w.w(end), "period" | "quarter") {
            end += 1;
        } else if matches!(w.w(end), "nine" | "six" | "three") && w.w(end + 1) == "months" {
            let n = lex::cardinal(w.w(end)).unwrap_or(0);
            return Some((end + 2, Expr::Duration(format!("P{n}M")), true));
        }
        return Some((end, Expr::YearAgoPeriod, true));
    }
    // "the corresponding period last year", "the quarter a year ago"
    if matches!(a, "corresponding" | "comparable" | "same") && matches!(b, "period" | "quarter") {
        if w.w(k + 2) == "last" && w.w(k + 3) == "year" {
            return Some((k + 4, Expr::YearAgoPeriod, true));
        }
        if w.w(k + 2) == "a" && w.w(k + 3) == "year" && matches!(w.w(k + 4), "ago" | "earlier") {
            return Some((k + 5, Expr::YearAgoPeriod, true));
        }
    }
    if a == "quarter" && b == "a" && w.w(k + 2) == "year" && matches!(w.w(k + 3), "ago" | "earlier")
    {
        return Some((k + 4, Expr::YearAgoPeriod, true));
    }
    // "third quarter", "first half" with an optional year: "of 1990", "1990"
    if let Some((e, q)) = ordinal_period(w, k) {
        let of = if w.w(e) == "of" { e + 1 } else { e };
        if let Some(y) = year_number(w, of) {
            return Some((of + 1, with_year(q, YearSpec::Given(y)), true));
        }
        // "the first two quarters of 1990" is handled by the duration rule; "the first half
        // of this year"
        if of > e && w.w(of) == "this" && w.w(of + 1) == "year" {
            return Some((of + 2, with_year(q, YearSpec::Shift(0)), true));
        }
        if w.w(e) == "of" && w.w(e + 1) == "last" && w.w(e + 2) == "year" {
            return Some((e + 3, with_year(q, YearSpec::Shift(-1)), true));
        }
        // "the third-quarter loss": the article goes with the noun, not the adjective.
        let adjective = w.w(e.saturating_sub(1)).contains('-');
        return Some((e, q, !adjective));
    }
    // "the quarter", "the latest quarter", "the current quarter", "this quarter"
    match (a, b) {
        ("quarter", _) if k > 0 && w.w(k - 1) == "the" => Some((
            k + 1,
            Expr::Quarter {
                q: None,
                year: YearSpec::Infer,
            },
            true,
        )),
        ("latest" | "most", _) => {
            let at = if a == "most" && b == "recent" {
                k + 2
            } else {
                k + 1
            };
            if a == "most" && b != "recent" {
                return None;
            }
            // the latest quarter is one reported, hence over: `Past`
            match w.w(at) {
                "quarter" | "period" => Some((
                    at + 1,
                    Expr::Quarter {
                        q: None,
                        year: YearSpec::Past,
                    },
                    true,
                )),
                _ => None,
            }
        }
        // "This quarter's loss includes charges": results are of a quarter reported, so
        // over, like "the latest quarter".
        ("current" | "this", "quarter") if w.possessive(k + 1) && results_noun(w.w(k + 2)) => {
            Some((
                k + 2,
                Expr::Quarter {
                    q: None,
                    year: YearSpec::Past,
                },
                true,
            ))
        }
        ("current" | "this", "quarter") => Some((
            k + 2,
            Expr::Shift {
                unit: Unit::Quarter,
                n: 0,
            },
            true,
        )),
        _ => None,
    }
}

/// Words for a period's reported results: "this quarter's loss".
pub(super) fn results_noun(w: &str) -> bool {
    matches!(
        w,
        "loss"
            | "losses"
            | "profit"
            | "profits"
            | "earnings"
            | "net"
            | "results"
            | "income"
            | "sales"
            | "revenue"
            | "revenues"
    )
}

/// "the week of March 6": the week, named by one of its days.
pub(super) fn week_of(w: &Words, k: usize) -> Option<Core> {
    if w.w(k) != "week" || w.w(k + 1) != "of" {
        return None;
    }
    let (end, day, _) = month_expr(w, k + 2).or_else(|| day_month(w, k + 2))?;
    matches!(
        day,
        Expr::Cal {
            day: Some(_),
            day_end: None,
            ..
        }
    )
    .then(|| (end, Expr::WeekOf(Box::new(day)), true))
}

pub(super) fn season_expr(w: &Words, k: usize) -> Option<Core> {
    let (shift, at) = match w.w(k) {
        "last" | "past" => (-1, k + 1),
        "next" | "coming" => (1, k + 1),
        "this" if w.w(k + 1) == "past" => (-2, k + 2),
        "this" if w.w(k + 1) == "coming" => (1, k + 2),
        "this" => (0, k + 1),
        _ => (0, k),
    };
    let s = lex::season(w.w(at))?;
    // "fall" the verb: a bare season needs "the", "in" or a year around it.
    let prev = if k > 0 { w.w(k - 1) } else { "" };
    let of = if w.w(at + 1) == "of" { at + 2 } else { at + 1 };
    let given = year_number(w, of)
        .map(|y| (of + 1, y))
        .or_else(|| spoken_year(w, of, true));
    if let Some((end, y)) = given {
        return Some((
            end,
            Expr::Season {
                s,
                year: YearSpec::Given(y),
                shift: 0,
            },
            true,
        ));
    }
    if at == k
        && !matches!(
            prev,
            "the"
                | "in"
                | "this"
                | "last"
                | "next"
                | "early"
                | "late"
                | "during"
                | "by"
                | "until"
                | "since"
                | "mid"
        )
    {
        return None;
    }
    let (year, shift) = match shift {
        -2 => (YearSpec::Shift(0), 0),
        0 if at > k => (YearSpec::Shift(0), 0),
        0 if prev != "the" => (YearSpec::Bare, 0),
        // "Construction during the winter isn't always a good idea": as generic as "in
        // winter" when no tense ties it to one winter
        0 if k >= 2 && matches!(w.w(k - 2), "during" | "in" | "through") => (YearSpec::Bare, 0),
        s => (YearSpec::Infer, s),
    };
    Some((at + 1, Expr::Season { s, year, shift }, true))
}
