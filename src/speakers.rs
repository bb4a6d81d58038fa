//! Speakers: who is who (names, surnames, titles, pronouns, "the statement") and who said each
//! quote, with the role the article gives each person.

use crate::entities::Mention;
use crate::extract::Article;
use crate::quotes::Quote;
use crate::sentences::Doc;
use serde::Serialize;

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

/// Resolves who is who and attributes each quote.
pub fn resolve(doc: &Doc, article: &Article, mentions: &[Mention], quotes: &[Quote]) -> Cast {
    let _ = (doc, article, mentions, quotes);
    Cast::default()
}
