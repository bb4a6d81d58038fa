//! Speech cues: the verbs and phrases that introduce what someone said. Beliefs ("think",
//! "believe", "hope") are not speech: a reader wants what was said, not what was felt.

/// Verbs of saying, in any inflection the news uses, matched in lower case.
pub fn is_speech_verb(w: &str) -> bool {
    let stem = speech_stem(w);
    stem.is_some()
}

/// The base form of a speech verb ("said" → "say"), or `None` when `w` is not one.
pub fn speech_stem(w: &str) -> Option<&'static str> {
    const VERBS: &[(&str, &[&str])] = &[
        ("say", &["say", "says", "said", "saying"]),
        ("tell", &["tell", "tells", "told", "telling"]),
        ("add", &["add", "adds", "added", "adding"]),
        ("argue", &["argue", "argues", "argued", "arguing"]),
        ("warn", &["warn", "warns", "warned", "warning"]),
        ("insist", &["insist", "insists", "insisted", "insisting"]),
        (
            "announce",
            &["announce", "announces", "announced", "announcing"],
        ),
        ("write", &["write", "writes", "wrote", "writing"]),
        ("state", &["states", "stated", "stating"]),
        (
            "explain",
            &["explain", "explains", "explained", "explaining"],
        ),
        ("claim", &["claim", "claims", "claimed", "claiming"]),
        ("declare", &["declare", "declares", "declared", "declaring"]),
        ("note", &["notes", "noted", "noting"]),
        ("remark", &["remarked", "remarks"]),
        ("recall", &["recalls", "recalled", "recalling"]),
        ("reply", &["replied", "replies", "replying"]),
        ("respond", &["responded", "responds"]),
        ("answer", &["answered"]),
        ("ask", &["asked", "asks", "asking"]),
        (
            "acknowledge",
            &["acknowledged", "acknowledges", "acknowledging"],
        ),
        ("admit", &["admitted", "admits", "admitting"]),
        ("confirm", &["confirmed", "confirms", "confirming"]),
        ("deny", &["denied", "denies", "denying"]),
        ("report", &["reported", "reports", "reporting"]),
        ("suggest", &["suggested", "suggests", "suggesting"]),
        ("stress", &["stressed", "stresses", "stressing"]),
        (
            "emphasize",
            &["emphasized", "emphasised", "emphasizes", "emphasises"],
        ),
        ("point", &["pointed"]),
        ("predict", &["predicted", "predicts"]),
        ("promise", &["promised", "promises", "promising"]),
        ("pledge", &["pledged", "pledges"]),
        ("vow", &["vowed", "vows"]),
        ("urge", &["urged", "urges", "urging"]),
        ("contend", &["contended", "contends"]),
        ("maintain", &["maintained", "maintains"]),
        ("assert", &["asserted", "asserts"]),
        ("complain", &["complained", "complains"]),
        ("concede", &["conceded", "concedes"]),
        ("continue", &["continued"]),
        ("describe", &["described", "describes"]),
        ("testify", &["testified", "testifies"]),
        ("tweet", &["tweeted", "tweets", "tweeting"]),
        ("post", &["posted"]),
        ("reveal", &["revealed", "reveals"]),
        ("disclose", &["disclosed"]),
        ("joke", &["joked", "jokes"]),
        ("shout", &["shouted", "shouts"]),
        ("yell", &["yelled", "yells"]),
        ("whisper", &["whispered"]),
        ("cry", &["cried"]),
        ("exclaim", &["exclaimed"]),
        ("mention", &["mentioned"]),
        ("observe", &["observed"]),
        ("conclude", &["concluded"]),
        ("caution", &["cautioned"]),
        ("charge", &["charged"]),
        ("allege", &["alleged", "alleges"]),
        ("accuse", &["accused"]),
        ("criticize", &["criticized", "criticised"]),
        ("estimate", &["estimated", "estimates"]),
        ("counter", &["countered"]),
        ("boast", &["boasted"]),
        ("quip", &["quipped"]),
        ("propose", &["proposed"]),
        ("demand", &["demanded"]),
        ("reiterate", &["reiterated", "reiterates"]),
        ("indicate", &["indicated", "indicates"]),
        ("signal", &["signaled", "signalled"]),
        ("call", &["called", "calls", "calling"]),
        ("read", &["reads", "read"]),
        ("instruct", &["instructed"]),
        ("mock", &["mocked"]),
        ("put", &["put", "puts"]),
        ("dub", &["dubbed", "dubs"]),
        ("label", &["labeled", "labelled", "labels"]),
        ("brand", &["branded", "brands"]),
    ];
    // Every form starts with its stem's letter: one byte skips the other verbs' forms.
    let first = *w.as_bytes().first()?;
    VERBS
        .iter()
        .find(|(stem, forms)| stem.as_bytes()[0] == first && forms.contains(&w))
        .map(|(stem, _)| *stem)
}

/// Speech verbs that need a preposition or particle to be speech ("pointed out").
pub fn needs_particle(stem: &str) -> Option<&'static str> {
    match stem {
        "point" => Some("out"),
        "put" => Some("it"),
        _ => None,
    }
}

/// Verbs of belief or feeling: "X thinks that ..." is not a quote.
pub fn is_belief_verb(w: &str) -> bool {
    matches!(
        w,
        "think"
            | "thinks"
            | "thought"
            | "believe"
            | "believes"
            | "believed"
            | "feel"
            | "feels"
            | "felt"
            | "hope"
            | "hopes"
            | "hoped"
            | "fear"
            | "fears"
            | "feared"
            | "want"
            | "wants"
            | "wanted"
            | "wish"
            | "wished"
            | "expect"
            | "expects"
            | "expected"
            | "know"
            | "knows"
            | "knew"
            | "doubt"
            | "doubts"
            | "suspect"
            | "suspects"
    )
}

/// Speech verb forms that are also plural nouns: "tweets", "reports", "claims".
pub fn is_plural_noun_too(w: &str) -> bool {
    matches!(
        w,
        "tweets"
            | "reports"
            | "claims"
            | "notes"
            | "remarks"
            | "calls"
            | "states"
            | "posts"
            | "comments"
            | "answers"
            | "replies"
            | "responds"
            | "warnings"
            | "promises"
            | "vows"
            | "pledges"
            | "estimates"
            | "charges"
            | "labels"
            | "brands"
            | "signals"
            | "stresses"
            | "urges"
            | "demands"
            | "jokes"
            | "writes"
            | "reads"
            | "mentions"
            | "says"
            | "argues"
            | "tells"
            | "adds"
    ) && !matches!(w, "says" | "argues" | "tells" | "adds" | "writes" | "reads")
}

/// Nouns that are speech when someone issues them: "in a statement", "the report said".
pub fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "article"
            | "report"
            | "letter"
            | "memo"
            | "editorial"
            | "release"
            | "filing"
            | "complaint"
            | "lawsuit"
            | "post"
            | "tweet"
            | "email"
            | "e-mail"
            | "interview"
            | "speech"
            | "study"
            | "survey"
            | "document"
            | "documents"
            | "announcement"
            | "communique"
            | "communiqué"
            | "declaration"
            | "ruling"
            | "order"
            | "message"
            | "notice"
            | "petition"
            | "essay"
            | "op-ed"
            | "column"
            | "blog"
            | "affidavit"
            | "indictment"
            | "transcript"
            | "testimony"
            | "analysis"
            | "poll"
            | "readout"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_and_beliefs() {
        assert_eq!(speech_stem("said"), Some("say"));
        assert!(is_speech_verb("told") && is_speech_verb("warned"));
        assert!(!is_speech_verb("thought") && is_belief_verb("thought"));
        assert!(is_document_noun("statement"));
        // narrated in the present: "“Did you shoot him?” she yells"
        assert!(is_speech_verb("yells") && is_speech_verb("shouts"));
        // a document's words: "“Though there are four years to go ...,” the article read."
        assert!(is_speech_verb("read"));
    }
}
