//! Months of no particular year: "In most years the lake freezes in January", "the rainy
//! season runs from May to October". TimeML gives such a month no year (XXXX-01), since the
//! statement holds of every January.
//!
//! A bare month in a present clause is not enough: news writes "sales peak in July" of the
//! July ahead. The clause must also say that it speaks of what recurs, by a frequency
//! adverb ("usually", "every year") or by the weather and the seasons, which come round every
//! year ("temperatures", "the monsoon", "the dry season"). The past and the future are kept
//! out: "temperatures reached 40C in July" is one July.

/// Words on each side of a month that its clause is read from.
const CLAUSE_REACH: usize = 60;

/// Whether the clause of the word at `at` (in a sentence of `raw` words, `low` lowercase;
/// `clause_of`, the clause of each word) speaks of what recurs every year, with no verb of the
/// past ("in a cold snap in late January, pipes across the town froze" is one January).
/// A clause after a semicolon goes on with the one before: "the temperature varies; in
/// January it is about 24C". Only the words within [`CLAUSE_REACH`] of the month are read: what
/// governs a month sits near it, and a stopless "sentence" of thousands of months must not be
/// read whole for each.
pub fn recurring_clause(raw: &[&str], low: &[&str], clause_of: &[usize], at: usize) -> bool {
    let n = raw.len().min(low.len()).min(clause_of.len());
    let Some(&clause) = clause_of.get(at).filter(|_| at < n) else {
        return false;
    };
    let lo = at.saturating_sub(CLAUSE_REACH);
    let hi = (at + CLAUSE_REACH).min(n);
    // the clause's first word, as far back as the reach goes
    let mut first = at;
    while first > lo && clause_of[first - 1] == clause {
        first -= 1;
    }
    let joined = clause > 0 && low[first] == ";";
    let from = if joined { clause - 1 } else { clause };
    let within = |k: &usize| (from..=clause).contains(&clause_of[*k]);
    if super::tense::past_among(raw, (lo..hi).filter(within)) {
        return false;
    }
    let mut words = (lo..hi).filter(within).map(|k| low[k]).peekable();
    let mut prev = "";
    while let Some(w) = words.next() {
        let next = words.peek().copied().unwrap_or("");
        if frequency(w) || climate(w, next) || every_year(prev, w) || season(prev, w) {
            return true;
        }
        prev = w;
    }
    false
}

/// "October is Heritage Month", "August is the hottest month": the month itself as the
/// subject of a present "is", said to be a kind of month (a named observance or a superlative),
/// holds of every October. "March is a big month for the firm" may well be one March.
pub fn month_of_its_kind(raw: &[&str], low: &[&str], end: usize) -> bool {
    const REACH: usize = 7;
    if low.get(end) != Some(&"is") {
        return false;
    }
    let upto = (end + 1 + REACH).min(low.len());
    let Some(at) = (end + 1..upto)
        .take_while(|&j| !matches!(low[j], "." | ";" | ":" | "," | "but"))
        .find(|&j| low[j] == "month")
    else {
        return false;
    };
    let observance = raw[at] == "Month";
    let superlative = low[end + 1..at].iter().any(|w| {
        matches!(*w, "most" | "least" | "best" | "worst" | "ideal")
            // "hottest", "busiest", "warmest"; not the nouns and adjectives in -est
            || (w.len() > 5
                && w.ends_with("est")
                && !matches!(
                    *w,
                    "interest" | "request" | "protest" | "contest" | "forest" | "honest" | "modest"
                ))
    });
    observance || superlative
}

/// Adverbs of what happens as a rule, not once.
fn frequency(w: &str) -> bool {
    matches!(
        w,
        "usually"
            | "typically"
            | "generally"
            | "normally"
            | "regularly"
            | "often"
            | "traditionally"
            | "customarily"
            | "annually"
            | "seasonally"
            | "year-round"
    )
}

/// The weather of a place, which a month has every year. A singular noun of weather counts
/// as the head of its phrase ("the monsoon occurs", "the temperature in May"), not as the
/// modifier of another noun ("the monsoon session of parliament"). "Climate" is left out:
/// news writes "climate talks" and "the political climate" of one month. "Winds" and
/// "rains" are verbs too: "the program winds down in May" is one May.
fn climate(w: &str, next: &str) -> bool {
    let head = next.is_empty()
        || !next.chars().all(|c| c.is_ascii_lowercase())
        || next.ends_with('s')
        || next.ends_with("ly")
        || matches!(
            next,
            "with"
                | "of"
                | "in"
                | "on"
                | "at"
                | "from"
                | "during"
                | "and"
                | "or"
                | "can"
                | "may"
                | "here"
                | "there"
                | "to"
        );
    match w {
        "temperature" | "rainfall" | "snowfall" | "monsoon" | "humidity" | "cyclone" => head,
        "temperatures" | "monsoons" | "cyclones" | "humid" => true,
        "winds" | "rains" => !matches!(next, "down" | "up" | "out" | "on"),
        _ => false,
    }
}

/// "every year", "each winter", "in most years".
fn every_year(prev: &str, w: &str) -> bool {
    matches!(prev, "every" | "each" | "most")
        && matches!(
            w,
            "year" | "years" | "winter" | "summer" | "spring" | "autumn" | "fall" | "season"
        )
}

/// The seasons of nature and of the year's trades: "the rainy season", "the tourist
/// season". Not "the holiday season", which news writes of one December.
fn season(prev: &str, w: &str) -> bool {
    w == "season"
        && matches!(
            prev,
            "rainy"
                | "dry"
                | "wet"
                | "monsoon"
                | "hurricane"
                | "typhoon"
                | "tourist"
                | "tourism"
                | "breeding"
                | "nesting"
                | "growing"
                | "sailing"
                | "ski"
        )
}

#[cfg(test)]
mod tests {
    use super::recurring_clause;

    fn recurring(s: &str) -> bool {
        let low: Vec<String> = s.split(' ').map(str::to_lowercase).collect();
        let low: Vec<&str> = low.iter().map(String::as_str).collect();
        let clause_of = crate::timex::tense::clauses(&low);
        let at = low.iter().position(|w| *w == "#").unwrap();
        let raw: Vec<&str> = s.split(' ').collect();
        recurring_clause(&raw, &low, &clause_of, at)
    }

    #[test]
    fn a_frequency_adverb_or_the_climate_make_a_clause_recur() {
        assert!(recurring("Orchards usually flower in # March ."));
        assert!(recurring("The lake freezes in # January in most years ."));
        assert!(recurring(
            "The island is mild , with temperatures of 20C in # May ."
        ));
        assert!(recurring("The dry season lasts from # November to March ."));
        assert!(recurring("Heavy rains fall from # June to August ."));
    }

    #[test]
    fn a_month_said_to_be_a_kind_of_month_is_every_such_month() {
        let kind = |s: &str| {
            let raw: Vec<&str> = s.split(' ').collect();
            let low: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
            let low: Vec<&str> = low.iter().map(String::as_str).collect();
            super::month_of_its_kind(&raw, &low, 1)
        };
        assert!(kind("November is National Novel Writing Month ."));
        assert!(kind("August is the wettest month ."));
        assert!(kind("January is usually the coldest month here ."));
        assert!(kind("May is the best month to see the gardens ."));
        assert!(!kind("March is a big month for the bank ."));
        assert!(!kind("August was the wettest month on record ."));
        assert!(!kind("June is when the month of fasting ends ."));
    }

    #[test]
    fn one_occasion_does_not_recur() {
        assert!(!recurring("The shop opens in # July ."));
        assert!(!recurring("The scheme winds down in # May ."));
        assert!(!recurring("The climate summit is in # November ."));
        assert!(!recurring(
            "The monsoon session of the assembly ends in # August ."
        ));
        assert!(!recurring(
            "In a cold snap in late # January , temperatures in the city plunged ."
        ));
        assert!(recurring(
            "In the dry season from # May , the lanes can be badly flooded ."
        ));
        assert!(!recurring(
            "Shoppers flock to stores in # December for the holiday season ."
        ));
        // the cue in another clause says nothing of this one, but a semicolon goes on
        assert!(!recurring(
            "Lawns usually grow fast , but the council meets in # June ."
        ));
        assert!(recurring(
            "Rainfall is uneven ; in # March it is heaviest in the hills ."
        ));
        assert!(!recurring(
            "Rainfall is uneven ; in # March it was heaviest in the hills ."
        ));
    }
}
