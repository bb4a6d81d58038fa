//! Choosing the story among the page's blocks.
//!
//! 1. Each block gets a prose weight: long, sentence-like, few links. Navigation, teasers and
//!    buttons weigh nothing.
//! 2. Elements whose markup names boilerplate (share bars, comments, sidebars) are dropped with
//!    everything below them, unless they hold most of the page's prose (a page that wraps its
//!    whole story in `<div class="main with-sidebar">` must not lose it).
//! 3. The story's container is found by walking down from `<body>` while one child holds most
//!    of the remaining prose: the walk stops where the prose splits between children, which
//!    keeps a story spread over several containers whole.
//! 4. Inside it, blocks that are mostly links, or empty headings with nothing after them, go.

use super::blocks::RawBlock;
use super::hints::{self, Boilerplate};
use super::BlockKind;
use crate::page::PageModel;

/// Prose weight of a block: its length in characters when it reads like running text.
pub fn prose_weight(b: &RawBlock) -> f64 {
    if matches!(b.kind, BlockKind::Heading | BlockKind::Caption) {
        return 0.0;
    }
    let len = b.text.chars().count();
    let ld = link_density(b);
    if ld >= 0.5 {
        return 0.0;
    }
    let words = b.text.split_whitespace().count();
    let sentence_end = b
        .text
        .trim_end_matches(['"', '\'', '”', '’', ')', '»'])
        .ends_with(['.', '!', '?', ':', '…']);
    // Readability counts a paragraph from 25 characters; a sentence ending keeps short
    // paragraphs ("He declined to comment.") from being mistaken for buttons.
    if len >= 80 || (words >= 5 && sentence_end) {
        len as f64 * (1.0 - ld)
    } else {
        0.0
    }
}

pub fn link_density(b: &RawBlock) -> f64 {
    if b.text.is_empty() {
        0.0
    } else {
        b.link_bytes as f64 / b.text.len() as f64
    }
}

/// Sums a per-block weight into every ancestor of the block's owner.
fn subtree_sums(page: &PageModel, blocks: &[RawBlock], w: &[f64], alive: &[bool]) -> Vec<f64> {
    let mut sum = vec![0.0; page.nodes.len()];
    for (b, &x) in blocks.iter().zip(w) {
        if let Some(s) = sum.get_mut(b.owner as usize) {
            *s += x;
        }
    }
    // Parents precede children: one backward pass adds each node into its parent.
    for i in (1..page.nodes.len()).rev() {
        if !alive.get(i).copied().unwrap_or(true) {
            continue;
        }
        if let Some(p) = page.nodes.get(i).and_then(|n| n.parent) {
            let v = sum[i];
            if let Some(s) = sum.get_mut(p as usize) {
                *s += v;
            }
        }
    }
    sum
}

/// What content selection decided.
pub struct Selection {
    /// Indices of body blocks, in order.
    pub body: Vec<usize>,
    /// Indices of caption blocks that belong to the story.
    pub captions: Vec<usize>,
    /// The story's container.
    pub container: u32,
    /// Total prose weight found on the page (before selection), to tell pages without a story.
    pub total_prose: f64,
}

/// Elements dropped as boilerplate, with all their descendants.
fn pruned(page: &PageModel, kids: &[Vec<u32>], prose: &[f64], total: f64) -> Vec<bool> {
    let _ = kids;
    let mut out = vec![false; page.nodes.len()];
    for (i, n) in page.nodes.iter().enumerate() {
        let parent = n
            .parent
            .and_then(|p| out.get(p as usize).copied())
            .unwrap_or(false);
        if parent {
            out[i] = true;
            continue;
        }
        if n.is_text() || n.tag == "body" || n.tag == "html" {
            continue;
        }
        let share = if total > 0.0 { prose[i] / total } else { 0.0 };
        out[i] = match hints::boilerplate(n) {
            Some(Boilerplate::Always) => true,
            Some(Boilerplate::Strong) => share < 0.75,
            Some(Boilerplate::Weak) => share < 0.35,
            None => false,
        };
    }
    out
}

pub fn select(
    page: &PageModel,
    kids: &[Vec<u32>],
    blocks: &[RawBlock],
    body_root: u32,
) -> Selection {
    let w: Vec<f64> = blocks.iter().map(prose_weight).collect();
    let all_alive = vec![true; page.nodes.len()];
    let prose = subtree_sums(page, blocks, &w, &all_alive);
    let total = prose.get(body_root as usize).copied().unwrap_or(0.0);
    let dead = pruned(page, kids, &prose, total);
    let alive: Vec<bool> = dead.iter().map(|d| !d).collect();
    let block_alive: Vec<bool> = blocks
        .iter()
        .map(|b| alive.get(b.owner as usize).copied().unwrap_or(false))
        .collect();
    let w2: Vec<f64> = w
        .iter()
        .zip(&block_alive)
        .map(|(&x, &a)| if a { x } else { 0.0 })
        .collect();
    let prose2 = subtree_sums(page, blocks, &w2, &alive);

    // Walk down while one child holds most of the prose.
    let mut container = body_root;
    loop {
        let here = prose2.get(container as usize).copied().unwrap_or(0.0);
        if here <= 0.0 {
            break;
        }
        let best = kids
            .get(container as usize)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&c| alive.get(c as usize).copied().unwrap_or(false))
            .max_by(|&a, &b| {
                let pa = prose2.get(a as usize).copied().unwrap_or(0.0);
                let pb = prose2.get(b as usize).copied().unwrap_or(0.0);
                pa.total_cmp(&pb)
            });
        match best {
            Some(c) if prose2.get(c as usize).copied().unwrap_or(0.0) >= 0.7 * here => {
                container = c
            }
            _ => break,
        }
    }

    // Which blocks sit inside the container: mark its subtree.
    let mut inside = vec![false; page.nodes.len()];
    if let Some(x) = inside.get_mut(container as usize) {
        *x = true;
    }
    for i in (container as usize + 1)..page.nodes.len() {
        let p = page.nodes[i].parent.map_or(usize::MAX, |p| p as usize);
        // Subtrees are contiguous in document order: the first node outside ends it.
        if !inside.get(p).copied().unwrap_or(false) {
            break;
        }
        inside[i] = true;
    }
    // Captions are looked for a little wider: a story's photo often sits beside its text
    // container, inside the same article element.
    let wide = page
        .nodes
        .get(container as usize)
        .and_then(|n| n.parent)
        .unwrap_or(container);
    let in_wide = |owner: u32| {
        let mut x = Some(owner);
        let mut steps = 0;
        while let Some(i) = x {
            if i == wide {
                return true;
            }
            steps += 1;
            if steps > 4096 {
                return false;
            }
            x = page.nodes.get(i as usize).and_then(|n| n.parent);
        }
        false
    };

    let mut body = Vec::new();
    let mut captions = Vec::new();
    for (k, b) in blocks.iter().enumerate() {
        if !block_alive[k] {
            continue;
        }
        if b.kind == BlockKind::Caption {
            if in_wide(b.owner) {
                captions.push(k);
            }
            continue;
        }
        if !inside.get(b.owner as usize).copied().unwrap_or(false) {
            continue;
        }
        // Link lists and "read more" teasers inside the story: mostly link text.
        if link_density(b) > 0.5 {
            continue;
        }
        body.push(k);
    }
    // A heading with no prose after it (a "Related" box whose list was dropped) says nothing.
    while let Some(&last) = body.last() {
        if blocks[last].kind == BlockKind::Heading {
            body.pop();
        } else {
            break;
        }
    }
    Selection {
        body,
        captions,
        container,
        total_prose: total,
    }
}
