//! Closed word classes the name chunker and the speaker resolver rely on: titles, organisation
//! heads, capitalised function words, name particles. All are matched in lower case.

/// Words that name an office or a form of address. Before a name they are a title, not part of
/// the name (CoNLL spans leave them out), and they make the name a person's.
pub fn is_title(w: &str) -> bool {
    matches!(
        w,
        "president"
            | "vice"
            | "mr"
            | "mr."
            | "mrs"
            | "mrs."
            | "ms"
            | "ms."
            | "miss"
            | "dr"
            | "dr."
            | "prof."
            | "professor"
            | "sen."
            | "senator"
            | "rep."
            | "representative"
            | "congressman"
            | "congresswoman"
            | "gov."
            | "governor"
            | "lt."
            | "secretary"
            | "minister"
            | "prime"
            | "premier"
            | "chancellor"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "general"
            | "gen."
            | "judge"
            | "justice"
            | "chief"
            | "officer"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "rev."
            | "reverend"
            | "father"
            | "sister"
            | "brother"
            | "sir"
            | "lord"
            | "lady"
            | "dame"
            | "mayor"
            | "ambassador"
            | "director"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "ceo"
            | "coach"
            | "captain"
            | "capt."
            | "sgt."
            | "sergeant"
            | "col."
            | "colonel"
            | "major"
            | "maj."
            | "lieutenant"
            | "det."
            | "detective"
            | "sheriff"
            | "attorney"
            | "commissioner"
            | "superintendent"
            | "inspector"
            | "deputy"
            | "assistant"
            | "speaker"
            | "leader"
            | "adm."
            | "admiral"
            | "commander"
            | "agent"
            | "trooper"
            | "constable"
            | "councilman"
            | "councilwoman"
            | "councillor"
            | "councilor"
            | "sheikh"
            | "ayatollah"
            | "emperor"
            | "empress"
            | "duke"
            | "duchess"
            | "archbishop"
            | "bishop"
            | "cardinal"
            | "rabbi"
            | "imam"
            | "pastor"
            | "coroner"
            | "auditor"
            | "treasurer"
            | "comptroller"
            | "dean"
            | "provost"
            | "chef"
            | "nurse"
            | "doctor"
            | "founder"
            | "editor"
            | "correspondent"
            | "aide"
            | "adviser"
            | "advisor"
            | "envoy"
            | "hon."
            | "st."
            | "saint"
            | "first"
    )
}

/// Honorifics that, alone before a surname, make it a person and tell the sex.
pub fn honorific_gender(w: &str) -> Option<super::names::Gender> {
    use super::names::Gender;
    match w {
        "mr" | "mr." | "sir" | "lord" | "king" | "prince" | "father" | "brother" | "duke"
        | "congressman" | "councilman" | "chairman" | "spokesman" | "emperor" => Some(Gender::Male),
        "mrs" | "mrs." | "ms" | "ms." | "miss" | "lady" | "dame" | "queen" | "princess"
        | "sister" | "duchess" | "congresswoman" | "councilwoman" | "chairwoman"
        | "spokeswoman" | "empress" => Some(Gender::Female),
        _ => None,
    }
}

/// Last words that make a name an organisation's ("Ministry of Health", "Acme Inc.").
pub fn is_org_head(w: &str) -> bool {
    matches!(
        w,
        "inc" | "inc." | "corp" | "corp." | "co." | "ltd" | "ltd." | "llc" | "plc" | "gmbh" | "ag"
            | "company" | "corporation" | "group" | "holdings" | "ministry" | "agency"
            | "department" | "university" | "college" | "school" | "institute" | "institution"
            | "academy" | "foundation" | "association" | "society" | "union" | "council"
            | "committee" | "commission" | "party" | "bank" | "fund" | "trust" | "court"
            | "congress" | "senate" | "parliament" | "assembly" | "administration" | "office"
            | "bureau" | "service" | "services" | "police" | "army" | "navy" | "force" | "forces"
            | "guard" | "board" | "center" | "centre" | "church" | "hospital" | "clinic" | "club"
            | "fc" | "league" | "federation" | "authority" | "network" | "press" | "news"
            | "times" | "post" | "journal" | "tribune" | "herald" | "gazette" | "magazine"
            | "television" | "tv" | "radio" | "studios" | "records" | "airlines" | "airways"
            | "motors" | "industries" | "partners" | "alliance" | "coalition" | "movement"
            | "organization" | "organisation" | "cabinet" | "government" | "team" | "museum"
            | "library" | "laboratory" | "laboratories" | "labs" | "project" | "program"
            | "programme" | "campaign" | "caucus" | "chamber" | "command" | "corps"
            | "brigade" | "regiment" | "division" | "unit" | "council." | "foundation."
            | "times." | "reuters" | "senate." | "house"
    )
}

/// Words after which "of" keeps a name going: "University of Chicago", "Bank of England".
pub fn takes_of(w: &str) -> bool {
    is_org_head(w)
        || matches!(
            w,
            "secretary" | "minister" | "university" | "bank" | "department" | "ministry"
                | "institute" | "state" | "states" | "republic" | "kingdom" | "duke" | "duchess"
                | "prince" | "princess" | "king" | "queen" | "city" | "gulf" | "bay" | "isle"
                | "sea" | "daughters" | "sons" | "friends" | "church" | "museum" | "school"
                | "college" | "federation" | "united"
        )
}

/// Lower-case particles inside personal names: "Oscar de la Hoya", "Ludwig van Beethoven".
pub fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del" | "della" | "der" | "den" | "di" | "da" | "dos" | "das" | "du" | "la" | "le"
            | "van" | "von" | "bin" | "ibn" | "al" | "el" | "ter" | "ten" | "y" | "zu" | "af"
    )
}

/// Name endings that stay part of the name: "Martin Luther King Jr.".
pub fn is_suffix(w: &str) -> bool {
    matches!(w, "jr." | "jr" | "sr." | "sr" | "ii" | "iii" | "iv")
}

/// Capitalised words that are never names by themselves: function words that start sentences
/// and headlines, months and weekdays.
pub fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "i" | "you" | "his" | "her"
            | "hers" | "its" | "their" | "our" | "my" | "your" | "this" | "that" | "these"
            | "those" | "there" | "here" | "and" | "but" | "or" | "nor" | "so" | "yet" | "if"
            | "when" | "while" | "where" | "what" | "who" | "whom" | "whose" | "which" | "why"
            | "how" | "as" | "at" | "by" | "for" | "from" | "in" | "into" | "of" | "on" | "onto"
            | "to" | "with" | "without" | "about" | "after" | "before" | "since" | "until"
            | "during" | "despite" | "under" | "over" | "through" | "between" | "among" | "against"
            | "although" | "though" | "because" | "unless" | "once" | "also" | "still" | "then"
            | "now" | "today" | "yesterday" | "tomorrow" | "tonight" | "however" | "meanwhile"
            | "moreover" | "furthermore" | "instead" | "indeed" | "perhaps" | "maybe" | "yes"
            | "no" | "not" | "all" | "both" | "each" | "every" | "some" | "many" | "most" | "few"
            | "several" | "any" | "other" | "another" | "such" | "much" | "more" | "less"
            | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
            | "ten" | "first" | "last" | "next" | "according" | "asked" | "earlier" | "later"
            | "even" | "just" | "only" | "again" | "well" | "oh" | "ok" | "okay" | "please"
            | "thank" | "thanks" | "dear" | "hi" | "hello" | "is" | "are" | "was" | "were" | "be"
            | "do" | "does" | "did" | "have" | "has" | "had" | "will" | "would" | "can" | "could"
            | "should" | "may" | "might" | "must" | "shall" | "let" | "let's" | "i'm" | "i've"
            | "i'll" | "i'd" | "it's" | "that's" | "there's" | "we're" | "we've" | "they're"
            | "don't" | "didn't" | "can't" | "won't" | "isn't" | "wasn't" | "mr" | "mrs" | "ms"
            | "january" | "february" | "march" | "april" | "june" | "july" | "august"
            | "september" | "october" | "november" | "december" | "monday" | "tuesday"
            | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "jan." | "feb."
            | "mar." | "apr." | "jun." | "jul." | "aug." | "sep." | "sept." | "oct." | "nov."
            | "dec." | "chapter" | "figure" | "table" | "section" | "page" | "photo" | "image"
            | "video" | "read" | "click" | "follow" | "share" | "subscribe" | "like" | "see"
            | "god" | "christmas" | "easter" | "internet" | "web" | "english" | "spanish"
            | "french" | "german" | "chinese" | "russian" | "arabic" | "latin"
    )
}

/// Adjectives of nationality and party ("Mexican President", "Democratic Sen."): premodifiers,
/// never a name by themselves (CoNLL calls them MISC).
pub fn is_demonym(w: &str) -> bool {
    let ends = [
        "an", "ian", "ese", "ish", "ic", "i", "ans", "ians", "ish", "ch", "ese",
    ];
    matches!(
        w,
        "democratic" | "democrat" | "democrats" | "republican" | "republicans" | "gop"
            | "conservative" | "conservatives" | "labour" | "liberal" | "liberals" | "green"
            | "greens" | "socialist" | "communist" | "catholic" | "muslim" | "muslims" | "jewish"
            | "christian" | "christians" | "arab" | "arabs" | "jews" | "islamic" | "dutch"
            | "french" | "english" | "british" | "irish" | "scottish" | "welsh" | "swiss"
            | "greek" | "thai" | "iraqi" | "israeli" | "pakistani" | "saudi" | "afghan" | "u.s."
            | "american" | "americans" | "mexican" | "mexicans" | "chinese" | "japanese"
            | "russian" | "german" | "european" | "african" | "asian" | "latino" | "latina"
            | "hispanic" | "indian" | "canadian" | "australian" | "spanish" | "italian"
            | "ukrainian" | "iranian" | "syrian" | "korean" | "turkish" | "polish" | "swedish"
            | "federal" | "state" | "national" | "former" | "acting" | "interim" | "then"
            | "late" | "senior" | "junior" | "top" | "new" | "outgoing" | "incoming"
    ) || (w.len() > 5
        && ends.iter().any(|e| w.ends_with(e))
        && !super::names::is_surname(w)
        && super::names::first_name(w).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_title("president") && is_title("mr.") && !is_title("harris"));
        assert!(is_org_head("ministry") && !is_org_head("harris"));
        assert!(is_particle("de") && is_stop("the") && !is_stop("harris"));
        assert!(is_demonym("mexican") && is_demonym("guatemalan") && !is_demonym("obrador"));
    }
}
