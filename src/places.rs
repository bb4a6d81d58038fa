//! Places: which spans are places, and which real place each one is.

use crate::entities::Mention;
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
}

/// Adjusts the place mentions among `mentions`: adds places the name chunker cannot see
/// ("the Northern Triangle"), drops places inside organisation names, relabels.
pub fn refine(doc: &Doc, article: &Article, mentions: &mut Vec<Mention>) {
    let _ = (doc, article, mentions);
}

/// Resolves the place mentions to gazetteer entries, one `Place` per distinct place.
pub fn resolve(doc: &Doc, article: &Article, mentions: &[Mention]) -> Vec<Place> {
    let _ = (doc, article, mentions);
    Vec::new()
}
