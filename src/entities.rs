//! Mentions of people, organisations and places: proper-name chunks found in the sentences and
//! labelled. Places are labelled from the gazetteer here; `places::refine` has the last word on
//! which chunks are places.

use crate::extract::Article;
use crate::sentences::Doc;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Label {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "PLACE")]
    Place,
    #[serde(rename = "ORG")]
    Org,
}

/// A labelled span of the article text (bytes, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// Index into `Doc::sentences`.
    pub sentence: usize,
}

/// Finds the named mentions of the article.
pub fn recognize(doc: &Doc, article: &Article) -> Vec<Mention> {
    let _ = (doc, article);
    Vec::new()
}
