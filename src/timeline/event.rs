//! A short event phrase for a dated expression, taken from the clause it belongs to:
//! "Harris said Wednesday that she would visit Mexico and Guatemala on June 7-8 to search for
//! solutions" gives "Harris to visit Mexico and Guatemala" for "June 7-8".
//!
//! There is no parser: the clause is cut out by punctuation and subordinating words, the time
//! expression and the preposition that introduces it are dropped, a pronoun subject takes the
//! name the sentence opened with, and the phrase stops at a purpose clause or a word budget.

/// Most words kept in a phrase; headlines rarely need more.
const MAX_WORDS: usize = 12;

/// Fewest words a cut at the budget backs off to; below that the cut stays where it fell.
const MIN_WORDS: usize = 3;

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
            | "over"
            | "throughout"
            | "within"
            | "into"
    )
}

/// Prepositions proper, as against the words that modify one ("shortly", "just"): two in a row
/// are a verb's particle and a preposition ("weigh in on Thursday's fight"), and only the
/// second introduces the time.
fn core_preposition(w: &str) -> bool {
    introducer(w)
        && !matches!(
            w,
            "shortly"
                | "prior"
                | "ahead"
                | "as"
                | "early"
                | "late"
                | "starting"
                | "beginning"
                | "earlier"
                | "later"
                | "just"
                | "around"
                | "about"
                | "following"
        )
}

/// Words a cut that hits the word budget can stop before: a preposition or a conjunction opens
/// a phrase of its own, so what comes before it is whole. "of" is left out: it binds its noun
/// to the one before ("Office of the Inspector General", "an order of 50 jets").
fn phrase_boundary(w: &str) -> bool {
    // "to" as often opens the verb of a clause as a phrase ("unrelated to her work")
    (core_preposition(w) && !matches!(w, "of" | "to"))
        || subordinator(w)
        || matches!(
            w,
            "with"
                | "under"
                | "onto"
                | "against"
                | "across"
                | "toward"
                | "towards"
                | "among"
                | "amid"
                | "via"
                | "per"
                | "without"
                | "near"
                | "behind"
                | "beyond"
                | "despite"
                | "including"
                | "about"
                | "around"
                | "and"
                | "or"
                | "but"
                | "as"
                | "when"
                | "than"
        )
}

/// Words a phrase cannot end on: they need what follows them ("in the", "was a", "Webb's",
/// "and"). Trimmed from the end of every phrase.
fn dangling(w: &str) -> bool {
    // "her" is an object as often: "he told her"
    (crate::words::is_determiner(w) && w != "her")
        // a subject left without its verb: "grabbed the girl as she [and her mother were]";
        // "it" and "you" are objects as often ("bought it", "told you")
        || (crate::words::is_subject_pronoun(w) && !matches!(w, "it" | "you"))
        || crate::words::is_auxiliary(w)
        || crate::words::is_modal(w)
        // "over" ends "the hearing is over" by right
        || ((phrase_boundary(w) || core_preposition(w)) && w != "over")
        || w.ends_with("'s")
        || w.ends_with("\u{2019}s")
        || matches!(
            w,
            "be" | "been"
                | "being"
                | "having"
                | "not"
                | "what"
                | "how"
                | "why"
                | "very"
                | "so"
                | "such"
                | "'ll"
                | "am"
                // they need their preposition: "based [on]", "according [to]"
                | "based"
                | "according"
                | "compared"
                | "depending"
                | "regardless"
                | "owing"
        )
        || clause_punct(w)
        || matches!(w, "-" | "--" | "&" | "$" | "#" | "@" | "/")
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

/// A finite verb opening a clause: a past form or an auxiliary.
fn starts_with_verb(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 4 && w.chars().all(|c| c.is_ascii_lowercase()))
        || matches!(
            w,
            "was"
                | "were"
                | "has"
                | "had"
                | "is"
                | "are"
                | "will"
                | "would"
                | "said"
                | "told"
                | "met"
                | "went"
                | "came"
                | "left"
                | "made"
                | "took"
                | "fled"
                | "won"
                | "lost"
                | "began"
                | "held"
                | "spoke"
                | "gave"
                | "became"
                | "drew"
                | "flew"
                | "grew"
                | "threw"
                | "knew"
                | "saw"
                | "wrote"
                | "rose"
                | "fell"
                | "sold"
                | "bought"
                | "sent"
                | "built"
                | "paid"
                | "struck"
                | "caught"
                | "brought"
                | "thought"
                | "chose"
                | "broke"
                | "drove"
                | "fought"
                | "sought"
                | "ran"
                | "stood"
                | "spent"
        )
}

/// Past participles that do not end in "-ed" and are no past tense as well ("seen as vital",
/// "known as"); those that are ("held", "built") are in [`starts_with_verb`].
fn irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "seen"
            | "known"
            | "given"
            | "taken"
            | "born"
            | "shown"
            | "written"
            | "chosen"
            | "driven"
            | "drawn"
            | "thrown"
            | "hidden"
            | "spoken"
            | "broken"
            | "stolen"
            | "beaten"
            | "forgotten"
            | "frozen"
    )
}

/// A word that carries a clause's tense: a past form, a reporting verb, an auxiliary or a modal.
fn finite_verb(w: &str) -> bool {
    starts_with_verb(w)
        || reporting_verb(w)
        || crate::words::is_auxiliary(w)
        || crate::words::is_modal(w)
}

/// The forms of "be" that make a passive or take a complement ("were reported", "was the
/// year"); "am" is left out as in [`crate::words::is_auxiliary`].
fn form_of_be(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
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

/// `words` are the sentence's tokens and `low` the same lowercased (made once per sentence by
/// the caller, not once per date), `glued[i]` says token `i` touches the one before it in
/// the source ("$" "200", "12" "-" "inch"); the time expression covers `start..end` of them and
/// `others` are the other time expressions of the sentence, left out of the phrase as well.
pub fn phrase(
    words: &[&str],
    low: &[String],
    glued: &[bool],
    start: usize,
    end: usize,
    others: &[(usize, usize)],
) -> String {
    let w = Words { words, glued };
    let (drop, inside) = time_words(words, low, start, end, others);
    let segments = segments(words, low, &inside);
    let Some(seg) = segments.iter().position(|&(a, b)| a <= start && start < b) else {
        return String::new();
    };
    let (chosen, next) = event_clause(&segments, seg, low, &drop);
    let opening = opening_name(words, low, &drop);
    let subject_name = opening.as_ref().map(|(_, n)| n.clone());
    let mut out: Vec<String> = Vec::new();
    // "Harris said [Friday] that ...": a reporting clause gives the reported content.
    if reports(&chosen, words, low) {
        if let Some(&s) = segments.get(next) {
            let content = kept_words(s, low, &drop);
            if content.len() >= 2 {
                return report(&chosen, &content, &w, low, subject_name);
            }
        }
    }
    // "Tsvangirai, who had been abroad, returned to Harare on Wednesday": a clause that starts
    // with its verb takes the sentence's person as subject.
    // The subject is the name closest before the clause, past any relative clause: "Grace,
    // a former typist who started ..." is Grace's, "Morgan Tsvangirai, who has been ...,
    // returned" Tsvangirai's.
    // "..., followed by new tariffs on steel": a participle with its agent has no subject of
    // its own, and the sentence's first name is none
    let participle = chosen.len() >= 2 && low[chosen[0]].ends_with("ed") && low[chosen[1]] == "by";
    let verb_first = !participle && chosen.first().is_some_and(|&i| starts_with_verb(&low[i]));
    // "it's fair to guess that will be the case again": the verb's subject is the pronoun
    // "that", which names nothing here
    let mut subject_is_that = false;
    if verb_first {
        let at = chosen.first().map_or(0, |&i| {
            segments
                .iter()
                .position(|&(a, b)| a <= i && i < b)
                .unwrap_or(0)
        });
        let before = name_before(&segments, at, &w, low, &drop);
        // a relative clause is about the words before it, not the sentence's person
        let relative = segments
            .get(at)
            .is_some_and(|&(a, _)| relative_clause(low, a));
        let fallback = subject_name.clone().filter(|_| !relative);
        let start = segments.get(at).map_or(0, |&(a, _)| a);
        // "guess that will be": right after "that", a verb has "that" for its subject, unless
        // it follows a noun phrase
        let subject = if start > 0 && low[start - 1] == "that" {
            // "a marathon series that ended": the noun phrase before "that" is its subject
            let head = start.saturating_sub(2);
            let np = noun_phrase_ending(head, 0, low, &drop)
                .map(|det| w.join(&(det..=head).collect::<Vec<_>>()));
            // (after a word, not a mark: ", that made a splash" and a sentence's "That
            // changed" refer back to what was said)
            subject_is_that =
                np.is_none() && start >= 2 && low[start - 2].chars().all(char::is_alphabetic);
            np
        } else {
            before.or(fallback)
        };
        if let Some(name) = subject {
            out.push(name);
        }
    }
    // A pronoun stands for a name before it, never for one later in its own clause ("he
    // emailed Gaiman", "he took the child to the Suites hotel").
    let later = matches!((&opening, chosen.first()), (Some((p, _)), Some(&c)) if *p >= c);
    let name = if later { None } else { subject_name.as_deref() };
    // ... and "to be the case again" says nothing: no clean phrase is left
    if subject_is_that {
        return String::new();
    }
    let body = render(&chosen, &w, low, name);
    out.push(body);
    out.retain(|s| !s.is_empty());
    out.join(" ")
}

/// Which words of the sentence go from the phrase (`.0`: the time phrases, with their
/// prepositions and the noun phrases they make adverbial) and which words are inside a time
/// phrase (`.1`: their marks part no clauses).
fn time_words(
    words: &[&str],
    low: &[String],
    start: usize,
    end: usize,
    others: &[(usize, usize)],
) -> (Vec<bool>, Vec<bool>) {
    let n = words.len();
    let mut drop = vec![false; n];
    for &(a, b) in others.iter().chain(std::iter::once(&(start, end))) {
        // "2019 was the year of wireless earbuds": another time phrase that is the
        // complement of "be" is what the clause says, not when
        let complement = (a, b) != (start, end)
            && a > 0
            && form_of_be(&low[a - 1])
            && matches!(low[a].as_str(), "the" | "a" | "an");
        if complement {
            continue;
        }
        match noun_modifier(words, low, a, b) {
            Some(Modifier::Argument) => {}
            Some(Modifier::Adverbial(det, head)) => {
                drop_time_phrase(words, low, det, b, &mut drop);
                for d in drop.iter_mut().take(head).skip(b) {
                    *d = true;
                }
            }
            None => drop_time_phrase(words, low, a, b, &mut drop),
        }
    }
    // "from 2011 to 2013": the word between two dropped time phrases goes with them.
    for i in 1..n.saturating_sub(1) {
        if drop[i - 1]
            && drop[i + 1]
            && matches!(
                low[i].as_str(),
                "to" | "and" | "through" | "-" | "\u{2013}" | "or"
            )
        {
            drop[i] = true;
        }
    }
    // Marks and subordinators inside a time phrase ("July 27, 2006", "later that evening")
    // part no clauses.
    let mut inside = vec![false; n];
    for &(a, b) in others.iter().chain(std::iter::once(&(start, end))) {
        for x in inside.iter_mut().take(b.min(n)).skip(a) {
            *x = true;
        }
    }
    keep_subject_times(low, &inside, &mut drop);
    (drop, inside)
}

/// The clause that names the event of the time phrase in clause `seg`, as the indices of its
/// kept words, and the clause after it (the reported content, if it is a report).
fn event_clause(
    segments: &[(usize, usize)],
    seg: usize,
    low: &[String],
    drop: &[bool],
) -> (Vec<usize>, usize) {
    let mut chosen = kept_words(segments[seg], low, drop);
    // "go on sale Friday, December 6, at 10 a.m. via Live Nation": a chain of time phrases
    // belongs to the clause before it; what trails the last one, with no verb, is no event
    let verbish = |i: usize| finite_verb(&low[i]);
    let (a0, _) = segments[seg];
    // the clause before ends on a time phrase, one mark before this one's
    let chained = seg >= 1
        && drop[a0]
        && segments[seg - 1].1 + 1 == a0
        && drop[segments[seg - 1].1 - 1]
        && !chosen.iter().any(|&i| verbish(i));
    if chained {
        if let Some(c) = (0..seg)
            .rev()
            .map(|j| kept_words(segments[j], low, drop))
            .find(|c| c.len() >= 2)
        {
            chosen = c;
        }
    }
    // A clause that was nothing but the time phrase ("Following Friday's meeting,") names its
    // event in the next clause.
    let mut next = seg + 1;
    // ... but not in a relative clause about the date itself ("Even this past January, which
    // was unseasonably mild, there were 750 leaks").
    if chosen.len() < 2
        && segments
            .get(next)
            .is_some_and(|&(a, _)| relative_clause(low, a))
    {
        next += 1;
    }
    // A lone verb is a clause of its own ("a series that ended [close to 2 a.m.]"): its
    // subject comes from before it, below.
    let lone_verb = chosen.len() == 1 && starts_with_verb(&low[chosen[0]]);
    if chosen.len() < 2 && !lone_verb {
        if let Some(&s) = segments.get(next) {
            chosen = kept_words(s, low, drop);
            next += 1;
        }
    }
    // A time phrase closing the sentence ("..., in 1957.") names the event of the clause
    // before it, past a short apposition ("in East Chicago, Indiana, in 1957").
    // Words, not handles or figures: "— Name (@handle) November 18, 2019" names no event.
    let wordy = |c: &Vec<usize>| {
        c.iter()
            .filter(|&&i| {
                low[i].chars().count() > 1
                    && low[i]
                        .chars()
                        .all(|ch| ch.is_alphabetic() || ch == '\'' || ch == '\u{2019}' || ch == '-')
            })
            .count()
            >= 2
    };
    // ... and so does one left with a stray word ("(even on Black Friday)").
    // ... past an apposition that opens with a participle ("the territories, seen as vital,
    // in the 1971 war"), if a clause is there
    if !wordy(&chosen) && segments.get(seg + 1).is_none() {
        let participle = |c: &Vec<usize>| {
            c.first().is_some_and(|&i| {
                let l = low[i].as_str();
                (starts_with_verb(l)
                    && !crate::words::is_auxiliary(l)
                    && !crate::words::is_modal(l))
                    || irregular_participle(l)
            })
        };
        let before: Vec<Vec<usize>> = (seg.saturating_sub(3)..seg)
            .rev()
            .map(|j| kept_words(segments[j], low, drop))
            .filter(|c| wordy(c))
            .collect();
        if let Some(c) = before.iter().find(|c| !participle(c)).or(before.first()) {
            chosen = c.clone();
        }
    }
    (chosen, next)
}

/// A clause that frames a report: it ends on its reporting verb ("Harris said"), or on the
/// verb and one listener, a name or a pronoun ("told AFP", "told him"). "reported third-quarter
/// earnings [that topped estimates]" has a thing, not a listener, and a passive ("3248 cases
/// were reported") reports nothing.
fn reports(chosen: &[usize], words: &[&str], low: &[String]) -> bool {
    let len = chosen.len();
    let listener = |i: usize| {
        words[i].starts_with(char::is_uppercase)
            || matches!(low[i].as_str(), "him" | "her" | "them" | "us" | "me")
    };
    let frame = |v: usize| {
        reporting_verb(&low[chosen[v]]) && !chosen[..v].iter().any(|&i| form_of_be(&low[i]))
    };
    (len >= 1 && frame(len - 1)) || (len >= 2 && frame(len - 2) && listener(chosen[len - 1]))
}

/// "Speaker: content" for a reporting clause `frame` and the clause it reports; a pronoun
/// subject of the content stands for the speaker, or failing one for `name`.
fn report(
    frame: &[usize],
    content: &[usize],
    w: &Words,
    low: &[String],
    name: Option<String>,
) -> String {
    let speaker = shorten_subject(frame, w, low);
    let last = speaker.split(' ').next_back().filter(|l| !l.is_empty());
    let name = last.map(str::to_string).or(name);
    let body = render(content, w, low, name.as_deref());
    // "Harris said she would visit" → "Harris to visit": the speaker is already the subject
    let same = last.is_some_and(|last| body.starts_with(last));
    if !speaker.is_empty() && !body.is_empty() && !same {
        return format!("{speaker}: {body}");
    }
    body
}

/// The sentence's tokens with their spacing in the source, so that a phrase reads "$200" and
/// "12-inch" as the page wrote them, not "$ 200" and "12 - inch".
struct Words<'a> {
    words: &'a [&'a str],
    glued: &'a [bool],
}

impl Words<'_> {
    /// Token `i` touches token `i - 1` in the source.
    fn glued(&self, i: usize) -> bool {
        i > 0 && self.glued.get(i).copied().unwrap_or(false)
    }

    /// The tokens `idx` (in order) as the source spaces them: a space between tokens that
    /// were apart in the source or that a dropped word stood between.
    fn join(&self, idx: &[usize]) -> String {
        let mut out = String::new();
        for (k, &i) in idx.iter().enumerate() {
            if k > 0 && !(idx[k - 1] + 1 == i && self.glued(i)) {
                out.push(' ');
            }
            out.push_str(self.words[i]);
        }
        out
    }
}

/// The start of the noun phrase that ends at `head`, no earlier than `from`: a determiner and
/// up to four plain words ("the new reading scheme", "the Democratic primary"). It is the
/// subject of a "that" or "which" clause right after it.
fn noun_phrase_ending(head: usize, from: usize, low: &[String], drop: &[bool]) -> Option<usize> {
    let plain = |k: usize| {
        !drop[k]
            && low[k].chars().all(|c| c.is_lowercase() || c == '-')
            && !dangling(&low[k])
            && !starts_with_verb(&low[k])
            && !reporting_verb(&low[k])
    };
    if head <= from || !plain(head) {
        return None;
    }
    let mut s = head;
    while s > from + 1 && head - s < 3 && plain(s - 1) {
        s -= 1;
    }
    let det = s - 1;
    crate::words::is_determiner(&low[det]).then_some(det)
}

/// A clause opened by a relative pronoun: it describes the word before, it is no event.
fn relative_clause(low: &[String], start: usize) -> bool {
    start > 0 && matches!(low[start - 1].as_str(), "which" | "who" | "whom" | "whose")
}

/// The last name-like word of the nearest clause before `seg` that is not a relative clause.
fn name_before(
    segments: &[(usize, usize)],
    seg: usize,
    w: &Words,
    low: &[String],
    drop: &[bool],
) -> Option<String> {
    // "after the departure of Mr Mugabe, who has led ...": a relative clause is about the words
    // right before it, even when those are a relative clause themselves
    let own_relative = segments
        .get(seg)
        .is_some_and(|&(a, _)| relative_clause(low, a));
    // "..., but capitalized on ...": a verb joined by a conjunction shares the first clause's
    // subject
    let coordinated = segments
        .get(seg)
        .is_some_and(|&(a, _)| matches!(low[a].as_str(), "but" | "and" | "yet" | "or"));
    let words = w.words;
    let verbish = |i: usize| finite_verb(&low[i]);
    // the clause before a relative clause is what it describes: "964,000 people, which
    // account for 0.4 percent, reported ..."
    let mut antecedent = false;
    // ... and failing a name further back, the words right before a relative clause are its
    // subject: "the campaign, which will be in its third year"
    let mut nearest = None;
    for j in (0..seg.min(segments.len())).rev() {
        let (a, b) = segments[j];
        if relative_clause(low, a) && !(own_relative && j + 1 == seg) {
            antecedent = true;
            continue;
        }
        // a quoted title or remark ("the “Read more” drive") is no one's name
        let quoted = a > 0 && quote_mark(&low[a - 1]) && low.get(b).is_some_and(|q| quote_mark(q));
        if quoted {
            antecedent = false;
            continue;
        }
        if j == 0 {
            if let Some(s) = opening_subject((a, b), coordinated, w, low, drop) {
                return Some(s);
            }
        }
        // A capital before a lower-case noun modifies it ("the Democratic primary"): a name
        // ends its noun phrase.
        let modifier = |i: usize| {
            i + 1 < b
                && low[i + 1].chars().all(|c| c.is_ascii_lowercase())
                && !verbish(i + 1)
                && !dangling(&low[i + 1])
        };
        let name = (a..b).rev().find(|&i| {
            !drop[i]
                && !sentence_opener(&low[i])
                && words[i].chars().next().is_some_and(|c| c.is_uppercase())
                && words[i].chars().any(|c| c.is_lowercase())
                && !words[i].ends_with("'s")
                && !words[i].ends_with("\u{2019}s")
                && !modifier(i)
        });
        // the clause right before its own relative clause: a noun phrase closing it is what
        // the relative clause is about, not a name earlier in the clause ("Residents backed
        // the new scheme, which will reach ..."); a name further back still wins, as an
        // apposition's ("Grace, a former typist who ...")
        // (a name that closes it, "the Black Death, which", is found as a name below)
        let head = b - 1;
        let np = (own_relative && j + 1 == seg && words[head].starts_with(char::is_lowercase))
            .then(|| noun_phrase_ending(head, a, low, drop))
            .flatten();
        if let Some(det) = np {
            let np = w.join(&(det..=head).collect::<Vec<_>>());
            // the noun phrase is the whole clause: it may be an apposition to a name before
            if det > a {
                return Some(np);
            }
            nearest = Some(np);
            antecedent = false;
            continue;
        }
        if let Some(i) = name {
            return Some(words[i].to_string());
        }
        let kept: Vec<usize> = (a..b).filter(|&i| !drop[i]).collect();
        let short = (1..=6).contains(&kept.len()) && !kept.iter().any(|&i| verbish(i));
        if antecedent && short {
            return Some(w.join(&kept));
        }
        if own_relative && j + 1 == seg && short && !dangling(&low[b - 1]) {
            nearest = Some(w.join(&kept));
        }
        antecedent = false;
    }
    nearest
}

/// The sentence's first clause `(a, b)` as a subject: a short noun phrase, alone ("The
/// attackers, clad in uniforms, stormed ...") or before its verb when the clause that needs a
/// subject is joined to it by a conjunction (`coordinated`: "The French duo squandered two
/// match points, but capitalized ..."). "When developing the" is none (it opens a clause and
/// ends on an article), nor is "It was" (a pronoun).
fn opening_subject(
    (a, b): (usize, usize),
    coordinated: bool,
    w: &Words,
    low: &[String],
    drop: &[bool],
) -> Option<String> {
    let words = w.words;
    let verbish = |i: usize| finite_verb(&low[i]);
    let e = if coordinated {
        (a..b).find(|&i| verbish(i)).unwrap_or(b)
    } else {
        b
    };
    let noun_phrase = e > a
        && !dangling(&low[e - 1])
        && !matches!(
            low[a].as_str(),
            "when"
                | "while"
                | "after"
                | "before"
                | "if"
                | "as"
                | "since"
                | "once"
                | "until"
                | "it"
                | "there"
                | "this"
                | "that"
        )
        && !crate::words::is_subject_pronoun(&low[a])
        && (low[a].len() <= 4 || !low[a].ends_with("ing"));
    if !(e - a <= 4 && noun_phrase && (a..e).all(|i| !drop[i] && !verbish(i))) {
        return None;
    }
    // a bare name goes by its last word, headline style
    let all_caps = (a..e).all(|i| words[i].chars().next().is_some_and(|c| c.is_uppercase()));
    Some(if all_caps {
        words[e - 1].to_string()
    } else {
        w.join(&(a..e).collect::<Vec<_>>())
    })
}

fn quote_mark(w: &str) -> bool {
    matches!(
        w,
        "\"" | "\u{201c}" | "\u{201d}" | "\u{2018}" | "\u{2019}" | "''" | "``"
    )
}

/// How a time expression that modifies a noun goes.
enum Modifier {
    /// The noun phrase is the clause's subject or object ("the report and Monday's
    /// announcement came"): it stays whole, date and all.
    Argument,
    /// The noun phrase is the clause's time ("Following Friday's meeting", "the key lesson
    /// from the Q3 results season"): it goes whole, from the determiner at `.0` to the end of
    /// its head at `.1`, so that no modifier is left without its head ("from the results
    /// season").
    Adverbial(usize, usize),
}

/// A time expression inside a noun phrase, before its head noun ("Monday's announcement",
/// "the Q3 results season").
fn noun_modifier(words: &[&str], low: &[String], start: usize, end: usize) -> Option<Modifier> {
    let (Some(last), Some(next)) = (end.checked_sub(1).and_then(|k| words.get(k)), low.get(end))
    else {
        return None;
    };
    let possessive = last.ends_with("'s") || last.ends_with("\u{2019}s");
    // a year may modify a name too: "the 1967 Six-Day War", "the 2020 Games"
    let year = !possessive && last.chars().any(|c| c.is_ascii_digit());
    let case = |k: usize| {
        words[k].starts_with(char::is_lowercase) || year && words[k].starts_with(char::is_uppercase)
    };
    if start >= end || !case(end) {
        return None;
    }
    // no demonstrative: in "this June", "that week" it is the time expression's own word
    let det = |w: &str| matches!(w, "the" | "a" | "an") || crate::words::is_possessive(w);
    let determined = det(&low[start]) || start > 0 && det(&low[start - 1]);
    // a noun: no verb, function word or adverb ("the day before", "a week later", "the year
    // ending"), and only after a possessive an -ing word ("Sunday's opening")
    let noun = |next: &String| {
        next.chars().all(|c| c.is_alphabetic() || c == '-')
            && !dangling(next)
            && !starts_with_verb(next)
            && !reporting_verb(next)
            && !introducer(next)
            && !next.ends_with("ly")
            && (possessive || !next.ends_with("ing"))
            && !matches!(
                next.as_str(),
                // (the demonstratives are dangling, above)
                "ago"
                    | "it"
                    | "there"
                    | "you"
                    | "again"
                    | "back"
                    | "alone"
                    | "only"
                    | "too"
                    | "local"
                    | "time"
                    | "last"
                    | "next"
            )
    };
    if !(noun(next) && (possessive || determined)) {
        return None;
    }
    // the head: up to three nouns ("the Q3 results season")
    let head = (end..low.len().min(end + 3))
        .take_while(|&k| noun(&low[k]) && case(k) && (k == end || !low[k].ends_with("ing")))
        .last()
        .map_or(end + 1, |k| k + 1);
    let det_at = if !det(&low[start]) && start > 0 && det(&low[start - 1]) {
        start - 1
    } else {
        start
    };
    // Without a preposition it is a subject or object ("The September quarter earnings were",
    // "the audit and Monday's ruling"). With one, it is the clause's time when it opens the
    // clause ("In the 2019 season, ..."), when the preposition is one of time ("shortly before
    // Friday's meeting") or when a possessive date names the occasion ("weigh in on Sunday's
    // match"); otherwise it belongs to the noun before ("the title track of their 1976 album",
    // "the key lesson from the Q3 results season"). "As the year ends" is a clause.
    let Some(prep) = det_at
        .checked_sub(1)
        .map(|k| low[k].as_str())
        .filter(|w| introducer(w) && *w != "as")
    else {
        return Some(Modifier::Argument);
    };
    let mut k = det_at - 1;
    while k > 0 && introducer(&low[k - 1]) {
        k -= 1;
    }
    let opens = k == 0 || {
        let w = low[k - 1].as_str();
        clause_punct(w) || subordinator(w) || quote_mark(w) || connective(w)
    };
    // ("ahead of the 2024 vote": any preposition of the run)
    let temporal = low[k..det_at].iter().any(|p| time_preposition(p));
    let occasion = possessive && matches!(prep, "on" | "at" | "in");
    let adverbial = opens || temporal || occasion;
    Some(if adverbial {
        Modifier::Adverbial(det_at, head)
    } else {
        Modifier::Argument
    })
}

/// Prepositions (and their modifiers) that place an event in time by what they introduce:
/// "before the 2024 vote", "shortly after Friday's meeting"; "of", "from", "at" do not.
fn time_preposition(w: &str) -> bool {
    matches!(
        w,
        "before"
            | "after"
            | "following"
            | "since"
            | "until"
            | "till"
            | "during"
            | "ahead"
            | "prior"
            | "throughout"
            | "through"
            | "by"
            | "within"
            | "over"
            | "starting"
            | "beginning"
            | "earlier"
            | "later"
            | "shortly"
            | "around"
    )
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
    // "2 a.m. local time", "9 p.m. GMT": the clock's zone goes with it
    if low.get(end).is_some_and(|w| w == "local") && low.get(end + 1).is_some_and(|w| w == "time") {
        drop[end] = true;
        drop[end + 1] = true;
    } else if low.get(end).is_some_and(|w| time_zone(w)) {
        drop[end] = true;
    }
    // "at close to 2 a.m.", "at roughly 9 p.m.": a word that makes the time approximate goes
    // with it, right before it or before its "to"
    let approximate = |w: &str| {
        matches!(
            w,
            "close" | "nearly" | "almost" | "roughly" | "approximately" | "exactly" | "precisely"
        )
    };
    let mut k = start.min(n);
    while k > 0
        && (introducer(&low[k - 1]) || approximate(&low[k - 1]) && (k == start || low[k] == "to"))
    {
        // "prior to", "close to": "to" goes only with them
        if low[k - 1] == "to" && !(k >= 2 && matches!(low[k - 2].as_str(), "prior" | "close")) {
            break;
        }
        // "weigh in on Thursday": a preposition before a preposition is the verb's particle
        if k < start && core_preposition(&low[k]) && core_preposition(&low[k - 1]) {
            break;
        }
        k -= 1;
        drop[k] = true;
    }
}

/// Time zones written after a clock time.
fn time_zone(w: &str) -> bool {
    matches!(
        w,
        "gmt"
            | "utc"
            | "et"
            | "est"
            | "edt"
            | "ct"
            | "cst"
            | "cdt"
            | "mt"
            | "mst"
            | "mdt"
            | "pt"
            | "pst"
            | "pdt"
            | "bst"
            | "cet"
            | "cest"
            | "ist"
            | "jst"
            | "aest"
    )
}

/// "2021 and 2022 will begin to see ...": a time phrase that opens its clause and is followed
/// by its verb is the clause's subject, and the clause reads as nothing without it. Such a run
/// of dropped words (not one an introducer opens: "the interview aired at the weekend was") is
/// kept.
fn keep_subject_times(low: &[String], inside: &[bool], drop: &mut [bool]) {
    let n = drop.len();
    let mut a = 0;
    while a < n {
        if !drop[a] {
            a += 1;
            continue;
        }
        let mut b = a;
        while b < n && drop[b] {
            b += 1;
        }
        let verb_next = low
            .get(b)
            .is_some_and(|w| crate::words::is_auxiliary(w) || crate::words::is_modal(w));
        // ... and it opens its clause: "The vote today is over" has a subject already
        let opens = a == 0 || {
            let p = low[a - 1].as_str();
            clause_punct(p)
                || subordinator(p)
                || reporting_verb(p)
                || opinion_verb(p)
                || matches!(p, "and" | "but")
        };
        if verb_next && opens && inside[a] {
            for d in drop.iter_mut().take(b).skip(a) {
                *d = false;
            }
        }
        a = b;
    }
}

/// Verbs of opinion whose object is often a clause without "that" ("I think 2021 will be
/// ..."). Present forms only: a past form ("hoped", "expected") is as often a participle, and
/// the past ones that report ("said", "believed") are [`reporting_verb`]s.
fn opinion_verb(w: &str) -> bool {
    matches!(
        w,
        "think"
            | "thinks"
            | "expect"
            | "expects"
            | "say"
            | "believe"
            | "hope"
            | "hopes"
            | "suspect"
            | "suspects"
            | "predict"
            | "predicts"
            | "reckon"
            | "reckons"
            | "guess"
            | "suppose"
            | "fear"
            | "fears"
            | "bet"
    )
}

/// The sentence's clauses: token ranges between punctuation and subordinators.
fn segments(words: &[&str], low: &[String], inside: &[bool]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    // whether the clause so far has a verb: kept as the scan goes, so that no comma looks back
    // over its whole clause (a clause of a thousand list commas would be quadratic)
    let mut verb = false;
    for (i, w) in low.iter().enumerate() {
        if (clause_punct(w) || subordinator(w))
            && !inside.get(i).copied().unwrap_or(false)
            && !list_comma(words, low, inside, i, s, verb)
        {
            if i > s {
                out.push((s, i));
            }
            s = i + 1;
            verb = false;
            continue;
        }
        verb |= finite_verb(w);
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

/// A comma between the items of a list ("our military, economic and cultural ties") parts no
/// clauses: the words on either side of it are plain lower-case words, and one to three later
/// comes "and"/"or" or the next such comma. A clause opened by a preposition or subordinator
/// ends at its comma all the same ("After the talks, officials and aides left"), and so does
/// a time phrase ("On Monday, police and ...").
/// `clause` is where the comma's clause starts and `verb` says whether it has a verb before
/// the comma. Linear: each comma looks at most a dozen words ahead and none back.
fn list_comma(
    words: &[&str],
    low: &[String],
    inside: &[bool],
    i: usize,
    clause: usize,
    verb: bool,
) -> bool {
    if low[i] != "," || i == 0 || clause >= i {
        return false;
    }
    let plain = |k: usize| {
        low.get(k).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_alphabetic)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !dangling(w)
                && !starts_with_verb(w)
                && !reporting_verb(w)
                && !matches!(w.as_str(), "it" | "there" | "then" | "also")
        }) && !inside.get(k).copied().unwrap_or(true)
    };
    // Names are left out: a list of them is as often the subject of the next clause, and the
    // budget would cut it from its verb ("founding members Ann Lee, Bo Park, ...").
    let lower = |k: usize| !words[k].starts_with(char::is_uppercase);
    if !plain(i - 1) || !plain(i + 1) || !lower(i - 1) || !lower(i + 1) {
        return false;
    }
    let opening = low[clause].as_str();
    // (an opening phrase has no verb: "In 2015 the team measured samples of clay, sand and
    // silt" is a clause)
    if !verb
        && (introducer(opening)
            || subordinator(opening)
            || matches!(
                opening,
                "when"
                    | "once"
                    | "despite"
                    | "amid"
                    | "among"
                    | "like"
                    | "unlike"
                    | "with"
                    | "without"
            ))
    {
        return false;
    }
    let mut run = 0;
    for (k, w) in low.iter().enumerate().take(i + 13).skip(i + 1) {
        match w.as_str() {
            "and" | "or" => return (1..=3).contains(&run),
            "," if (1..=3).contains(&run) => run = 0,
            _ if plain(k) && run < 3 => run += 1,
            _ => return false,
        }
    }
    false
}

/// The words of `segment` the phrase may show: not those of a time expression (`drop`), nor
/// connectives or marks at its edges.
fn kept_words((a, b): (usize, usize), low: &[String], drop: &[bool]) -> Vec<usize> {
    strip_connectives((a..b).filter(|&i| !drop[i]).collect(), low)
}

/// Marks with no word in them ("--" before a tour stop, "|" of a byline, the "*" of a
/// footnote) are no part of an event at either end; "%" and quotation marks are kept.
fn strip_connectives(mut idx: Vec<usize>, low: &[String]) -> Vec<usize> {
    let mark = |i: usize| {
        !low[i].is_empty()
            && low[i].chars().all(|c| {
                matches!(
                    c,
                    '-' | '\u{2013}' | '\u{2014}' | '|' | '*' | '+' | '\u{2022}' | '.'
                )
            })
    };
    let lead = idx
        .iter()
        .take_while(|&&i| connective(&low[i]) || mark(i))
        .count();
    idx.drain(..lead);
    while idx.last().is_some_and(|&i| mark(i)) {
        idx.pop();
    }
    idx
}

/// The person a sentence is about: the last word of its first run of capitalised words
/// ("U.S. Vice President Kamala Harris said..." → "Harris"), skipping the time phrase and a
/// capitalised first word that only opens the sentence ("Following Friday's meeting, ...").
fn opening_name(words: &[&str], low: &[String], drop: &[bool]) -> Option<(usize, String)> {
    // A subject is followed by its verb or an apposition: "Harris said", "Mr Obama will",
    // "Grace, a former typist"; "Further afield" or "No single issue" name no one.
    let subject_at = |j: usize| {
        let Some(next) = (j + 1..words.len()).find(|&k| !drop.get(k).copied().unwrap_or(true))
        else {
            return true;
        };
        let n = low[next].as_str();
        matches!(n, "," | "(")
            // "Andrew doesn’t remember"
            || n.ends_with("n't")
            || n.ends_with("n\u{2019}t")
            || finite_verb(n)
            || (n.len() > 3
                && n.ends_with('s')
                && !n.ends_with("ss")
                && n.chars().all(|c| c.is_ascii_lowercase()))
    };
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
                let w = low.first().map_or("", String::as_str);
                // "It's the third extension": a pronoun with its verb is no name either
                let bare = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix("\u{2019}s"))
                    .unwrap_or(w);
                sentence_opener(bare)
                    // "Fuelling speculation, ...": a lone -ing or -ly word opens a clause
                    || (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ly")))
            };
            if !opener && subject_at(j) {
                return words.get(j).map(|w| (j, w.to_string()));
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    None
}

/// A capitalised word that only opens a sentence or clause: "The", "Despite", "Fuelling".
fn sentence_opener(w: &str) -> bool {
    connective(w)
        || crate::words::is_determiner(w)
        || matches!(
            w,
            "it" | "there"
                | "here"
                | "when"
                | "if"
                | "while"
                | "after"
                | "once"
                | "even"
                | "despite"
                | "although"
                | "though"
                | "because"
                | "amid"
                | "among"
                | "according"
                | "without"
                | "like"
                | "unlike"
                | "some"
                | "many"
                | "most"
                | "all"
                | "one"
        )
}

/// The speaker of a reporting clause, without the reporting verb and long titles.
fn shorten_subject(idx: &[usize], w: &Words, low: &[String]) -> String {
    let words = w.words;
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
    w.join(&pick)
}

/// A piece of a rendered phrase: a token of the sentence or a word the phrase puts in (the
/// name for a pronoun, the "to" for a modal).
struct Piece {
    text: String,
    /// It touches the piece before in the source ("$" "200"): no space between them.
    glued: bool,
    /// The sentence token it shows, `None` for a word put in.
    token: Option<usize>,
}

impl Piece {
    /// Lowercased: a token's is the sentence's, borrowed; only a word put in is lowered anew.
    fn low<'a>(&'a self, low: &'a [String]) -> std::borrow::Cow<'a, str> {
        match self.token {
            Some(i) => std::borrow::Cow::Borrowed(low[i].as_str()),
            None => std::borrow::Cow::Owned(self.text.to_lowercase()),
        }
    }

    fn capital(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The phrase in headline style: a pronoun subject becomes the sentence's name, "will/would
/// visit" becomes "to visit", and it stops at a purpose clause or the word budget. A cut by
/// the budget backs off to where a phrase starts, and no phrase ends on a word that needs
/// what follows it.
fn render(idx: &[usize], w: &Words, low: &[String], name: Option<&str>) -> String {
    let mut out = headline(idx, w, low, name);
    cut_at_budget(&mut out, low);
    trim_dangling(&mut out, low);
    let mut text = String::new();
    for (k, p) in out.iter().enumerate() {
        if k > 0 && !p.glued {
            text.push(' ');
        }
        text.push_str(&p.text);
    }
    text
}

/// The clause's words in headline style, a pronoun subject named and the first future modal
/// made "to", up to one word past the budget (to know whether the budget cut) or a bound on
/// the pieces.
fn headline(idx: &[usize], w: &Words, low: &[String], name: Option<&str>) -> Vec<Piece> {
    let words = w.words;
    // The phrase's pieces: text, whether it touches the piece before, and its token.
    let mut out: Vec<Piece> = Vec::new();
    // words so far, kept as they come: a long run of glued tokens (a URL) is counted once
    let mut nwords = 0;
    let push = |out: &mut Vec<Piece>, i: usize| {
        let glued = out
            .last()
            .is_some_and(|p| p.token.is_some_and(|j| j + 1 == i) && w.glued(i));
        out.push(Piece {
            text: words[i].to_string(),
            glued,
            token: Some(i),
        });
        usize::from(!glued)
    };
    // A first- or second-person clause is a quote: "We to not raise taxes" reads badly, so
    // its words stay as spoken ("We will not raise taxes").
    let first_person = idx.first().is_some_and(|&i| {
        matches!(
            low[i].as_str(),
            "i" | "we" | "you" | "i'll" | "we'll" | "you'll" | "we're" | "i'm" | "let's"
        )
    });
    let mut verb_seen = first_person;
    let mut k = 0;
    // one word past the budget, to know whether the budget cut
    // (and a bound on the pieces: a URL of a thousand glued tokens is no word to show)
    while k < idx.len() && nwords <= MAX_WORDS && out.len() < 4 * MAX_WORDS {
        let i = idx[k];
        let lw = low[i].as_str();
        if k == 0 && pronoun(lw) {
            if let Some(n) = name {
                out.push(Piece {
                    text: n.to_string(),
                    glued: false,
                    token: None,
                });
                nwords += 1;
                k += 1;
                continue;
            }
        }
        // Only the clause's own first verb turns to headline style: in "the plan was reckless
        // and would be reviewed" the second verb keeps its modal.
        if (crate::words::is_future_modal(lw) || lw == "'ll") && !verb_seen {
            // "would also discuss" → "to discuss"; "will not raise" → "not to raise"
            k += 1;
            if let Some(&j) = idx
                .get(k)
                .filter(|&&j| matches!(low[j].as_str(), "not" | "never"))
            {
                out.push(Piece {
                    text: words[j].to_string(),
                    glued: false,
                    token: None,
                });
                nwords += 1;
                k += 1;
            }
            out.push(Piece {
                text: "to".into(),
                glued: false,
                token: None,
            });
            nwords += 1;
            verb_seen = true;
            while k < idx.len() && matches!(low[idx[k]].as_str(), "also" | "then" | "soon" | "now")
            {
                k += 1;
            }
            continue;
        }
        // a purpose or infinitive clause after the verb's object ends the event
        if lw == "to" && verb_seen && nwords >= 4 {
            let next = idx.get(k + 1).map(|&j| low[j].as_str()).unwrap_or("");
            if next.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(next, "the" | "a" | "an")
                && !crate::words::is_possessive(next)
            {
                break;
            }
        }
        if lw.ends_with("ed")
            || reporting_verb(lw)
            || matches!(
                lw,
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "must"
                    | "can"
                    | "could"
                    | "will"
                    | "would"
                    | "shall"
            )
        {
            verb_seen = true;
        }
        nwords += push(&mut out, i);
        k += 1;
    }
    if out.len() >= 4 * MAX_WORDS && nwords <= MAX_WORDS && k < idx.len() {
        // the word the bound cut goes whole
        while out.last().is_some_and(|p| p.glued) {
            out.pop();
        }
        out.pop();
    }
    out
}

/// A phrase one word over the budget is cut to it, and the cut backs off to where a phrase
/// starts.
fn cut_at_budget(out: &mut Vec<Piece>, low: &[String]) {
    let nwords = out.iter().filter(|p| !p.glued).count();
    if nwords <= MAX_WORDS {
        return;
    }
    let capital = |p: Option<&Piece>| p.is_some_and(Piece::capital);
    // The piece that starts the word past the budget, and what it cut off.
    let mut words_seen = 0;
    let cut = out
        .iter()
        .position(|p| {
            if !p.glued {
                words_seen += 1;
            }
            words_seen > MAX_WORDS
        })
        .unwrap_or(out.len());
    let cut_word = out
        .get(cut)
        .map(|p| p.low(low).into_owned())
        .unwrap_or_default();
    out.truncate(cut);
    // a cut that fell before a new phrase is clean already
    // (a clause's, not a preposition's: "a paper published [in …]" wants its phrase)
    // ... but not one inside a list: "our political, historical [and] cultural ties"
    let list_open = (0..out.len())
        .rev()
        .take_while(|&p| !boundary_at(out, p, low) || matches!(&*out[p].low(low), "and" | "or"))
        .any(|p| out[p].token.is_some() && out[p].text == ",");
    // ... nor one whose "and" is a "between"'s ("between Ann Lee [and] Bo Park")
    let between = (0..out.len())
        .rev()
        .find(|&p| boundary_at(out, p, low))
        .is_some_and(|p| out[p].low(low) == "between");
    let clean = subordinator(&cut_word)
        || (matches!(cut_word.as_str(), "and" | "but" | "or") && !list_open && !between)
        || (clause_punct(&cut_word) && !list_open);
    // Back off to the last phrase boundary that keeps a few words: "… at a value [of $16
    // billion]" → "…"; a number keeps its unit ("by 0.3 [percent]" goes whole).
    // It never backs off past the clause's only verb ("Officers from the Joint Team
    // executed a search" keeps "executed"), nor parts a name ("the Rock and Roll Hall").
    let verb = |p: &Piece| verb_piece(p, low);
    let has_verb = out.iter().any(verb);
    let mut words_seen = 0;
    let mut verb_before = false;
    let mut back = None;
    // a comma of a list since the last boundary: its "and" leaves the list without its
    // last item and its head ("based on our political, historical [and cultural ties]")
    let mut in_list = false;
    for (p, piece) in out.iter().enumerate() {
        if piece.token.is_some() && piece.text == "," {
            in_list = true;
        }
        if !piece.glued {
            words_seen += 1;
            let l = piece.low(low);
            let in_name = matches!(&*l, "and" | "or" | "&")
                && p > 0
                && capital(out.get(p - 1))
                && capital(out.get(p + 1));
            let list_and = in_list && matches!(&*l, "and" | "or");
            if words_seen > MIN_WORDS
                && boundary_at(out, p, low)
                && !in_name
                && !list_and
                && (verb_before || !has_verb)
            {
                back = Some(p);
            }
            if boundary_at(out, p, low) && !list_and {
                in_list = false;
            }
        }
        verb_before |= verb(piece);
    }
    match back {
        _ if clean => {}
        Some(p) => out.truncate(p),
        // no boundary, in a list: the list goes whole, with the item before its first comma
        // ("the team analyzed samples of soil, sand [and] ..." → "the team analyzed
        // samples"), if a verb and a few words are left
        None if list_open => cut_before_list(out, low),
        None => {
            // no boundary: a number cut from its unit goes, and the word it counted
            let number = |p: &Piece| p.text.chars().any(|c| c.is_ascii_digit());
            if out.last().is_some_and(number) && !cut_word.is_empty() {
                while out.last().is_some_and(|p| p.glued) {
                    out.pop();
                }
                out.pop();
            }
        }
    }
}

/// A phrase boundary at piece `p`: a whole word, as the "in" of "in-feed" is none.
fn boundary_at(out: &[Piece], p: usize, low: &[String]) -> bool {
    !out[p].glued
        && phrase_boundary(&out[p].low(low))
        && !out
            .get(p + 1)
            .is_some_and(|q| q.glued && !clause_punct(&q.text) && q.text != ".")
}

/// A verb of the phrase, the "to" put in for a modal among them.
fn verb_piece(p: &Piece, low: &[String]) -> bool {
    let l = p.low(low);
    p.token.is_none() && l == "to" || finite_verb(&l)
}

/// A cut inside a list with no boundary to back off to: the list goes whole, and the item
/// before its first comma with it, if a verb and a few words are left.
fn cut_before_list(out: &mut Vec<Piece>, low: &[String]) {
    let verb = |p: &Piece| verb_piece(p, low);
    let after = (0..out.len())
        .rposition(|p| boundary_at(out, p, low) && !matches!(&*out[p].low(low), "and" | "or"))
        .map_or(0, |b| b + 1);
    if let Some(c) = (after..out.len()).find(|&j| out[j].token.is_some() && out[j].text == ",") {
        // the first piece of the word the comma is glued to, and the words of the
        // same item before it ("wet clay,"), up to a function word or a verb
        let mut j = c;
        while j > 0 && out[j].glued {
            j -= 1;
        }
        for _ in 0..2 {
            let Some(p) = j.checked_sub(1).and_then(|k| out.get(k)) else {
                break;
            };
            let l = p.low(low);
            if p.glued
                || dangling(&l)
                || verb(p)
                || !l.chars().all(|c| c.is_lowercase() || c == '-')
            {
                break;
            }
            j -= 1;
        }
        let left = out[..j].iter().filter(|p| !p.glued).count();
        if left >= MIN_WORDS && out[..j].iter().any(verb) {
            out.truncate(j);
        }
    }
}

/// No phrase ends on a word that needs what follows it.
fn trim_dangling(out: &mut Vec<Piece>, low: &[String]) {
    let capital = |p: Option<&Piece>| p.is_some_and(Piece::capital);
    // Never end on a word that needs what follows: "the interview aired was a" → "the
    // interview aired"; "… officers to Webb's" → "… officers".
    // ... but "let us know what your favorite gadget is" ends on its verb by right.
    // So does "the business I have".
    let wh = out
        .iter()
        .any(|p| matches!(&*p.low(low), "what" | "who" | "where" | "how"));
    let n = out.len();
    let after_subject = n >= 2 && crate::words::is_subject_pronoun(&out[n - 2].low(low));
    let mut first = true;
    loop {
        let n = out.len();
        // "as soon as I [learned]" → "", not "as soon"
        if n >= 2
            && out[n - 2].low(low) == "as"
            && matches!(
                &*out[n - 1].low(low),
                "soon" | "long" | "far" | "much" | "many" | "well"
            )
        {
            out.truncate(n - 2);
            continue;
        }
        let ends_badly = out.last().is_some_and(|p| {
            let l = p.low(low);
            // "chose to weigh in [on Sunday's match]": a preposition that stood before
            // another is its verb's particle
            let particle = p.token.is_some_and(|i| {
                core_preposition(&l) && low.get(i + 1).is_some_and(|x| core_preposition(x))
            });
            dangling(&l)
                && !particle
                && !((wh || first && after_subject) && crate::words::is_auxiliary(&l))
        });
        if !ends_badly {
            break;
        }
        first = false;
        // the whole word goes, with the pieces glued to it
        let mut possessive = false;
        let mut head = String::new();
        while let Some(p) = out.pop() {
            possessive |= p.text.ends_with("'s") || p.text.ends_with("\u{2019}s");
            head = p.text;
            if !p.glued {
                break;
            }
        }
        // a possessive takes its name along: "the streets of New Mexico's" → "the streets"
        if possessive && head.starts_with(char::is_uppercase) {
            while out.len() > 1 && capital(out.last()) && !out.last().is_some_and(|p| p.glued) {
                out.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_lowercase()).collect()
    }

    fn ev(sentence: &str, timex: &str) -> String {
        let words: Vec<&str> = sentence.split(' ').collect();
        let t: Vec<&str> = timex.split(' ').collect();
        let start = (0..words.len())
            .find(|&i| words[i..].starts_with(&t))
            .unwrap();
        phrase(&words, &lower(&words), &[], start, start + t.len(), &[])
    }

    /// As `ev`, with commas and full stops glued to the word before them, as in the source.
    fn evg(sentence: &str, timex: &str) -> String {
        let words: Vec<&str> = sentence.split(' ').collect();
        let glued: Vec<bool> = words.iter().map(|w| matches!(*w, "," | ".")).collect();
        let t: Vec<&str> = timex.split(' ').collect();
        let start = (0..words.len())
            .find(|&i| words[i..].starts_with(&t))
            .unwrap();
        phrase(&words, &lower(&words), &glued, start, start + t.len(), &[])
    }

    #[test]
    fn a_date_inside_a_noun_phrase_stays() {
        // not "Most of the gains in export boom went to ports"
        assert_eq!(
            ev(
                "Most of the gains in the 2021 export boom went to ports .",
                "the 2021"
            ),
            "Most of the gains in the 2021 export boom went to ports"
        );
        // a year before a name, past a participle apposition
        assert_eq!(
            ev(
                "The army lost the fort , regarded as the key to the valley , in the 1809 Tyrol Campaign .",
                "1809"
            ),
            "The army lost the fort"
        );
        assert_eq!(
            ev(
                "Police found the car , shown in a photo on the news , in the 2019 Baltic Rally .",
                "2019"
            ),
            "Police found the car"
        );
        assert_eq!(
            ev("The June sales figures were weak .", "June"),
            "The June sales figures were weak"
        );
        assert_eq!(
            ev(
                "As the year draws to a close , shops cut prices .",
                "the year"
            ),
            "the year draws to a close"
        );
        // a time phrase goes whole, head and all
        assert_eq!(
            ev("The firm cut jobs ahead of the 2024 budget vote .", "2024"),
            "The firm cut jobs"
        );
        assert_eq!(
            ev(
                "The audit and Tuesday's ruling come as lawmakers debate the budget .",
                "Tuesday's"
            ),
            "The audit and Tuesday's ruling come as lawmakers debate the budget"
        );
        // the clause's own time still goes
        assert_eq!(
            ev(
                "Following Tuesday's ruling , the mayor resigned .",
                "Tuesday's"
            ),
            "the mayor resigned"
        );
        assert_eq!(
            ev("In the 2019 season the club won the cup .", "2019"),
            "the club won the cup"
        );
        assert_eq!(
            ev("Shares fell 4% a day later .", "a day later"),
            "Shares fell 4%"
        );
    }

    #[test]
    fn a_clock_time_takes_its_zone_and_approximation() {
        assert_eq!(
            ev(
                "The ferry from Tallinn docked at close to 3 a.m. local time .",
                "3 a.m."
            ),
            "The ferry from Tallinn docked"
        );
        // a lone verb is a clause, whose subject is the noun phrase "that" follows
        assert_eq!(
            ev(
                "Crowds waited for a count that closed at nearly 4 a.m. ( 0300 GMT ) .",
                "4 a.m."
            ),
            "a count closed"
        );
        assert_eq!(
            ev(
                "Polls closed at roughly 8 p.m. ET in most states .",
                "8 p.m."
            ),
            "Polls closed in most states"
        );
        // "close" as a noun is no approximation
        assert_eq!(
            ev(
                "Traders sold ahead of the market close on Friday .",
                "Friday"
            ),
            "Traders sold ahead of the market close"
        );
    }

    #[test]
    fn a_chain_of_times_belongs_to_the_clause_before() {
        let s =
            "The new line opens to riders on Sunday , June 1 , at 6 a.m. under a new timetable .";
        let words: Vec<&str> = s.split(' ').collect();
        assert_eq!(
            phrase(&words, &lower(&words), &[], 13, 15, &[(7, 8), (9, 11)]),
            "The new line opens to riders"
        );
        // a time phrase that is what the clause says stays
        let s = "By most accounts , 1998 was the summer of long queues .";
        let words: Vec<&str> = s.split(' ').collect();
        assert_eq!(
            phrase(&words, &lower(&words), &[], 4, 5, &[(6, 8)]),
            "1998 was the summer of long queues"
        );
    }

    #[test]
    fn a_participle_with_its_agent_takes_no_subject() {
        // not "Dutch followed by ...": the sentence's opening name is not the agent
        let s =
            "Dutch farmers protested in March , followed by a series of road blockades in June .";
        let words: Vec<&str> = s.split(' ').collect();
        assert_eq!(
            phrase(&words, &lower(&words), &[], 14, 15, &[(4, 5)]),
            "followed by a series of road blockades"
        );
    }

    #[test]
    fn between_takes_both_its_ends() {
        assert_eq!(
            ev(
                "She did not sit in on the May 3 talks between Mayor Ruth Okonjo and Governor Sam Hale .",
                "May 3"
            ),
            "She did not sit in on the May 3 talks"
        );
    }

    #[test]
    fn a_relative_clause_hangs_on_the_noun_before_it() {
        // not the sentence's first name
        assert_eq!(
            ev(
                "Residents backed the new reading scheme – which will reach every school in May – at a packed meeting .",
                "May"
            ),
            "the new reading scheme to reach every school"
        );
        assert_eq!(
            ev(
                "It's the second delay to the bridge repairs , which are now due to finish in March .",
                "March"
            ),
            "the bridge repairs are now due to finish"
        );
        // a quoted title is no name ("Air")
        assert_eq!(
            ev(
                "The \" Clean Air \" drive , which will start in May , has wide support .",
                "May"
            ),
            "drive to start"
        );
    }

    #[test]
    fn a_clause_without_subject_is_no_event() {
        // "that" is the subject of "will", and names nothing
        assert_eq!(
            ev("Few doubt that will be the outcome on Sunday .", "Sunday"),
            ""
        );
        assert_eq!(
            ev(
                "Turnout was low , and it seems that will happen again in May .",
                "May"
            ),
            ""
        );
    }

    #[test]
    fn a_list_comma_parts_no_clause() {
        // the list is one phrase, and a cut inside it backs off to before the list
        assert_eq!(
            evg(
                "After Monday's vote , the chair said , \" We won the seat with the help of our loyal , tireless and generous members .",
                "Monday's"
            ),
            "the chair: We won the seat"
        );
        assert_eq!(
            evg(
                "The firm will sell its red , green and blue inks in June .",
                "June"
            ),
            "The firm to sell its red, green and blue inks"
        );
        // no boundary to back off to: the list goes whole
        assert_eq!(
            evg(
                "In 2015 the survey team measured samples of wet clay , dry clay , loam , sand and river silt from twelve farms .",
                "2015"
            ),
            "the survey team measured samples"
        );
        // ... and a hyphenated item is no preposition to back off to
        let s = "In 2015 the survey team measured many samples of wet clay , in-field and off-field silt from twelve farms .";
        assert_eq!(evg(s, "2015"), "the survey team measured many samples");
        // an opening phrase still ends at its comma
        assert_eq!(
            evg(
                "After the vote , officials and aides left the hall on Monday .",
                "Monday"
            ),
            "officials and aides left the hall"
        );
    }

    #[test]
    fn verb_first_clauses_and_ranges() {
        let s = "Morgan Tsvangirai , who was abroad , returned to Harare late on Wednesday .";
        assert_eq!(ev(s, "Wednesday"), "Tsvangirai returned to Harare");
        let s = "Fuelling speculation , opposition leader Morgan Tsvangirai , who has been abroad , returned to Harare late on Wednesday .";
        assert_eq!(ev(s, "Wednesday"), "Tsvangirai returned to Harare");
        let s = "The attackers , clad in military uniforms , stormed the museum on Wednesday afternoon .";
        assert_eq!(
            ev(s, "Wednesday afternoon"),
            "The attackers stormed the museum"
        );
        let s = "There is little affection for Grace , a former typist who started an affair with Mr Mugabe in the early 1990s .";
        assert_eq!(
            ev(s, "the early 1990s"),
            "Grace started an affair with Mr Mugabe"
        );
        let s = "Even this past January , which was unseasonably mild , there were 750 leaks , officials said .";
        assert_eq!(ev(s, "this past January"), "there were 750 leaks");
        let words: Vec<&str> = "Islamists held power from 2011 to 2013 ."
            .split(' ')
            .collect();
        assert_eq!(
            phrase(&words, &lower(&words), &[], 4, 5, &[(6, 7)]),
            "Islamists held power"
        );
    }

    #[test]
    fn clauses_give_short_events() {
        let s = "Harris said Wednesday that she would visit Mexico and Guatemala on June 7-8 to search for solutions .";
        assert_eq!(ev(s, "June 7-8"), "Harris to visit Mexico and Guatemala");
        let words: Vec<&str> = s.split(' ').collect();
        assert_eq!(
            phrase(&words, &lower(&words), &[], 2, 3, &[(11, 13)]),
            "Harris to visit Mexico and Guatemala"
        );
        assert_eq!(
            ev("The president first mentioned the proposal at a climate summit last month , to the surprise of some .", "last month"),
            "The president first mentioned the proposal at a climate summit"
        );
        // a first-person quote keeps its words; a modal after the first verb stays
        assert_eq!(
            ev("\u{201c} We will not raise taxes this year , \u{201d} Mayor Jane Doe said on Wednesday .", "this year"),
            "We will not raise taxes"
        );
        assert_eq!(
            ev("Council member John Roe said last week that the plan was reckless and would be reviewed next month .", "next month"),
            "the plan was reckless and would be reviewed"
        );
        assert_eq!(
            ev(
                "Harris said Wednesday that she will not visit Cuba in June .",
                "June"
            ),
            "Harris not to visit Cuba"
        );
        // a date closing the sentence names the clause before it; a date inside its own
        // commas parts no clauses; a pronoun takes no name from later in its clause
        assert_eq!(
            ev(
                "Jane Roe was born the second child of two bakers in Leeds , Yorkshire , in 1961 .",
                "1961"
            ),
            "Jane Roe was born the second child of two bakers in Leeds"
        );
        assert_eq!(
            ev(
                "On May 3 , 2004 , he wrote to Smith about the plan .",
                "May 3 , 2004"
            ),
            "he wrote to Smith about the plan"
        );
        // a list's dashes and a footnote mark are no words of the event
        assert_eq!(ev("June 9 - - City Arena , Leeds", "June 9"), "City Arena");
        assert_eq!(
            ev("The press published it in 1980 . *", "1980"),
            "The press published it"
        );
        assert_eq!(
            ev("Lopez Obrador told reporters at his news conference shortly before Friday's meeting that he would talk .", "Friday's"),
            "Lopez Obrador told reporters at his news conference"
        );
    }

    #[test]
    fn no_phrase_ends_on_a_word_that_needs_more() {
        // an article and an auxiliary cut off by a quotation mark
        assert_eq!(
            ev(
                "The critic said the play staged at the weekend was a \u{201c} triumph \u{201d} .",
                "the weekend"
            ),
            "The critic said the play staged"
        );
        // a possessive takes its name along, then the preposition goes
        assert_eq!(
            ev(
                "In May , fans toured the mills of South Carolina's ( now closed ) .",
                "May"
            ),
            "fans toured the mills"
        );
        // a subject pronoun left without its verb, and "as soon as"
        assert_eq!(
            ev(
                "The dog chased the postman down the lane as he and his son were walking home on Friday .",
                "Friday"
            ),
            "The dog chased the postman down the lane"
        );
        assert_eq!(
            ev(
                "Ms Adeyemi sold the farm on Monday as soon as she heard the news about the new motorway .",
                "Monday"
            ),
            "Ms Adeyemi sold the farm"
        );
        // "what ... is" and "the one I have" end on their verb by right; "over" ends a clause
        assert_eq!(
            ev("Nobody asked what the plan for 2020 was .", "2020"),
            "Nobody asked what the plan was"
        );
        assert_eq!(ev("The vote today is over .", "today"), "The vote is over");
    }

    #[test]
    fn the_budget_backs_off_to_a_phrase_boundary() {
        assert_eq!(
            ev("The council approved a new budget for the harbour district on Tuesday with a surplus of nearly four million pounds .", "Tuesday"),
            "The council approved a new budget for the harbour district"
        );
        // a number is not cut from its unit
        assert_eq!(
            ev(
                "The new levy raised the city's annual revenue from parking by 0.4 percent in 2019 .",
                "2019"
            ),
            "The new levy raised the city's annual revenue from parking"
        );
        // nor a name at its "and"
        assert_eq!(
            ev(
                "The band sold the rights for the Hill and Valley Songbook to a large label in 2015 .",
                "2015"
            ),
            "The band sold the rights"
        );
        // nor past the clause's only verb: the cut stays and drops what dangles
        assert_eq!(
            ev(
                "Crews from the Northern Rail Repair Depot at Elm Junction removed the old signal box on Friday .",
                "Friday"
            ),
            "Crews from the Northern Rail Repair Depot at Elm Junction removed"
        );
        // a verb with a thing for object or in the passive frames no report
        assert_eq!(
            ev(
                "The museum reported record visitor numbers on Monday that surprised its board .",
                "Monday"
            ),
            "The museum reported record visitor numbers"
        );
        assert_eq!(
            ev(
                "In 2019 there were 40 floods reported nationally , including six in May .",
                "2019"
            ),
            "there were 40 floods reported nationally"
        );
        // an irregular past is a verb too: "flew" keeps its clause, not "and to spend"
        assert_eq!(
            ev(
                "Ms Lund flew to Oslo on Friday and will spend the week signing the papers for the new fund .",
                "Friday"
            ),
            "Ms Lund flew to Oslo"
        );
        // a clause boundary after a verb ends the event
        assert_eq!(
            ev(
                "Rents rose sharply last year as the largest landlords of the Old Harbour Quarter raised prices .",
                "last year"
            ),
            "Rents rose sharply"
        );
    }

    #[test]
    fn cuts_keep_particles_subjects_and_antecedents() {
        // "drop in on Saturday's fair": "in" is the verb's, not the date's
        let words: Vec<&str> = "The mayor plans to drop in on Saturday's fair on Friday ."
            .split(' ')
            .collect();
        assert_eq!(
            phrase(&words, &lower(&words), &[], 10, 11, &[(7, 8)]),
            "The mayor plans to drop in"
        );
        // a date that is the subject stays
        assert_eq!(
            ev(
                "Analysts think 2023 will be a hard year for farmers .",
                "2023"
            ),
            "Analysts think 2023 to be a hard year for farmers"
        );
        assert_eq!(
            ev("Farmers fear 2024 will bring more floods .", "2024"),
            "Farmers fear 2024 to bring more floods"
        );
        // a relative clause between subject and verb: the subject is the noun phrase before it
        assert_eq!(
            ev(
                "About 3,000 workers at the plant , which makes tractors , walked out on Friday .",
                "Friday"
            ),
            "About 3,000 workers at the plant walked out"
        );
        // a relative clause is about the name right before it
        assert_eq!(
            ev(
                "Shares rose on news about Mr Haddad , who has led the bank since 2009 .",
                "2009"
            ),
            "Haddad has led the bank"
        );
        // a capitalised word that is no subject ("Across town") stands for no pronoun
        assert_eq!(
            ev(
                "Across town , a fire gutted two shops , as he slept on Sunday .",
                "Sunday"
            ),
            "he slept"
        );
    }
}
