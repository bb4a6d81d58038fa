//! Not-a-time guards: matches the driver drops after the longest match is chosen, because the
//! words around them make them something else: rates ("$1.76 a year"), counts of a rate ("24
//! hours a day"), vote tallies ("passed 2021 to 1999"), kinds of year ("a fiscal year"), titles
//! ("2001: A Space Odyssey", ABC's "This Week") and shares ("a quarter of the market").
//!
//! They live apart from the rules because they judge a finished match with the sentence
//! around it, which no single rule sees: each is a predicate over a `Found`.

use super::numbers::word_number;
use super::{Expr, Found, Words, YearSpec};
use crate::timex::lexicon::{self as lex, Unit};

/// "$1.76 a year", "358,000 a month", "700 seats a week": "a <unit>" after an amount divides
/// it into a rate, and names no time of its own. "Twice a week" and "three times a year" say
/// how often, and stay sets.
pub(super) fn rate(w: &Words, f: &Found) -> bool {
    if f.end != f.start + 2
        || !matches!(w.w(f.start), "a" | "an" | "per")
        || !matches!(f.expr, Expr::Duration(_) | Expr::Set(_))
        || f.start == 0
    {
        return false;
    }
    let p = f.start - 1;
    let amount = |k: usize| {
        w.is_number(k)
            || matches!(
                w.w(k),
                "million" | "billion" | "trillion" | "thousand" | "hundred" | "cents" | "dollars"
            )
    };
    if let Some(fills) = rate_of_count(w, f.start) {
        return fills;
    }
    let counted = p > 0
        && amount(p - 1)
        && w.raw(p).chars().all(|c| c.is_ascii_lowercase())
        && !matches!(w.w(p), "times" | "time" | "or" | "and" | "to");
    amount(p) || counted
}

/// "three days a week", "24 hours a day": the count before a rate says how often, which
/// TimeML puts in the `freq` of the SET "a week" (P1W), as it does "twice" in "twice a week";
/// it is no duration of its own. Only days counted in a week, month or year and counts that
/// fill the period qualify: in "8 hours a day" each day still holds 8 hours, a duration.
pub(super) fn count_of_rate(w: &Words, f: &Found) -> bool {
    f.end == f.start + 2 && matches!(f.expr, Expr::Duration(_)) && rate_of_count(w, f.end).is_some()
}

/// Whether the "a"/"per" at `k` makes a rate of the count and unit before it that says how
/// often (see `count_of_rate`): `Some(false)` for a share of the period ("three days a week",
/// a SET), `Some(true)` for a count that fills it ("24 hours a day", "7 days a week",
/// "365 days a year"), which says "always" and which TempEval-3 annotators left unmarked, so
/// that the period is no SET either.
pub(super) fn rate_of_count(w: &Words, k: usize) -> Option<bool> {
    if k < 2 || !matches!(w.w(k), "a" | "per") {
        return None;
    }
    let (per, false) = lex::unit(w.w(k + 1))? else {
        return None;
    };
    let (unit, true) = lex::unit(w.w(k - 1))? else {
        return None;
    };
    let n: Option<i64> = if w.is_number(k - 2) {
        w.raw(k - 2).parse().ok()
    } else {
        word_number(w.w(k - 2))
    };
    let n = n?;
    let fills = match (unit, per) {
        (Unit::Day, Unit::Week) => n == 7,
        (Unit::Day, Unit::Year) => n == 365 || n == 366,
        (Unit::Hour, Unit::Day) => n == 24,
        (Unit::Hour, Unit::Week) => n == 168,
        (Unit::Minute, Unit::Hour) | (Unit::Second, Unit::Minute) => n == 60,
        (Unit::Week, Unit::Year) => n == 52,
        (Unit::Month, Unit::Year) => n == 12,
        _ => false,
    };
    let share = match (unit, per) {
        (Unit::Day, Unit::Week) => (1..7).contains(&n),
        (Unit::Day, Unit::Month) => (1..=31).contains(&n),
        (Unit::Day, Unit::Year) => (1..365).contains(&n),
        _ => false,
    };
    (fills || share).then_some(fills)
}

/// "The measure passed 2021 to 1999", "the vote was 1998-2002", "a 2010-2008 tally": two
/// year-like numbers joined by "to" or a dash near a word of voting are a count of votes. "From
/// 2010 to 2014", "in 2016 to 2020" stay years whatever is near.
pub(super) fn vote_count(w: &Words, f: &Found) -> bool {
    const REACH: usize = 4;
    let year_like = |k: usize| {
        let s = w.raw(k);
        s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
    };
    let joiner = |k: usize| matches!(w.w(k), "to" | "-" | "\u{2013}");
    // the tokens of the pair: one token ("1998-2002"), or two around a joiner
    let (a, b) = match f.expr {
        Expr::Years { .. } if f.end == f.start + 1 => (f.start, f.start),
        Expr::Cal {
            year: YearSpec::Given(_),
            month: None,
            day: None,
            ..
        } if f.end == f.start + 1 => {
            if joiner(f.end) && year_like(f.end + 1) {
                (f.start, f.end + 1)
            } else if f.start >= 2 && joiner(f.start - 1) && year_like(f.start - 2) {
                (f.start - 2, f.start)
            } else {
                return false;
            }
        }
        _ => return false,
    };
    // "voted in 2016 to 2020 elections": a preposition of time makes them years
    if a > 0
        && matches!(
            w.w(a - 1),
            "from" | "between" | "in" | "since" | "during" | "until" | "through" | "after"
        )
    {
        return false;
    }
    let vote_word = |s: &str| {
        matches!(
            s,
            "vote"
                | "votes"
                | "voted"
                | "voting"
                | "ballot"
                | "ballots"
                | "passed"
                | "approved"
                | "rejected"
                | "tally"
                | "tallied"
                | "margin"
                | "count"
        )
    };
    (a.saturating_sub(REACH)..a).any(|k| vote_word(w.w(k)))
        || matches!(w.w(b + 1), "vote" | "votes" | "tally" | "margin")
}

/// "changed from a fiscal year to a calendar year": a way of counting years, no span of one.
pub(super) fn kind_of_year(w: &Words, f: &Found) -> bool {
    f.end == f.start + 3
        && matches!(w.w(f.start), "a" | "an")
        && matches!(w.w(f.start + 1), "fiscal" | "calendar")
        && matches!(w.w(f.start + 2), "year" | "quarter")
        && f.expr.is_duration()
}

/// "movies from 2001: A Space Odyssey to Alien": mid-sentence, a year with a colon and a
/// Title Case subtitle after it is the title of a work. A heading ("2020: The Year in
/// Review") opens its line and is left alone.
pub(super) fn subtitled_year(w: &Words, f: &Found) -> bool {
    let year = matches!(
        f.expr,
        Expr::Cal {
            year: YearSpec::Given(_),
            month: None,
            ..
        }
    );
    let mid = f.start > 0
        && w.raw(f.start - 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase());
    year && mid
        && f.end == f.start + 1
        && w.raw(f.end) == ":"
        && matches!(w.raw(f.end + 1), "A" | "An" | "The")
        && w.capitalized(f.end + 2)
}

/// A quote mark token: `` '' " and the curly ones.
pub(super) fn quote_mark(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '"' | '`' | '\'' | '\u{201c}' | '\u{201d}'))
}

/// ABC's "This Week", CBS's ''60 Minutes'', the film ``High Noon'': an expression inside a
/// short quoted stretch of capitalised words is the title of a work, not a time.
pub(super) fn quoted_title(w: &Words, f: &Found) -> bool {
    const MAX: usize = 6;
    let title_word = |k: usize| w.capitalized(k) || w.is_number(k);
    if !(f.start..f.end).all(title_word) {
        return false;
    }
    // back to the opening mark over capitalised words
    let mut a = f.start;
    while a > 0 && f.start - a < MAX && !quote_mark(w.raw(a - 1)) && title_word(a - 1) {
        a -= 1;
    }
    // `` may be two tokens
    if a == 0 || !quote_mark(w.raw(a - 1)) {
        return false;
    }
    // on to the closing mark over capitalised words, a final comma or stop allowed
    let mut b = f.end;
    while b < w.len() && b - f.end < MAX && !quote_mark(w.raw(b)) && title_word(b) {
        b += 1;
    }
    let end = b;
    if matches!(w.raw(b), "," | ".") {
        b += 1;
    }
    // Title Case beyond the first word, which a quoted sentence capitalises anyway, and
    // beyond names always written so: "Next Monday," he said, is no title.
    let title_case = (a + 1..end).any(|j| {
        w.capitalized(j) && lex::weekday(w.w(j)).is_none() && lex::month(w.w(j)).is_none()
    }) || (a..end).any(|j| w.is_number(j));
    title_case && b < w.len() && quote_mark(w.raw(b)) && b - a <= MAX + 1
}

/// "a quarter of the market", "three quarters of its shares": a share of something, not three
/// months. "A quarter of a century" and "a quarter of the year" stay times.
pub(super) fn fraction(w: &Words, f: &Found) -> bool {
    let last = w.w(f.end.saturating_sub(1));
    // "a quarter cup", "three quarters mile": a measure
    if matches!(f.expr, Expr::Duration(_))
        && matches!(last, "quarter" | "quarters")
        && lex::measure_noun(w.w(f.end))
    {
        return true;
    }
    if !matches!(f.expr, Expr::Duration(_))
        || !matches!(last, "quarter" | "quarters")
        || w.w(f.end) != "of"
        // "several quarters of losses" are months; "a quarter of" and "three quarters of" share out
        || f.end < 2
        || !matches!(
            (w.w(f.end - 2), last),
            ("a" | "one", "quarter") | ("three", "quarters")
        )
    {
        return false;
    }
    let mut k = f.end + 1;
    if matches!(
        w.w(k),
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "all" | "this" | "that"
    ) {
        k += 1;
    }
    // "the entire market": a modifier or two may stand before the noun
    let timely = (k..k + 3).any(|j| lex::unit(w.w(j)).is_some() || w.is_number(j));
    !timely
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, spans};
    use super::*;

    #[test]
    fn a_kind_of_year_is_no_span() {
        assert!(spans("It changed from a fiscal year to a calendar year.").is_empty());
    }

    #[test]
    fn titles_in_quotes_are_no_times() {
        let text = "Baker said on ABC's \"This Week,\" that he met CBS's ''60 Minutes.'' \
                    She saw the film ``High Noon.'' He said: ``This week we will win.''";
        assert_eq!(spans(text), ["This week"]);
        assert_eq!(
            spans("\"Next Monday,\" he said. She answered: \"Friday.\""),
            ["Next Monday", "Friday"]
        );
    }

    #[test]
    fn a_year_with_a_title_case_subtitle_is_a_title() {
        assert!(spans("In films from 2001: A Space Odyssey to Alien, crews sleep.").is_empty());
        // a heading, or a year and a sentence after its colon, stay years
        assert_eq!(spans("2020: The Year in Review")[0], "2020");
        assert_eq!(
            spans("It began in 2001: the year of the attacks."),
            ["2001", "the year"]
        );
    }

    #[test]
    fn vote_counts_are_not_years() {
        assert!(spans("The measure passed 2021 to 1999.").is_empty());
        assert!(spans("In the end the vote was 1998-2002.").is_empty());
        assert!(spans("It survived a 2010-2008 tally.").is_empty());
        assert!(spans("Members backed it 2012 to 1990 votes.").is_empty());
        assert!(spans("It was approved by a margin of 2003 to 1998.").is_empty());
        // a span of years stays one, vote or not
        assert_eq!(spans("Prices grew from 2010 to 2014."), ["2010", "2014"]);
        assert_eq!(spans("The tally from 2010 to 2014 rose."), ["2010", "2014"]);
        assert_eq!(spans("He voted in 2016 to 2020 polls."), ["2016", "2020"]);
        // spaced, the hyphen still joins two years; a vote so written is still a count
        assert_eq!(spans("The 1998 - 2002 term was hard."), ["1998", "2002"]);
        assert!(spans("In the end the vote was 1998 - 2002.").is_empty());
        assert_eq!(spans("The code 2002 - 1998 failed."), ["1998"]);
        match &found("She served the 1998-2002 term.")[..] {
            [(
                s,
                Expr::Years {
                    from: 1998,
                    to: 2002,
                },
            )] if s == "1998-2002" => {}
            other => panic!("{other:?}"),
        }
        match &found("the war of 1914-18")[..] {
            [(
                _,
                Expr::Years {
                    from: 1914,
                    to: 1918,
                },
            )] => {}
            other => panic!("{other:?}"),
        }
        // a month written ISO-style is no span of years
        assert!(spans("Data for 2021-05 are out.").is_empty());
    }

    #[test]
    fn rates_are_not_times() {
        assert!(spans("a dividend rate of $1.76 a year").is_empty());
        assert!(spans("It saves $500 million a year.").is_empty());
        assert!(spans("jobs at a rate of 358,000 a month").is_empty());
        assert!(spans("nearly 700 seats a week").is_empty());
        assert_eq!(spans("They meet twice a week."), vec!["a week"]);
        assert_eq!(spans("It met three times a year."), vec!["a year"]);
        assert_eq!(spans("Sales rose 5% from a year ago."), vec!["a year ago"]);
        assert!(spans("more than a quarter of the entire high-yield market").is_empty());
        assert!(spans("three quarters of its shares").is_empty());
        assert!(spans("Stir in a quarter cup of salsa.").is_empty());
        assert!(spans("The Fed cut rates by a quarter point.").is_empty());
        // quarters and halves of a game
        assert!(
            spans("They led 14-7 at halftime before scoring 24 points in the third quarter.")
                .is_empty()
        );
        assert_eq!(
            spans("Profit rose in the third quarter."),
            ["the third quarter"]
        );
        // still times (as two expressions, for now)
        assert_eq!(spans("a quarter of a century").len(), 2);
        assert_eq!(
            spans("the first time in nearly a quarter century"),
            vec!["nearly a quarter century"]
        );
        assert_eq!(
            spans("after a quarter-century of rule"),
            vec!["a quarter-century"]
        );
        assert_eq!(spans("after several quarters of losses").len(), 1);
    }

    #[test]
    fn a_count_of_days_in_a_week_is_a_frequency_not_a_duration() {
        // filling the period says "always": nothing of time is left to mark
        assert!(spans("The pharmacy is open 7 days a week and 24 hours a day.").is_empty());
        assert!(spans("Ferries sail 365 days a year.").is_empty());
        // a share of the period is how often: the SET, its count in `freq`
        let f = found("Volunteers staff the desk three days a week.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "a week");
        assert!(matches!(&f[0].1, Expr::Set(v) if v == "P1W"));
        // each day holding 8 hours is still a duration
        assert_eq!(spans("Nurses sleep 5 hours a day."), ["5 hours"]);
    }
}
