//! The tense around a time expression, which decides the direction of bare weekdays and months:
//! "said Wednesday" is the Wednesday before publication, "will visit on Wednesday" the one after.
//! The nearest tense marker of the clause wins, since a sentence often mixes a past reporting verb
//! with a future event ("Harris said she will travel Monday").

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// How far (in tokens) to look for a marker on each side of the expression.
const LEFT: usize = 10;
const RIGHT: usize = 8;
const RIGHT_FRONTED: usize = 16;

/// `words` are the tokens of the sentence as written; the expression covers `start..end`.
pub fn around(words: &[&str], start: usize, end: usize) -> Tense {
    // "back in March" looks back whatever the verb, which is often far ("was the first to
    // release it ... back in March"); "will be back in March", "comes back in March" are a
    // return still to come.
    let returning = start >= 3
        && matches!(
            words[start - 3].to_lowercase().as_str(),
            "be" | "is"
                | "are"
                | "am"
                | "come"
                | "comes"
                | "coming"
                | "go"
                | "goes"
                | "get"
                | "gets"
        );
    if start >= 2
        && words[start - 2].eq_ignore_ascii_case("back")
        && words[start - 1].eq_ignore_ascii_case("in")
        && !returning
    {
        return Tense::Past;
    }
    if deferred_until(words, start) {
        return Tense::Future;
    }
    match possessive(words, end) {
        // "Thursday's vote ... will be the last", "fans expect the home side to take
        // Sunday's final": an event that takes place on the day goes ahead with a clause
        // about what is still to come. A result ("Tuesday's verdict will stand") stays the
        // day gone. Only a plain future or an expectation counts: "is handing out flyers at
        // Friday's gala" may well be about the gala gone, and "would" is as often a past's
        // conditional.
        Some(Tense::Unknown) if timed_event(words, end) => {
            let left = (start.saturating_sub(LEFT)..start)
                .rev()
                .take_while(|&j| !boundary(Some(words[j])));
            let right =
                (end..(end + RIGHT).min(words.len())).take_while(|&j| !boundary(Some(words[j])));
            let near: Vec<String> = left.chain(right).map(|j| words[j].to_lowercase()).collect();
            let ahead = near.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "will" | "shall" | "won't" | "expect" | "expects" | "plans" | "plan"
                ) || w.ends_with("'ll")
                    || w.ends_with("\u{2019}ll")
            });
            // "the league will review Sunday's game", "fans will remember Saturday's match":
            // a future that looks back on the event
            let back = near.iter().any(|w| {
                [
                    "review",
                    "investigat",
                    "remember",
                    "recall",
                    "examin",
                    "analy",
                    "probe",
                    "replay",
                ]
                .iter()
                .any(|r| w.starts_with(r))
                    || matches!(w.as_str(), "after" | "since" | "following")
            });
            return if ahead && !back {
                Tense::Future
            } else {
                Tense::Unknown
            };
        }
        Some(t) => return t,
        None => {}
    }
    clause_tense(words, start, end)
}

/// The tense of the clause around `start..end` from the markers on either side.
fn clause_tense(words: &[&str], start: usize, end: usize) -> Tense {
    // "The vote is Friday", "the deadline is on Monday": a present copula dates what is
    // still to come (or today's)
    let copula = |j: Option<usize>| {
        j.and_then(|j| words.get(j))
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "is" | "are"))
    };
    let before = start.checked_sub(1);
    let on = before.is_some_and(|j| words[j].eq_ignore_ascii_case("on"));
    if copula(before) || (on && copula(start.checked_sub(2))) {
        return Tense::Future;
    }
    let mut left = None;
    for (dist, k) in (start.saturating_sub(LEFT)..start).rev().enumerate() {
        if let Some(t) = marker(words, k) {
            left = Some((dist, t));
            break;
        }
        // A clause boundary: what lies beyond belongs to another verb.
        if boundary(words.get(k).copied()) {
            break;
        }
    }
    // A fronted adverbial ("On Tuesday, the league plans to ...") takes the verb of the main
    // clause, after a subject that may be long.
    let fronted = start <= 1 && words.get(end).copied() == Some(",");
    let reach = if fronted { RIGHT_FRONTED } else { RIGHT };
    // "The minister, who is due in Paris on Friday, said ...": a relative clause set off by
    // commas ends at its closing comma; the verb after it is the main clause's.
    let relative = (start.saturating_sub(LEFT)..start)
        .rev()
        .take_while(|&j| words[j] != "," && !boundary(Some(words[j])))
        .any(|j| {
            j > 0
                && words[j - 1] == ","
                && matches!(words[j].to_lowercase().as_str(), "who" | "which")
        });
    let mut right = None;
    for (dist, k) in (end..(end + reach).min(words.len())).enumerate() {
        // "chose to go public on Tuesday, claiming the offer should be withdrawn": a
        // participle after a comma opens a clause of its own
        let participial = words[k] == ","
            && words.get(k + 1).is_some_and(|w| {
                w.len() > 5 && w.ends_with("ing") && w.chars().all(|c| c.is_ascii_lowercase())
            });
        if boundary(words.get(k).copied()) || (relative && words[k] == ",") || participial {
            break;
        }
        // "planned a rally on Saturday and were planning to ...": past "and" comes another
        // verb's conjunct, when the expression already has a verb of its own; so does a
        // reporting clause past a comma ("hopes to reopen the mine soon, the company said").
        if left.is_some() && (words[k].eq_ignore_ascii_case("and") || reporting_after(words, k)) {
            break;
        }
        if let Some(t) = marker(words, k) {
            if noun_infinitive(words, end, k) {
                continue;
            }
            // "lifted the Islanders over the Penguins Tuesday night to extend their streak":
            // an infinitive right after the date tells what the event was for or led to,
            // not when it was; the verb before the date decides. A deadline is different:
            // "until 9 a.m. Tuesday to sign" is a time still to come.
            let deadline = start > 0
                && matches!(
                    words[start - 1].to_lowercase().as_str(),
                    "until" | "till" | "by" | "before"
                );
            if dist == 0 && words[k].eq_ignore_ascii_case("to") && !deadline {
                // with no verb before it in a wider reach ("officials gather Tuesday to
                // discuss"), the infinitive still points ahead
                let before = (start.saturating_sub(2 * LEFT)..start)
                    .rev()
                    .take_while(|&j| !boundary(words.get(j).copied()))
                    .find_map(|j| marker(words, j));
                if let Some(tb) = before {
                    left = Some((dist, tb));
                    break;
                }
            }
            right = Some((dist, t));
            break;
        }
    }
    match (left, right) {
        (Some((dl, tl)), Some((dr, tr))) => {
            if dr < dl {
                tr
            } else {
                tl
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) if fronted => main_clause_tense(words, end),
        (None, None) => absolute_clause_tense(words, start),
    }
}

/// "Wednesday's ruling", "Friday's meeting": the day names an event by itself, so the verbs
/// around it are about something else ("they would look for ways around Wednesday's
/// ruling"). Only a word of the event itself can send it ahead ("Friday's scheduled vote")
/// or back ("Friday's talks ended"); otherwise it is the day on or before the anchor, which news mostly looks back on ("Friday's
/// meeting" in a Friday story is today's).
fn possessive(words: &[&str], end: usize) -> Option<Tense> {
    let last = words.get(end.checked_sub(1)?)?;
    let attached = last.ends_with("'s") || last.ends_with("\u{2019}s");
    let split = words
        .get(end)
        .is_some_and(|w| matches!(*w, "'s" | "\u{2019}s"));
    if !attached && !split {
        return None;
    }
    let noun = end + usize::from(split);
    let ahead = (noun..(noun + 2).min(words.len())).any(|k| {
        matches!(
            words[k].to_lowercase().as_str(),
            "scheduled" | "planned" | "upcoming" | "expected" | "proposed" | "coming" | "slated"
        )
    });
    if ahead {
        return Some(Tense::Future);
    }
    // the event's own verb: "Friday's talks ended"
    let ended = (noun..(noun + 4).min(words.len()))
        .take_while(|&k| !boundary(Some(words[k])))
        .any(|k| marker(words, k) == Some(Tense::Past));
    Some(if ended { Tense::Past } else { Tense::Unknown })
}

/// A comma at `k` that opens a reporting clause: ", a spokesman announced", ", officials
/// said", ", according to". What it reports is the clause before, whose own verb decides; a
/// clause of another kind after the comma ("on Friday, he will meet") may well be the
/// expression's.
pub fn reporting_after(words: &[&str], k: usize) -> bool {
    words[k] == ","
        && (k + 1..(k + 5).min(words.len())).any(|j| {
            matches!(
                words[j].to_lowercase().as_str(),
                "said"
                    | "says"
                    | "told"
                    | "announced"
                    | "added"
                    | "reported"
                    | "wrote"
                    | "stated"
                    | "according"
                    | "noted"
                    | "explained"
            )
        })
}

/// The noun after a possessive day names an event held on that day ("Monday's debate"),
/// not a result that outlasts it ("Tuesday's verdict", "Friday's decision").
fn timed_event(words: &[&str], end: usize) -> bool {
    let split = words
        .get(end)
        .is_some_and(|w| matches!(*w, "'s" | "\u{2019}s"));
    let noun = end + usize::from(split);
    // "Friday night's game", "Sunday's first race", "Tuesday's city council meeting"
    (noun..(noun + 3).min(words.len())).any(|k| {
        matches!(
            words[k].to_lowercase().as_str(),
            "debate"
                | "debates"
                | "encounter"
                | "game"
                | "match"
                | "meeting"
                | "summit"
                | "hearing"
                | "election"
                | "primary"
                | "rally"
                | "race"
                | "showdown"
                | "session"
                | "ceremony"
                | "parade"
                | "concert"
                | "forum"
                | "talks"
        )
    })
}

/// "postponed until Tuesday", "extended its deadline until 9 a.m. Tuesday", "delayed the vote
/// to Monday": a date something was put off to lies after the decision, which is reported in
/// the past tense. Only a decision already overtaken ("had extended it until Friday") looks
/// back.
fn deferred_until(words: &[&str], start: usize) -> bool {
    let Some(prep) = start.checked_sub(1).map(|j| words[j].to_lowercase()) else {
        return false;
    };
    if !matches!(prep.as_str(), "until" | "till" | "to") {
        return false;
    }
    // "schools are closed until Monday", "the road remains shut till Friday": a state that
    // holds now lasts until a day still to come
    let present_state = prep != "to"
        && (start.saturating_sub(5)..start - 1)
            .rev()
            // "what is clear is that until Monday, ...": a clause of its own follows
            .take_while(|&j| {
                !boundary(Some(words[j]))
                    && !matches!(words[j].to_lowercase().as_str(), "," | "that" | "what")
            })
            .any(|j| {
                matches!(
                    words[j].to_lowercase().as_str(),
                    "is" | "are" | "am" | "remain" | "remains" | "stays" | "stay"
                )
            });
    if present_state {
        return true;
    }
    let from = start.saturating_sub(7);
    for j in (from..start - 1).rev() {
        let w = words[j].to_lowercase();
        if boundary(Some(words[j])) {
            return false;
        }
        let deferral = ["postpon", "delay", "defer", "adjourn", "extend", "reschedul"]
            .iter()
            .any(|r| w.starts_with(r))
            || matches!(w.as_str(), "deadline" | "deadlines")
            // "pushed back to", "put off until", "moved back to"
            || (matches!(w.as_str(), "back" | "off")
                && j > 0
                && matches!(
                    words[j - 1].to_lowercase().as_str(),
                    "pushed" | "push" | "pushes" | "put" | "puts" | "moved" | "move" | "moves"
                ));
        // "to" follows many verbs ("extended the talks to other cities on Friday" is no
        // deferral): only a deferral right before the date or its object counts.
        if deferral {
            let overtaken = (j.saturating_sub(3)..j).any(|i| words[i].eq_ignore_ascii_case("had"));
            return !overtaken && (prep == "until" || prep == "till" || j + 4 >= start);
        }
    }
    false
}

/// A fronted adverbial with no marker in reach takes the first marker of the main clause,
/// however long the phrases before it: "In January, a week after the anniversary of the
/// decision, a clinic bombing in Birmingham killed a guard" is past. Elsewhere a far marker
/// belongs to another verb as often as not ("announced an agreement to acquire the bank
/// holding company in January").
fn main_clause_tense(words: &[&str], end: usize) -> Tense {
    (end..words.len())
        .take_while(|&k| !boundary(words.get(k).copied()))
        .find_map(|k| marker(words, k))
        .unwrap_or(Tense::Unknown)
}

/// An absolute clause ("..., with the third flight departing from August 6") has no tense of
/// its own: it takes the verb of the clause it hangs on, however far ("two flights would leave
/// from March 30, with the third departing each Thursday from August 6").
fn absolute_clause_tense(words: &[&str], start: usize) -> Tense {
    let from = start.saturating_sub(LEFT);
    let Some(with) = (from..start)
        .rev()
        .find(|&j| words[j].eq_ignore_ascii_case("with"))
    else {
        return far_modal(words, start);
    };
    let participle = (with + 1..start).any(|j| {
        let w = words[j];
        w.len() > 5 && w.ends_with("ing") && w.chars().all(|c| c.is_ascii_lowercase())
    });
    if !participle {
        return Tense::Unknown;
    }
    (0..with)
        .rev()
        .take_while(|&k| !boundary(words.get(k).copied()))
        .find_map(|k| marker(words, k))
        .unwrap_or(Tense::Unknown)
}

/// A modal far before the expression, with no other verb or clause boundary between, is
/// still its verb's: "X will be named commander of the shuttle Columbia for a mission in
/// December". Called only when no marker lies in the usual reach.
fn far_modal(words: &[&str], start: usize) -> Tense {
    let future = |w: &str| crate::words::is_future_modal(w) || w.ends_with("'ll");
    let from = start.saturating_sub(2 * LEFT);
    for k in (from..start).rev() {
        if boundary(Some(words[k])) {
            break;
        }
        let w = words[k].to_lowercase();
        if future(&w) {
            return Tense::Future;
        }
        if marker(words, k).is_none() {
            continue;
        }
        // "will be asked to sign the guest book at the reception on Friday": an infinitive
        // on the way is part of the modal's verb
        let infinitive =
            w == "to" && (k.saturating_sub(3)..k).any(|j| future(&words[j].to_lowercase()));
        if !infinitive {
            break;
        }
    }
    Tense::Unknown
}

/// An infinitive after the expression that completes a noun ("criticism on Tuesday over its
/// decision to end ...", "the Monday announcement to expand ...") tells what the noun is about,
/// not when the clause of the expression happened, so it is no marker for it. One that follows
/// a verb or the expression itself ("voted Monday to approve") still is.
fn noun_infinitive(words: &[&str], end: usize, k: usize) -> bool {
    if !words.get(k).is_some_and(|w| w.eq_ignore_ascii_case("to")) || k < end + 1 {
        return false;
    }
    let noun = words[k - 1];
    if !noun.chars().all(|c| c.is_ascii_lowercase()) || noun.len() < 3 || noun.ends_with("ed") {
        return false;
    }
    // the noun right after the expression, or after a determiner or a verb of having
    // ("still has work to do", "had no reason to")
    k - 1 == end
        || (k >= end + 2 && {
            let d = words[k - 2].to_lowercase();
            crate::words::is_determiner(&d) || matches!(d.as_str(), "has" | "have" | "had" | "no")
        })
}

fn marker(words: &[&str], k: usize) -> Option<Tense> {
    let lower = words.get(k)?.to_lowercase();
    let w = lower.as_str();
    // The next word keeps its case: "to Harare" is a place, "to resume" an infinitive.
    let next_raw = words.get(k + 1).copied().unwrap_or("");
    let next_lower = next_raw.to_lowercase();
    let next = next_lower.as_str();
    // The word before, lowered once for the many checks below that read it.
    let prev = prev_lower(words, k);
    // An intention or schedule reported in the past is past: "was to resume", "had been
    // scheduled to expire", "were expected to". "did not plan to" is no such thing: a denial
    // of what lies ahead.
    let reported_past = || {
        (k.saturating_sub(3)..k).any(|j| {
            words.get(j).is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "had" | "was" | "were" | "previously"
                )
            })
        })
    };
    let intention = |t: Tense| {
        if reported_past() {
            Tense::Past
        } else {
            t
        }
    };
    // A passive participle carries no tense of its own: "would be held on April 24" is as
    // future as its modal, "has been delayed" as its auxiliary.
    let after_be = matches!(prev.as_str(), "be" | "been" | "being");
    // ... except a word of the timetable, which sets its date ahead of its auxiliary: "has
    // been scheduled for Friday", "has been set for Monday" (but "had been scheduled to
    // expire Friday" is an overtaken plan).
    let timetable = matches!(w, "scheduled" | "slated" | "rescheduled")
        || (w == "set" && matches!(next, "for" | "to"));
    if after_be && timetable {
        return Some(intention(Tense::Future));
    }
    if after_be {
        return None;
    }
    // A present passive is no past: "when the case is heard in May", "talks are held Monday".
    let after_present_be = matches!(prev.as_str(), "is" | "are" | "am" | "isn't" | "aren't");
    // "the cheers coming from the locker room Sunday night": a bare participle of
    // motion after its noun is a reduced clause with no tense of its own; "is coming to
    // town Monday", "the coming week" still point ahead.
    let motion = w == "coming"
        && matches!(
            next,
            "out"
                | "from"
                | "off"
                | "back"
                | "into"
                | "up"
                | "down"
                | "through"
                | "under"
                | "amid"
                | "after"
        )
        && !matches!(
            prev.as_str(),
            "is" | "are" | "am" | "'s" | "'re" | "be" | "\u{2019}s" | "\u{2019}re"
        );
    if motion {
        return None;
    }
    match w {
        "will" | "shall" | "won't" | "wo" | "upcoming" | "tomorrow" | "coming" | "soon" => {
            return Some(Tense::Future)
        }
        "next" if next != "to" => return Some(Tense::Future),
        // "effective Feb. 1" names when a change takes hold, whatever the tense of the
        // report: the nearest marker says nothing either way.
        "effective" => return Some(Tense::Unknown),
        // "as early as Tuesday" sets a date still to come.
        "early" if next == "as" && k > 0 && words[k - 1].eq_ignore_ascii_case("as") => {
            return Some(Tense::Future)
        }
        "scheduled" | "due" | "slated" | "rescheduled" => return Some(intention(Tense::Future)),
        // "Election result expected on Friday", "a ruling is expected by Monday", "snow is
        // expected in December"
        "expected" | "forecast" | "predicted" | "projected"
            if matches!(
                next,
                "on" | "by" | "at" | "before" | "within" | "later" | "for" | "in"
            ) && (w != "expected" || next != "for")
                && !by_agent(words, k) =>
        {
            return Some(intention(Tense::Future))
        }
        // "will last until Friday", "is expected to last": the verb, not the adverb of the
        // past, and its modal decides
        "last" | "lasts" if crate::words::is_modal(&prev) || prev == "to" => return None,
        "set"
            if next == "for"
                && k > 0
                && matches!(prev.as_str(), "is" | "are" | "was" | "were" | "'s") =>
        {
            return Some(intention(Tense::Future))
        }
        // "protesters planned a rally on Saturday": what was planned lies ahead of the
        // planning, unless it went ahead "as planned" or the plan was overtaken ("had
        // planned").
        "planned" if next != "to" => {
            // "the hastily planned trip", "a planned visit": an adjective, no verb of the clause
            let det = |j: usize| {
                matches!(
                    words[j].to_lowercase().as_str(),
                    "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "that"
                )
            };
            let adjective =
                (k >= 1 && det(k - 1)) || (k >= 2 && words[k - 1].ends_with("ly") && det(k - 2));
            if adjective {
                return None;
            }
            let as_planned = (k.saturating_sub(2)..k).any(|j| words[j].eq_ignore_ascii_case("as"));
            return Some(if as_planned {
                Tense::Past
            } else {
                intention(Tense::Future)
            });
        }
        "plans" | "plan" | "planning" | "expected" | "expects" | "expect" | "set" | "intends"
        | "aims" | "hopes" | "going" | "poised" | "prepared" | "prepares" | "agreed"
            if next == "to" =>
        {
            // A plan in progress when reported still points ahead, unlike "was to resume"
            // or "were expected to".
            if w == "planning" {
                return Some(Tense::Future);
            }
            return Some(intention(Tense::Future));
        }
        // an infinitive names what is still to happen: "is to resume trading Tuesday",
        // "an agreement to acquire the company in January"
        "to" if is_verb_like(next_raw) => {
            // "were planning to drive ... on Monday": a plan in progress when reported still
            // points ahead.
            let planning = k > 0 && words[k - 1].eq_ignore_ascii_case("planning");
            if planning {
                return Some(Tense::Future);
            }
            if governed_by_past(words, k) {
                return Some(Tense::Past);
            }
            return Some(intention(Tense::Future));
        }
        // "could" is as often the past of "can" ("could not be reached Wednesday") as a
        // conditional, so it marks nothing.
        "would" if next != "have" => return Some(Tense::Future),
        // an obligation is still to be met: "must decide by Friday", "should register by
        // Monday" (but "must have decided" looks back)
        "must" | "should" if next != "have" && next != "'ve" => return Some(Tense::Future),
        _ if past_word(w) && !after_present_be => return Some(Tense::Past),
        _ => {}
    }
    // "he travels on Sunday": a present tense with a weekday is a timetable, in the future.
    if matches!(prev.as_str(), "he" | "she")
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.len() > 3
        && !matches!(w, "was" | "has" | "is" | "does" | "says")
    {
        return Some(Tense::Future);
    }
    // "they meet Monday", "we vote on Tuesday": a plural present with a day is a timetable too.
    if matches!(prev.as_str(), "they" | "we") && bare_present(w) {
        return Some(Tense::Future);
    }
    // "Netanyahu and Arafat meet separately Monday", "the summit opens Tuesday": a verb of
    // the timetable in the present, after its subject, is a coming event.
    // "The Gophers (9-1, 6-1) play Saturday": the subject is the word before a parenthesis
    let subject_at = match k.checked_sub(1) {
        Some(j) if words[j] == ")" => (j.saturating_sub(12)..j)
            .rev()
            .find(|&i| words[i] == "(")
            .and_then(|i| i.checked_sub(1)),
        j => j,
    };
    let prev_raw = subject_at.map_or("", |j| words[j]);
    let prev = prev_raw.to_lowercase();
    let named = prev_raw.chars().next().is_some_and(char::is_uppercase)
        || matches!(prev.as_str(), "he" | "she" | "it" | "they" | "we");
    // A relative pronoun before a singular present stands for the noun before it: "the tour
    // that stops in Ohio on July 22", "the fair, which opens Tuesday". Before a plural noun
    // "that" would be no determiner ("that stops" is not "those stops"), so the '-s' form is
    // the verb.
    let relative = matches!(prev.as_str(), "that" | "which") && w.ends_with('s');
    // "goes on sale", "goes on trial", "goes into effect", "goes live", "takes effect",
    // "takes place", "takes office": a start to come
    let goes = (w == "goes" && matches!(next, "on" | "into" | "live" | "to" | "before"))
        || (w == "takes" && matches!(next, "effect" | "place" | "office"));
    let timetable = match schedule_present(w) {
        Some(Timetable::Verb) => true,
        Some(Timetable::NounToo) => named || relative,
        None => goes,
    };
    if timetable && (subject_before(prev.as_str()) || relative) {
        return Some(Tense::Future);
    }
    if w.ends_with("'ll") || w.ends_with("\u{2019}ll") {
        return Some(Tense::Future);
    }
    // After a determiner a participle is an adjective: "the revised figures", "on a still
    // unspecified date". A noun between makes it the verb of that noun: "The council agreed
    // Monday to pay" reports a past decision.
    let det = |j: usize| crate::words::is_determiner(&words[j].to_lowercase());
    let adverb = |j: usize| {
        let w = words[j].to_lowercase();
        w.ends_with("ly") || matches!(w.as_str(), "still" | "yet" | "not" | "so" | "well" | "long")
    };
    let adjectival = (k >= 1 && det(k - 1)) || (k >= 2 && det(k - 2) && adverb(k - 1));
    // "new markets untouched by the crisis": a participle after a noun and before its agent
    // is a reduced relative clause, which sets no time for the clause around it; "was
    // untouched by" has its auxiliary, which counts.
    let reduced_relative = next == "by"
        && !crate::words::is_subject_pronoun(&prev)
        && !matches!(prev.as_str(), "who" | "which" | "that");
    // "Reed", "Alfred", "Mildred": a capital inside the sentence is a name, no verb
    let name = k > 0 && words[k].chars().next().is_some_and(char::is_uppercase);
    if past_participle(w) && !adjectival && !reduced_relative && !after_present_be && !name {
        return Some(Tense::Past);
    }
    None
}

/// "expected by analysts", "forecast by economists": "by" brings the agent, not a time.
fn by_agent(words: &[&str], k: usize) -> bool {
    words
        .get(k + 1)
        .is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words.get(k + 2).is_some_and(|w| {
            w.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    *w,
                    "the"
                        | "early"
                        | "mid"
                        | "late"
                        | "next"
                        | "then"
                        | "year-end"
                        | "midnight"
                        | "noon"
                )
        })
}

fn prev_lower(words: &[&str], k: usize) -> String {
    k.checked_sub(1)
        .and_then(|j| words.get(j))
        .map(|p| p.to_lowercase())
        .unwrap_or_default()
}

/// The clause each word is in, counted by the breaks before it: a year one clause states
/// says nothing of a feast another clause names ("it lost in 2015, but on Election Day I will
/// vote"), nor of one in a quotation after it. Dashes set off an aside that shares its year
/// ("before the 2012 election - with ... in the run-up to Election Day"), and so do scare
/// quotes round a word or two; a stop inside the sentence is one the splitter missed.
pub fn clauses(words: &[&str]) -> Vec<usize> {
    const SCARE: usize = 4;
    let paired = |k: usize| {
        (k.saturating_sub(SCARE)..(k + SCARE + 1).min(words.len()))
            .any(|j| j != k && is_quote(words[j]))
    };
    let mut n = 0;
    (0..words.len())
        .map(|k| {
            let w = words[k];
            let stop = matches!(w, ";" | ":" | "." | "!" | "?" | "but" | "while");
            if stop || (is_quote(w) && !paired(k)) {
                n += 1;
            }
            n
        })
        .collect()
}

/// A clause boundary: what lies beyond belongs to another verb. A quotation mark parts the
/// quoted words from the reporting verb: in "'He will leave Thursday,' Castro said" the tense
/// is the quote's.
fn boundary(w: Option<&str>) -> bool {
    matches!(
        w,
        Some(
            ";" | ":"
                | "but"
                | "while"
                | "\""
                | "'"
                | "''"
                | "`"
                | "``"
                | "\u{2018}"
                | "\u{2019}"
                | "\u{201c}"
                | "\u{201d}"
                | "\u{2013}"
                | "\u{2014}"
                | "--"
        )
    )
}

/// A present form of a verb that news uses for a timetable: meetings, visits, openings,
/// votes. Some are seldom nouns ("meet", "begins", "convenes"); the others are nouns as often
/// ("a short visit Monday", "key votes Monday", "a fresh start") and count only after a name
/// or a pronoun: "Clinton visits China Monday", "it opens Tuesday".
#[derive(PartialEq)]
enum Timetable {
    Verb,
    NounToo,
}

fn schedule_present(w: &str) -> Option<Timetable> {
    match w {
        "meet" | "meets" | "begin" | "begins" | "opens" | "resume" | "resumes" | "convene"
        | "convenes" | "arrive" | "arrives" | "depart" | "departs" | "testify" | "testifies"
        | "travels" | "expires" | "wraps" | "reopens" | "reopen" | "premieres" | "debuts"
        | "airs" => Some(Timetable::Verb),
        "visit" | "visits" | "open" | "start" | "starts" | "vote" | "votes" | "travel" | "face"
        | "faces" | "host" | "hosts" | "kick" | "kicks" | "launch" | "launches" | "ends"
        | "closes" | "heads" | "head" | "play" | "plays" | "stops" | "reports" => {
            Some(Timetable::NounToo)
        }
        _ => None,
    }
}

/// The word before a present verb can be its subject: a name or a noun, not an auxiliary,
/// a modal, a negation, an infinitive "to", a determiner (then the verb is a noun: "the
/// visits"), a figure ("two votes") or a preposition. A verb before it makes it a noun
/// too: "held votes Monday".
fn subject_before(prev: &str) -> bool {
    !prev.is_empty()
        && prev
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-')
        && !prev.ends_with("ly")
        && !prev.ends_with("ed")
        && !past_word(prev)
        && !crate::entities::lexicon::is_determiner(prev)
        && !crate::words::is_modal(prev)
        && !matches!(
            prev,
            "to" | "not"
                | "never"
                | "did"
                | "do"
                | "does"
                | "didn't"
                | "don't"
                | "doesn't"
                | "cannot"
                | "that"
                | "first"
                | "last"
                | "next"
                | "of"
                | "for"
                | "in"
                | "on"
                | "at"
                | "by"
                | "with"
                | "from"
                | "and"
                | "or"
                | "i"
                | "you"
                | "let"
                | "help"
                | "helped"
                | "make"
                | "made"
                | "see"
                | "saw"
                | "watch"
                | "watched"
                | "who"
                | "which"
                | "two"
                | "three"
                | "four"
                | "five"
                | "several"
                | "many"
                | "more"
                | "new"
        )
}

fn is_quote(w: &str) -> bool {
    matches!(
        w,
        "\"" | "'" | "''" | "`" | "``" | "\u{2018}" | "\u{2019}" | "\u{201c}" | "\u{201d}"
    )
}

/// A bare verb after "they"/"we" that can schedule an event: not an auxiliary, a modal, a
/// verb of saying or thinking (reported in the present about any time), a past form or an
/// adverb.
fn bare_present(w: &str) -> bool {
    w.len() > 2
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !w.ends_with("ed")
        && !w.ends_with("ly")
        && !past_word(w)
        && !crate::words::is_modal(w)
        && !matches!(
            w,
            "are"
                | "have"
                | "say"
                | "think"
                | "believe"
                | "know"
                | "want"
                | "need"
                | "hope"
                | "fear"
                | "feel"
                | "also"
                | "still"
                | "now"
                | "all"
                | "both"
                | "not"
                | "never"
                | "claim"
                | "argue"
                | "insist"
                | "agree"
                | "expect"
                | "see"
                | "own"
                | "hold"
                | "remain"
                | "had"
                | "got"
        )
}

/// A past-tense word of the list: "said", "went", "ago", "yesterday"...
fn past_word(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "ago"
            | "last"
            | "yesterday"
            | "earlier"
            | "since"
            | "said"
            | "told"
            | "went"
            | "came"
            | "met"
            | "took"
            | "made"
            | "began"
            | "held"
            | "spoke"
            | "gave"
            | "got"
            | "left"
            | "won"
            | "lost"
            | "saw"
            | "sent"
            | "fell"
            | "rose"
            | "found"
            | "paid"
            | "sold"
            | "bought"
            | "brought"
            | "thought"
            | "became"
            | "ran"
            | "struck"
            | "wrote"
            | "broke"
            | "chose"
            | "drove"
            | "flew"
            | "grew"
            | "knew"
            | "led"
            | "meant"
            | "stood"
            | "taught"
            | "threw"
            | "wore"
            | "shot"
            | "fought"
            | "swore"
            | "sought"
            | "didn't"
            | "wasn't"
            | "weren't"
            | "hadn't"
            | "felt"
            | "kept"
            | "heard"
            | "built"
            | "spent"
            | "caught"
            | "arose"
            | "awoke"
            | "bore"
            | "blew"
            | "drew"
            | "drank"
            | "ate"
            | "forgot"
            | "froze"
            | "hid"
            | "rode"
            | "rang"
            | "sang"
            | "sank"
            | "slept"
            | "spun"
            | "stole"
            | "stuck"
            | "swam"
            | "tore"
            | "woke"
            | "planned"
            | "sat"
            | "fled"
            | "withdrew"
            | "shook"
            | "sprang"
            | "dealt"
            | "overtook"
            | "undertook"
            | "understood"
            | "slid"
            | "swept"
            | "wept"
    )
}

/// A regular past form ("extended"), not one of the participles that mostly stand as
/// adjectives before a noun ("the planned visit").
fn past_participle(w: &str) -> bool {
    w.ends_with("ed")
        && w.len() > 4
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            w,
            "indeed"
                | "proceed"
                | "exceed"
                | "succeed"
                | "need"
                | "speed"
                | "breed"
                | "united"
                | "limited"
                | "based"
                | "related"
                | "detailed"
                | "advanced"
                | "proposed"
                | "alleged"
                | "so-called"
                | "elected"
                | "armed"
                | "scheduled"
                | "expected"
                | "planned"
                | "embed"
                | "freed"
        )
}

/// The verb an infinitive "to" hangs on is in the past: "extended their offers to acquire the
/// company Friday" reports what was done, while "said it plans to acquire" looks ahead.
fn governed_by_past(words: &[&str], to: usize) -> bool {
    // A closing quotation mark does not part a purpose infinitive from its verb: "was
    // kidnapped along with the boy'' to make the trip". Six words are counted, marks aside.
    let mut seen = 0;
    for j in (0..to).rev() {
        if is_quote(words[j]) {
            continue;
        }
        seen += 1;
        if seen > 6 {
            break;
        }
        let w = words[j].to_lowercase();
        let w = w.as_str();
        if crate::words::is_future_modal(w)
            || matches!(
                w,
                "plans"
                    | "plan"
                    | "expects"
                    | "expect"
                    | "intends"
                    | "aims"
                    | "hopes"
                    | "wants"
                    | "going"
                    | "agreed"
                    | "planned"
                    | "is"
                    | "are"
                    | "has"
                    | "have"
            )
            || w.ends_with("'ll")
        {
            return false;
        }
        // "will be allowed to play": a passive participle has the tense of its auxiliary,
        // which the walk meets next
        let passive = past_participle(w)
            && j > 0
            && matches!(
                words[j - 1].to_lowercase().as_str(),
                "be" | "been" | "being" | "is" | "are"
            );
        if passive {
            continue;
        }
        if past_word(w) || past_participle(w) {
            return true;
        }
    }
    false
}

/// A word that can follow an infinitive "to": a lower-case verb-looking word, not a
/// determiner, figure or noun phrase start ("to the", "to 1990", "to $5").
fn is_verb_like(w: &str) -> bool {
    // a base form seldom ends in a plural "s": "to holders of record" is a noun
    let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    !w.is_empty()
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !w.ends_with("ing")
        && !w.ends_with("ed")
        && !plural
        && !matches!(
            w,
            "the"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "this"
                | "that"
                | "these"
                | "those"
                | "be"
                | "date"
                | "about"
                | "more"
                | "less"
                | "some"
                | "all"
                | "each"
                | "every"
                | "new"
                | "other"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "ten"
                | "what"
                | "which"
                | "whom"
                | "me"
                | "him"
                | "them"
                | "us"
                | "you"
                | "it"
                | "my"
                | "your"
                | "year"
                | "years"
                | "month"
                | "months"
                | "week"
                | "day"
                | "days"
                | "weeks"
                | "date,"
                | "war"
                | "power"
                | "office"
                | "court"
                | "congress"
                | "parliament"
                | "work"
                | "school"
                | "home"
                | "market"
                | "morning"
                | "night"
                | "noon"
                | "midnight"
                | "mid"
                | "early"
                | "late"
                | "around"
                | "only"
                | "just"
                | "nearly"
                | "almost"
                | "as"
                | "than"
                | "and"
                | "or"
        )
}

/// A verb of the clause that puts the expression clearly in the past: a simple past or a
/// present perfect ("Sales rose in August", "has launched in June", "In December, the firm
/// bid"). Narrower than `around`, which also reads a past reporting verb as the tense of a
/// coming event ("said the meeting is set for May"): here nothing that points ahead (a
/// modal, a plan, an infinitive, a deferral) may stand between the verb and the expression,
/// and the verb must be the nearest verb of its own clause. A bare month or month-day it
/// governs is the one before publication, however near the one ahead.
pub fn clearly_past(words: &[&str], start: usize, end: usize) -> bool {
    const REACH: usize = 6;
    // "gave no reason for the Jan. 14 deadline", "qualified for the December debate": a
    // date before a noun names the noun's time, not the verb's.
    if start > 0 && crate::entities::lexicon::is_determiner(&words[start - 1].to_lowercase()) {
        return false;
    }
    for k in (start.saturating_sub(REACH)..start).rev() {
        let w = words[k].to_lowercase();
        // "announced a store opening in August": the date may be the event's, still to come
        let event = w.len() > 5 && w.ends_with("ing");
        if w == "," && past_comma(words, k, start, end) {
            return true;
        }
        if ahead_word(&w) || clause_edge(&w) || event {
            return false;
        }
        if simple_past(words, k) {
            return true;
        }
    }
    // "In December, the firm bid ...": a fronted adverbial takes the first verb of the
    // main clause, after a short subject.
    let fronted = start <= 2 && words.get(end).copied() == Some(",");
    if fronted {
        for k in (end + 1)..(end + 1 + REACH).min(words.len()) {
            let w = words[k].to_lowercase();
            if ahead_word(&w) || clause_edge(&w) {
                return false;
            }
            if simple_past(words, k) {
                return true;
            }
        }
    }
    false
}

/// "The office closed, on April 29.": a comma right after a clear past verb, before a date
/// (with at most its preposition) that ends the sentence, sets the date off as an
/// afterthought of that verb, not as the start of another clause. Kept narrow: a date
/// followed by more words ("said, on May 4, the firm will ...") may open the next clause.
fn past_comma(words: &[&str], comma: usize, start: usize, end: usize) -> bool {
    let preposition = |j: usize| {
        matches!(
            words[j].to_lowercase().as_str(),
            "on" | "in" | "at" | "by" | "from" | "since"
        )
    };
    let ends_sentence = matches!(words.get(end).copied(), None | Some("." | "!" | "?" | ";"));
    comma > 0
        && ends_sentence
        && start - comma <= 2
        && (comma + 1..start).all(preposition)
        && simple_past(words, comma - 1)
}

/// "as of March 20": a state reported up to a date, which lies behind the report unless a
/// word of the clause sends it ahead ("as of Jan. 1, employers must ...", "as of May 1 the
/// rule will apply").
pub fn state_as_of(words: &[&str], start: usize) -> bool {
    if start < 2
        || !words[start - 2].eq_ignore_ascii_case("as")
        || !words[start - 1].eq_ignore_ascii_case("of")
    {
        return false;
    }
    let from = start.saturating_sub(10);
    let to = (start + 10).min(words.len());
    !(from..to).any(|k| {
        let w = words[k].to_lowercase();
        ahead_word(&w)
            || crate::words::is_modal(&w)
            || matches!(w.as_str(), "takes" | "effective" | "begins" | "starts")
    })
}

/// A word that points ahead of the clause it is in.
fn ahead_word(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "shall"
            | "should"
            | "could"
            | "might"
            | "won't"
            | "wo"
            | "to"
            | "until"
            | "till"
            | "plans"
            | "plan"
            | "planned"
            | "planning"
            | "expects"
            | "expected"
            | "scheduled"
            | "slated"
            | "due"
            | "set"
            | "next"
            | "coming"
            | "upcoming"
            | "aims"
            | "intends"
            | "hopes"
            | "going"
    ) || w.ends_with("'ll")
        || w.ends_with("\u{2019}ll")
}

/// Where another clause begins, with another verb.
fn clause_edge(w: &str) -> bool {
    boundary(Some(w))
        || matches!(
            w,
            "," | "that" | "which" | "who" | "when" | "after" | "before" | "if" | "and" | "or"
        )
}

/// Whether a verb among the words `ks` (in order) tells of the past: "pipes froze", "it was
/// humid". A participle after "be" and an adverb ("can be badly
/// flooded") is a present passive, no past; a reporting clause after a comma ("prices
/// usually dip in May, traders said") reports, it does not tell.
pub fn past_among(words: &[&str], ks: impl Iterator<Item = usize>) -> bool {
    let mut ks = ks.into_iter().take_while(|&k| !reporting_after(words, k));
    ks.any(|k| {
        let passive = k >= 2
            && words[k - 1].ends_with("ly")
            && matches!(
                words[k - 2].to_lowercase().as_str(),
                "be" | "is" | "are" | "being"
            );
        simple_past(words, k) && !passive
    })
}

/// A verb in the simple past at `k`: an irregular past ("rose"), a regular past standing as
/// a verb ("launched", not "the revised figures"), or a verb whose past is its base form
/// after a singular subject, which the present would give an "-s" ("the firm bid").
fn simple_past(words: &[&str], k: usize) -> bool {
    let w = words[k].to_lowercase();
    let prev = prev_lower(words, k);
    // an adverb of the past is no verb: "last", "earlier", "since", "ago"
    let adverb = matches!(
        w.as_str(),
        "last" | "yesterday" | "earlier" | "since" | "ago" | "planned"
    );
    // "a service is held on": a present passive is no past
    let present_passive = matches!(prev.as_str(), "is" | "are" | "am" | "be" | "being");
    if past_word(&w) && !adverb && !present_passive {
        return true;
    }
    // "the revised figures", "a newly opened store": an adjective (but "the bakery opened"
    // is a verb after its subject)
    let det = |j: usize| crate::entities::lexicon::is_determiner(&words[j].to_lowercase());
    let adjectival =
        (k >= 1 && det(k - 1)) || (k >= 2 && words[k - 1].ends_with("ly") && det(k - 2));
    if past_participle(&w) && !adjectival && !present_passive {
        return true;
    }
    let invariant = matches!(
        w.as_str(),
        "bid" | "cut" | "put" | "hit" | "cost" | "quit" | "shut" | "spread" | "hurt" | "split"
    );
    if !invariant || k == 0 {
        return false;
    }
    let subject = words[k - 1];
    let pronoun = matches!(prev.as_str(), "he" | "she" | "it");
    // "the firm bid": a singular noun after a determiner
    let noun = k >= 2
        && crate::entities::lexicon::is_determiner(&words[k - 2].to_lowercase())
        && subject.len() > 2
        && subject.chars().all(|c| c.is_ascii_lowercase())
        && !subject.ends_with('s');
    pronoun || noun
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, at: &str) -> Tense {
        let words: Vec<&str> = s.split(' ').collect();
        let i = words.iter().position(|w| *w == at).unwrap();
        around(&words, i, i + 1)
    }

    #[test]
    fn a_fronted_adverbial_takes_the_main_verb_however_far() {
        assert_eq!(
            t(
                "in january , a week after the 25th anniversary of the roe vs. wade supreme court decision , a clinic bombing in birmingham , ala. , killed a guard",
                "january"
            ),
            Tense::Past
        );
        // Not fronted: a far verb may belong to another clause.
        assert_eq!(
            t(
                "it announced an agreement to acquire the peoria , ill. , bank holding company in january",
                "january"
            ),
            Tense::Unknown
        );
    }

    fn past(s: &str, at: &str, len: usize) -> bool {
        let words: Vec<&str> = s.split(' ').collect();
        let i = words.iter().position(|w| *w == at).unwrap();
        clearly_past(&words, i, i + len)
    }

    #[test]
    fn a_comma_after_a_past_verb_keeps_a_closing_date_in_the_past() {
        assert!(past("The bakery closed , on May 3 .", "May", 2));
        assert!(past("The bakery closed on May 3 .", "May", 2));
        assert!(past("The depot reopened , in March .", "March", 1));
        // the date opens the next clause, or no clear past stands before the comma
        assert!(!past(
            "The mayor said , on May 3 , the depot will reopen .",
            "May",
            2
        ));
        assert!(!past("The depot reopened , and on May 3 .", "May", 2));
        assert!(!past("The depot will reopen , on May 3 .", "May", 2));
        assert!(!past(
            "The depot reopened , locals hope on May 3 .",
            "May",
            2
        ));
    }

    #[test]
    fn a_reduced_relative_sets_no_time() {
        assert_eq!(
            t(
                "qantas will double its flights by august in the search for markets untouched by the crisis",
                "august"
            ),
            Tense::Future
        );
        assert_eq!(
            t("it was untouched by the storm on friday", "friday"),
            Tense::Past
        );
        // after a subject pronoun the participle is the verb itself
        assert_eq!(
            t("you stopped by the shop on friday", "friday"),
            Tense::Past
        );
    }

    #[test]
    fn an_infinitive_completing_a_noun_is_no_marker() {
        assert_eq!(
            t(
                "washington faced criticism on tuesday over its decision to end the policy",
                "tuesday"
            ),
            Tense::Past
        );
        assert_eq!(
            t("nasa 's monday announcement to expand the pool", "monday"),
            Tense::Unknown
        );
        // after a verb or the expression itself it still points ahead
        assert_eq!(
            t("officials gather tuesday to discuss the budget", "tuesday"),
            Tense::Future
        );
    }

    #[test]
    fn an_event_on_a_possessive_day_goes_ahead_with_a_plain_future() {
        assert_eq!(
            t(
                "Organisers expect thousands at Thursday's rally",
                "Thursday's"
            ),
            Tense::Future
        );
        assert_eq!(
            t(
                "Saturday's concert in the park will close the festival",
                "Saturday's"
            ),
            Tense::Future
        );
        // a present progressive about the event, or a result of the day, stays the day gone
        assert_eq!(
            t(
                "the mayor is handing out flyers at Sunday's parade",
                "Sunday's"
            ),
            Tense::Unknown
        );
        assert_eq!(
            t("the club will appeal Friday's ruling", "Friday's"),
            Tense::Unknown
        );
        // a future that looks back on the event
        assert_eq!(
            t("the league will review Sunday's game", "Sunday's"),
            Tense::Unknown
        );
        assert_eq!(
            t("she will fly home after Saturday's match", "Saturday's"),
            Tense::Unknown
        );
    }

    #[test]
    fn a_passive_infinitive_takes_the_tense_of_its_auxiliary() {
        let words: Vec<&str> = "Guests will be asked to leave their coats"
            .split(' ')
            .collect();
        assert!(!governed_by_past(&words, 4));
        let words: Vec<&str> = "Guests were asked to leave their coats"
            .split(' ')
            .collect();
        assert!(governed_by_past(&words, 3));
    }

    #[test]
    fn a_far_modal_reaches_through_its_infinitive() {
        assert_eq!(
            t(
                "Visitors will be asked to show a ticket at the gate on Saturday",
                "Saturday"
            ),
            Tense::Future
        );
        // an infinitive of another verb still stops the reach
        assert_eq!(
            t(
                "it announced an agreement to acquire the peoria , ill. , bank holding company in january",
                "january"
            ),
            Tense::Unknown
        );
    }

    #[test]
    fn a_participle_of_motion_after_its_noun_is_no_future() {
        assert_eq!(
            t(
                "With smoke coming off the hills Saturday night , crews get little rest",
                "Saturday"
            ),
            Tense::Unknown
        );
        assert_eq!(
            t("the circus is coming back Tuesday", "Tuesday"),
            Tense::Future
        );
        assert_eq!(t("in the coming days , Tuesday", "Tuesday"), Tense::Future);
    }

    #[test]
    fn a_name_ending_in_ed_is_no_past_participle() {
        assert_eq!(
            t(
                "At the gala on Sunday , Alfred will conduct the choir .",
                "Sunday"
            ),
            Tense::Future
        );
    }

    #[test]
    fn irregular_pasts_of_sitting_and_fleeing() {
        assert!(past("In June , the jury sat for nine days .", "June", 1));
        assert!(past(
            "On May 2 , thousands fled the rising river .",
            "May",
            2
        ));
    }

    #[test]
    fn a_participle_after_a_determiner_and_its_noun_is_the_verb() {
        // "The council agreed Monday to pay": the decision was Monday, the payment is to come
        assert_eq!(
            t(
                "The council agreed Monday to pay the contractors .",
                "Monday"
            ),
            Tense::Past
        );
        assert_eq!(
            t(
                "The bakery announced Friday it will close its doors .",
                "Friday"
            ),
            Tense::Past
        );
        // right after a determiner, or an adverb after it, it is an adjective
        assert_eq!(
            t("on a still unspecified date in may", "may"),
            Tense::Unknown
        );
    }

    #[test]
    fn an_obligation_a_timetable_or_a_state_that_holds_points_ahead() {
        let ahead = |s: &str, at: &str| assert_eq!(t(s, at), Tense::Future, "{s}");
        ahead("The tenants must pay by Friday .", "Friday");
        ahead("Entrants should apply by Monday .", "Monday");
        assert_eq!(
            t("The crew must have left on Monday .", "Monday"),
            Tense::Past
        );
        ahead("Shoppers head to the malls Saturday .", "Saturday");
        ahead("The library reopens to readers on Tuesday .", "Tuesday");
        ahead("The film premieres in Leeds on Friday .", "Friday");
        ahead(
            "The bank , which reports results Thursday , rose 2 percent .",
            "Thursday",
        );
        ahead("Pools are shut until Monday .", "Monday");
        assert_ne!(
            t("What is clear is that until Monday nobody knew .", "Monday"),
            Tense::Future
        );
        assert_eq!(t("Pools were shut until Monday .", "Monday"), Tense::Past);
    }

    #[test]
    fn a_participle_after_a_comma_opens_another_clause() {
        // the reduced or absolute clause has no tense of its own; the past verb before decides
        assert_eq!(
            t(
                "The union chose to go public on Tuesday , claiming the pay offer should be withdrawn .",
                "Tuesday"
            ),
            Tense::Past
        );
        assert_eq!(
            t(
                "Relief flights resumed at the airport , the first cargo planes landing Sunday , officials said .",
                "Sunday"
            ),
            Tense::Past
        );
    }

    #[test]
    fn a_reporting_clause_past_a_comma_is_another_verb() {
        assert_eq!(
            t(
                "the firm hopes to reopen the mine soon , the statement added",
                "soon"
            ),
            Tense::Future
        );
    }

    #[test]
    fn a_present_copula_before_the_day_dates_what_is_to_come() {
        assert_eq!(
            t("The final is Sunday , the league said .", "Sunday"),
            Tense::Future
        );
        assert_eq!(t("the deadline is on Monday", "Monday"), Tense::Future);
        assert_eq!(t("the deadline was on Monday", "Monday"), Tense::Past);
    }

    #[test]
    fn a_forecast_a_lasting_verb_and_a_plan_that_goes_to_a_board() {
        assert_eq!(t("Snow forecast for Sunday", "Sunday"), Tense::Future);
        assert_eq!(
            t(
                "The walkout , which began Monday , will last until Friday .",
                "Friday"
            ),
            Tense::Future
        );
        assert_eq!(
            t("The budget goes to the council on Thursday .", "Thursday"),
            Tense::Future
        );
        // the adverb still looks back
        assert_eq!(t("it rained last Sunday", "Sunday"), Tense::Past);
    }

    #[test]
    fn a_comma_before_another_clause_keeps_its_verb_in_reach() {
        assert_eq!(
            t(
                "The envoy arrived in Paris last week and on Friday , he will meet the king .",
                "Friday"
            ),
            Tense::Future
        );
    }

    #[test]
    fn expected_on_a_day_is_ahead() {
        assert_eq!(t("Verdict expected on Friday", "Friday"), Tense::Future);
        assert_eq!(t("A ruling expected by Monday", "Monday"), Tense::Future);
        assert_eq!(t("Snow is expected in December", "December"), Tense::Future);
        assert_ne!(
            t("the figure expected by analysts rose on Monday", "Monday"),
            Tense::Future
        );
        assert_eq!(
            t("the verdict was expected on Friday", "Friday"),
            Tense::Past
        );
    }

    #[test]
    fn a_relative_clause_set_off_by_commas_keeps_its_own_tense() {
        assert_eq!(
            t(
                "The envoy , who is due to fly to Rome on Friday , said little .",
                "Friday"
            ),
            Tense::Future
        );
    }

    #[test]
    fn back_in_looks_back() {
        assert_eq!(
            t(
                "samsung was the first to release it to a smart tv back in march",
                "march"
            ),
            Tense::Past
        );
        assert_eq!(t("the team will be back in march", "march"), Tense::Future);
    }

    #[test]
    fn nearest_marker_decides() {
        assert_eq!(t("harris said wednesday", "wednesday"), Tense::Past);
        assert_eq!(
            t("she said she will visit on wednesday", "wednesday"),
            Tense::Future
        );
        assert_eq!(t("the talks on friday", "friday"), Tense::Unknown);
        assert_eq!(t("friday 's talks ended", "friday"), Tense::Past);
        assert_eq!(
            t("the blasts next to the embassy on friday", "friday"),
            Tense::Unknown
        );
        assert_eq!(
            t("it is to resume trading tuesday", "tuesday"),
            Tense::Future
        );
        assert_eq!(
            t("it had been scheduled to expire friday", "friday"),
            Tense::Past
        );
    }

    #[test]
    fn plans_and_deferrals_point_ahead_in_the_past_tense() {
        assert_eq!(
            t(
                "the union planned a march through the centre on sunday",
                "sunday"
            ),
            Tense::Future
        );
        assert_eq!(
            t(
                "strikers planned a picket on monday and were hoping to win",
                "monday"
            ),
            Tense::Future
        );
        assert_eq!(
            t("the parade went ahead as planned on sunday", "sunday"),
            Tense::Past
        );
        assert_eq!(
            t(
                "on monday , she cancelled the hastily planned tour",
                "monday"
            ),
            Tense::Past
        );
        assert_eq!(
            t("the board did not plan to vote on wednesday", "wednesday"),
            Tense::Future
        );
        assert_eq!(
            t("the council postponed until thursday its vote", "thursday"),
            Tense::Future
        );
        assert_eq!(
            t("the bank extended its deadline until friday", "friday"),
            Tense::Future
        );
        assert_eq!(
            t("the judge delayed the hearing to monday", "monday"),
            Tense::Future
        );
        // a deferral already overtaken, and an "until" with no deferral, look back
        assert_eq!(
            t("they had postponed it until monday", "monday"),
            Tense::Past
        );
        assert_eq!(t("it rained until monday", "monday"), Tense::Past);
    }

    #[test]
    fn a_clause_between_dashes_keeps_its_own_verb() {
        assert_eq!(
            t(
                "while planning the drive \u{2013} which will be in its fifth year in june \u{2013} the city did a survey",
                "june"
            ),
            Tense::Future
        );
    }

    #[test]
    fn an_infinitive_right_after_the_date_is_a_purpose_not_a_plan() {
        // the result of the game, not a coming event: the day is the one before
        assert_ne!(
            t(
                "a late goal in overtime sealed a comeback to carry the visitors past the home side 3-2 friday to stretch their run",
                "friday"
            ),
            Tense::Future
        );
        // a deadline still points ahead
        let w: Vec<&str> =
            "officials have given the owners of the building until 9 a.m. friday to sign"
                .split(' ')
                .collect();
        assert_eq!(around(&w, 9, 12), Tense::Future);
    }

    #[test]
    fn a_present_of_the_timetable_is_a_coming_event() {
        assert_eq!(
            t(
                "the premier and her rival meet privately thursday",
                "thursday"
            ),
            Tense::Future
        );
        assert_eq!(
            t("the trade fair opens in lyon on saturday", "saturday"),
            Tense::Future
        );
        assert_eq!(
            t("Parliament votes tuesday on the budget", "tuesday"),
            Tense::Future
        );
        assert_eq!(
            t("the envoy visits rome on friday", "friday"),
            Tense::Unknown
        );

        assert_eq!(t("Clinton visits Rome on Friday", "Friday"), Tense::Future);
        // a tour's stop, told by a relative clause, is to come; a noun 'stops' is no verb
        assert_eq!(
            t("the tour that stops at the arena on july 22", "july"),
            Tense::Future
        );
        assert_eq!(
            t("the fair , which opens tuesday , is free", "tuesday"),
            Tense::Future
        );
        assert_eq!(t("the bus stops on july 22", "july"), Tense::Unknown);
        assert_eq!(
            t("the new phone goes on sale in march", "march"),
            Tense::Future
        );
        assert_eq!(
            t("the ban goes into effect monday", "monday"),
            Tense::Future
        );
        assert_eq!(t("the law takes effect march 1", "march"), Tense::Future);
        // a team plays on a coming day, past the record in parentheses after its name
        assert_eq!(
            t("the Hawks ( 7-2 , 4-1 ) play saturday at home", "saturday"),
            Tense::Future
        );
        assert_eq!(t("after the play saturday", "saturday"), Tense::Unknown);
        assert_eq!(t("she paid a short visit monday", "monday"), Tense::Past);
        // a noun after a determiner, a figure or a verb; a negated or modal form
        assert_eq!(t("after the visits on monday", "monday"), Tense::Unknown);
        assert_eq!(t("they held two votes monday", "monday"), Tense::Past);
        assert_eq!(t("the envoys did not meet tuesday", "tuesday"), Tense::Past);
    }

    #[test]
    fn a_possessive_day_keeps_out_of_the_clause_tense() {
        assert_eq!(
            t(
                "lawyers said they would try to overturn tuesday's verdict",
                "tuesday's"
            ),
            Tense::Unknown
        );
        assert_eq!(
            t("tuesday\u{2019}s verdict will stand", "tuesday\u{2019}s"),
            Tense::Unknown
        );
        assert_eq!(
            t("she will miss saturday's scheduled debate", "saturday's"),
            Tense::Future
        );
    }

    #[test]
    fn a_purpose_infinitive_after_a_quote_hangs_on_the_past_verb() {
        assert_eq!(
            t(
                "he was dragged along with his wife ' ' to make the mid-june journey",
                "mid-june"
            ),
            Tense::Past
        );
    }

    #[test]
    fn an_absolute_clause_takes_the_main_verb() {
        assert_eq!(
            t(
                "two ferries will sail daily from may 2 , with the third sailing on weekends from july",
                "july"
            ),
            Tense::Future
        );
        assert_eq!(
            t(
                "the market fell 3 % , with banks leading the decline in october",
                "october"
            ),
            Tense::Past
        );
        // no participle: no absolute clause
        assert_eq!(
            t(
                "the plant will close at the end of its lease , with staff in october",
                "october"
            ),
            Tense::Unknown
        );
    }

    #[test]
    fn a_present_passive_is_no_past() {
        assert_eq!(
            t("the appeal is heard in june before the full court", "june"),
            Tense::Unknown
        );
        assert_eq!(t("the appeal was heard in june", "june"), Tense::Past);
    }

    #[test]
    fn a_far_modal_with_nothing_between_still_governs() {
        assert_eq!(
            t(
                "she will be made captain of the national rugby union side of wales for a tour in november",
                "november"
            ),
            Tense::Future
        );
        // a verb or a boundary between: not the modal's
        assert_eq!(
            t(
                "she will retire ; the national rugby union side of wales for a tour in november",
                "november"
            ),
            Tense::Unknown
        );
    }

    #[test]
    fn a_timetable_participle_points_ahead_of_its_auxiliary() {
        assert_eq!(
            t("the hearing has been scheduled for thursday", "thursday"),
            Tense::Future
        );
        assert_eq!(t("the vote is set for monday", "monday"), Tense::Future);
        assert_eq!(
            t("the offer had been scheduled to lapse on sunday", "sunday"),
            Tense::Past
        );
        // "set" as a plain verb is no timetable
        assert_ne!(t("she set a record on sunday", "sunday"), Tense::Future);
    }

    #[test]
    fn passives_modals_and_schedules() {
        // a plural present is a timetable; saying and thinking are not
        assert_eq!(t("they meet separately monday", "monday"), Tense::Future);
        assert_eq!(t("we vote on tuesday", "tuesday"), Tense::Future);
        assert_eq!(t("they say monday was calm", "monday"), Tense::Past);
        assert_eq!(t("they say on monday", "monday"), Tense::Unknown);
        // a plan in progress when reported still points ahead
        assert_eq!(
            t(
                "they were planning to drive around the airport on monday",
                "monday"
            ),
            Tense::Future
        );
        assert_eq!(
            t("trading was expected to resume on monday", "monday"),
            Tense::Past
        );
        // the participle after "be" is not a past tense; the modal decides
        assert_eq!(t("it would still be held on april", "april"), Tense::Future);
        // "could" is as often a past "can": it marks nothing, the next verb decides
        assert_eq!(
            t("he could not be reached monday , aides said", "monday"),
            Tense::Past
        );
        assert_eq!(t("as early as tuesday", "tuesday"), Tense::Future);
        assert_eq!(t("it named a board effective feb", "feb"), Tense::Unknown);
        // an infinitive hangs on the past verb before it, unless that verb looks ahead
        assert_eq!(
            t("albright announced on monday to offer a reward", "monday"),
            Tense::Past
        );
        assert_eq!(
            t(
                "they extended their offers to acquire the maker friday",
                "friday"
            ),
            Tense::Past
        );
        assert_eq!(
            t(
                "telerate shares fell 50 cents on friday to close at $20",
                "friday"
            ),
            Tense::Past
        );
        assert_eq!(
            t("the team planned to leave nairobi on thursday", "thursday"),
            Tense::Future
        );
        assert_eq!(
            t("it said it plans to buy the unit friday", "friday"),
            Tense::Future
        );
        // "to holders" is not an infinitive, "a still unspecified date" not a past tense
        assert_eq!(
            t(
                "it would be paid on a still unspecified date in january to holders",
                "january"
            ),
            Tense::Future
        );
        // a fronted date takes the main verb, past a long subject
        assert_eq!(
            t("on tuesday , the national abortion and reproductive rights action league plans to hold", "tuesday"),
            Tense::Future
        );
    }
}
