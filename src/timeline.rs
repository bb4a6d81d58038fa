//! The timeline: dated events in order, each with a short event phrase from its clause.

use crate::extract::Article;
use crate::sentences::Doc;
use crate::timex::Timex;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// "2021-05-07", "2021-04", or a range "2021-06-07/2021-06-08".
    pub value: String,
    /// The time expression's span (bytes in the article text).
    pub start: usize,
    pub end: usize,
    /// A short phrase for the event, from the clause the expression belongs to.
    pub event: String,
    /// The sentence the entry comes from (bytes), to link to.
    pub sentence: (usize, usize),
    /// Resolved against the anchor date ("last month"), not stated outright.
    pub relative: bool,
    /// Only known to a month, season, year or vaguer.
    pub fuzzy: bool,
    /// Position on the time axis: days since 1970-01-01 of the start.
    pub sort_day: i64,
}

/// Builds the ordered timeline from the time expressions.
pub fn build(doc: &Doc, article: &Article, timexes: &[Timex]) -> Vec<Entry> {
    let _ = (doc, article, timexes);
    Vec::new()
}
