//! Places: which spans are places, and which real place each one is.
//!
//! `refine` has the last word on the PLACE mentions: it finds place names from the gazetteer
//! and the capitalised chunks around them (`spans`), keeps the PERSON and ORG chunks of the
//! name chunker unless the evidence for a place is strong, and drops the chunker's places that
//! the chunk rules reject (a place inside "University of Chicago"). `resolve` then picks the
//! gazetteer entry of each place from the story's context (`resolve`).

pub(crate) mod cues;
mod demonyms;
mod resolve;
mod spans;

use crate::entities::{Label, Mention};
use crate::extract::Article;
use crate::gazetteer::PlaceKind;
use crate::sentences::Doc;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub name: String,
    pub kind: PlaceKind,
    /// Gazetteer id, `None` when unresolved.
    pub id: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: Option<u64>,
    /// 0..1: how sure the resolution is.
    pub confidence: f32,
    /// Spans of the article text (bytes).
    pub mentions: Vec<(usize, usize)>,
    /// The gazetteer's name of the entry ("United States" for "U.S.").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
}

/// Adjusts the place mentions among `mentions`: adds places the name chunker cannot see
/// ("the Northern Triangle"), drops places inside organisation names, relabels.
pub fn refine(doc: &Doc, article: &Article, mentions: &mut Vec<Mention>) {
    let _ = article;
    let found = spans::find(doc);
    // The chunker's places stay only where the chunk rules agree.
    let spans: std::collections::HashSet<(usize, usize)> =
        found.iter().map(|f| (f.start, f.end)).collect();
    mentions.retain(|m| m.label != Label::Place || spans.contains(&(m.start, m.end)));
    // Each found span replaces the mentions it overlaps. The mentions are indexed by start
    // (removed ones left as holes, so their order is kept): a mention overlapping `f` starts
    // within the longest mention's length before it, so one range of the index holds them all,
    // instead of a scan of every mention per span.
    let mut live: Vec<Option<Mention>> = mentions.drain(..).map(Some).collect();
    let mut by_start: std::collections::BTreeSet<(usize, usize)> = live
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.as_ref().map(|m| (m.start, i)))
        .collect();
    let mut longest = live
        .iter()
        .flatten()
        .map(|m| m.end.saturating_sub(m.start))
        .max()
        .unwrap_or(0);
    for f in &found {
        let from = f.start.saturating_sub(longest);
        let overlapping: Vec<(usize, usize)> = by_start
            .range((from, 0)..(f.end.max(from), 0))
            .copied()
            .filter(|&(_, i)| {
                live[i]
                    .as_ref()
                    .is_some_and(|m| m.start < f.end && f.start < m.end)
            })
            .collect();
        let wins = overlapping
            .iter()
            .all(|&(_, i)| live[i].as_ref().is_some_and(|m| place_wins(doc, f, m)));
        if !wins {
            continue;
        }
        for key in &overlapping {
            by_start.remove(key);
            live[key.1] = None;
        }
        by_start.insert((f.start, live.len()));
        longest = longest.max(f.end.saturating_sub(f.start));
        live.push(Some(Mention {
            start: f.start,
            end: f.end,
            label: Label::Place,
            sentence: doc.sentence_at(f.start).unwrap_or(0),
        }));
    }
    mentions.extend(live.into_iter().flatten());
}

/// Whether a place span found here replaces a mention of the chunker that overlaps it.
fn place_wins(doc: &Doc, f: &spans::Found, m: &Mention) -> bool {
    use spans::Evidence::*;
    if m.label == Label::Place {
        return true;
    }
    let same = m.start == f.start && m.end == f.end;
    let inside_place = f.start <= m.start && m.end <= f.end && !same;
    if inside_place {
        // "York City" in "New York City", "Naqsh-e Jahan" in "Naqsh-e Jahan Square".
        return true;
    }
    let place_inside = m.start <= f.start && f.end <= m.end && !same;
    if place_inside {
        // "Los Angeles" in the ORG "Los Angeles Sheriff", "Jackson" in "Andrew Jackson":
        // theirs, unless the rest of their chunk is only a direction or place word.
        let rest = |a: usize, b: usize| doc.text.get(a..b).unwrap_or("");
        let extra = format!("{} {}", rest(m.start, f.start), rest(f.end, m.end));
        return f.evidence >= Structural
            && extra.split_whitespace().all(|w| {
                let w = crate::gazetteer::fold(w);
                cues::is(cues::DIRECTIONS, &w) || cues::is(cues::PLACE_HEADS, &w)
            });
    }
    // The same span, or crossing: a place by its own words or beyond doubt wins; a town
    // known only by its size does not overrule a person.
    match f.evidence {
        Strong | Structural | Cued => true,
        Prominent => m.label == Label::Org,
    }
}

/// Resolves the place mentions to gazetteer entries, one `Place` per distinct place.
pub fn resolve(doc: &Doc, article: &Article, mentions: &[Mention]) -> Vec<Place> {
    resolve::resolve(doc, article, mentions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;

    fn run(text: &str, mut mentions: Vec<Mention>) -> (Vec<Mention>, Vec<Place>) {
        let a = from_text(text);
        let doc = split(text, &a.blocks);
        refine(&doc, &a, &mut mentions);
        mentions.sort_by_key(|m| m.start);
        let places = resolve(&doc, &a, &mentions);
        (mentions, places)
    }

    fn place<'p>(places: &'p [Place], name: &str) -> &'p Place {
        places.iter().find(|p| p.name == name).expect(name)
    }

    #[test]
    fn us_and_united_states_are_one_place() {
        let (_, places) = run(
            "The United States and Mexico met. U.S. officials said the U.S. would help.",
            vec![],
        );
        assert_eq!(places.len(), 2);
        let us = place(&places, "United States");
        assert_eq!(us.mentions.len(), 3);
        assert_eq!(us.country.as_deref(), Some("US"));
        assert_eq!(place(&places, "Mexico").kind, PlaceKind::Country);
    }

    #[test]
    fn countries_named_with_and_are_one_place() {
        let (_, places) = run(
            "Citizens of Trinidad and Tobago and of Bosnia and Herzegovina need no visa.",
            vec![],
        );
        let countries: Vec<(&str, Option<&str>, PlaceKind)> = places
            .iter()
            .map(|p| (p.name.as_str(), p.country.as_deref(), p.kind))
            .collect();
        assert_eq!(
            countries,
            vec![
                ("Trinidad and Tobago", Some("TT"), PlaceKind::Country),
                ("Bosnia and Herzegovina", Some("BA"), PlaceKind::Country)
            ],
            "{places:?}"
        );
    }

    #[test]
    fn an_ap_state_abbreviation_after_a_town_is_the_state() {
        let (_, places) = run(
            "Trump spoke at a rally in Monroe, La., on Nov. 6. He went to Fresno, Calif., next.",
            vec![],
        );
        let states: Vec<(Option<&str>, PlaceKind)> = places
            .iter()
            .filter(|p| matches!(p.name.as_str(), "La" | "Calif"))
            .map(|p| (p.canonical.as_deref(), p.kind))
            .collect();
        assert_eq!(
            states,
            vec![
                (Some("Louisiana"), PlaceKind::Admin),
                (Some("California"), PlaceKind::Admin)
            ],
            "{places:?}"
        );
    }

    #[test]
    fn a_formal_name_of_a_country_is_the_country() {
        let (_, places) = run(
            "It was an achievement for the State of Israel, he said.",
            vec![],
        );
        let p = place(&places, "State of Israel");
        assert_eq!(
            (p.kind, p.country.as_deref()),
            (PlaceKind::Country, Some("IL"))
        );
    }

    #[test]
    fn a_name_before_province_is_the_division() {
        let (_, places) = run(
            "They were handed to US forces in the southern Zabul province. Others died in the \
             town of Ziketan in Qinghai province.",
            vec![],
        );
        for name in ["Zabul", "Qinghai"] {
            assert_eq!(place(&places, name).kind, PlaceKind::Admin, "{places:?}");
        }
    }

    #[test]
    fn a_code_in_brackets_is_the_place_before_it() {
        let (_, places) = run(
            "It landed at the Kennedy Space Center (KSC) in Florida. KSC staff cheered.",
            vec![],
        );
        let names: Vec<(&str, usize)> = places
            .iter()
            .map(|p| (p.name.as_str(), p.mentions.len()))
            .collect();
        assert_eq!(names, vec![("Kennedy Space Center", 3), ("Florida", 1)]);
    }

    #[test]
    fn a_town_takes_the_state_or_country_written_after_it() {
        let near = |text: &str, name: &str, lat: f64, lon: f64| {
            let (_, p) = run(text, vec![]);
            let t = place(&p, name);
            let (Some(a), Some(o)) = (t.lat, t.lon) else {
                panic!("{name} unresolved in {text:?}: {t:?}")
            };
            assert!(
                (a - lat).abs() < 1.0 && (o - lon).abs() < 1.0,
                "{text:?}: {t:?}"
            );
        };
        near(
            "The governor spoke in Springfield, Illinois, on Monday.",
            "Springfield",
            39.8,
            -89.6,
        );
        near(
            "The plant is in Paris, Texas, the company said.",
            "Paris",
            33.7,
            -95.6,
        );
        near(
            "Officials met in Portland, Maine, on Friday.",
            "Portland",
            43.7,
            -70.3,
        );
        near(
            "She grew up in London, Ontario, and moved west.",
            "London",
            43.0,
            -81.2,
        );
        // Without the writer's help, prominence still decides.
        near("Officials met in Paris on Friday.", "Paris", 48.9, 2.3);
        // The division after the town is the one that holds such a town: Ontario the
        // province, not the Californian city that ties with it on prominence.
        for text in [
            "She lives in Windsor, Ontario. Ontario has many lakes.",
            "She grew up in London, Ontario, and moved west.",
        ] {
            let (_, p) = run(text, vec![]);
            let o = place(&p, "Ontario");
            assert_eq!(
                (o.kind, o.country.as_deref()),
                (PlaceKind::Admin, Some("CA")),
                "{text}"
            );
        }
        // and the town after which a state is written keeps its own sense
        let (_, p) = run("Atlanta, Georgia, voted.", vec![]);
        assert_eq!(place(&p, "Georgia").kind, PlaceKind::Admin);
    }

    #[test]
    fn ambiguous_names_follow_the_story() {
        let (_, p) = run(
            "Voters in Atlanta and Savannah went to the polls across Georgia.",
            vec![],
        );
        assert_eq!(place(&p, "Georgia").kind, PlaceKind::Admin);
        let (_, p) = run(
            "Russian troops entered Georgia, near Tbilisi and the Black Sea.",
            vec![],
        );
        assert_eq!(place(&p, "Georgia").kind, PlaceKind::Country);
        let (_, p) = run("The summit opened in Paris on Monday.", vec![]);
        assert_eq!(place(&p, "Paris").country.as_deref(), Some("FR"));
    }

    #[test]
    fn chunker_labels_are_respected_unless_the_place_is_strong() {
        let text = "Jordan Peele visited Jordan.";
        let person = Mention {
            start: 0,
            end: 12,
            label: Label::Person,
            sentence: 0,
        };
        let (m, p) = run(text, vec![person.clone()]);
        assert!(m.contains(&person));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].mentions, vec![(21, 27)]);
        // a country the chunker called ORG is a place
        let org = Mention {
            start: 21,
            end: 27,
            label: Label::Org,
            sentence: 0,
        };
        let (m, _) = run(text, vec![org]);
        assert!(m.iter().any(|x| x.start == 21 && x.label == Label::Place));
    }

    #[test]
    fn capitals_as_speakers_are_not_listed() {
        let (m, p) = run(
            "Washington said it would act. Talks in Tokyo went on.",
            vec![],
        );
        assert!(m.iter().any(|x| x.start == 0));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].name, "Tokyo");
    }

    #[test]
    fn unknown_places_take_the_story_country_and_compass_regions_are_not_listed() {
        let (m, p) = run(
            "Tunisia mourned. Tunis was calm and Tunisia's leaders met. A bomb hit the city of Djerba. The West watched.",
            vec![],
        );
        assert_eq!(place(&p, "Djerba").country.as_deref(), Some("TN"));
        assert!(p.iter().all(|x| x.name != "West"));
        assert!(m
            .iter()
            .any(|x| x.label == Label::Place && x.end - x.start == 4));
    }

    #[test]
    fn state_codes_after_a_town_are_the_state_and_roads_are_landmarks() {
        let (_, p) = run("The diner is near Tulsa, OK, off I-44.", vec![]);
        let ok = place(&p, "OK");
        assert_eq!(ok.canonical.as_deref(), Some("Oklahoma"));
        assert_eq!(ok.kind, PlaceKind::Admin);
        assert_eq!(ok.country.as_deref(), Some("US"));
        assert_eq!(place(&p, "I-44").kind, PlaceKind::Landmark);
    }

    #[test]
    fn unknown_places_get_their_country_from_inside() {
        let (_, p) = run("They live in North Oakland, near Lake Merritt.", vec![]);
        assert_eq!(place(&p, "North Oakland").country.as_deref(), Some("US"));
        assert!(place(&p, "North Oakland").id.is_none());
    }
}
