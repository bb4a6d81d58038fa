//! Word classes of the time-expression grammar: one `match` per class, on lower-cased words.
//! Capitalisation is checked by the grammar where it matters ("May" the month, "may" the verb).

use crate::calendar;

/// A calendar unit, as durations and relative expressions count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    /// The TIMEX3 duration letter; time units go after a "T".
    pub fn letter(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Weekend => ("WE", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
            Unit::Millennium => ("ML", false),
        }
    }
}

/// "day", "days", "weeks"... with whether the word is plural.
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    Some(match w {
        "second" => (Unit::Second, false),
        "seconds" => (Unit::Second, true),
        "minute" => (Unit::Minute, false),
        "minutes" => (Unit::Minute, true),
        "hour" => (Unit::Hour, false),
        "hours" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "weekend" => (Unit::Weekend, false),
        "weekends" => (Unit::Weekend, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" => (Unit::Year, false),
        "years" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        "millennium" => (Unit::Millennium, false),
        "millennia" | "millenniums" => (Unit::Millennium, true),
        _ => return None,
    })
}

/// Month names and their dotted or bare abbreviations. Bare "mar" is the verb far more often
/// than March.
pub fn month(w: &str) -> Option<u32> {
    calendar::month(w).filter(|_| !w.eq_ignore_ascii_case("mar"))
}

/// Weekday names and their dotted abbreviations, Monday = 1. Bare three-letter forms ("Sun",
/// "Wed") are words too often.
pub fn weekday(w: &str) -> Option<u32> {
    calendar::weekday(w).filter(|_| calendar::weekday_abbreviation(w).is_none())
}

/// Plural weekdays ("Tuesdays") name a set.
pub fn weekday_plural(w: &str) -> Option<u32> {
    calendar::weekday_name(w.strip_suffix('s')?)
}

/// Seasons with their TIMEX3 codes.
pub fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// Parts of the day with their TIMEX3 codes.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

pub use crate::words::cardinal;

/// Ordinal words and numerals ("third", "3rd") as numbers.
pub fn ordinal(w: &str) -> Option<u32> {
    let n = match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "twenty-first" => 21,
        "thirtieth" => 30,
        "last" => 0,
        _ => {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            if digits.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
                return None;
            }
            return digits.parse().ok().filter(|n| *n <= 10_000);
        }
    };
    Some(n)
}

/// Words that name the present, the past or the future as a whole.
pub fn reference(w: &str) -> Option<&'static str> {
    Some(match w {
        "now" | "currently" | "nowadays" | "presently" | "current" => "PRESENT_REF",
        // "previously", "formerly" and "soon" are mostly left untagged by TIMEX3 annotators.
        "recently" | "lately" => "PAST_REF",
        _ => return None,
    })
}

/// Time zone abbreviations, as the lower-case words that name them.
const TIME_ZONES: [&str; 19] = [
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ct", "bst",
    "cet", "cest", "ist", "jst", "z",
];

/// Words a time zone abbreviation may be.
pub fn time_zone(w: &str) -> bool {
    zone_abbr(w).is_some()
}

/// The abbreviation a word names, kept for the zone's offset ("edt" → "edt").
pub fn zone_abbr(w: &str) -> Option<&'static str> {
    TIME_ZONES.iter().copied().find(|z| *z == w)
}

/// Nouns that make a preceding number a count rather than a year ("1998 people").
pub fn count_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "men"
            | "women"
            | "children"
            | "troops"
            | "soldiers"
            | "workers"
            | "jobs"
            | "shares"
            | "votes"
            | "cases"
            | "deaths"
            | "miles"
            | "kilometers"
            | "kilometres"
            | "km"
            | "meters"
            | "metres"
            | "feet"
            | "tons"
            | "tonnes"
            | "acres"
            | "units"
            | "cars"
            | "homes"
            | "houses"
            | "students"
            | "members"
            | "dollars"
            | "euros"
            | "yen"
            | "pounds"
            | "barrels"
            | "points"
            | "employees"
            | "residents"
            | "percent"
            | "per"
            | "%"
            | "hectares"
            | "rooms"
            | "beds"
            | "calories"
            | "words"
            | "pages"
            | "copies"
            | "vehicles"
            | "patients"
            | "refugees"
            | "migrants"
            | "police"
            | "officers"
            | "delegates"
            | "seats"
            | "households"
            | "companies"
            | "stores"
            | "villages"
            | "times"
            | "tickets"
            | "signatures"
            | "fans"
            | "guests"
            | "visitors"
            | "lb"
            | "kg"
            | "mph"
            | "degrees"
            | "bytes"
            | "gallons"
            | "liters"
            | "litres"
    )
}

/// Nouns after a feast that make it a kind of thing, not a day ("Christmas cards").
pub fn feast_thing(w: &str) -> bool {
    matches!(
        w,
        "card"
            | "cards"
            | "tree"
            | "trees"
            | "lights"
            | "decorations"
            | "carol"
            | "carols"
            | "song"
            | "songs"
            | "music"
            | "movie"
            | "movies"
            | "film"
            | "films"
            | "special"
            | "sweater"
            | "sweaters"
            | "costume"
            | "costumes"
            | "candy"
            | "egg"
            | "eggs"
            | "ornaments"
            | "stocking"
            | "stockings"
            | "gift"
            | "gifts"
            | "present"
            | "presents"
            | "turkey"
            | "market"
            | "markets"
            | "spirit"
            | "story"
            | "stories"
    )
}

/// Nouns after a weekday that make it a kind of issue or routine, not a day ("Saturday
/// publication", "the Sunday paper").
pub fn issue_noun(w: &str) -> bool {
    matches!(
        w,
        "publication" | "edition" | "editions" | "paper" | "papers" | "newspaper" | "school"
    )
}

/// Words of a game report ("led 14-7 at halftime before scoring 24 points in the third
/// quarter"): a quarter or half in the same sentence is a period of play, no time.
pub fn game_word(w: &str) -> bool {
    matches!(
        w,
        "halftime"
            | "half-time"
            | "touchdown"
            | "touchdowns"
            | "quarterback"
            | "overtime"
            | "rebounds"
            | "interception"
            | "interceptions"
            | "fumble"
            | "scoring"
            | "scored"
            | "buzzer"
            | "three-pointer"
            | "field-goal"
    )
}

/// Measures a fraction can be of: "a quarter cup" is no quarter of a year.
pub fn measure_noun(w: &str) -> bool {
    matches!(
        w,
        "cup"
            | "cups"
            | "teaspoon"
            | "tablespoon"
            | "pound"
            | "pounds"
            | "ounce"
            | "ounces"
            | "inch"
            | "inches"
            | "mile"
            | "miles"
            | "acre"
            | "acres"
            | "gallon"
            | "liter"
            | "litre"
            | "turn"
            | "note"
            | "point"
            | "points"
            | "percent"
            | "stake"
            | "share"
    )
}

/// Car makes, lower case: "Kopp's 1987 Chevrolet" names a model year, not a time. Makes that
/// are common names or words too (Lincoln, Mercury, Saturn) are left out.
pub fn car_make(w: &str) -> bool {
    matches!(
        w,
        "chevrolet"
            | "chevy"
            | "ford"
            | "toyota"
            | "honda"
            | "nissan"
            | "buick"
            | "cadillac"
            | "dodge"
            | "chrysler"
            | "pontiac"
            | "oldsmobile"
            | "plymouth"
            | "volkswagen"
            | "mazda"
            | "subaru"
            | "mercedes"
            | "mercedes-benz"
            | "bmw"
            | "volvo"
            | "jeep"
            | "hyundai"
            | "porsche"
            | "audi"
            | "kia"
            | "lexus"
            | "acura"
            | "infiniti"
            | "tesla"
            | "mitsubishi"
            | "suzuki"
            | "isuzu"
            | "gmc"
            | "fiat"
            | "peugeot"
            | "renault"
            | "citroen"
            | "saab"
            | "ferrari"
            | "lamborghini"
            | "maserati"
            | "bentley"
    )
}

/// The last word of a street name ("Elm Street", "Eighth St."), lower case, without its dot.
pub fn street_word(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "st"
            | "avenue"
            | "ave"
            | "road"
            | "rd"
            | "drive"
            | "dr"
            | "lane"
            | "ln"
            | "boulevard"
            | "blvd"
            | "terrace"
            | "parkway"
            | "pkwy"
    )
}

/// Words after which a bare number is an identifier, not a year ("No. 1998", "Section 2001").
pub fn identifier_noun(w: &str) -> bool {
    matches!(
        w,
        "no."
            | "no"
            | "number"
            | "section"
            | "article"
            | "chapter"
            | "version"
            | "v"
            | "room"
            | "flight"
            | "route"
            | "highway"
            | "interstate"
            | "page"
            | "rule"
            | "resolution"
            | "bill"
            | "act"
            | "item"
            | "paragraph"
            | "model"
            | "#"
            | "$"
            | "€"
            | "£"
            | "¥"
            | "phone"
            | "suite"
            | "apartment"
            | "box"
            | "code"
            | "id"
            | "ticket"
            | "unit"
            | "lot"
            | "row"
            | "seat"
            | "gate"
            | "platform"
            | "channel"
            | "rank"
            | "+"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_answer() {
        assert_eq!(month("sept."), Some(9));
        assert_eq!(weekday("we"), None);
        assert_eq!(ordinal("3rd"), Some(3));
        assert_eq!(ordinal("3x"), None);
        assert_eq!(ordinal("rd"), None);
        assert_eq!(unit("weeks"), Some((Unit::Week, true)));
    }

    #[test]
    fn words_that_are_rarely_dates_are_not() {
        assert_eq!(month("mar"), None);
        assert_eq!(month("mar."), Some(3));
        assert_eq!(month("may."), None);
        assert_eq!(weekday("wed"), None);
        assert_eq!(weekday("wed."), Some(3));
        assert_eq!(weekday_plural("tuesdays"), Some(2));
        assert_eq!(weekday_plural("tuesday"), None);
    }
}
