//! The words that name who speaks, next to a speech verb: a name ("Harris said"), a pronoun
//! ("he said"), a description ("the vice president said", "officials said"), on either side of
//! the verb ("said Harris"), or past an apposition ("Reeves, a senior fellow at X, said").

use crate::entities::{lexicon, lower, Mention};
use crate::sentences::{Doc, TokenKind};
use crate::words;

/// Words between a subject and its speech verb that do not change who speaks.
fn is_skippable(w: &str) -> bool {
    // no "shall": "the board shall state" sets a duty, it reports no one's words
    (words::is_modal(w) && w != "shall")
        || words::is_auxiliary(w)
        || matches!(
            w,
            "also"
                | "later"
                | "then"
                | "previously"
                | "earlier"
                | "further"
                | "again"
                | "once"
                | "recently"
                | "repeatedly"
                | "separately"
                | "only"
                | "just"
                | "publicly"
                | "privately"
                | "reportedly"
                | "not"
                | "never"
                | "often"
                | "frequently"
                | "first"
                | "last"
                | "yesterday"
                | "today"
                | "tonight"
                | "now"
                | "already"
                | "subsequently"
                | "quickly"
                | "simply"
                | "flatly"
                | "bluntly"
                | "openly"
                | "since"
                | "still"
                | "even"
                | "immediately"
                | "finally"
                | "ultimately"
                | "initially"
                | "originally"
                | "angrily"
                | "candidly"
                | "frankly"
        )
}

pub use crate::words::is_subject_pronoun as is_pronoun;

fn is_determiner(w: &str) -> bool {
    // no "my", "your": a source is told of in the third person
    (words::is_determiner(w) && !matches!(w, "my" | "your"))
        || words::is_quantifier(w)
        || matches!(
            w,
            "most" | "both" | "few" | "four" | "five" | "dozens" | "numerous"
        )
}

/// Words that end a noun phrase on its left: a verb or clause word before the subject.
fn breaks_phrase(w: &str) -> bool {
    lexicon::is_stop(w) && !is_determiner(w)
        || crate::quotes::cues::is_speech_verb(w)
        || matches!(
            w,
            "that" | "which" | "who" | "because" | "but" | "and" | "or"
        )
}

fn word(doc: &Doc, i: usize) -> String {
    lower(doc.tok(i))
}

/// The mention ending at token `i` (or covering it), if any.
fn mention_ending_at<'m>(doc: &Doc, mentions: &'m [Mention], i: usize) -> Option<&'m Mention> {
    let t = doc.tokens.get(i)?;
    crate::entities::mentions_overlapping(mentions, t.start, t.end)
        .map(|j| &mentions[j])
        .find(|m| m.end <= t.end)
}

fn mention_starting_at<'m>(doc: &Doc, mentions: &'m [Mention], i: usize) -> Option<&'m Mention> {
    let t = doc.tokens.get(i)?;
    crate::entities::mention_starting(mentions, t.start).map(|i| &mentions[i])
}

/// The source on the left of the speech verb at token `v`, within tokens `lo..v`.
pub fn left_of(doc: &Doc, mentions: &[Mention], lo: usize, v: usize) -> Option<(usize, usize)> {
    let mut k = v;
    loop {
        if k <= lo {
            return None;
        }
        k -= 1;
        let w = word(doc, k);
        if is_skippable(&w) || is_adverb_or_modal(&w) {
            continue;
        }
        // "Harris on Friday said"
        if is_weekday(&w) {
            if k > lo && word(doc, k - 1) == "on" {
                k -= 1;
            }
            continue;
        }
        break;
    }
    // A parenthesis after a name: "Gov. Pat McCrory (R) said".
    if doc.tok(k) == ")" {
        let stop = lo.max(k.saturating_sub(8));
        let mut j = k;
        while j > stop && doc.tok(j) != "(" {
            j -= 1;
        }
        if doc.tok(j) == "(" && j > lo {
            k = j - 1;
        }
    }
    subject_ending_at(doc, mentions, lo, k)
}

/// "I always tell", "experts somehow cannot explain": words between a subject and its verb
/// that are no noun ("always" is no plural). The modals, "not", "never", "often" and the
/// like are `is_skippable` already; these are the ones `left_of` steps over besides.
fn is_adverb_or_modal(w: &str) -> bool {
    matches!(w, "always" | "sometimes" | "somehow" | "cannot")
}

/// "this week said" is never a source: time nouns end phrases that are not subjects.
fn is_time_noun(w: &str) -> bool {
    is_weekday(w)
        || matches!(
            w,
            "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "day"
                | "days"
                | "time"
                | "times"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "weekend"
                | "hour"
                | "hours"
                | "minutes"
                | "ago"
                | "moment"
                | "point"
        )
}

fn is_weekday(w: &str) -> bool {
    crate::calendar::weekday_name(w).is_some()
}

/// A subject noun phrase whose last token is `k`.
fn subject_ending_at(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    k: usize,
) -> Option<(usize, usize)> {
    let w = word(doc, k);
    if let Some(m) = mention_ending_at(doc, mentions, k) {
        if let Some(d) = role_before_place(doc, lo, m) {
            return Some(d);
        }
        let m = person_before(doc, mentions, lo, m);
        return Some(org_before_of(doc, mentions, lo, m).unwrap_or((m.start, m.end)));
    }
    if is_pronoun(&w) {
        if let Some(a) = relative_antecedent(doc, mentions, lo, k) {
            return Some(a);
        }
        let t = doc.tokens[k];
        return Some((t.start, t.end));
    }
    if w == "who" && k > lo {
        let mut j = k - 1;
        if doc.tok(j) == "," && j > lo {
            j -= 1;
        }
        return subject_ending_at(doc, mentions, lo, j);
    }
    // An apposition: "Reeves, a senior fellow at the institute, said".
    if w == "," && k > lo {
        let mut j = k - 1;
        let stop = lo.max(k.saturating_sub(20));
        while j > stop && doc.tok(j) != "," {
            j -= 1;
        }
        if doc.tok(j) == "," && j > lo {
            let mut e = j - 1;
            // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
            if doc.tok(e) == ")" {
                while e > lo && doc.tok(e) != "(" && j - e < 8 {
                    e -= 1;
                }
                e = e.saturating_sub(1);
            }
            if let Some(m) = mention_ending_at(doc, mentions, e) {
                // "Nelson, a fellow at the institute in Munich, Germany, and co-author of
                // the study, said": a place closing a locative phrase ("in Munich,
                // Germany") sits inside a longer apposition; its head is further back.
                if locative(doc, mentions, lo, m) {
                    if let Some(p) =
                        person_before_commas(doc, mentions, lo.max(k.saturating_sub(40)), j)
                    {
                        return Some((p.start, p.end));
                    }
                }
                return Some((m.start, m.end));
            }
        }
        // "her mother, Fiona, said": the name is the apposition itself.
        if let Some(m) = mention_ending_at(doc, mentions, k - 1) {
            if m.label == crate::entities::Label::Person {
                if let Some(p) = person_opening_apposition(doc, mentions, lo, m) {
                    return Some((p.start, p.end));
                }
                return Some((m.start, m.end));
            }
            // "The group that owns her music, Acme, says": an organisation between commas
            // after a description in lower case ("Brightco, Inc., says" is one name).
            let opened = doc.token_at(m.start);
            if m.label == crate::entities::Label::Org
                && opened >= lo + 2
                && doc.tok(opened - 1) == ","
                && doc.tok(opened - 2).starts_with(char::is_lowercase)
            {
                return Some((m.start, m.end));
            }
        }
        return person_before_long_title(doc, mentions, lo, k);
    }
    // "Earnest condemned the attack and said ...": the subject of the first verb.
    if w == "and" {
        if let Some(subj) = coordinated_clause_subject(doc, mentions, lo, k) {
            return Some(subj);
        }
        return sentence_subject(doc, mentions, lo, k);
    }
    description_ending_at(doc, lo, k)
}

/// How far back from "and" its clause may open: real clauses are far shorter.
const CLAUSE_REACH: usize = 60;

/// "Ruritania said it was ready, while the city's police deny abuse and say they are calm":
/// the verb after "and" shares the subject of the clause it is coordinated in, which opens
/// after the nearest "while", "whereas", "but" or ";" before it, not the sentence's first
/// subject. None when there is no such clause or it has no subject of its own.
/// The clause is looked for within `CLAUSE_REACH` tokens before "and": a search back to the
/// sentence's start for every "and said" made a stopless "sentence" quadratic.
fn coordinated_clause_subject(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    and: usize,
) -> Option<(usize, usize)> {
    let from = lo.max(and.saturating_sub(CLAUSE_REACH));
    let c = (from + 1..and).rev().find(|&i| {
        doc.tok(i) == ";"
            || matches!(
                word(doc, i).as_str(),
                "while" | "whereas" | "but" | "although" | "though"
            )
    })?;
    // "the city's police deny … and say": the subject of the clause's first verb of speech,
    // which may be a description rather than a name.
    let first_verb = (c + 2..and)
        .find(|&j| doc.tokens[j].kind == TokenKind::Word && is_speech_verb_or_base(&word(doc, j)));
    first_verb
        .and_then(|j| left_of(doc, mentions, c + 1, j))
        .or_else(|| subject_from(doc, mentions, c + 1, and))
}

/// A verb of speech, also in the plain present ("deny", "insist"), which the cue list
/// leaves out where it doubles as a noun; here it follows a subject, so it is the verb.
fn is_speech_verb_or_base(w: &str) -> bool {
    use crate::quotes::cues::is_speech_verb;
    is_speech_verb(w)
        || is_speech_verb(&format!("{w}s"))
        || w.strip_suffix('y')
            .is_some_and(|b| is_speech_verb(&format!("{b}ies")))
}

/// "The Zedland Rebels, however, claimed the attack on the convoy, which they said carried
/// arms": "it" or "they" right after "which" or "that" inside the sentence is its subject,
/// a body, not whatever was named last. The subject is a recognised name that is no person,
/// or else the capitalised words that open the sentence.
fn relative_antecedent(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    k: usize,
) -> Option<(usize, usize)> {
    if !matches!(word(doc, k).as_str(), "it" | "they")
        || k < lo + 3
        || !matches!(word(doc, k - 1).as_str(), "which" | "that")
    {
        return None;
    }
    let mut j = lo;
    if word(doc, j) == "the" {
        j += 1;
    }
    if let Some(m) = mention_starting_at(doc, mentions, j) {
        return (m.label != crate::entities::Label::Person && doc.token_at(m.end) < k - 1)
            .then_some((m.start, m.end));
    }
    let first = j;
    while j < k - 1
        && j - first < 6
        && doc.tokens[j].kind == TokenKind::Word
        && crate::entities::is_capitalised(doc.tok(j))
    {
        j += 1;
    }
    // the run must end the subject: a comma or a lower-case verb follows
    let ends = j < k - 1 && (doc.tok(j) == "," || doc.tok(j).starts_with(char::is_lowercase));
    // "However," or "In" opening the sentence is no name
    let opener = word(doc, first);
    (j > first
        && ends
        && !is_pronoun(&opener)
        && !lexicon::is_stop(&opener)
        && !is_time_noun(&opener)
        && !opener.ends_with("ly"))
    .then(|| (doc.tokens[lo].start, doc.tokens[j - 1].end))
}

/// A place named after a preposition, or after "City," in "in Munich, Germany": it says
/// where, and is no one's name.
fn locative(doc: &Doc, mentions: &[Mention], lo: usize, m: &Mention) -> bool {
    if m.label != crate::entities::Label::Place {
        return false;
    }
    let mut t = doc.token_at(m.start);
    if t > lo + 1 && doc.tok(t - 1) == "," {
        if let Some(city) = mention_ending_at(doc, mentions, t - 2) {
            if city.label == crate::entities::Label::Place {
                t = doc.token_at(city.start);
            }
        }
    }
    t > lo
        && matches!(
            word(doc, t - 1).as_str(),
            "in" | "at" | "from" | "near" | "outside"
        )
}

/// The person whose name ends just before one of the commas left of token `from`, nearest
/// first, no further back than `stop`.
fn person_before_commas<'m>(
    doc: &Doc,
    mentions: &'m [Mention],
    stop: usize,
    from: usize,
) -> Option<&'m Mention> {
    (stop + 1..from)
        .rev()
        .filter(|&c| doc.tok(c) == ",")
        .find_map(|c| {
            mention_ending_at(doc, mentions, c - 1)
                .filter(|m| m.label == crate::entities::Label::Person)
        })
}

/// "Mr. Morgan of the Sierra Club said", "Jane Doe at Brookings said": the organisation
/// places the person, who speaks.
fn person_before<'m>(doc: &Doc, mentions: &'m [Mention], lo: usize, m: &'m Mention) -> &'m Mention {
    if m.label == crate::entities::Label::Person {
        return m;
    }
    let mut j = doc.token_at(m.start);
    if j > lo && word(doc, j - 1) == "the" {
        j -= 1;
    }
    if j <= lo + 1 || !matches!(word(doc, j - 1).as_str(), "of" | "at" | "from") {
        return m;
    }
    match mention_ending_at(doc, mentions, j - 2) {
        Some(p) if p.label == crate::entities::Label::Person => p,
        _ => m,
    }
}

/// "White House press secretary Josh Earnest": an organisation's name before a role and a
/// person's name is a premodifier; the person speaks.
fn person_after<'m>(doc: &Doc, mentions: &'m [Mention], m: &'m Mention) -> &'m Mention {
    if m.label == crate::entities::Label::Person {
        return m;
    }
    let mut t = doc.token_at(m.end);
    let first = t;
    while t < doc.tokens.len() && t - first < 5 {
        if let Some(p) = mention_starting_at(doc, mentions, t) {
            if p.label == crate::entities::Label::Person && t > first {
                return p;
            }
            break;
        }
        let w = word(doc, t);
        if !(lexicon::is_role_noun(&w)
            || matches!(w.as_str(), "press" | "senior" | "deputy" | "chief"))
        {
            break;
        }
        t += 1;
    }
    m
}

/// "Zedland's ambassador to Britain said", "the envoy to the Arctic Council said": the name
/// after "to" completes a role, whose holder speaks.
fn role_before_place(doc: &Doc, lo: usize, m: &Mention) -> Option<(usize, usize)> {
    if m.label == crate::entities::Label::Person {
        return None;
    }
    let mut j = doc.token_at(m.start);
    if j > lo && word(doc, j - 1) == "the" {
        j -= 1;
    }
    if j < lo + 2 || word(doc, j - 1) != "to" || !lexicon::is_role_noun(&word(doc, j - 2)) {
        return None;
    }
    description_ending_at(doc, lo, j - 2)
}

/// "the National Institute on Drug Abuse said", where the recogniser split the name at "on":
/// an organisation after "on", "for" or "of" and another just before are one name.
fn org_before_of(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    m: &Mention,
) -> Option<(usize, usize)> {
    if m.label != crate::entities::Label::Org {
        return None;
    }
    let j = doc.token_at(m.start);
    if j < lo + 2 || !lexicon::continues_org_name(&word(doc, j - 1)) {
        return None;
    }
    let head = mention_ending_at(doc, mentions, j - 2)?;
    (head.label == crate::entities::Label::Org && doc.token_at(head.start) >= lo)
        .then_some((head.start, m.end))
}

/// "Lara Smith, the younger sister of the heir to the firm, Charles, has told friends": a
/// name after a description that itself follows the sentence's first name names someone in
/// the description; the first name is the subject. "Her mother, Fiona, said" has no name
/// before the description.
fn person_opening_apposition<'m>(
    doc: &Doc,
    mentions: &'m [Mention],
    lo: usize,
    m: &Mention,
) -> Option<&'m Mention> {
    let t = doc.token_at(m.start);
    if t < lo + 2 || doc.tok(t - 1) != "," {
        return None;
    }
    // the comma that closes the first name, no further back than the sentence start
    let c = (lo + 1..t - 1)
        .rev()
        .take(25)
        .find(|&c| doc.tok(c) == ",")?;
    // the description between the commas opens with a determiner ("the", "a", "her")
    if c + 2 >= t || !is_determiner(&word(doc, c + 1)) {
        return None;
    }
    let p = mention_ending_at(doc, mentions, c - 1)
        .filter(|p| p.label == crate::entities::Label::Person)?;
    // the first name opens the sentence, maybe after capitalised titles ("Prince", "Dr.")
    let s = doc.token_at(p.start);
    (lo..s)
        .all(|i| crate::entities::is_capitalised(doc.tok(i)) || doc.tok(i) == ".")
        .then_some(p)
}

/// "Tom Reed, Senior Vice President of Sales for Brightco, Inc., says": a title with commas
/// of its own after the name that opens the sentence; the name speaks.
fn person_before_long_title(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    k: usize,
) -> Option<(usize, usize)> {
    let p = person_before_commas(doc, mentions, lo.max(k.saturating_sub(30)), k)?;
    let s = doc.token_at(p.start);
    let after = doc.token_at(p.end);
    // the name opens the sentence, and a capitalised title follows its comma
    (s == lo
        && after + 1 < k
        && doc.tok(after) == ","
        && crate::entities::is_capitalised(doc.tok(after + 1)))
    .then_some((p.start, p.end))
}

/// "Zedland's foreign ministry said", "the agency's scientists said": a name in the
/// possessive before a role or a body is not the subject; the role is.
fn possessed_role(doc: &Doc, m: &Mention, limit: usize) -> Option<(usize, usize)> {
    let t = doc.token_at(m.end.saturating_sub(1));
    let tok = doc.tok(t);
    let mut k = t + 1;
    // the mark of the possessive: inside the name's last token, or a token of its own
    let attached = tok.ends_with("'s") || tok.ends_with("\u{2019}s");
    if !attached {
        if k >= limit || !matches!(doc.tok(k), "'s" | "\u{2019}s") {
            return None;
        }
        k += 1;
    }
    let mut head = None;
    while k < limit && k - t <= 5 {
        let w = doc.tok(k);
        let lw = lower(w);
        if doc.tokens[k].kind != TokenKind::Word
            || crate::entities::is_capitalised(w)
            || breaks_phrase(&lw)
        {
            break;
        }
        // "scientists", "officials": a plural of a role; "remarks" is no one
        if lexicon::is_role_or_body(&lw) {
            head = Some(k);
        }
        k += 1;
    }
    let h = head?;
    Some((m.start, doc.tokens[h].end))
}

/// "the vice president", "a senior official", "officials", "Tsvangirai's spokesman".
fn description_ending_at(doc: &Doc, lo: usize, k: usize) -> Option<(usize, usize)> {
    // "the mother of three replied": one word after "of" completes a description that has its
    // determiner; the phrase stays the description, never a name ("a member of Congress" is
    // a mention, found before this).
    if k >= lo + 3 && doc.tokens[k].kind == TokenKind::Word && word(doc, k - 1) == "of" {
        if let Some((s, _)) = description_ending_at(doc, lo, k - 2) {
            if is_determiner(&word(doc, doc.token_at(s))) {
                return Some((s, doc.tokens[k].end));
            }
        }
    }
    let head = doc.tok(k);
    let lw = lower(head);
    if doc.tokens[k].kind != TokenKind::Word
        || breaks_phrase(&lw)
        || is_time_noun(&lw)
        || lw.ends_with("ly")
        || is_determiner(&lw)
    {
        return None;
    }
    let mut j = k;
    let mut det = false;
    while j > lo && k - j < 6 {
        let p = j - 1;
        // "the 34-year-old mother": an age or a measure joined by hyphens ("34", "-",
        // "year-old") is a modifier
        let joined = |a: usize| doc.tokens[a].end == doc.tokens[a + 1].start;
        let compound = match doc.tokens[p].kind {
            TokenKind::Punct => doc.tok(p) == "-" && p > 0 && joined(p - 1) && joined(p),
            TokenKind::Number => doc.tok(p + 1) == "-" && joined(p),
            TokenKind::Word => false,
        };
        if compound {
            j = p;
            continue;
        }
        if doc.tokens[p].kind != TokenKind::Word {
            break;
        }
        let pw = lower(doc.tok(p));
        // "that" before a plural opens a clause ("the next two years that industry analysts
        // say"): as a determiner it takes only a singular noun.
        if matches!(pw.as_str(), "that" | "this") && lw.ends_with('s') && !lw.ends_with("ss") {
            break;
        }
        if is_determiner(&pw) {
            j = p;
            det = true;
            break;
        }
        if breaks_phrase(&pw) || pw.ends_with("ed") && !lexicon::is_title(&pw) {
            break;
        }
        j = p;
    }
    // Without a determiner only a plural ("officials", "sources") or a word after a possessive
    // ("Tsvangirai's spokesman") is a whole noun phrase.
    let plural = lw.ends_with('s') && !lw.ends_with("ss");
    let possessive = doc.tok(j).ends_with("'s") || doc.tok(j).ends_with("\u{2019}s");
    // Collective nouns speak without a determiner too: "Police said".
    if !det && !plural && !possessive && !lexicon::is_title(&lw) && !lexicon::is_org_head(&lw) {
        return None;
    }
    Some((doc.tokens[j].start, doc.tokens[k].end))
}

/// The subject of the sentence whose tokens start at `lo`, when a quote in it has no speech
/// verb: "Trump called the senator a “nasty guy”" still quotes Trump. An opening phrase up to
/// a comma ("On Friday, ...") is skipped.
pub fn sentence_subject(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    before: usize,
) -> Option<(usize, usize)> {
    let limit = before.min(doc.tokens.len());
    subject_from(doc, mentions, lo, limit).or_else(|| {
        // "During a national security speech earlier in the day, Trump ...", "On July 6,
        // 2015, Sanders ...": an opening phrase of up to a dozen words, maybe with commas.
        (lo..limit.min(lo + 12))
            .filter(|&i| doc.tok(i) == ",")
            .find_map(|c| subject_from(doc, mentions, c + 1, limit))
    })
}

/// The sentence subject when it acts: "Eloise Parry, 21, was taken to hospital after taking
/// “slimming tablets”" has a subject that undergoes, not one that speaks.
pub fn active_subject(
    doc: &Doc,
    mentions: &[Mention],
    lo: usize,
    before: usize,
) -> Option<(usize, usize)> {
    let subj = sentence_subject(doc, mentions, lo, before)?;
    let mut k = doc.token_at(subj.1);
    // past an apposition: ", 21," or ", a lawyer,"
    if k < before && doc.tok(k) == "," {
        k += 1;
        while k < before && doc.tok(k) != "," && k - lo < 30 {
            k += 1;
        }
        k += 1;
    }
    while k < before && is_skippable(&word(doc, k)) && !is_be(&word(doc, k)) {
        k += 1;
    }
    if k + 1 < before && is_be(&word(doc, k)) {
        let next = word(doc, k + 1);
        if next.ends_with("ed") || next.ends_with("en") || next == "being" || next == "been" {
            return None;
        }
    }
    Some(subj)
}

fn is_be(w: &str) -> bool {
    matches!(w, "is" | "was" | "were" | "are" | "be" | "been")
}

/// A name or pronoun starting at `k`, past a few premodifiers ("Democratic presidential
/// nominee Hillary Clinton").
fn subject_from(doc: &Doc, mentions: &[Mention], k: usize, limit: usize) -> Option<(usize, usize)> {
    let mut t = k;
    while t < limit && t - k < 6 {
        if let Some(m) = mention_starting_at(doc, mentions, t) {
            let m = person_after(doc, mentions, m);
            let last = doc.tokens.get(limit.checked_sub(1)?)?;
            let span = possessed_role(doc, m, limit).unwrap_or((m.start, m.end));
            return (span.1 <= last.end).then_some(span);
        }
        let w = word(doc, t);
        if t == k && matches!(w.as_str(), "he" | "she" | "they" | "it") {
            let tk = doc.tokens[t];
            return Some((tk.start, tk.end));
        }
        let premodifier = doc.tokens[t].kind != TokenKind::Punct
            && !breaks_phrase(&w)
            && !crate::quotes::cues::is_speech_verb(&w)
            && (t > k || !lexicon::is_stop(&w) || matches!(w.as_str(), "but" | "and"));
        if !premodifier {
            return None;
        }
        t += 1;
    }
    None
}

/// Whether a common noun can head a source after the verb: people and bodies ("said a
/// spokesman", "said officials", "said the ministry") and what they issue ("said the
/// statement"); a capitalised head is a name ("said the Rev. Peter Wherry", "the NAACP").
/// "..., reported a methamphetamine use disorder" has the verb's object there.
fn can_speak(head: &str) -> bool {
    lexicon::is_role_noun(head)
        || lexicon::is_org_head(head)
        || head.ends_with('s') && !head.ends_with("ss")
        || matches!(
            head,
            "statement"
                | "report"
                | "release"
                | "study"
                | "survey"
                | "letter"
                | "memo"
                | "filing"
                | "document"
                | "source"
                | "person"
                | "man"
                | "woman"
                | "resident"
                | "witness"
                | "user"
                | "post"
                | "tweet"
                | "complaint"
                | "lawsuit"
                | "indictment"
                | "analysis"
                | "review"
                | "poll"
                | "paper"
                | "ruling"
                | "data"
        )
}

/// An auxiliary or modal: after a noun phrase it starts that phrase's own predicate.
pub(crate) fn opens_predicate(w: &str) -> bool {
    // no "shall" (it sets a duty: "the board shall state") and no "do" (as often the verb
    // itself: "officials do business")
    (words::is_modal(w) && w != "shall") || (words::is_auxiliary(w) && w != "do")
}

/// The source on the right of the speech verb at `v` ("said Harris", "said the statement").
pub fn right_of(doc: &Doc, mentions: &[Mention], v: usize, hi: usize) -> Option<(usize, usize)> {
    let k = v + 1;
    if k >= hi {
        return None;
    }
    // "added Rep. Jim Clyburn", "said European Council President Donald Tusk", "said 9/11
    // widow Terry Strada": premodifiers stand before the name's mention.
    let mut t = k;
    while t < hi && t - k < 6 {
        if let Some(m) = mention_starting_at(doc, mentions, t) {
            let m = person_after(doc, mentions, m);
            return Some((m.start, m.end));
        }
        let w = word(doc, t);
        let premodifier = lexicon::is_role_noun(&w)
            || lexicon::is_demonym(&w)
            || crate::entities::is_capitalised(doc.tok(t))
            || doc.tokens[t].kind == TokenKind::Number
            || (t > k && doc.tokens[t].kind == TokenKind::Word && !breaks_phrase(&w));
        if !premodifier {
            break;
        }
        t += 1;
    }
    let w = word(doc, k);
    if matches!(w.as_str(), "he" | "she" | "they") {
        let t = doc.tokens[k];
        return Some((t.start, t.end));
    }
    // "saying that the epidemic ...": a demonstrative after the verb opens its clause.
    if is_determiner(&w) && !matches!(w.as_str(), "that" | "this" | "these" | "those") {
        let mut e = k + 1;
        while e < hi && e - k < 6 && doc.tokens[e].kind == TokenKind::Word {
            let ew = word(doc, e);
            // "the World Travel and Tourism Council": "and" or "of" between capitalised
            // words stays inside a name.
            let inside_name = matches!(ew.as_str(), "and" | "of")
                && crate::entities::is_capitalised(doc.tok(e - 1))
                && e + 1 < hi
                && crate::entities::is_capitalised(doc.tok(e + 1));
            if !inside_name && (breaks_phrase(&ew) || matches!(ew.as_str(), "in" | "on" | "at")) {
                break;
            }
            e += 1;
        }
        // "..., says the wagon will be able to go": a verb after the phrase makes it the
        // subject of the reported clause, not the source of what stood before.
        if e > k + 1
            && !(e < hi && opens_predicate(&word(doc, e)))
            && (crate::entities::is_capitalised(doc.tok(e - 1)) || can_speak(&word(doc, e - 1)))
        {
            return Some((doc.tokens[k].start, doc.tokens[e - 1].end));
        }
    }
    None
}
