//! The people and organisations of an article: person mentions grouped under the longest name
//! the article gives ("Harris" and "Kamala Harris" are one person), with their sex when the
//! first name or an honorific tells it, and their role.

use crate::entities::{lexicon, lower, names::Gender, Label, Mention};
use crate::sentences::Doc;

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    /// Lower-case words of the name.
    pub words: Vec<String>,
    pub label: Label,
    pub gender: Gender,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub mentions: Vec<(usize, usize)>,
}

/// Entities and, for each mention, the entity it refers to.
pub struct People {
    pub entities: Vec<Entity>,
    pub of_mention: Vec<Option<usize>>,
}

fn words_of(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| lower(w.trim_end_matches([',', '.'])))
        .filter(|w| !w.is_empty() && !lexicon::is_particle(w))
        .collect()
}

/// Every word capitalised but the small function words ("A Curious Plan to Fight Climate
/// Change"): a headline, where a name runs into the next words. A first sentence full of names
/// ("Vice President Kamala Harris met ...") has its verbs in lower case.
fn title_cased(doc: &Doc, s: usize) -> bool {
    doc.sentence_tokens(s).all(|i| {
        let w = doc.tok(i);
        doc.tokens[i].kind != crate::sentences::TokenKind::Word
            || crate::entities::is_capitalised(w)
            || matches!(
                w,
                "a" | "an"
                    | "the"
                    | "of"
                    | "and"
                    | "or"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "by"
                    | "as"
                    | "but"
                    | "vs"
                    | "with"
                    | "from"
            )
    })
}

/// A name in capitals throughout, longer than an acronym ("VOLKSWAGEN", not "FBI").
fn shouted(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() > 6 && !name.chars().any(char::is_lowercase)
}

pub fn build(doc: &Doc, mentions: &[Mention]) -> People {
    let text = doc.text;
    let mut entities: Vec<Entity> = Vec::new();
    // word → entities whose name holds it, so a mention meets only its few candidates
    let mut by_word: std::collections::HashMap<String, Vec<usize>> = Default::default();
    let mut of_mention = vec![None; mentions.len()];
    // Longest names first, so shorter ones can join them.
    let mut order: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].label != Label::Place)
        .collect();
    // A name in a title-case headline may run into the words after it ("Gold Star Mom
    // Corners Obama On ..."): the body's names go first, so that such a run founds no person
    // the body's "Obama" would join. Only long runs: a headline's "Kamala Harris" is often
    // the one full name the article gives.
    let headline = |m: &Mention| {
        doc.sentence_at(m.start)
            .is_some_and(|s| crate::quotes::is_headline(doc, s) && title_cased(doc, s))
    };
    order.sort_by_cached_key(|&i| {
        let m = &mentions[i];
        let n = words_of(text.get(m.start..m.end).unwrap_or("")).len();
        (n >= 4 && headline(m), std::cmp::Reverse(n), m.start)
    });
    for &i in &order {
        let m = &mentions[i];
        let surface = text.get(m.start..m.end).unwrap_or("").to_string();
        let words = words_of(&surface);
        if words.is_empty() {
            continue;
        }
        // Candidates: same label, and every word of this mention is a word of theirs.
        // A lone word taken for a place or an organisation that is a person's surname is that
        // person ("Lourimi" after "Ajmi Lourimi").
        let cands: Vec<usize> = by_word
            .get(&words[0])
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|&e| {
                let same = entities[e].label == m.label
                    || (entities[e].label == Label::Person
                        && words.len() == 1
                        && entities[e].words.len() >= 2
                        && entities[e].words.last() == words.first());
                same && words.iter().all(|w| entities[e].words.contains(w))
            })
            .collect();
        // Several candidates ("Clinton" with Hillary and Chelsea Clinton): the one last
        // mentioned before, else the first.
        // (a bounded look at each candidate's latest mentions keeps this linear)
        let pick = cands.iter().copied().max_by_key(|&e| {
            let ms = &entities[e].mentions;
            ms[ms.len().saturating_sub(256)..]
                .iter()
                .filter(|x| x.0 < m.start)
                .map(|x| x.0 + 1)
                .max()
                .unwrap_or(0)
        });
        let e = match pick {
            Some(e) => e,
            None => {
                for w in &words {
                    by_word.entry(w.clone()).or_default().push(entities.len());
                }
                entities.push(Entity {
                    name: surface.clone(),
                    words: words.clone(),
                    label: m.label,
                    gender: Gender::Unknown,
                    role: None,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                });
                entities.len() - 1
            }
        };
        let ent = &mut entities[e];
        if surface != ent.name && !ent.aliases.contains(&surface) {
            ent.aliases.push(surface);
        }
        ent.mentions.push((m.start, m.end));
        of_mention[i] = Some(e);
    }
    for ent in &mut entities {
        ent.mentions.sort();
    }
    // Sex and role, from the mentions in article order.
    for (i, m) in mentions.iter().enumerate() {
        let Some(e) = of_mention[i] else { continue };
        if entities[e].label != Label::Person {
            continue;
        }
        let t0 = doc.token_at(m.start);
        if entities[e].gender == Gender::Unknown && t0 > 0 {
            if let Some(g) = lexicon::honorific_gender(&lower(doc.tok(t0 - 1))) {
                entities[e].gender = g;
            }
        }
        if entities[e].role.is_none() {
            entities[e].role = super::roles::premodifier(doc, m.sentence, m.start)
                .or_else(|| super::roles::apposition(doc, m.sentence, m.end));
        }
    }
    // "VOLKSWAGEN ID", "HOME DEPOT INC.": a name written in capitals comes from a shouted
    // heading or a stock ticker line and may run into the next word; the article's own
    // writing of the name ("Volkswagen") names the entity.
    for ent in &mut entities {
        if !shouted(&ent.name) {
            continue;
        }
        let written = ent
            .aliases
            .iter()
            .enumerate()
            .filter(|(_, a)| !shouted(a) && a.chars().any(char::is_lowercase))
            .max_by_key(|(_, a)| a.len())
            .map(|(k, _)| k);
        if let Some(k) = written {
            let name = std::mem::replace(&mut ent.name, ent.aliases.remove(k));
            ent.aliases.push(name);
        }
    }
    for ent in &mut entities {
        if ent.gender == Gender::Unknown && ent.label == Label::Person && ent.words.len() >= 2 {
            if let Some(first) = ent.name.split_whitespace().next() {
                ent.gender = crate::entities::names::first_name(first).unwrap_or(Gender::Unknown);
            }
        }
    }
    People {
        entities,
        of_mention,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;

    /// The people of `t` and the mentions, in text order, that `of_mention` indexes.
    fn people_of(t: &str) -> (People, Vec<Mention>) {
        let a = from_text(t);
        let d = split(t, &a.blocks);
        let mut m = crate::entities::recognize(&d, &a);
        m.sort_by_key(|x| x.start);
        (build(&d, &m), m)
    }

    #[test]
    fn a_run_of_headline_words_founds_no_person() {
        let t = "Gold Star Mom Corners Obama On His Refusal To Use The Words\n\nPresident Barack Obama responded to a Gold Star mother. The Gold Star mother asked again. Obama answered.";
        let (p, m) = people_of(t);
        let last = t.rfind("Obama").unwrap();
        let i = m.iter().position(|x| x.start == last).unwrap();
        let e = p.of_mention[i].unwrap();
        assert_eq!(p.entities[e].name, "Barack Obama");
    }

    #[test]
    fn surnames_join_full_names() {
        let t = "Mexican President Andres Manuel Lopez Obrador met Kamala Harris. Harris spoke. Lopez Obrador and Mr. Reeves listened.";
        let (p, _) = people_of(t);
        let names: Vec<(&str, Gender, Option<&str>)> = p
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.gender, e.role.as_deref()))
            .collect();
        assert!(names.contains(&(
            "Andres Manuel Lopez Obrador",
            Gender::Male,
            Some("Mexican President")
        )));
        assert!(names.contains(&("Kamala Harris", Gender::Female, None)));
        assert!(names.contains(&("Reeves", Gender::Male, None)), "{names:?}");
        assert_eq!(p.entities.len(), 3);
    }

    #[test]
    fn a_shouted_name_yields_to_the_written_one() {
        let t =
            "HOME DEPOT INC.\n\nThe retailer Home Depot reported earnings that topped estimates.";
        let (p, _) = people_of(t);
        let e = p
            .entities
            .iter()
            .find(|e| e.words.contains(&"depot".to_string()));
        assert_eq!(e.map(|e| e.name.as_str()), Some("Home Depot"), "{:?}", e);
        assert!(shouted("VOLKSWAGEN ID") && !shouted("FBI") && !shouted("Volkswagen"));
    }
}
