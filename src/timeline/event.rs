//! A short event phrase for a dated expression, taken from the clause it belongs to:
//! "Harris said Wednesday that she would visit Mexico and Guatemala on June 7-8 to search for
//! solutions" gives "Harris to visit Mexico and Guatemala" for "June 7-8".
//!
//! There is no parser: the clause is cut out by punctuation and subordinating words, the time
//! expression and the preposition that introduces it are dropped, a pronoun subject takes the
//! name the sentence opened with, and the phrase stops at a purpose clause or a word budget.

/// Most words kept in a phrase; headlines rarely need more.
const MAX_WORDS: usize = 12;

/// Words that open a subordinate clause: the clause of the time expression ends there.
fn subordinator(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "because"
            | "although"
            | "though"
            | "while"
            | "whereas"
            | "where"
            | "unless"
            | "if"
    )
}

fn clause_punct(w: &str) -> bool {
    matches!(
        w,
        "," | ";"
            | ":"
            | "("
            | ")"
            | "\u{2014}"
            | "\u{2013}"
            | "\""
            | "\u{201c}"
            | "\u{201d}"
            | "\u{2018}"
            | "''"
            | "``"
            | "_"
            | "["
            | "]"
    )
}

/// Words that introduce a time expression and go with it: "shortly before Friday's meeting".
fn introducer(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "by"
            | "since"
            | "until"
            | "till"
            | "during"
            | "from"
            | "before"
            | "after"
            | "shortly"
            | "prior"
            | "following"
            | "ahead"
            | "of"
            | "as"
            | "early"
            | "late"
            | "for"
            | "through"
            | "between"
            | "around"
            | "about"
            | "starting"
            | "beginning"
            | "earlier"
            | "later"
            | "just"
            | "to"
    )
}

fn reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "announced"
            | "announces"
            | "added"
            | "stated"
            | "warned"
            | "reported"
            | "explained"
            | "declared"
            | "confirmed"
            | "insisted"
            | "argued"
            | "noted"
            | "wrote"
            | "reporters"
            | "believes"
            | "believed"
    )
}

/// Pronouns that stand for a person named earlier ("it" and "they" too often do not).
fn pronoun(w: &str) -> bool {
    matches!(w, "he" | "she")
}

/// Leading words that tie a clause to the one before and mean nothing alone.
fn connective(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "or"
            | "so"
            | "then"
            | "also"
            | "through"
            | "with"
            | "and,"
            | "yet"
            | "however"
            | "meanwhile"
    ) || introducer(w)
}

/// `words` are the sentence's tokens; the time expression covers `start..end` of them and
/// `others` are the other time expressions of the sentence, left out of the phrase as well.
pub fn phrase(words: &[&str], start: usize, end: usize, others: &[(usize, usize)]) -> String {
    let low: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let n = words.len();
    let mut drop = vec![false; n];
    for &(a, b) in others.iter().chain(std::iter::once(&(start, end))) {
        drop_time_phrase(words, &low, a, b, &mut drop);
    }
    let segments = segments(&low);
    let Some(seg) = segments.iter().position(|&(a, b)| a <= start && start < b) else {
        return String::new();
    };
    let kept = |(a, b): (usize, usize)| -> Vec<usize> { (a..b).filter(|&i| !drop[i]).collect() };
    let mut chosen = strip_connectives(kept(segments[seg]), &low);
    // A clause that was nothing but the time phrase ("Following Friday's meeting,") names its
    // event in the next clause.
    let mut next = seg + 1;
    if chosen.len() < 2 {
        if let Some(&s) = segments.get(next) {
            chosen = strip_connectives(kept(s), &low);
            next += 1;
        }
    }
    // "Harris said [Friday] that ...": a reporting clause gives the reported content.
    let reports = chosen.last().is_some_and(|&i| reporting_verb(&low[i]))
        || (chosen.len() >= 2 && reporting_verb(&low[chosen[chosen.len() - 2]]));
    let mut subject_name = opening_name(words, &drop);
    let mut out: Vec<String> = Vec::new();
    if reports {
        if let Some(&s) = segments.get(next) {
            let content = strip_connectives(kept(s), &low);
            if content.len() >= 2 {
                let speaker = shorten_subject(&chosen, words, &low);
                if let Some(last) = speaker.split(' ').next_back().filter(|l| !l.is_empty()) {
                    subject_name = Some(last.to_string());
                }
                let body = render(&content, words, &low, subject_name.as_deref());
                // "Harris said she would visit" → "Harris to visit": the speaker is already
                // the subject.
                let same = speaker
                    .split(' ')
                    .next_back()
                    .is_some_and(|last| body.starts_with(last));
                if !speaker.is_empty() && !body.is_empty() && !same {
                    return format!("{speaker}: {body}");
                }
                return body;
            }
        }
    }
    out.push(render(&chosen, words, &low, subject_name.as_deref()));
    out.join(" ")
}

/// Marks a time expression, the noun its possessive qualifies ("Friday's meeting") and the
/// prepositions that introduce it ("shortly before") as not part of the event phrase.
fn drop_time_phrase(words: &[&str], low: &[String], start: usize, end: usize, drop: &mut [bool]) {
    let n = drop.len();
    for d in drop.iter_mut().take(end.min(n)).skip(start) {
        *d = true;
    }
    let possessive = end > 0
        && words
            .get(end - 1)
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"));
    if possessive
        && words
            .get(end)
            .is_some_and(|w| w.chars().all(|c| c.is_lowercase()))
    {
        if let Some(d) = drop.get_mut(end) {
            *d = true;
        }
    }
    let mut k = start.min(n);
    while k > 0 && introducer(&low[k - 1]) {
        // "prior to": "to" goes only with "prior"
        if low[k - 1] == "to" && !(k >= 2 && low[k - 2] == "prior") {
            break;
        }
        k -= 1;
        drop[k] = true;
    }
}

/// The sentence's clauses: token ranges between punctuation and subordinators.
fn segments(low: &[String]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for (i, w) in low.iter().enumerate() {
        if clause_punct(w) || subordinator(w) {
            if i > s {
                out.push((s, i));
            }
            s = i + 1;
        }
    }
    if low.len() > s {
        out.push((s, low.len()));
    }
    // Trailing sentence marks belong to no word.
    out.into_iter()
        .map(|(a, b)| {
            let mut b = b;
            while b > a && matches!(low[b - 1].as_str(), "." | "!" | "?") {
                b -= 1;
            }
            (a, b)
        })
        .filter(|(a, b)| b > a)
        .collect()
}

fn strip_connectives(mut idx: Vec<usize>, low: &[String]) -> Vec<usize> {
    while idx.first().is_some_and(|&i| connective(&low[i])) {
        idx.remove(0);
    }
    idx
}

/// The person a sentence is about: the last word of its first run of capitalised words
/// ("U.S. Vice President Kamala Harris said..." → "Harris"), skipping the time phrase and a
/// capitalised first word that only opens the sentence ("Following Friday's meeting, ...").
fn opening_name(words: &[&str], drop: &[bool]) -> Option<String> {
    let cap = |i: usize| {
        words.get(i).is_some_and(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                && w.chars().any(|c| c.is_lowercase())
        }) && !drop.get(i).copied().unwrap_or(true)
    };
    let mut i = 0;
    while i < words.len() {
        if cap(i) {
            let mut j = i;
            while cap(j + 1) {
                j += 1;
            }
            // a capitalised function word only opens the sentence
            let opener = i == 0 && j == 0 && {
                let w = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
                connective(&w)
                    || matches!(
                        w.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "these"
                            | "those"
                            | "it"
                            | "its"
                            | "there"
                            | "here"
                            | "when"
                            | "if"
                            | "while"
                            | "after"
                            | "once"
                    )
            };
            if !opener {
                return words.get(j).map(|w| w.to_string());
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    None
}

/// The speaker of a reporting clause, without the reporting verb and long titles.
fn shorten_subject(idx: &[usize], words: &[&str], low: &[String]) -> String {
    let verb = idx
        .iter()
        .position(|&i| reporting_verb(&low[i]))
        .unwrap_or(idx.len());
    let subject = &idx[..verb];
    // "U.S. Vice President Kamala Harris" → "Kamala Harris"
    let caps: Vec<usize> = subject
        .iter()
        .copied()
        .filter(|&i| words[i].chars().next().is_some_and(|c| c.is_uppercase()))
        .collect();
    let pick: Vec<usize> = if caps.len() == subject.len() && caps.len() > 2 {
        caps[caps.len() - 2..].to_vec()
    } else {
        subject.to_vec()
    };
    pick.iter().map(|&i| words[i]).collect::<Vec<_>>().join(" ")
}

/// The phrase in headline style: a pronoun subject becomes the sentence's name, "will/would
/// visit" becomes "to visit", and it stops at a purpose clause or the word budget.
fn render(idx: &[usize], words: &[&str], low: &[String], name: Option<&str>) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut verb_seen = false;
    let mut k = 0;
    while k < idx.len() && out.len() < MAX_WORDS {
        let i = idx[k];
        let w = low[i].as_str();
        if k == 0 && pronoun(w) {
            if let Some(n) = name {
                out.push(n.to_string());
                k += 1;
                continue;
            }
        }
        if matches!(w, "will" | "would" | "'ll" | "shall") {
            // "would also discuss" → "to discuss"
            out.push("to".into());
            verb_seen = true;
            k += 1;
            while k < idx.len()
                && matches!(
                    low[idx[k]].as_str(),
                    "also" | "then" | "soon" | "now" | "be"
                )
                && low[idx[k]] != "be"
            {
                k += 1;
            }
            continue;
        }
        // a purpose or infinitive clause after the verb's object ends the event
        if w == "to" && verb_seen && out.len() >= 4 {
            let next = idx.get(k + 1).map(|&j| low[j].as_str()).unwrap_or("");
            if next.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its")
            {
                break;
            }
        }
        if w.ends_with("ed")
            || reporting_verb(w)
            || matches!(
                w,
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "must" | "can" | "could"
            )
        {
            verb_seen = true;
        }
        out.push(words[i].to_string());
        k += 1;
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(sentence: &str, timex: &str) -> String {
        let words: Vec<&str> = sentence.split(' ').collect();
        let t: Vec<&str> = timex.split(' ').collect();
        let start = (0..words.len())
            .find(|&i| words[i..].starts_with(&t))
            .unwrap();
        phrase(&words, start, start + t.len(), &[])
    }

    #[test]
    fn clauses_give_short_events() {
        let s = "Harris said Wednesday that she would visit Mexico and Guatemala on June 7-8 to search for solutions .";
        assert_eq!(ev(s, "June 7-8"), "Harris to visit Mexico and Guatemala");
        let words: Vec<&str> = s.split(' ').collect();
        assert_eq!(
            phrase(&words, 2, 3, &[(11, 13)]),
            "Harris to visit Mexico and Guatemala"
        );
        assert_eq!(
            ev("The president first mentioned the proposal at a climate summit last month , to the surprise of some .", "last month"),
            "The president first mentioned the proposal at a climate summit"
        );
        assert_eq!(
            ev("Lopez Obrador told reporters at his news conference shortly before Friday's meeting that he would talk .", "Friday's"),
            "Lopez Obrador told reporters at his news conference"
        );
    }
}
