//! Counts of units: durations ("two weeks", "the past two months", "16-hour", "half a
//! century", "for years") and offsets ("two years ago", "two days later", "a year earlier"),
//! with "one day" said of the future ("will one day be").
//!
//! Apart because a count's value is a TIMEX3 duration or an offset from the anchor or the
//! reference time, built here (`duration`) for every family that needs one.

use super::guards::{quote_mark, rate_of_count};
use super::numbers::{count, word_number};
use super::{Core, Expr, Words};
use crate::timex::lexicon::{self as lex, Unit};
use crate::words;

/// "They are going to win one day", "she hopes to lead it one day": "one day" (at `k`) closing
/// a clause whose verb is still to come is some day in the future. A span before it ("will
/// last one day", "will be done in one day") keeps it a span.
fn one_day_to_come(w: &Words, k: usize) -> bool {
    const REACH: usize = 8;
    if k == 0
        || matches!(
            w.w(k - 1),
            "for"
                | "in"
                | "within"
                | "last"
                | "lasts"
                | "take"
                | "takes"
                | "spend"
                | "stay"
                | "only"
                | "just"
                | "than"
                | "about"
                | "over"
                | "of"
                | "another"
        )
    {
        return false;
    }
    for j in (k.saturating_sub(REACH)..k).rev() {
        let v = w.w(j);
        if matches!(v, "," | ";" | ":" | "." | "--") || quote_mark(w.raw(j)) {
            return false;
        }
        let to = w.w(j + 1) == "to";
        if matches!(v, "will" | "shall" | "would" | "wo")
            || v.ends_with("'ll")
            || v.ends_with("\u{2019}ll")
            || to
                && matches!(
                    v,
                    "going"
                        | "hope"
                        | "hopes"
                        | "hoping"
                        | "want"
                        | "wants"
                        | "dream"
                        | "dreams"
                        | "plan"
                        | "plans"
                        | "aims"
                        | "aim"
                )
        {
            return true;
        }
    }
    false
}

/// Durations and offsets: "two weeks", "the past two months", "the first nine months",
/// "16-hour", "two-year", "a year ago", "two days later", "for years", "recent years".
pub(super) fn count_expr(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    // "Islam will one day be...", "he hoped he one day would...": some day to come, no span
    // of a day.
    if a == "one" && w.w(k + 1) == "day" && k > 0 {
        let b = w.w(k - 1);
        // not "it": "made it one day" is its object
        let before = words::is_modal(b) || (words::is_subject_pronoun(b) && b != "it");
        let anchored = matches!(
            w.w(k + 2),
            "after" | "before" | "later" | "earlier" | "ago" | "a" | "per" | "each" | "longer"
        );
        if (before || one_day_to_come(w, k)) && !anchored {
            return Some((k + 2, Expr::Ref("FUTURE_REF"), false));
        }
    }
    // "a quarter century", "a quarter-century": 25 years, not a quarter of a year
    if matches!(a, "a" | "one") {
        match (w.w(k + 1), w.w(k + 2)) {
            ("quarter", "century") => return Some((k + 3, Expr::Duration("P25Y".into()), false)),
            ("quarter-century", _) => return Some((k + 2, Expr::Duration("P25Y".into()), false)),
            _ => {}
        }
    }
    // "half a century", "a half-century", "half an hour": half the unit, not a whole one
    // ("a century", P100Y, it was), in the next smaller unit that holds it whole.
    let half = match (a, w.w(k + 1), w.w(k + 2)) {
        ("half", "a" | "an", u) => lex::unit(u).map(|(u, _)| (k + 3, u)),
        ("a", "half", u) => lex::unit(u).map(|(u, _)| (k + 3, u)),
        ("a", h, _) => h
            .strip_prefix("half-")
            .and_then(lex::unit)
            .map(|(u, _)| (k + 2, u)),
        _ => None,
    };
    let half = half.and_then(|(end, u)| {
        let (unit, n) = match u {
            Unit::Century => (Unit::Year, 50),
            Unit::Decade => (Unit::Year, 5),
            Unit::Year => (Unit::Month, 6),
            Unit::Day => (Unit::Hour, 12),
            Unit::Hour => (Unit::Minute, 30),
            Unit::Minute => (Unit::Second, 30),
            _ => return None,
        };
        Some((end, unit, n))
    });
    if let Some((end, unit, n)) = half {
        if w.w(end) == "ago" {
            let ago = Expr::Ago {
                unit,
                n: Some(n),
                sign: -1,
            };
            return Some((end + 1, ago, false));
        }
        return Some((end, Expr::Duration(duration(unit, Some(n))), false));
    }
    // The direction word before the count changes nothing in the value of a duration but is
    // part of its extent: "the past two months", "the next 14 months", "the first nine months".
    // After a modal or "to", "last" is the verb: "will last one day", "expected to last weeks".
    let verb = k > 0
        && (words::is_modal(w.w(k - 1))
            || matches!(
                w.w(k - 1),
                "to" | "did" | "does" | "do" | "not" | "wo" | "n't"
            ));
    let at = match a {
        "last" if verb => k,
        "past" | "last" | "previous" | "recent" | "preceding" | "next" | "coming" | "following"
        | "upcoming" | "first" | "final" | "latest" | "remaining" | "initial" | "early" => k + 1,
        _ => k,
    };
    // "recent years", "coming weeks", "the past few weeks", "the next several days"
    if at > k {
        if let Some((unit, true)) = lex::unit(w.w(at)) {
            let plural_end = at + 1;
            if a == "recent" && unit == Unit::Year {
                return Some((plural_end, Expr::Ref("PAST_REF"), true));
            }
            return Some((plural_end, Expr::Duration(duration(unit, None)), true));
        }
    }
    // hyphenated adjectives: "two-year", "16-hour", "day-long", "decades-long", "52-week"
    if let Some(c) = hyphen_duration(w, at) {
        return Some(c);
    }
    // bare vague plurals after a preposition: "for years", "in weeks"
    if at == k {
        if let Some((unit, true)) = lex::unit(a) {
            let prev = if k > 0 { w.w(k - 1) } else { "" };
            if matches!(
                unit,
                Unit::Second | Unit::Minute | Unit::Hour | Unit::Quarter | Unit::Weekend
            ) {
                return None;
            }
            if w.w(k + 1) == "ago" {
                return Some((k + 2, Expr::Ref("PAST_REF"), false));
            }
            // "in years past" is the past, not a span: said as "years ago"
            if w.w(k + 1) == "past" && prev == "in" {
                return Some((k + 2, Expr::Ref("PAST_REF"), false));
            }
            if matches!(
                prev,
                "for"
                    | "in"
                    | "within"
                    | "over"
                    | "after"
                    | "took"
                    | "take"
                    | "takes"
                    | "taking"
                    | "lasted"
                    | "last"
                    // a verb of time passing takes its span bare: "waited weeks", "spent years"
                    | "waited"
                    | "wait"
                    | "waiting"
                    | "spent"
                    | "spend"
                    | "spending"
            ) && w.w(k + 1) != "of"
            {
                return Some((k + 1, Expr::Duration(duration(unit, None)), false));
            }
            return None;
        }
    }
    let (mut e, n) = count(w, at)?;
    // "the first nine months": a bare "a" only counts when the unit follows directly
    let mut half = false;
    if w.raw(e) == "1/2" {
        half = true;
        e += 1;
    }
    if matches!(
        w.w(e),
        "more"
            | "additional"
            | "full"
            | "straight"
            | "consecutive"
            | "trading"
            | "business"
            | "working"
            | "calendar"
            | "fiscal"
    ) {
        e += 1;
    }
    let (unit, plural) = lex::unit(w.w(e))?;
    // "a second betrayal", "A second group": the ordinal before a noun is no time
    let after = w.w(e + 1);
    if unit == Unit::Second
        && !plural
        && matches!(w.w(at), "a" | "an")
        && after.starts_with(|c: char| c.is_ascii_alphabetic())
        && !matches!(
            after,
            "later" | "earlier" | "ago" | "or" | "and" | "before" | "after" | "to" | "of"
        )
    {
        return None;
    }
    // "If you've done 80 Day Obsession": a figure with a singular, capitalised unit and a
    // capitalised word after it, in running lower-case text, is a programme's or a work's name
    let prev = if at > 0 { w.raw(at - 1) } else { "" };
    if !plural
        && n.is_some_and(|n| n > 1)
        && w.capitalized(e)
        && w.raw(e + 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
        && w.raw(e + 1).chars().all(|c| c.is_alphabetic())
        && prev.chars().next().is_some_and(|c| c.is_lowercase())
        && prev.chars().all(|c| c.is_alphabetic() || c == '\'')
    {
        return None;
    }
    // "one minute" is fine, "two minute" too ("a two minute warning"), but "a years" is not
    if plural && n == Some(1) && matches!(w.w(at), "a" | "an") {
        return None;
    }
    let mut end = e + 1;
    // ages are not durations: "40 years old", "aged 40 years"
    if matches!(w.w(end), "old" | "of") && w.w(end) == "old" {
        return None;
    }
    let before = |i: usize| if at >= i { w.w(at - i) } else { "" };
    if before(1) == "aged" || (before(1) == "of" && matches!(before(2), "age" | "ages")) {
        return None; // "a viewing age of 48 months", "children aged 18 months"
    }
    if matches!(w.w(end), "and") && w.w(end + 1) == "a" && w.w(end + 2) == "half" {
        end += 3;
        half = true;
    }
    // "two years ago", "a year earlier", "two days later", "a week or so ago"
    let mut dir_end = end;
    if w.w(dir_end) == "or" && w.w(dir_end + 1) == "so" {
        dir_end += 2;
    }
    // "three days later", "a minute and a half later": TimeML marks the span ("three days")
    // and leaves "later" to the event; a year or a month later stays a date like "a year
    // earlier".
    let small = matches!(
        unit,
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week
    );
    if w.w(dir_end) == "later" && at == k && small {
        let dur = if half {
            duration_half(unit, n)
        } else {
            duration(unit, n)
        };
        return Some((end, Expr::Later { unit, n, dur }, false));
    }
    match w.w(dir_end) {
        "ago" if at == k => return Some((dir_end + 1, Expr::Ago { unit, n, sign: -1 }, false)),
        "earlier" | "before"
            if at == k && (w.w(dir_end) != "before" || is_clause_end(w, dir_end + 1)) =>
        {
            return Some((dir_end + 1, Expr::Offset { unit, n, sign: -1 }, false))
        }
        "later" | "after"
            if at == k && (w.w(dir_end) != "after" || is_clause_end(w, dir_end + 1)) =>
        {
            return Some((dir_end + 1, Expr::Offset { unit, n, sign: 1 }, false))
        }
        "from" if w.w(dir_end + 1) == "now" && at == k => {
            return Some((dir_end + 2, Expr::Ago { unit, n, sign: 1 }, false))
        }
        _ => {}
    }
    if w.w(end) == "or" && w.w(end + 1) == "so" {
        end += 2;
    }
    // "a three-year period"
    let value = if half {
        duration_half(unit, n)
    } else {
        duration(unit, n)
    };
    // the singular with "a"/"one" right after a figure or price is a rate: "$5 million a year"
    if n == Some(1) && at == k && matches!(a, "a" | "per") && k > 0 {
        let prev = w.w(k - 1);
        if rate_of_count(w, k) == Some(false)
            || w.is_number(k - 1)
            || matches!(
                prev,
                "million"
                    | "billion"
                    | "trillion"
                    | "thousand"
                    | "percent"
                    | "%"
                    | "times"
                    | "twice"
                    | "once"
                    | "dollars"
            )
        {
            return Some((end, Expr::Set(duration(unit, Some(1))), false));
        }
    }
    Some((end, Expr::Duration(value), true))
}

/// True when nothing that could be the object of "before"/"after" follows.
fn is_clause_end(w: &Words, k: usize) -> bool {
    let next = w.w(k);
    next.is_empty()
        || matches!(
            next,
            "," | "."
                | ";"
                | ":"
                | "and"
                | "but"
                | "\u{2014}"
                | "-"
                | ")"
                | "\""
                | "\u{201d}"
                | "''"
        )
}

fn hyphen_duration(w: &Words, k: usize) -> Option<Core> {
    let word = w.w(k);
    // "16 - hour" as three tokens (the tokenizer splits a figure from a following word)
    if w.is_number(k) && w.raw(k + 1) == "-" {
        let n: i64 = w.raw(k).parse().ok()?;
        // "the 53-day-long festival" is 53 days, not the 'day-long' of its tail
        let word = w.w(k + 2);
        let word = word.strip_suffix("-long").unwrap_or(word);
        let (unit, false) = lex::unit(word)? else {
            return None;
        };
        if w.raw(k + 3) == "-" {
            return None; // "8-year-old"
        }
        return Some((k + 3, Expr::Duration(duration(unit, Some(n))), false));
    }
    let (a, b) = word.split_once('-')?;
    // "a three-year-long war" is three years, as "a three-year war" is
    let b = match b.strip_suffix("-long") {
        Some(unit) if word_number(a).is_some() => unit,
        _ => b,
    };
    if b.contains('-') {
        return None; // "two-year-old"
    }
    let value = if let Some((unit, plural)) = lex::unit(a) {
        if b != "long" {
            return None;
        }
        duration(unit, if plural { None } else { Some(1) })
    } else {
        let n = word_number(a).or_else(|| (a == "several").then_some(-1))?;
        let (unit, false) = lex::unit(b)? else {
            return None;
        };
        duration(unit, (n > 0).then_some(n))
    };
    // A hyphenated adjective leaves its article and noun out: "the 14-day (strike)".
    Some((k + 1, Expr::Duration(value), false))
}

/// A TIMEX3 duration: P3D, PT2H, PXY; decades and centuries in years.
pub fn duration(unit: Unit, n: Option<i64>) -> String {
    let (n, unit) = match (unit, n) {
        (Unit::Decade, Some(n)) => (Some(n * 10), Unit::Year),
        (Unit::Decade, None) => (None, Unit::Decade),
        (Unit::Century, Some(n)) => (Some(n * 100), Unit::Year),
        (Unit::Millennium, Some(n)) => (Some(n * 1000), Unit::Year),
        (Unit::Weekend, _) => (Some(2 * n.unwrap_or(1)), Unit::Day),
        (u, n) => (n, u),
    };
    let (letter, time) = unit.letter();
    let letter = match unit {
        Unit::Decade => "E",
        Unit::Century => "C",
        Unit::Millennium => "L",
        _ => letter,
    };
    let count = n.map_or("X".to_string(), |n| n.to_string());
    if time {
        format!("PT{count}{letter}")
    } else {
        format!("P{count}{letter}")
    }
}

/// "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
fn duration_half(unit: Unit, n: Option<i64>) -> String {
    let n = n.unwrap_or(0);
    match unit {
        Unit::Year => format!("P{n}Y6M"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Minute => format!("PT{n}M30S"),
        Unit::Month => format!("P{n}M2W"),
        _ => duration(unit, Some(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, spans};
    use super::*;

    #[test]
    fn one_day_to_come_is_no_span() {
        let f = found("Islam will one day be the second religion. He hopes he one day flies.");
        assert!(
            f.iter().all(|(_, e)| *e == Expr::Ref("FUTURE_REF")),
            "{f:?}"
        );
        assert_eq!(f.len(), 2);
        assert!(matches!(
            found("It lasted one day.")[0].1,
            Expr::Duration(_)
        ));
        // a future verb earlier in the clause
        for t in [
            "They are going to win the cup one day.",
            "She hopes to run the firm one day.",
        ] {
            assert_eq!(found(t)[0].1, Expr::Ref("FUTURE_REF"), "{t}");
        }
        // a span still, or a day of another clause
        for t in [
            "The strike will be over in one day.",
            "The shop will open one day a week.",
            "The strike will last one day.",
            "He will say so, and one day passed.",
        ] {
            assert!(matches!(found(t)[0].1, Expr::Duration(_)), "{t}");
        }
    }

    #[test]
    fn half_a_unit_is_half_of_it() {
        let got = |t: &str| -> Vec<Expr> { found(t).into_iter().map(|(_, e)| e).collect() };
        assert_eq!(
            got("It took half a century."),
            [Expr::Duration("P50Y".into())]
        );
        assert_eq!(
            got("It took a half-century."),
            [Expr::Duration("P50Y".into())]
        );
        assert_eq!(
            got("It took a half hour."),
            [Expr::Duration("PT30M".into())]
        );
        assert_eq!(got("It took half a year."), [Expr::Duration("P6M".into())]);
        assert_eq!(
            spans("It closed half a century ago."),
            ["half a century ago"]
        );
    }

    #[test]
    fn a_count_of_units_long_is_a_duration() {
        let f = found("They waged a three-year-long war, not a two-year-old one.");
        let got: Vec<(&str, &Expr)> = f.iter().map(|(s, e)| (s.as_str(), e)).collect();
        assert_eq!(got, [("three-year-long", &Expr::Duration("P3Y".into()))]);
    }

    #[test]
    fn a_bare_plural_after_a_verb_of_time_passing_is_a_span() {
        let f = found("Families waited weeks for news; he spent years abroad.");
        let got: Vec<_> = f.iter().map(|(t, e)| (t.as_str(), e)).collect();
        assert_eq!(
            got,
            [
                ("weeks", &Expr::Duration("PXW".into())),
                ("years", &Expr::Duration("PXY".into()))
            ]
        );
        assert!(spans("She spent weeks of savings.").is_empty());
    }

    #[test]
    fn an_age_is_no_span() {
        assert!(spans("Children aged 18 months may attend.").is_empty());
        assert!(spans("A minimum age of 48 months applies.").is_empty());
        assert_eq!(spans("It took 18 months."), ["18 months"]);
    }

    #[test]
    fn a_title_case_count_of_a_singular_unit_is_a_name() {
        assert!(spans("If you have done 80 Day Obsession, start here.").is_empty());
        assert!(spans("Use the figure from 21 Day Fix instead.").is_empty());
        assert_eq!(spans("Offer: 30 Day Trial for members"), ["30 Day"]);
        assert_eq!(spans("It lasts a 90 day period."), ["90 day"]);
    }

    #[test]
    fn in_years_past_is_the_past() {
        let f = found("It was a strong group this year and in years past.");
        let got: Vec<_> = f.iter().map(|(t, e)| (t.as_str(), e)).collect();
        assert_eq!(got[1], ("years past", &Expr::Ref("PAST_REF")));
        assert_eq!(spans("It grew in years of drought."), Vec::<String>::new());
    }

    #[test]
    fn a_figure_with_a_long_unit_is_that_many_units() {
        let f = found("The 53-day-long festival opens in spring.");
        let got: Vec<_> = f.iter().map(|(t, e)| (t.as_str(), e)).collect();
        assert_eq!(got[0], ("53 - day-long", &Expr::Duration("P53D".into())));
    }

    #[test]
    fn a_range_of_one_unit_is_one_expression_valued_by_its_first_figure() {
        let f =
            found("Rest 45\u{2013}75 minutes after lunch and feed the puppy every 3 - 4 hours.");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].0, "45 \u{2013} 75 minutes");
        assert!(matches!(&f[0].1, Expr::Duration(v) if v == "PT45M"));
        assert_eq!(f[1].0, "every 3 - 4 hours");
        assert!(matches!(&f[1].1, Expr::Set(v) if v == "PT3H"));
        let f = found("The repair took 2-4 weeks.");
        assert_eq!(f[0].0, "2-4 weeks");
        assert!(matches!(&f[0].1, Expr::Duration(v) if v == "P2W"));
        // a falling pair is a score, and only its second figure counts the unit
        assert_eq!(spans("They won 5-2 after 90 minutes."), ["90 minutes"]);
    }

    #[test]
    fn durations_have_values() {
        let v = |t: &str| match &found(t)[0].1 {
            Expr::Duration(v) | Expr::Set(v) => v.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(v("a 16-hour day"), "PT16H");
        assert_eq!(v("a two-year term"), "P2Y");
        assert_eq!(v("for several years"), "PXY");
        assert_eq!(v("the first nine months"), "P9M");
        assert_eq!(v("every Monday"), "XXXX-WXX-1");
        assert_eq!(v("net income for the year ended June 30"), "P1Y");
        assert!(matches!(
            found("a high for the year")[0].1,
            Expr::Shift {
                unit: Unit::Year,
                n: 0
            }
        ));
    }
}
