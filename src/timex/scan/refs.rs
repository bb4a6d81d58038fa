//! Vague references and sets: PRESENT_REF, PAST_REF and FUTURE_REF ("now", "right now",
//! "then", "soon", "in the future") and recurring times ("every Monday", "each year", "daily",
//! "every two weeks").
//!
//! Apart because neither names a point or a span of the calendar, and both need their own
//! guards against names ("Acme Now", the "Daily Mail").

use super::counts::duration;
use super::numbers::{count, word_number};
use super::{Core, Expr, Words};
use crate::timex::lexicon as lex;

pub(super) fn reference_word(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    let b = w.w(k + 1);
    match (a, b) {
        ("right", "now") => return Some((k + 2, Expr::Ref("PRESENT_REF"), false)),
        ("these", "days") => return Some((k + 2, Expr::Ref("PRESENT_REF"), false)),
        // "the then current price": the present of a past time
        ("then", "current") => return Some((k + 2, Expr::Ref("PAST_REF"), false)),
        ("the", "past") | ("the", "future")
            if !matches!(w.w(k + 2), "few" | "several")
                && lex::unit(w.w(k + 2)).is_none()
                && word_number(w.w(k + 2)).is_none()
                && !w.is_number(k + 2)
                && lex::season(w.w(k + 2)).is_none() =>
        {
            let r = if b == "past" {
                "PAST_REF"
            } else {
                "FUTURE_REF"
            };
            return Some((k + 2, Expr::Ref(r), true));
        }
        ("near" | "distant", "future") => return Some((k + 2, Expr::Ref("FUTURE_REF"), true)),
        ("near" | "short" | "long", "term") if k > 0 && w.w(k - 1) == "the" => {
            return Some((k + 2, Expr::Ref("FUTURE_REF"), true))
        }
        ("as", "soon") if w.w(k + 2) == "as" && w.w(k + 3) == "possible" => {
            return Some((k + 4, Expr::Ref("FUTURE_REF"), false))
        }
        // "in future"; the bare adjective ("future growth") is rarely a time expression.
        ("future", _) if k > 0 && w.w(k - 1) == "in" => {
            return Some((k + 1, Expr::Ref("FUTURE_REF"), true));
        }
        _ => {}
    }
    if a == "soon" {
        return soon(w, k);
    }
    // "Now, ..." opening a sentence is a discourse marker, not the present moment.
    if a == "now" && b == "," && opens_sentence(w, k) {
        return None;
    }
    // "Sony Now", "Radio Now Live": a capitalised "Now" right after a name word is part of
    // the name (a service, a brand), not the present moment. After a capitalised function
    // word ("And Now", "Right Now", "Until Now") it stays a time, as in a headline.
    if a == "now" && w.capitalized(k) && k > 0 && name_word(w.raw(k - 1)) {
        return None;
    }
    // "current" only as an adjective of time ("current levels"), not "current account"/"the
    // current": kept when it stands alone before a noun.
    let r = lex::reference(a)?;
    if a == "current" && (b.is_empty() || lex::unit(b).is_some()) {
        return None;
    }
    Some((k + 1, Expr::Ref(r), false))
}

/// A capitalised word that can stand in a name: not a function word or adverb that a
/// title-case headline capitalises before "Now".
fn name_word(raw: &str) -> bool {
    raw.chars().next().is_some_and(|c| c.is_uppercase())
        && raw.chars().all(|c| c.is_alphanumeric() || c == '+')
        && !matches!(
            raw.to_lowercase().as_str(),
            "and"
                | "but"
                | "or"
                | "so"
                | "right"
                | "until"
                | "till"
                | "up"
                | "by"
                | "for"
                | "from"
                | "even"
                | "just"
                | "only"
                | "then"
                | "is"
                | "are"
                | "was"
                | "it"
                | "we"
                | "you"
                | "they"
                | "i"
                | "buy"
                | "shop"
                | "available"
                | "live"
                | "open"
                | "out"
                | "here"
        )
}

/// Whether `k` starts the sentence, after any opening quotation marks.
fn opens_sentence(w: &Words, k: usize) -> bool {
    (0..k).all(|j| {
        matches!(
            w.w(j),
            "\"" | "'" | "``" | "`" | "\u{2018}" | "\u{201c}" | "(" | "-" | "_"
        )
    })
}

/// "soon" as FUTURE_REF, when it points ahead from the time of speaking: "it will soon begin",
/// "may soon seek". Not "as soon as Tuesday" (the date is the expression), "soon after the
/// vote" (anchored on an event) or a narrated past ("he was soon released").
fn soon(w: &Words, k: usize) -> Option<Core> {
    let prev = if k > 0 { w.w(k - 1) } else { "" };
    let next = w.w(k + 1);
    if prev == "as"
        || matches!(
            next,
            "as" | "after" | "afterward" | "afterwards" | "thereafter" | "before"
        )
    {
        return None;
    }
    // a modal right before it looks ahead whatever the verbs around: "the strike, which
    // has dragged on for weeks, could soon end" (any modal: each looks to what is to come)
    let modal = crate::words::is_modal(prev);
    if !modal && crate::timex::tense::around(&w.raw, k, k + 1) == crate::timex::tense::Tense::Past {
        return None;
    }
    Some((k + 1, Expr::Ref("FUTURE_REF"), false))
}

/// "every Monday", "each year", "daily", "annually", "every two weeks".
pub(super) fn set_expr(w: &Words, k: usize) -> Option<Core> {
    let a = w.w(k);
    // "quarterly" and "annually" mostly qualify reports and rates ("quarterly dividend",
    // "annually adjusted") rather than say how often something happens.
    let simple = match a {
        "daily" => Some("P1D"),
        "weekly" => Some("P1W"),
        "monthly" => Some("P1M"),
        "yearly" => Some("P1Y"),
        "hourly" => Some("PT1H"),
        _ => None,
    };
    if let Some(v) = simple {
        // "Monthly Notices of ...", "the Daily Mail", "The Weekly Standard": capitalised and
        // followed by a capitalised word it names a paper, not how often
        let next = w.raw(k + 1);
        if w.capitalized(k)
            && next.chars().next().is_some_and(|c| c.is_uppercase())
            && next.chars().all(|c| c.is_alphabetic())
        {
            return None;
        }
        return Some((k + 1, Expr::Set(v.to_string()), false));
    }
    if !matches!(a, "every" | "each") {
        return None;
    }
    let b = w.w(k + 1);
    if let Some(wd) = lex::weekday(b) {
        return Some((k + 2, Expr::Set(format!("XXXX-WXX-{wd}")), false));
    }
    if let Some(m) = lex::month(b) {
        if w.capitalized(k + 1) {
            return Some((k + 2, Expr::Set(format!("XXXX-{m:02}")), false));
        }
    }
    if let Some(s) = lex::season(b) {
        return Some((k + 2, Expr::Set(format!("XXXX-{s}")), false));
    }
    if let Some((unit, false)) = lex::unit(b) {
        return Some((k + 2, Expr::Set(duration(unit, Some(1))), false));
    }
    let (e, n) = count(w, k + 1)?;
    let (unit, _) = lex::unit(w.w(e))?;
    Some((e + 1, Expr::Set(duration(unit, n)), false))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, spans};
    use super::*;

    #[test]
    fn a_paper_named_for_its_frequency_is_no_set() {
        assert!(spans("It appears in Monthly Notices of the society.").is_empty());
        assert!(spans("She told the Daily Mail about it.").is_empty());
        assert_eq!(spans("Fees are charged monthly."), ["monthly"]);
        assert_eq!(spans("Daily, the ferry leaves at noon."), ["Daily", "noon"]);
    }

    #[test]
    fn soon_and_now_point_at_the_present_and_future() {
        let refs = |t: &str| -> Vec<(String, Expr)> { found(t) };
        let f = refs("The company will soon begin selling boxes.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].1, Expr::Ref("FUTURE_REF"));
        let f = refs("Prosecutors may soon seek an indictment.");
        assert_eq!(f[0].1, Expr::Ref("FUTURE_REF"));
        let f = refs("The embassy is now operating from a hotel.");
        assert_eq!(f[0].1, Expr::Ref("PRESENT_REF"));
        let f = refs("shares at the then current market price");
        assert_eq!(f[0].0, "then current");
        assert_eq!(f[0].1, Expr::Ref("PAST_REF"));
        let f = refs("Now officials are investigating.");
        assert_eq!(f[0].1, Expr::Ref("PRESENT_REF"));
    }

    #[test]
    fn soon_after_a_modal_looks_ahead_whatever_the_verbs_around() {
        let f: Vec<(String, Expr)> =
            found("Wells that were dug in the drought might soon run dry.");
        assert_eq!(f.last().map(|x| x.1.clone()), Some(Expr::Ref("FUTURE_REF")));
        let f: Vec<(String, Expr)> = found("He was soon released.");
        assert!(f.iter().all(|x| x.1 != Expr::Ref("FUTURE_REF")));
    }

    #[test]
    fn now_in_a_name_is_no_present() {
        assert!(spans("The Acme Now app launched songs.").is_empty());
        assert_eq!(spans("Now we wait."), ["Now"]);
        assert_eq!(spans("Tickets Are Now On Sale."), ["Now"]);
    }
}
