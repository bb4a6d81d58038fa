//! Plain English closed-class words that several stages read: modal verbs, auxiliaries,
//! subject pronouns, determiners and the cardinal number words.
//!
//! These are grammar, not domain knowledge: no names, no dates, no cue words of any one stage.
//! They live here so that a set is spelled once; a stage that wants a different set says so at
//! its call site (`words::is_modal(w) && w != "shall"`), with the reason beside it. All take a
//! lowercase word.

/// The nine central modal verbs: "will", "would", "shall", "should", "can", "could", "may",
/// "might", "must".
pub fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "shall" | "should" | "can" | "could" | "may" | "might" | "must"
    )
}

/// The modals that put their verb after the time of speaking: "will", "shall", and "would"
/// (the future seen from the past).
pub fn is_future_modal(w: &str) -> bool {
    matches!(w, "will" | "shall" | "would")
}

/// The finite forms of "be", "have" and "do" that carry a clause's tense, but "am": only "I"
/// takes it, and a stage that reads the first person says so.
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "have" | "has" | "had" | "do" | "does" | "did"
    )
}

/// The subject pronouns: "i", "you", "he", "she", "it", "we", "they".
pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "i" | "you" | "he" | "she" | "it" | "we" | "they")
}

/// The possessive determiners: "my", "your", "his", "her", "its", "our", "their".
pub fn is_possessive(w: &str) -> bool {
    matches!(w, "my" | "your" | "his" | "her" | "its" | "our" | "their")
}

/// The articles: "the", "a", "an".
pub fn is_article(w: &str) -> bool {
    matches!(w, "the" | "a" | "an")
}

/// The articles, demonstratives and possessives: the words that open a noun phrase and say
/// which one it is.
pub fn is_determiner(w: &str) -> bool {
    is_article(w) || matches!(w, "this" | "that" | "these" | "those") || is_possessive(w)
}

/// A cardinal number written as a word, as its value: "one" to "twenty", the tens, "hundred",
/// "thousand", and "dozen" (12). Compounds ("twenty-four") are the caller's grammar.
pub fn cardinal(w: &str) -> Option<i64> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "thousand" => 1000,
        "dozen" => 12,
        _ => return None,
    })
}

/// The counts "one" to "ten": the numbers a news text writes out as words.
pub fn is_small_cardinal(w: &str) -> bool {
    cardinal(w).is_some_and(|n| n <= 10)
}

/// Words that pick some members of a group without naming them ("several", "another"): a
/// noun phrase they open describes people, it does not name anyone.
pub fn is_quantifier(w: &str) -> bool {
    matches!(
        w,
        "another" | "one" | "two" | "three" | "several" | "some" | "many" | "other"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets() {
        let modals = [
            "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        ];
        assert!(modals.iter().all(|w| is_modal(w)));
        assert!(!is_modal("wo") && !is_modal("Will") && !is_modal("'ll"));
        assert!(is_future_modal("would") && !is_future_modal("could"));
        assert!(["i", "you", "he", "she", "it", "we", "they"]
            .iter()
            .all(|w| is_subject_pronoun(w)));
        assert!(!is_subject_pronoun("him") && !is_subject_pronoun("who"));
        assert!(is_determiner("those") && is_determiner("your") && !is_determiner("some"));
        assert!(is_auxiliary("did") && !is_auxiliary("am") && !is_auxiliary("been"));
    }

    #[test]
    fn cardinals() {
        assert_eq!(cardinal("seventeen"), Some(17));
        assert_eq!(cardinal("dozen"), Some(12));
        assert_eq!(cardinal("first"), None);
        let small: Vec<&str> = ["one", "ten", "eleven", "dozen", "hundred"]
            .into_iter()
            .filter(|w| is_small_cardinal(w))
            .collect();
        assert_eq!(small, ["one", "ten"]);
    }

    #[test]
    fn quantifiers_pick_without_naming() {
        let q: Vec<&str> = ["several", "other", "the", "most", "Some"]
            .into_iter()
            .filter(|w| is_quantifier(w))
            .collect();
        assert_eq!(q, ["several", "other"]);
    }
}
