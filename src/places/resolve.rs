//! Resolution: which real place each place name is, from the story around it.
//!
//! Every candidate of a name is scored by its prominence (a country over a town of the same
//! name, a big city over a small one) plus how well its country agrees with the story: the
//! dateline, the other places that are not in doubt, the demonyms ("Mexican") and the
//! publisher's domain. Context weighs less than a large gap in prominence, so "Paris" in an
//! American story is still Paris, France; it decides between close candidates ("Georgia" in a
//! story about Atlanta). When the best two stay close the place is left unresolved.

use super::{cues, demonyms, Place};
use crate::entities::{Label, Mention};
use crate::extract::Article;
use crate::gazetteer::{self, Hit, PlaceKind, Via};
use crate::sentences::Doc;
use std::collections::HashMap;

/// Below this margin between the best two candidates of different countries, a name is
/// left unresolved rather than guessed.
const MIN_MARGIN: f32 = 0.25;

struct Group {
    key: String,
    spans: Vec<(usize, usize)>,
    hits: Vec<Hit>,
    /// For a place the gazetteer does not know by its full name: the candidates of a name
    /// inside it ("Oakland" in "North Oakland"), which give its country.
    inner: Vec<Hit>,
    /// Half of a name written with "and" ("Tobago" of "Trinidad and Tobago"): listed under
    /// the whole name.
    half: bool,
}

pub fn resolve(doc: &Doc, article: &Article, mentions: &[Mention]) -> Vec<Place> {
    let text = doc.text;
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_end: HashMap<usize, usize> = HashMap::new();
    for m in mentions.iter().filter(|m| m.label == Label::Place) {
        let Some(surface) = text.get(m.start..m.end) else {
            continue;
        };
        let key = strip_the(&gazetteer::fold(surface)).to_string();
        if key.is_empty() {
            continue;
        }
        let g = by_key
            .get(&key)
            .copied()
            .or_else(|| code_of(text, m.start).and_then(|end| by_end.get(&end).copied()));
        if let Some(g) = g {
            groups[g].spans.push((m.start, m.end));
            by_key.insert(key, g);
            by_end.insert(m.end, g);
            continue;
        }
        by_end.insert(m.end, groups.len());
        // "Monroe, La.": an AP abbreviation with its dot after a town and a comma is the state,
        // whatever else the word may name ("LA" is also Los Angeles). "Vinita, OK": the chunk
        // rules only take a postal code after a town.
        let after_town = text[..m.start].trim_end().ends_with(',');
        let ap_state = (after_town && text[m.end..].starts_with('.'))
            .then(|| cues::us_state_abbreviation(surface))
            .flatten();
        let mut hits = match ap_state {
            Some(_) => Vec::new(),
            None => gazetteer::find(surface),
        };
        if hits.is_empty() {
            if let Some(state) = ap_state.or_else(|| cues::us_state(surface)) {
                hits = gazetteer::find(state);
                hits.retain(|h| gazetteer::kind(h.index) == Some(PlaceKind::Admin));
            }
        }
        let inner = if hits.is_empty() {
            inner_hits(surface)
        } else {
            Vec::new()
        };
        by_key.insert(key.clone(), groups.len());
        groups.push(Group {
            key,
            spans: vec![(m.start, m.end)],
            hits,
            inner,
            half: false,
        });
    }
    // Which group each mention starts, for the names written next to one another; the spans
    // are final here (the steps below change only the candidates).
    let starts = span_starts(&groups);
    join_and_names(text, &mut groups, &starts);
    // "Zabul province", "Qinghai province": the division, not a town of the same name.
    for g in &mut groups {
        if division_named(text, g)
            && g.hits
                .iter()
                .any(|h| gazetteer::kind(h.index) == Some(PlaceKind::Admin))
        {
            g.hits
                .retain(|h| gazetteer::kind(h.index) == Some(PlaceKind::Admin));
        }
    }
    // For each group, the divisions written after its mentions ("Illinois" for
    // "Springfield, Illinois"), and the other way round, the towns written before them.
    let (within, towns) = containers(text, &groups, &starts);
    let (votes, own) = country_votes(doc, article, &groups);
    let mut places: Vec<Place> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, g) in groups.iter().enumerate() {
        // A name does not vouch for itself: its own vote is taken out of its context.
        let mut context = votes.clone();
        if let Some((cc, w)) = own[i] {
            if let Some(v) = context.get_mut(&cc) {
                *v -= w;
            }
        }
        // "the West", "the South": a region of the mind, not a place on the map.
        if g.hits.is_empty() && cues::is(cues::COMPASS, &g.key) {
            continue;
        }
        let (place, index) = resolve_group(text, g, &context, &within[i], &towns[i]);
        if index.is_some_and(|ix| metonymic(doc, g, ix)) {
            continue;
        }
        if let Some(id) = place.id.clone() {
            if let Some(&i) = by_id.get(&id) {
                let p: &mut Place = &mut places[i];
                p.mentions.extend(g.spans.iter().copied());
                p.mentions.sort();
                // Keep the entry's own name when one of the mentions is it.
                if gazetteer::fold(&place.name) == gazetteer::fold(&p.name) {
                } else if is_canonical(&place) && !is_canonical(p) {
                    p.name = place.name.clone();
                }
                continue;
            }
            by_id.insert(id, places.len());
        }
        places.push(place);
    }
    places.sort_by_key(|p| p.mentions.first().copied());
    places
}

/// "Kennedy Space Center (KSC)", "Tulsa International Airport (IATA: TUL)": for a code
/// written in brackets at `start`, where the name before the bracket ends.
fn code_of(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start)?.trim_end();
    let before = before
        .strip_suffix("IATA:")
        .or_else(|| before.strip_suffix("ICAO:"))
        .unwrap_or(before)
        .trim_end();
    let before = before.strip_suffix('(')?.trim_end();
    Some(before.len())
}

fn strip_the(k: &str) -> &str {
    k.strip_prefix("the ").unwrap_or(k)
}

fn is_canonical(p: &Place) -> bool {
    p.id.as_ref()
        .and(p.canonical.as_deref())
        .is_some_and(|c| gazetteer::fold(c) == gazetteer::fold(&p.name))
}

/// The candidates of the longest gazetteer name inside a span the gazetteer does not know.
fn inner_hits(surface: &str) -> Vec<Hit> {
    let words: Vec<&str> = surface.split_whitespace().collect();
    for n in (1..words.len()).rev() {
        for start in 0..=words.len() - n {
            let sub = words[start..start + n].join(" ");
            if sub.chars().next().is_some_and(|c| c.is_uppercase())
                && !cues::is(cues::DIRECTIONS, &gazetteer::fold(&sub))
            {
                let hits = gazetteer::find(&sub);
                if !hits.is_empty() {
                    return hits;
                }
            }
        }
    }
    Vec::new()
}

type Votes = HashMap<[u8; 2], f32>;
/// The country one group of mentions points at, and how strongly.
type GroupVote = Option<([u8; 2], f32)>;

/// How much the story points at each country, and what each group gave to it.
fn country_votes(doc: &Doc, article: &Article, groups: &[Group]) -> (Votes, Vec<GroupVote>) {
    let mut votes: Votes = HashMap::new();
    let mut own = Vec::with_capacity(groups.len());
    let mut add = |cc: [u8; 2], w: f32| *votes.entry(cc).or_insert(0.0) += w;
    if let Some(d) = &article.dateline {
        for part in d.split([',', '(', '\u{2014}', '-']) {
            if let Some(cc) = gazetteer::find(part.trim())
                .first()
                .and_then(|h| gazetteer::country(h.index))
            {
                add(cc, 3.0);
            }
        }
    }
    for g in groups {
        // Only names that are hardly in doubt vote: the most prominent candidate well ahead
        // of any candidate in another country.
        let vote = sure_country(&g.hits).map(|cc| (cc, (g.spans.len() as f32).min(3.0)));
        if let Some((cc, w)) = vote {
            add(cc, w);
        }
        own.push(vote);
    }
    for t in 0..doc.tokens.len() {
        let w = gazetteer::fold(doc.tok(t));
        if let Some(cc) = demonyms::country(&w) {
            let b = cc.as_bytes();
            if b.len() == 2 {
                add([b[0], b[1]], 0.5);
            }
        }
    }
    if let Some(cc) = article.site.as_deref().and_then(publisher_country) {
        add(cc, 1.0);
    }
    (votes, own)
}

/// The group of the mention starting at each byte.
fn span_starts(groups: &[Group]) -> HashMap<usize, usize> {
    let mut starts: HashMap<usize, usize> = HashMap::new();
    for (j, g) in groups.iter().enumerate() {
        for &(s, _) in &g.spans {
            starts.insert(s, j);
        }
    }
    starts
}

/// "Trinidad and Tobago", "Saint Vincent and the Grenadines": two places written with "and"
/// between them that together are a country's or a division's name are that one place (the
/// mentions stay apart, as a name chunk stops at "and"). Before, "Tobago" alone was taken for
/// a town elsewhere.
fn join_and_names(text: &str, groups: &mut [Group], starts: &HashMap<usize, usize>) {
    let mut joined: Vec<(usize, usize, Hit)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        for &(s, e) in &g.spans {
            let Some(rest) = text.get(e..) else { continue };
            let gap = [" and the ", " and ", " & "]
                .iter()
                .find(|sep| rest.starts_with(*sep))
                .map_or(0, |sep| sep.len());
            let Some(&j) = (gap > 0).then(|| starts.get(&(e + gap))).flatten() else {
                continue;
            };
            let Some(&(_, end)) = groups[j].spans.iter().find(|(b, _)| *b == e + gap) else {
                continue;
            };
            let Some(whole) = text.get(s..end) else {
                continue;
            };
            let hit = gazetteer::find(whole)
                .into_iter()
                .find(|h| gazetteer::is_division(h.index));
            if let Some(h) = hit {
                joined.push((i, j, h));
            }
        }
    }
    for (i, j, h) in joined {
        for k in [i, j] {
            groups[k].hits = vec![h];
            groups[k].inner.clear();
            groups[k].half = true;
        }
    }
}

/// The writer's own disambiguation, "Springfield, Illinois", "Paris, Texas", "London,
/// Ontario": for each group, the country and first-level-division candidates of a place named
/// right after one of its mentions, with only a comma between them.
fn containers(
    text: &str,
    groups: &[Group],
    starts: &HashMap<usize, usize>,
) -> (Vec<Vec<u16>>, Vec<Vec<u16>>) {
    let mut within: Vec<Vec<u16>> = vec![Vec::new(); groups.len()];
    let mut towns: Vec<Vec<u16>> = vec![Vec::new(); groups.len()];
    let mut pairs: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    for (i, g) in groups.iter().enumerate() {
        for &(_, e) in &g.spans {
            let Some(rest) = text.get(e..).and_then(|r| r.strip_prefix(',')) else {
                continue;
            };
            let skip = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
            if skip == 0 || skip > 2 {
                continue;
            }
            let Some(&j) = starts.get(&(e + 1 + skip)) else {
                continue;
            };
            // Each pair once, however often the story writes "Springfield, Illinois".
            if j == i || !pairs.insert((i, j)) {
                continue;
            }
            let divisions: Vec<u16> = groups[j]
                .hits
                .iter()
                .filter(|h| gazetteer::is_division(h.index))
                .map(|h| h.index)
                .collect();
            if !divisions.is_empty() {
                within[i].extend(divisions);
                towns[j].extend(g.hits.iter().map(|h| h.index));
            }
        }
    }
    (within, towns)
}

/// How much a candidate agrees with the place the writer put after it: in that country, or
/// near that state or province (the gazetteer keeps no first-level codes for towns, so
/// nearness to the division's centre stands in for membership).
fn inside(h: &Hit, within: &[u16]) -> f32 {
    if within.is_empty()
        || !matches!(
            gazetteer::kind(h.index),
            Some(PlaceKind::City | PlaceKind::Other | PlaceKind::Landmark)
        )
    {
        return 0.0;
    }
    let Some(cc) = gazetteer::country(h.index) else {
        return 0.0;
    };
    let here = gazetteer::entry(h.index).and_then(|e| Some((e.lat?, e.lon?)));
    let mut best: f32 = 0.0;
    for &c in within {
        if gazetteer::country(c) != Some(cc) {
            continue;
        }
        match gazetteer::kind(c) {
            Some(PlaceKind::Country) => best = best.max(2.0),
            Some(PlaceKind::Admin) => {
                // Closer to the division's centre scores higher, so of two Springfields the
                // one in Illinois wins "Springfield, Illinois"; a big province ("London,
                // Ontario", 850 km from Ontario's centre) still counts.
                let there = gazetteer::entry(c).and_then(|e| Some((e.lat?, e.lon?)));
                let near = match (here, there) {
                    (Some(a), Some(b)) => (4.0 * (1.0 - km(a, b) / 2000.0)).max(0.0) as f32,
                    _ => 0.5,
                };
                best = best.max(near);
            }
            _ => {}
        }
    }
    best
}

/// How much a division or country candidate agrees with a town the writer put before it:
/// "Windsor, Ontario" makes Ontario the province that holds a Windsor, not the Californian
/// city of the same name, whose prominence ties with the province's. The same measure as
/// `inside`, seen from the container.
fn holds(h: &Hit, towns: &[u16]) -> f32 {
    if towns.is_empty() || !gazetteer::is_division(h.index) {
        return 0.0;
    }
    towns
        .iter()
        .map(|&t| inside(&Hit { index: t, ..*h }, &[h.index]))
        .fold(0.0, f32::max)
}

/// Great-circle distance in kilometres.
fn km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// The country of a name's best candidate by prominence alone, when no candidate from
/// another country comes close.
fn sure_country(hits: &[Hit]) -> Option<[u8; 2]> {
    let mut best: Option<(f32, [u8; 2])> = None;
    let mut rival = f32::NEG_INFINITY;
    for h in hits {
        let Some(cc) = gazetteer::country(h.index) else {
            continue;
        };
        let p = prior(h);
        match best {
            None => best = Some((p, cc)),
            Some((b, bcc)) if p > b => {
                if bcc != cc {
                    rival = rival.max(b);
                }
                best = Some((p, cc));
            }
            Some((_, bcc)) if bcc != cc => rival = rival.max(p),
            _ => {}
        }
    }
    best.filter(|(b, _)| b - rival >= 0.5).map(|(_, cc)| cc)
}

/// The country of a publisher's domain ("bbc.co.uk" → GB), when the site is given as one.
fn publisher_country(site: &str) -> Option<[u8; 2]> {
    let host = site.trim().trim_end_matches('/').to_ascii_lowercase();
    if !host.contains('.') || host.contains(' ') {
        return None;
    }
    let tld = host.rsplit('.').next()?;
    let code = match tld {
        "uk" => "GB",
        t if t.len() == 2 => t,
        _ => return None,
    };
    let b = code.to_ascii_uppercase().into_bytes();
    Some([*b.first()?, *b.get(1)?])
}

fn prior(h: &Hit) -> f32 {
    let pop = gazetteer::population(h.index) as f32;
    let base = match gazetteer::kind(h.index) {
        Some(PlaceKind::Country) => 3.2,
        Some(PlaceKind::Admin) => 2.6,
        Some(PlaceKind::Region) => 2.6,
        Some(PlaceKind::Landmark | PlaceKind::Other) => 2.4,
        Some(PlaceKind::City) => {
            let capital = gazetteer::flags(h.index) & gazetteer::FLAG_CAPITAL != 0;
            (pop.max(1.0)).log10() / 2.0 + if capital { 0.5 } else { 0.0 }
        }
        None => 0.0,
    };
    base + if h.via == Via::Alias { 1.0 } else { 0.0 }
}

fn context(h: &Hit, votes: &Votes, max_vote: f32) -> f32 {
    if max_vote <= 0.0 {
        return 0.0;
    }
    gazetteer::country(h.index)
        .and_then(|cc| votes.get(&cc))
        .map_or(0.0, |v| v / max_vote)
}

fn resolve_group(
    text: &str,
    g: &Group,
    votes: &Votes,
    within: &[u16],
    towns: &[u16],
) -> (Place, Option<u16>) {
    let max_vote = votes.values().copied().fold(0.0f32, f32::max);
    let name = match g.hits.first().and_then(|h| gazetteer::entry(h.index)) {
        Some(e) if g.half => e.name,
        _ => display_name(text, g),
    };
    let mut scored: Vec<(f32, &Hit)> = g
        .hits
        .iter()
        .map(|h| {
            (
                prior(h) + context(h, votes, max_vote) + inside(h, within) + holds(h, towns),
                h,
            )
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let Some(&(best, top)) = scored.first() else {
        return (unknown_place(text, g, votes, max_vote, name), None);
    };
    let top_cc = gazetteer::country(top.index);
    // The best rival from another country decides how sure the choice is; a rival from the
    // same country changes only the town, not the country.
    let rival = scored
        .iter()
        .skip(1)
        .find(|(_, h)| gazetteer::country(h.index) != top_cc)
        .map(|(s, _)| *s);
    let same_country_rival = scored
        .iter()
        .skip(1)
        .any(|(s, h)| gazetteer::country(h.index) == top_cc && best - s < MIN_MARGIN);
    let margin = rival.map_or(f32::INFINITY, |r| best - r);
    let Some(e) = gazetteer::entry(top.index) else {
        return (unknown_place(text, g, votes, max_vote, name), None);
    };
    if margin < MIN_MARGIN {
        let unresolved = Place {
            name,
            kind: e.kind,
            id: None,
            country: None,
            lat: None,
            lon: None,
            population: None,
            confidence: 0.3,
            mentions: g.spans.clone(),
            canonical: None,
        };
        return (unresolved, None);
    }
    let mut confidence = if margin.is_infinite() {
        0.95
    } else {
        (0.5 + margin / 4.0).min(0.95)
    };
    if same_country_rival {
        confidence = confidence.min(0.6);
    }
    let place = Place {
        name,
        kind: e.kind,
        id: Some(e.id),
        country: e.country,
        lat: e.lat,
        lon: e.lon,
        population: e.population,
        confidence,
        mentions: g.spans.clone(),
        canonical: Some(e.name),
    };
    (place, Some(top.index))
}

/// A place the gazetteer does not know by name: its kind from its head word, its country
/// from a name inside it when that one is clear.
fn unknown_place(text: &str, g: &Group, votes: &Votes, max_vote: f32, name: String) -> Place {
    let last = g.key.rsplit(' ').next().unwrap_or("");
    let kind = if matches!(
        last,
        "river"
            | "lake"
            | "sea"
            | "ocean"
            | "bay"
            | "gulf"
            | "island"
            | "islands"
            | "mountains"
            | "mountain"
            | "valley"
            | "desert"
            | "forest"
            | "canyon"
            | "peninsula"
            | "coast"
            | "beach"
            | "falls"
            | "creek"
            | "strait"
    ) {
        PlaceKind::Other
    } else if matches!(
        last,
        "county" | "province" | "district" | "borough" | "parish"
    ) || division_named(text, g)
    {
        PlaceKind::Admin
    } else if g.key.split(' ').any(|w| cues::is(cues::PLACE_HEADS, w))
        || g.key.bytes().any(|b| b.is_ascii_digit())
    {
        // "Kennedy Space Center", and numbered roads and terminals ("I-95", "Terminal 2")
        PlaceKind::Landmark
    } else {
        PlaceKind::City
    };
    let mut best: Option<(f32, &Hit)> = None;
    for h in &g.inner {
        let s = prior(h) + context(h, votes, max_vote);
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, h));
        }
    }
    // Without a known name inside, the story's own country when one clearly dominates
    // ("Djerba" in a story about Tunisia).
    let mut ranked: Vec<([u8; 2], f32)> = votes.iter().map(|(c, v)| (*c, *v)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let dominant = match ranked.as_slice() {
        [(c, v)] if *v >= 2.0 => Some(*c),
        [(c, v), (_, second), ..] if *v >= 2.0 && *v >= 1.5 * second => Some(*c),
        _ => None,
    };
    // "the State of Israel", "the Republic of Ireland": the country's formal name.
    let formal = [
        "state of ",
        "republic of ",
        "kingdom of ",
        "commonwealth of ",
    ]
    .iter()
    .any(|p| g.key.starts_with(p));
    let kind = match best {
        Some((_, h)) if formal && gazetteer::kind(h.index) == Some(PlaceKind::Country) => {
            PlaceKind::Country
        }
        _ => kind,
    };
    let country = best
        .and_then(|(_, h)| gazetteer::country(h.index))
        .or(dominant)
        .and_then(|c| String::from_utf8(c.to_vec()).ok());
    Place {
        name,
        kind,
        id: None,
        country,
        lat: None,
        lon: None,
        population: None,
        confidence: if best.is_some() { 0.5 } else { 0.3 },
        mentions: g.spans.clone(),
        canonical: None,
    }
}

/// A mention of the group is followed by a lower-case word for a first-level division
/// ("Zabul province", "Rakhine state"), which is not part of the name.
fn division_named(text: &str, g: &Group) -> bool {
    g.spans.iter().any(|&(_, e)| {
        let after = text.get(e..).unwrap_or("");
        let Some(rest) = after.strip_prefix(' ') else {
            return false;
        };
        let word: &str = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        matches!(
            word,
            "province" | "provinces" | "prefecture" | "governorate" | "oblast" | "state"
        )
    })
}

/// The most frequent way the story writes the place, without a leading "the".
fn display_name(text: &str, g: &Group) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for &(s, e) in &g.spans {
        let Some(w) = text.get(s..e) else { continue };
        let w = w
            .strip_prefix("the ")
            .or_else(|| w.strip_prefix("The "))
            .unwrap_or(w);
        // "KSC" joined "Kennedy Space Center" in brackets: the name is the written-out one.
        let code = w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase());
        if code && g.key != gazetteer::fold(w) {
            continue;
        }
        match counts.iter_mut().find(|(x, _)| *x == w) {
            Some(c) => c.1 += 1,
            None => counts.push((w, 1)),
        }
    }
    let best = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, (_, n))| (*n, std::cmp::Reverse(*i)))
        .map(|(_, (w, _))| *w)
        .unwrap_or(g.key.as_str());
    best.to_string()
}

/// "Washington said": a capital named only as the subject of speech stands for its
/// government, and the story is not about the place.
fn metonymic(doc: &Doc, g: &Group, index: u16) -> bool {
    if gazetteer::flags(index) & gazetteer::FLAG_CAPITAL == 0 {
        return false;
    }
    g.spans.iter().all(|&(_, end)| {
        let t = doc.token_at(end);
        t < doc.tokens.len() && cues::is(cues::SUBJECT_VERBS, &gazetteer::fold(doc.tok(t)))
    })
}
