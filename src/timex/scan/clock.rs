//! Clock times: "10:35 a.m.", "3 p.m. EDT", "noon", with the day that follows them ("10 p.m.
//! Wednesday").
//!
//! Apart because a clock's grammar (digits, colons, meridiems, zones) shares nothing with the
//! word-based rules.

use super::dates::month_expr;
use super::days::{named_day, weekday_expr};
use super::{Core, Expr, Words};
use crate::timex::lexicon as lex;

pub(super) fn clock_time(w: &Words, k: usize) -> Option<Core> {
    let (mut end, h, m) = clock(w, k)?;
    let zone = lex::zone_abbr(w.w(end));
    if zone.is_some() {
        end += 1;
    }
    // "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST, Nov. 6": the day joins the time.
    let after_comma = if w.w(end) == "," { end + 1 } else { end };
    let day = [weekday_expr, month_expr, named_day]
        .iter()
        .filter_map(|r| r(w, after_comma))
        .max_by_key(|c| c.0);
    if let Some((e, d, _)) = day {
        if matches!(
            d,
            Expr::Weekday { .. } | Expr::Cal { day: Some(_), .. } | Expr::Days(_)
        ) {
            return Some((
                e,
                Expr::Time {
                    h,
                    m,
                    day: Some(Box::new(d)),
                    zone,
                },
                false,
            ));
        }
    }
    Some((
        end,
        Expr::Time {
            h,
            m,
            day: None,
            zone,
        },
        false,
    ))
}

fn clock(w: &Words, k: usize) -> Option<(usize, u32, u32)> {
    let a = w.w(k);
    match a {
        "noon" | "midday" => return Some((k + 1, 12, 0)),
        "midnight" => return Some((k + 1, 24, 0)),
        _ => {}
    }
    if !w.is_number(k) {
        return None;
    }
    let (h, m) = match a.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None if a.len() <= 2 => (a.parse::<u32>().ok()?, 0),
        None => return None,
    };
    if h > 24 || m > 59 {
        return None;
    }
    let suffix = w.w(k + 1);
    let meridiem = match suffix {
        "a.m." | "a.m" | "am" => Some(false),
        "p.m." | "p.m" | "pm" => Some(true),
        _ => None,
    };
    match meridiem {
        Some(pm) if (1..=12).contains(&h) => {
            let h24 = match (pm, h) {
                (false, 12) => 0,
                (false, h) => h,
                (true, 12) => 12,
                (true, h) => h + 12,
            };
            Some((k + 2, h24, m))
        }
        Some(_) => None,
        None if a.contains(':') && !w.is_number(k + 1) => {
            // "10:35 GMT", "at 14:30": a bare colon time needs a zone or an "at".
            let at = k > 0 && w.w(k - 1) == "at";
            (lex::time_zone(suffix) || at || w.w(k + 1) == "o'clock").then_some((k + 1, h, m))
        }
        None if w.w(k + 1) == "o'clock" && (1..=12).contains(&h) => Some((k + 2, h, 0)),
        None if matches!(w.w(k + 1), "in") && w.w(k + 2) == "the" => {
            // "4 in the morning"
            let pm = match w.w(k + 3) {
                "morning" => false,
                "afternoon" | "evening" => true,
                _ => return None,
            };
            Some((k + 4, if pm && h < 12 { h + 12 } else { h }, 0))
        }
        None => None,
    }
}
