//! Quotes: direct speech between quotation marks and reported speech ("X said that ..."), each
//! with its cue ("said") and the words that name its source ("Harris", "he", "the statement").
//! Who the source is gets decided in `speakers`.

pub mod cues;

use crate::entities::Mention;
use crate::extract::Article;
use crate::sentences::Doc;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words (bytes in the article text), without the quotation marks.
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// A direct quote inside reported speech: agreed to "establish a strategic partnership".
    pub partial: bool,
    /// The speech verb or phrase ("said", "told reporters", "according to").
    pub cue: Option<(usize, usize)>,
    /// The words naming the source, as written ("Harris", "he", "the statement").
    pub source: Option<(usize, usize)>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
}

/// Finds the quotes of the article body.
pub fn find(doc: &Doc, article: &Article, mentions: &[Mention]) -> Vec<Quote> {
    let _ = (doc, article, mentions);
    Vec::new()
}
