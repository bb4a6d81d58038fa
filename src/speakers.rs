//! Speakers: who is who (names, surnames, titles, pronouns, "the statement") and who said each
//! quote, with the role the article gives each person.
//!
//! `people` groups the name mentions into persons and organisations. Each quote's source words
//! are then resolved: a name to its person; "he"/"she" to the nearest earlier person of that
//! sex, preferring the first one of a sentence (usually its subject); a description ("the vice
//! president") to the person whose role it repeats; a document ("the statement") to whoever
//! issued it ("said in a statement"); unnamed sources ("officials") to an anonymous group. A
//! quote without a source continues the previous quote's speaker.

pub mod people;
pub mod roles;

use crate::entities::{lexicon, lower, names::Gender, Label, Mention};
use crate::extract::Article;
use crate::quotes::{cues, Quote};
use crate::sentences::Doc;
use people::{Entity, People};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    /// Unnamed sources ("officials", "a senior official"), grouped under their description.
    Anonymous,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The longest name the article gives.
    pub name: String,
    pub role: Option<String>,
    /// Other ways the article refers to them ("Harris", "the vice president").
    pub aliases: Vec<String>,
    pub kind: SpeakerKind,
    /// Indices into the quotes list, in article order.
    pub quotes: Vec<usize>,
    /// Every span of the article that refers to them (bytes).
    pub mentions: Vec<(usize, usize)>,
}

/// The people and organisations of the article: those quoted (speakers) and the others.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Cast {
    /// Everyone with at least one quote, in order of first appearance.
    pub speakers: Vec<Speaker>,
    /// People mentioned but never quoted.
    pub mentioned: Vec<Speaker>,
}

/// An unnamed source: key, name as first written, spans, described organisation or not.
type Group = (String, String, Vec<(usize, usize)>, bool);

/// Who a source is: an entity of `People`, or an anonymous group by its key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Who {
    Entity(usize),
    Group(String),
}

struct Resolver<'a> {
    doc: &'a Doc<'a>,
    mentions: &'a [Mention],
    people: People,
    /// Spans of direct quotes: names inside them are not antecedents.
    quoted: Vec<(usize, usize)>,
    /// "statement" → who issued it.
    documents: HashMap<String, Who>,
    /// Unnamed sources: key → (name as first written, spans, whether the words describe an
    /// organisation: "the committee" is one, though unnamed, and "officials" are anonymous).
    groups: Vec<Group>,
    /// Descriptions resolved to an entity, kept as aliases.
    described: Vec<(usize, String, (usize, usize))>,
}

/// Resolves who is who and attributes each quote.
pub fn resolve(doc: &Doc, article: &Article, mentions: &[Mention], quotes: &[Quote]) -> Cast {
    let _ = article;
    let people = people::build(doc, mentions);
    let quoted = quotes
        .iter()
        .filter(|q| q.kind == crate::quotes::QuoteKind::Direct)
        .map(|q| (q.start, q.end))
        .collect();
    let mut r = Resolver {
        doc,
        mentions,
        people,
        quoted,
        documents: HashMap::new(),
        groups: Vec::new(),
        described: Vec::new(),
    };
    let mut who: Vec<Option<Who>> = Vec::with_capacity(quotes.len());
    let mut previous: Option<Who> = None;
    for q in quotes {
        let w = q.source.and_then(|s| r.source(s, q)).or_else(|| {
            // The writer ("I would have said", "we noted") is no one quoted: the quote does
            // not continue the speaker before.
            let writer = q.source.is_some_and(|s| is_writer(r.text(s)));
            previous.clone().filter(|_| !writer)
        });
        if let (Some(w), Some(c)) = (&w, q.cue) {
            r.note_document(q, c, w);
        }
        if w.is_some() {
            previous = w.clone();
        }
        who.push(w);
    }
    drop_partials_inside_reports(quotes, &mut who);
    r.cast(&who)
}

/// "I", "we", "you" outside quotation marks: the writer and the reader.
fn is_writer(src: &str) -> bool {
    matches!(lower(src.trim()).as_str(), "i" | "we" | "you")
}

/// A partial quote inside reported speech of the same speaker (agreed to "establish a strategic
/// partnership") is already in that report: listing it again would show it twice. A report that
/// quotes several phrases ("was “disgusting” and “a con” and urged Americans to “check out”")
/// keeps them, as the fragments are what the speaker said word for word. The reports are searched
/// by start, a few back, since they hardly nest.
fn drop_partials_inside_reports(quotes: &[Quote], who: &mut [Option<Who>]) {
    let mut reports: Vec<usize> = (0..quotes.len())
        .filter(|&j| quotes[j].kind == crate::quotes::QuoteKind::Indirect && who[j].is_some())
        .collect();
    reports.sort_by_key(|&j| quotes[j].start);
    // (report, partial) pairs, in the order of the partials
    let mut inside: Vec<(usize, usize)> = Vec::new();
    for i in 0..quotes.len() {
        let q = &quotes[i];
        if !q.partial || q.kind != crate::quotes::QuoteKind::Direct || who[i].is_none() {
            continue;
        }
        let hi = reports.partition_point(|&j| quotes[j].start <= q.start);
        if let Some(&j) = reports[hi.saturating_sub(4)..hi]
            .iter()
            .find(|&&j| j != i && quotes[j].end >= q.end && who[j] == who[i])
        {
            inside.push((j, i));
        }
    }
    inside.sort_unstable();
    for (k, &(j, i)) in inside.iter().enumerate() {
        let alone = (k == 0 || inside[k - 1].0 != j) && inside.get(k + 1).is_none_or(|n| n.0 != j);
        if alone {
            who[i] = None;
        }
    }
}

impl Resolver<'_> {
    fn text(&self, s: (usize, usize)) -> &str {
        self.doc.text.get(s.0..s.1).unwrap_or("")
    }

    fn in_quote(&self, at: usize) -> bool {
        // direct quotes come sorted and apart: one binary search
        let i = self.quoted.partition_point(|&(a, _)| a <= at);
        i > 0 && at < self.quoted[i - 1].1
    }

    /// Who the source words `src` of quote `q` are.
    fn source(&mut self, src: (usize, usize), q: &Quote) -> Option<Who> {
        if let Some(who) = self.joined_orgs(src).or_else(|| self.possessed(src)) {
            return Some(who);
        }
        // A name.
        if let Some(i) = crate::entities::mentions_overlapping(self.mentions, src.0, src.1).next() {
            let m = &self.mentions[i];
            // "West Mercia police said", "Con Edison officials said": the organisation's
            // people, a group named as written.
            {
                let t = self.doc.token_at(m.end);
                if t < self.doc.tokens.len() {
                    let w = lower(self.doc.tok(t));
                    if is_collective(&w) {
                        let name = self
                            .doc
                            .text
                            .get(m.start..self.doc.tokens[t].end)
                            .unwrap_or("")
                            .to_string();
                        return Some(self.group(&name.to_lowercase(), &name, src));
                    }
                }
            }
            if let Some(e) = self.people.of_mention.get(i).copied().flatten() {
                return Some(Who::Entity(e));
            }
            // A surname left unlinked: "wrote Taylor, who ...".
            if let Some(e) = self.by_surname((m.start, m.end)) {
                return Some(Who::Entity(e));
            }
            // A place speaking is its government ("South Africa said").
            let name = self
                .text((self.mentions[i].start, self.mentions[i].end))
                .to_string();
            return Some(self.group(&name, &name, src));
        }
        let words: Vec<String> = self
            .text(src)
            .split_whitespace()
            .map(|w| {
                lower(
                    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}'),
                )
            })
            .collect();
        let head = words.last()?.clone();
        match head.as_str() {
            "he" | "she" => {
                let g = if head == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                return self.pronoun(src.0, g).map(Who::Entity);
            }
            "they" | "it" => return self.collective(src.0),
            "i" | "we" | "you" => return None,
            _ => {}
        }
        let _ = q;
        // A bare surname the recogniser missed at this spot ("wrote Taylor, who had never
        // smoked") is the person of that surname named elsewhere, when just one is.
        if words.len() == 1 {
            if let Some(e) = self.by_surname(src) {
                return Some(Who::Entity(e));
            }
        }
        // A document: "the statement" is the statement someone issued earlier.
        if cues::is_document_noun(&head) {
            if let Some(w) = self.documents.get(&head).cloned() {
                if let Who::Entity(e) = w {
                    self.described.push((e, self.text(src).to_string(), src));
                }
                return Some(w);
            }
        }
        // A description repeating a role: "the vice president".
        if let Some(e) = self.by_role(&words, src.0) {
            self.described.push((e, self.text(src).to_string(), src));
            return Some(Who::Entity(e));
        }
        // "the officials" are the officials named before ("Con Edison officials").
        if words.first().map(String::as_str) == Some("the") && is_collective(&head) {
            let sing = head.trim_end_matches('s');
            if let Some(g) = self.groups.iter().rev().find(|g| {
                g.0.split_whitespace()
                    .last()
                    .is_some_and(|l| l.trim_end_matches('s') == sing)
            }) {
                let k = g.0.clone();
                return Some(self.group(&k, "", src));
            }
        }
        // "agency officials", "the department": the organisation of that kind named last.
        if words.iter().any(|w| lexicon::is_org_head(w))
            && (is_collective(&head) || lexicon::is_org_head(&head))
        {
            if let Some(e) = self.described_org(src.0, &words) {
                return Some(Who::Entity(e));
            }
        }
        let key: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| !(crate::words::is_article(w) || crate::words::is_quantifier(w)))
            .collect();
        if key.is_empty() {
            return None;
        }
        let mut key = key.join(" ");
        if key.ends_with('s') && !key.ends_with("ss") {
            key.pop();
        }
        let name = self.text(src).to_string();
        let who = self.group(&key, &name, src);
        // "The committee said": an organisation described, not an anonymous source.
        if describes_organisation(&head) {
            if let Some(g) = self.groups.iter_mut().find(|g| g.0 == key) {
                g.3 = true;
            }
        }
        Some(who)
    }

    /// "Zedland's foreign ministry said", "Morrison's lawyer said": a name in the possessive
    /// before a role or a body is not the source; the role is, as written, unless a person
    /// named before holds it.
    fn possessed(&mut self, src: (usize, usize)) -> Option<Who> {
        let i = crate::entities::mentions_overlapping(self.mentions, src.0, src.1).next()?;
        let m = &self.mentions[i];
        let rest = self.text((m.end, src.1));
        if m.start != src.0 || !rest.starts_with(['\'', '\u{2019}']) {
            return None;
        }
        let words: Vec<String> = self.text(src).split_whitespace().map(lower).collect();
        let head = words.last()?;
        if words.len() < 2 || !lexicon::is_role_or_body(head) {
            return None;
        }
        if let Some(e) = self.by_role(&words, src.0) {
            self.described.push((e, self.text(src).to_string(), src));
            return Some(Who::Entity(e));
        }
        let name = self.text(src).to_string();
        Some(self.group(&name.to_lowercase(), &name, src))
    }

    /// "the National Institute on Drug Abuse": two organisation names the recogniser split,
    /// joined by the source into one, speak as that one name.
    fn joined_orgs(&mut self, src: (usize, usize)) -> Option<Who> {
        let mut it = crate::entities::mentions_overlapping(self.mentions, src.0, src.1);
        let (a, b) = (it.next()?, it.next()?);
        let (a, b) = (&self.mentions[a], &self.mentions[b]);
        let org = crate::entities::Label::Org;
        if a.label != org || b.label != org || a.start != src.0 || b.end != src.1 {
            return None;
        }
        let name = self.text(src).to_string();
        Some(self.group(&name, &name, src))
    }

    /// The one person of several words whose last word is the single capitalised word at
    /// `src`, if there is exactly one.
    fn by_surname(&self, src: (usize, usize)) -> Option<usize> {
        let raw = self.text(src).trim_matches(|c: char| !c.is_alphanumeric());
        if raw.len() < 3 || raw.contains(' ') || !crate::entities::is_capitalised(raw) {
            return None;
        }
        let mut hits = self.people.entities.iter().enumerate().filter(|(_, ent)| {
            ent.label == Label::Person
                && ent.name.split_whitespace().count() > 1
                && ent.name.split_whitespace().last() == Some(raw)
        });
        match (hits.next(), hits.next()) {
            (Some((e, _)), None) => Some(e),
            _ => None,
        }
    }

    /// Adds `src` to the group `key`, created under `name` if new.
    fn group(&mut self, key: &str, name: &str, src: (usize, usize)) -> Who {
        match self.groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.2.push(src),
            None => self
                .groups
                .push((key.to_string(), name.to_string(), vec![src], false)),
        }
        Who::Group(key.to_string())
    }

    /// The person "he"/"she" at `at` refers to: sentence by sentence backwards, the first person
    /// of the right sex in the sentence (its subject, most often).
    fn pronoun(&self, at: usize, g: Gender) -> Option<usize> {
        let s = self.doc.sentence_at(at)?;
        // Each sentence back costs 2, a person of unknown sex 3 more: "he" skips a lone
        // "International Development" for the man named one sentence earlier.
        let mut best: Option<(usize, usize)> = None;
        for (dist, si) in (0..=s).rev().take(12).enumerate() {
            let sent = &self.doc.sentences[si];
            let first = self.mentions.partition_point(|m| m.start < sent.start);
            let last = self
                .mentions
                .partition_point(|m| m.start < sent.end.min(at));
            for i in first..last {
                let m = &self.mentions[i];
                if m.end > sent.end || self.in_quote(m.start) {
                    continue;
                }
                let Some(e) = self.people.of_mention[i] else {
                    continue;
                };
                let ent: &Entity = &self.people.entities[e];
                if ent.label != Label::Person || (ent.gender != g && ent.gender != Gender::Unknown)
                {
                    continue;
                }
                let cost = 2 * dist + if ent.gender == g { 0 } else { 3 };
                if best.is_none_or(|b| cost < b.0) {
                    best = Some((cost, e));
                }
            }
        }
        best.map(|b| b.1)
    }

    /// "the department", "a company spokesperson": the organisation the story is about, not
    /// the nearest name, which is often the paper told ("told Reuters"). Nearest first, one
    /// whose name ends in the description's own organisation word ("the department" →
    /// "Transportation Department"), then one whose name ends in any such word, then one that
    /// headed its sentence, then any.
    fn described_org(&self, at: usize, words: &[String]) -> Option<usize> {
        let orgs = self.orgs_before(at);
        orgs.iter()
            .find(|o| {
                o.headed
                    && self.people.entities[o.entity]
                        .words
                        .last()
                        .is_some_and(|l| words.contains(l))
            })
            .or_else(|| orgs.iter().find(|o| o.headed))
            .or_else(|| orgs.iter().find(|o| o.opens))
            .or(orgs.first())
            .map(|o| o.entity)
    }

    /// The organisation named last before `at` whose name ends with an organisation word
    /// ("Transportation Department"); with `subject`, one that opened its sentence ("The Food
    /// Standards Agency warned ...") is preferred, as "it" mostly continues the subject.
    fn recent_org(&self, at: usize, subject: bool) -> Option<usize> {
        let orgs = self.orgs_before(at);
        orgs.iter()
            .find(|o| if subject { o.opens } else { o.headed })
            .or(orgs.first())
            .map(|o| o.entity)
    }

    /// The organisations named before `at`, nearest first, a bounded number of them; names
    /// inside quotations and premodifiers ("a Google search") are no one's.
    fn orgs_before(&self, at: usize) -> Vec<OrgBefore> {
        let end = self.mentions.partition_point(|m| m.start < at);
        (end.saturating_sub(200)..end)
            .rev()
            .filter_map(|i| {
                let m = &self.mentions[i];
                if m.end > at
                    || m.label != Label::Org
                    || self.in_quote(m.start)
                    || self.premodifier(m)
                {
                    return None;
                }
                let entity = self.people.of_mention[i]?;
                let headed = self.people.entities[entity]
                    .words
                    .last()
                    .is_some_and(|w| lexicon::is_org_head(w));
                let s = self.doc.sentences.get(m.sentence)?;
                let opens = self
                    .doc
                    .text
                    .get(s.start..m.start)
                    .is_some_and(heads_sentence);
                Some(OrgBefore {
                    entity,
                    headed,
                    opens,
                })
            })
            .collect()
    }

    /// "30 Boeing jets", "her Netflix special", "a Google search": a company's name between a
    /// number, a possessive or "a" and a lower-case word that is no verb of saying or
    /// auxiliary names a thing, and is not what "it" or "they" stand for. ("The Associated
    /// Press reported" keeps its subject: "the" is not enough.) Before a work's noun ("the
    /// Netflix documentary") it is always a premodifier; after "on" or "via" ("posted on
    /// Twitter") it is the medium, not the speaker.
    fn premodifier(&self, m: &Mention) -> bool {
        let doc = self.doc;
        let (a, b) = (doc.token_at(m.start), doc.token_at(m.end));
        let s = &doc.sentences[m.sentence];
        if a <= s.first_token || b >= s.end_token {
            return false;
        }
        let before = lower(doc.tok(a - 1));
        // "posted on Twitter", "via USA Today": the medium a thing was said in
        if matches!(before.as_str(), "on" | "via") {
            return true;
        }
        let after = doc.tok(b);
        let opens = doc.tokens[a - 1].kind == crate::sentences::TokenKind::Number
            || matches!(
                before.as_str(),
                "a" | "an" | "her" | "his" | "its" | "their" | "our" | "my" | "your"
            );
        let after_l = lower(after);
        // "an upcoming Netflix documentary": a work's noun after it makes it one whatever
        // stands before
        if lexicon::is_work_noun(&after_l) {
            return true;
        }
        opens
            && after.starts_with(char::is_lowercase)
            && !crate::quotes::cues::is_speech_verb(&after_l)
            && !matches!(
                after_l.as_str(),
                "has"
                    | "had"
                    | "have"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "did"
                    | "does"
                    | "also"
            )
    }

    fn collective(&self, at: usize) -> Option<Who> {
        let org = self.recent_org(at, true).map(|e| {
            let ms = &self.people.entities[e].mentions;
            let k = ms.partition_point(|m| m.0 < at);
            (k.checked_sub(1).map_or(0, |k| ms[k].0), e)
        });
        let grp = self
            .groups
            .iter()
            .filter_map(|g| {
                // a group's spans are added in text order
                let k = g.2.partition_point(|s| s.0 < at);
                Some((g.2.get(k.checked_sub(1)?)?.0, g.0.clone()))
            })
            .max();
        match (org, grp) {
            (Some((a, e)), Some((b, k))) => {
                Some(if a > b { Who::Entity(e) } else { Who::Group(k) })
            }
            (Some((_, e)), None) => Some(Who::Entity(e)),
            (None, Some((_, k))) => Some(Who::Group(k)),
            (None, None) => None,
        }
    }

    /// The person whose role the description repeats: "the vice president" → the person
    /// introduced as "U.S. Vice President"; an exact title beats a longer one ("the president"
    /// is not the vice president), then the most recent mention wins.
    fn by_role(&self, words: &[String], at: usize) -> Option<usize> {
        let desc: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| !crate::words::is_article(w))
            .collect();
        let head = *desc.last()?;
        if !lexicon::is_role_noun(head) {
            return None;
        }
        let mut best: Option<(bool, usize, usize)> = None;
        for (e, ent) in self.people.entities.iter().enumerate() {
            let Some(role) = &ent.role else { continue };
            let rw: Vec<String> = role.split_whitespace().map(lower).collect();
            if rw.last().map(String::as_str) != Some(head)
                || !desc.iter().all(|d| rw.iter().any(|r| r == d))
            {
                continue;
            }
            let titles: Vec<&str> = rw
                .iter()
                .map(String::as_str)
                .filter(|w| lexicon::is_title(w))
                .collect();
            let exact = titles.len() == desc.iter().filter(|w| lexicon::is_title(w)).count();
            // mentions are sorted: the last one before `at` by binary search
            let k = ent.mentions.partition_point(|m| m.0 < at);
            let last = k.checked_sub(1).map(|k| ent.mentions[k].0);
            let Some(last) = last else { continue };
            let cand = (exact, last, e);
            if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
                best = Some(cand);
            }
        }
        best.map(|b| b.2)
    }

    /// "X said in a statement": the statement is X's, for later "the statement said".
    fn note_document(&mut self, q: &Quote, cue: (usize, usize), w: &Who) {
        let doc = self.doc;
        let v = doc.token_at(cue.0);
        let Some(s) = doc.sentence_at(cue.0) else {
            return;
        };
        let end = doc.sentences[s].end_token;
        let mut i = v + 1;
        while i + 2 < end && i < v + 6 {
            if lower(doc.tok(i)) == "in"
                && matches!(
                    lower(doc.tok(i + 1)).as_str(),
                    "a" | "an" | "the" | "his" | "her" | "its" | "their"
                )
            {
                let n = lower(doc.tok(i + 2));
                if cues::is_document_noun(&n) {
                    self.documents.insert(n, w.clone());
                    return;
                }
            }
            i += 1;
        }
        let _ = q;
    }

    fn cast(mut self, who: &[Option<Who>]) -> Cast {
        for (e, text, span) in std::mem::take(&mut self.described) {
            let ent = &mut self.people.entities[e];
            if !ent.aliases.iter().any(|a| a.eq_ignore_ascii_case(&text)) {
                ent.aliases.push(text);
            }
            ent.mentions.push(span);
            ent.mentions.sort();
        }
        let mut order: Vec<Who> = Vec::new();
        let mut quotes_of: HashMap<Who, Vec<usize>> = HashMap::new();
        for (i, w) in who.iter().enumerate() {
            let Some(w) = w else { continue };
            if !quotes_of.contains_key(w) {
                order.push(w.clone());
            }
            quotes_of.entry(w.clone()).or_default().push(i);
        }
        let mut cast = Cast::default();
        for w in &order {
            let quotes = quotes_of.remove(w).unwrap_or_default();
            cast.speakers.push(match w {
                Who::Entity(e) => {
                    let ent = &self.people.entities[*e];
                    Speaker {
                        name: ent.name.clone(),
                        role: ent.role.clone(),
                        aliases: ent.aliases.clone(),
                        kind: if ent.label == Label::Person {
                            SpeakerKind::Person
                        } else {
                            SpeakerKind::Organization
                        },
                        quotes,
                        mentions: ent.mentions.clone(),
                    }
                }
                Who::Group(k) => {
                    let g = self.groups.iter().find(|g| &g.0 == k);
                    Speaker {
                        name: g.map_or_else(|| k.clone(), |g| g.1.clone()),
                        role: None,
                        aliases: Vec::new(),
                        kind: if g.is_some_and(|g| g.3) {
                            SpeakerKind::Organization
                        } else {
                            SpeakerKind::Anonymous
                        },
                        quotes,
                        mentions: g.map(|g| g.2.clone()).unwrap_or_default(),
                    }
                }
            });
        }
        merge_same_names(&mut cast.speakers);
        let quoted: Vec<usize> = order
            .iter()
            .filter_map(|w| match w {
                Who::Entity(e) => Some(*e),
                Who::Group(_) => None,
            })
            .collect();
        let mut mentioned: Vec<(usize, Speaker)> = self
            .people
            .entities
            .iter()
            .enumerate()
            .filter(|(e, ent)| ent.label == Label::Person && !quoted.contains(e))
            .map(|(_, ent)| {
                (
                    ent.mentions.first().map_or(0, |m| m.0),
                    Speaker {
                        name: ent.name.clone(),
                        role: ent.role.clone(),
                        aliases: ent.aliases.clone(),
                        kind: SpeakerKind::Person,
                        quotes: Vec::new(),
                        mentions: ent.mentions.clone(),
                    },
                )
            })
            .collect();
        mentioned.sort_by_key(|m| m.0);
        cast.mentioned = mentioned.into_iter().map(|m| m.1).collect();
        cast
    }
}

/// One speaker per name: "Toyota says" read once as a place's voice and once as a name's
/// would list Toyota twice. A named kind wins over an anonymous one.
fn merge_same_names(speakers: &mut Vec<Speaker>) {
    let mut out: Vec<Speaker> = Vec::with_capacity(speakers.len());
    for sp in speakers.drain(..) {
        match out.iter_mut().find(|o| o.name == sp.name) {
            Some(o) => {
                o.quotes.extend(sp.quotes);
                o.quotes.sort_unstable();
                o.quotes.dedup();
                o.mentions.extend(sp.mentions);
                o.mentions.sort_unstable();
                o.mentions.dedup();
                if o.kind == SpeakerKind::Anonymous {
                    o.kind = sp.kind;
                }
                if o.role.is_none() {
                    o.role = sp.role;
                }
                for a in sp.aliases {
                    if !o.aliases.contains(&a) {
                        o.aliases.push(a);
                    }
                }
            }
            None => out.push(sp),
        }
    }
    *speakers = out;
}

/// The head of a description of an organisation ("the committee", "the company", "the
/// newspaper"), not of its people ("officials", "police"), who stay anonymous.
fn describes_organisation(head: &str) -> bool {
    !is_collective(head)
        && (lexicon::is_org_head(head)
            || matches!(
                head,
                "firm"
                    | "newspaper"
                    | "paper"
                    | "broadcaster"
                    | "regulator"
                    | "watchdog"
                    | "charity"
                    | "manufacturer"
                    | "carrier"
                    | "airline"
                    | "retailer"
                    | "insurer"
                    | "lender"
                    | "publisher"
                    | "startup"
                    | "ministries"
                    | "committees"
                    | "companies"
            ))
}

/// An organisation named before a quote: its entity, whether its name ends with an
/// organisation word ("Transportation Department"), whether it opened its sentence.
struct OrgBefore {
    entity: usize,
    headed: bool,
    opens: bool,
}

/// "The agency …", or after an opening phrase "In a sign of the confusion, the agency …":
/// an organisation right after `prefix`, the start of its sentence, is the sentence's
/// subject, what a later "it" mostly continues. A list ("Apple, Google …") is no opening
/// phrase: that must start with a preposition or a linking adverb.
fn heads_sentence(prefix: &str) -> bool {
    let p = prefix.trim();
    let p = if p.eq_ignore_ascii_case("the") {
        ""
    } else if p.len() > 4
        && p.is_char_boundary(p.len() - 4)
        && p[p.len() - 4..].eq_ignore_ascii_case(" the")
    {
        p[..p.len() - 4].trim_end()
    } else {
        p
    };
    if p.is_empty() {
        return true;
    }
    let Some(opening) = p.strip_suffix(',') else {
        return false;
    };
    let first = opening.split_whitespace().next().map(lower);
    opening.split_whitespace().count() <= 12
        && first.is_some_and(|w| {
            matches!(
                w.as_str(),
                "in" | "on"
                    | "at"
                    | "after"
                    | "before"
                    | "during"
                    | "despite"
                    | "with"
                    | "under"
                    | "following"
                    | "however"
                    | "meanwhile"
                    | "instead"
                    | "separately"
                    | "earlier"
                    | "later"
            )
        })
}

/// Plural or collective nouns for the people of an organisation.
fn is_collective(w: &str) -> bool {
    matches!(
        w,
        "police"
            | "officials"
            | "official"
            | "authorities"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "prosecutors"
            | "investigators"
            | "sources"
            | "researchers"
            | "scientists"
            | "officers"
            | "executives"
            | "leaders"
            | "lawmakers"
            | "representatives"
            | "staff"
            | "management"
            | "spokespeople"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;

    fn cast(text: &str) -> (Cast, Vec<Quote>) {
        let a = from_text(text);
        let d = split(text, &a.blocks);
        let mut m = crate::entities::recognize(&d, &a);
        m.sort_by_key(|x| x.start);
        let q = crate::quotes::find(&d, &a, &m);
        (resolve(&d, &a, &m, &q), q)
    }

    #[test]
    fn pronouns_titles_statements_and_continuation() {
        let t = "U.S. Vice President Kamala Harris met Mexican President Andres Manuel Lopez Obrador on Friday.\n\n\
“We must fight,” Harris said. “It is in our interest.”\n\n\
Lopez Obrador told reporters that he would plant trees. The president first mentioned it last month.\n\n\
He said that his government had sent a letter.\n\n\
Harris spokesperson Symone Sanders said in a statement that the leaders agreed to “establish a strategic partnership” to address migration.\n\n\
“Through this joint initiative, we will act,” the statement said.\n\n\
The vice president said she would visit Mexico. U.S. President Joe Biden has tasked Harris with it.";
        let (c, q) = cast(t);
        let by: Vec<(&str, Option<&str>, usize)> = c
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.role.as_deref(), s.quotes.len()))
            .collect();
        assert_eq!(by[0].0, "Kamala Harris");
        assert_eq!(by[0].1, Some("U.S. Vice President"));
        assert_eq!(by[1].0, "Andres Manuel Lopez Obrador");
        assert_eq!(by[1].1, Some("Mexican President"));
        assert_eq!(by[2].0, "Symone Sanders");
        assert_eq!(by[2].1, Some("Harris spokesperson"));
        assert_eq!(by.len(), 3, "{by:?}");
        let text_of = |i: usize| &t[q[i].start..q[i].end];
        let harris: Vec<&str> = c.speakers[0].quotes.iter().map(|&i| text_of(i)).collect();
        assert!(harris.contains(&"It is in our interest."));
        assert!(harris.contains(&"she would visit Mexico"));
        let amlo: Vec<&str> = c.speakers[1].quotes.iter().map(|&i| text_of(i)).collect();
        assert!(amlo.contains(&"his government had sent a letter"));
        let sanders: Vec<&str> = c.speakers[2].quotes.iter().map(|&i| text_of(i)).collect();
        assert!(sanders.contains(&"Through this joint initiative, we will act,"));
        // the partial quote is listed once, inside the reported speech that holds it
        assert_eq!(
            sanders
                .iter()
                .filter(|s| s.contains("establish a strategic partnership"))
                .count(),
            1,
            "{sanders:?}"
        );
        assert_eq!(
            c.mentioned
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>(),
            vec!["Joe Biden"]
        );
    }

    fn speaker_of(c: &Cast, q: &[Quote], t: &str, words: &str) -> Option<String> {
        c.speakers
            .iter()
            .find(|s| {
                s.quotes
                    .iter()
                    .any(|&i| t[q[i].start..q[i].end].contains(words))
            })
            .map(|s| s.name.clone())
    }

    #[test]
    fn organisations_people_and_their_later_mentions() {
        let t =
            "West Mercia police said the tablets were believed to contain a toxic chemical.\n\n\
For days after a storm, Con Edison officials say, they often deal with scores of fires.\n\n\
The utility switched its covers to plastic, the officials said.";
        let (c, q) = cast(t);
        assert_eq!(
            speaker_of(&c, &q, t, "tablets were").as_deref(),
            Some("West Mercia police")
        );
        assert_eq!(
            speaker_of(&c, &q, t, "scores of fires").as_deref(),
            Some("Con Edison officials")
        );
        assert_eq!(
            speaker_of(&c, &q, t, "switched its covers").as_deref(),
            Some("Con Edison officials")
        );
    }

    #[test]
    fn known_companies_speak_and_a_named_thing_is_not_it() {
        let t = "Sales of the ID.4 fell again in May, Volkswagen says.\n\nAir Astana Corporation has ordered 30 Boeing jets. It said the planes would arrive in 2027.";
        let (c, q) = cast(t);
        let vw = c.speakers.iter().find(|s| s.name == "Volkswagen");
        assert!(
            vw.is_some_and(|s| s.kind == SpeakerKind::Organization),
            "{:?}",
            c.speakers
        );
        assert_eq!(
            speaker_of(&c, &q, t, "planes would arrive").as_deref(),
            Some("Air Astana Corporation")
        );
        let t = "Taylor Swift accused Big Machine Records of blocking her on Twitter. She cannot use her music in an upcoming Netflix documentary.\n\n\"We never did,\" they said.";
        let (c, q) = cast(t);
        assert_eq!(
            speaker_of(&c, &q, t, "We never did").as_deref(),
            Some("Big Machine Records")
        );
    }

    #[test]
    fn speakers_of_one_name_are_one() {
        let sp = |kind, q: usize| Speaker {
            name: "Toyota".into(),
            role: None,
            aliases: Vec::new(),
            kind,
            quotes: vec![q],
            mentions: vec![(q, q + 6)],
        };
        let mut v = vec![
            sp(SpeakerKind::Anonymous, 3),
            sp(SpeakerKind::Organization, 1),
        ];
        merge_same_names(&mut v);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].quotes, vec![1, 3]);
        assert_eq!(v[0].kind, SpeakerKind::Organization);
    }

    #[test]
    fn a_bare_surname_is_the_person_named_before() {
        let t = "Martin Taylor fell ill in 2014.\n\n\
Four doctor appointments failed to find the cause, which was “extremely distressing,” wrote Taylor, who had never smoked.";
        let (c, q) = cast(t);
        assert_eq!(
            speaker_of(&c, &q, t, "extremely").as_deref(),
            Some("Martin Taylor")
        );
    }

    #[test]
    fn pronouns_prefer_a_named_man_to_an_unknown_name() {
        let t = "Andres Manuel Lopez Obrador spoke.\n\n\
Lopez Obrador accused the group of trying to undermine his government. \
He described funding from Zorblat Quexton as “a form of coup.”\n\n\
He said that his government had sent a diplomatic letter.";
        let (c, q) = cast(t);
        assert_eq!(
            speaker_of(&c, &q, t, "diplomatic letter").as_deref(),
            Some("Andres Manuel Lopez Obrador")
        );
    }

    #[test]
    fn an_apposition_names_the_speaker() {
        let t = "Eloise Parry, 21, was taken to hospital after taking “slimming tablets”.\n\n\
“The drug was in her system,” her mother, Fiona, said in a statement.";
        let (c, q) = cast(t);
        assert_eq!(speaker_of(&c, &q, t, "drug was").as_deref(), Some("Fiona"));
        // a passive subject does not speak the scare quote
        assert_eq!(speaker_of(&c, &q, t, "slimming"), None);
    }

    #[test]
    fn a_described_organisation_is_no_anonymous_source() {
        let (c, _) =
            cast("The rules are unfair, the committee said. The talks failed, officials said.");
        let kinds: Vec<(&str, SpeakerKind)> = c
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.kind))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("the committee", SpeakerKind::Organization),
                ("officials", SpeakerKind::Anonymous)
            ]
        );
    }

    #[test]
    fn it_continues_the_organisation_that_heads_the_last_sentence() {
        let t = "The Zedland Ferry Company said it would add boats.\n\nIn a sign of the strain, the Harbour Safety Board issued new rules. \
However, it said the rules were only temporary.";
        let (c, q) = cast(t);
        assert_eq!(
            speaker_of(&c, &q, t, "only temporary").as_deref(),
            Some("Harbour Safety Board")
        );
    }

    #[test]
    fn the_department_is_the_department_named_not_the_nearest_body() {
        let t = "The Zedland Transportation Department will close two bridges.\n\n\
Ann Lee, who works for the Zedland Housing Authority, said tenants were worried.\n\n\
The department said the repairs would take a month.";
        let (c, q) = cast(t);
        assert_eq!(
            speaker_of(&c, &q, t, "take a month").as_deref(),
            Some("Zedland Transportation Department")
        );
    }

    #[test]
    fn the_writer_continues_no_speaker() {
        let t = "“We will build it,” Tom Reed said. I would have said the plan was too new.";
        let (c, q) = cast(t);
        assert_eq!(speaker_of(&c, &q, t, "the plan was too new"), None);
    }

    #[test]
    fn anonymous_sources_are_grouped() {
        let (c, _) = cast("The talks failed, officials said. The deal is off, officials said.");
        assert_eq!(c.speakers.len(), 1);
        assert_eq!(c.speakers[0].kind, SpeakerKind::Anonymous);
        assert_eq!(c.speakers[0].quotes.len(), 2);
    }
}
