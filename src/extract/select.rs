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
use super::labels;
use super::BlockKind;
use crate::page::PageModel;

/// Prose weight of a block: its length in characters when it reads like running text.
pub fn prose_weight(b: &RawBlock) -> f64 {
    if matches!(b.kind, BlockKind::Heading | BlockKind::Caption) {
        return 0.0;
    }
    let len = prose_len(&b.text);
    let ld = link_density(b);
    if ld >= 0.5 {
        return 0.0;
    }
    let words = super::word_count(&b.text);
    let sentence_end = b
        .text
        .trim_end_matches(['"', '\'', '”', '’', ')', '»'])
        .ends_with(['.', '!', '?', ':', '…', '。', '！', '？']);
    // Readability counts a paragraph from 25 characters; a sentence ending keeps short
    // paragraphs ("He declined to comment.") from being mistaken for buttons.
    if len >= 80 || (words >= 5 && sentence_end) {
        len as f64 * (1.0 - ld)
    } else {
        0.0
    }
}

/// Characters that count as prose: a token longer than any word (a 10,000-character string of
/// one letter, a pasted blob) counts as `LONG_TOKEN`, so one such paragraph cannot outweigh the
/// whole story and make the page read as "no article". Scripts written without spaces are
/// counted in full.
fn prose_len(text: &str) -> usize {
    const LONG_TOKEN: usize = 300;
    let mut len = text.chars().count();
    for t in text.split_whitespace() {
        if t.len() <= LONG_TOKEN {
            continue;
        }
        let n = t.chars().count();
        if n > LONG_TOKEN && !t.chars().any(super::is_dense_script) {
            len -= n - LONG_TOKEN;
        }
    }
    len
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
fn pruned(page: &PageModel, roles: &[hints::Role], prose: &[f64], total: f64) -> Vec<bool> {
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
        out[i] = match roles.get(i).and_then(|r| r.boilerplate) {
            Some(Boilerplate::Always) => true,
            Some(Boilerplate::Strong) => share < 0.4,
            Some(Boilerplate::Weak) => share < 0.25,
            None => false,
        };
    }
    out
}

/// A closing line that pitches something to the reader instead of telling the story.
fn is_sign_off(text: &str) -> bool {
    if text.chars().count() > 300 {
        return false;
    }
    let t = text.to_lowercase();
    [
        "subscribe",
        "newsletter",
        "sign up",
        "follow us",
        "news tip",
        "let us know at",
        "join our",
        "is subject to copyright",
        "follow her on",
        "follow him on",
        "follow them on",
        "may be reached at",
        "can be reached at",
        "have a tip",
        "got a tip",
        "click here",
        "download our app",
        "all rights reserved",
        "this article was reprinted",
        "this story was originally published",
    ]
    .iter()
    .any(|p| t.contains(p))
}

/// Marks `root` and everything below it (a subtree is contiguous in document order).
fn mark_subtree(page: &PageModel, root: u32, inside: &mut [bool]) {
    let r = root as usize;
    if let Some(x) = inside.get_mut(r) {
        *x = true;
    }
    for i in (r + 1)..page.nodes.len() {
        let p = page.nodes[i].parent.map_or(usize::MAX, |p| p as usize);
        if !inside.get(p).copied().unwrap_or(false) || (p < r) {
            break;
        }
        inside[i] = true;
    }
}

/// `<p>` elements that are one paragraph of prose by themselves (Readability: over 80
/// characters with few links, or a shorter sentence without links), for the sibling pass.
fn loose_paragraphs(page: &PageModel, blocks: &[RawBlock]) -> Vec<bool> {
    let mut out = vec![false; page.nodes.len()];
    for b in blocks {
        if page
            .nodes
            .get(b.owner as usize)
            .is_none_or(|n| n.tag != "p")
        {
            continue;
        }
        let ld = link_density(b);
        let len = b.text.chars().count();
        if (len > 80 && ld < 0.25) || (len > 0 && ld == 0.0 && prose_weight(b) > 0.0) {
            if let Some(x) = out.get_mut(b.owner as usize) {
                *x = true;
            }
        }
    }
    out
}

/// Readability's content score of every element: each paragraph gives its parent its score
/// (one point, one per comma, one per hundred characters up to three), its grandparent half,
/// and older ancestors a third divided by their distance. Paragraphs that stand together in
/// one container make it win over teasers each wrapped in their own box. The element's own
/// kind and class move it up or down, and its link density scales it down.
fn candidate_scores(
    page: &PageModel,
    roles: &[hints::Role],
    blocks: &[RawBlock],
    block_alive: &[bool],
    alive: &[bool],
) -> Vec<f64> {
    let n = page.nodes.len();
    let mut score = vec![0.0f64; n];
    let mut touched = vec![false; n];
    let mut text = vec![0usize; n];
    let mut links = vec![0usize; n];
    for (k, b) in blocks.iter().enumerate() {
        if !block_alive.get(k).copied().unwrap_or(false) {
            continue;
        }
        if let Some(t) = text.get_mut(b.owner as usize) {
            *t += b.text.len();
        }
        if let Some(l) = links.get_mut(b.owner as usize) {
            *l += b.link_bytes;
        }
        let len = b.text.chars().count();
        if len < 25 || matches!(b.kind, BlockKind::Heading | BlockKind::Caption) {
            continue;
        }
        let commas = b.text.matches([',', '、', '，']).count() as f64;
        let c = 1.0 + commas.min(10.0) + (len as f64 / 100.0).min(3.0);
        let mut at = page.nodes.get(b.owner as usize).and_then(|x| x.parent);
        // A block whose text sits directly in its container (no <p>) scores the container.
        if page.nodes.get(b.owner as usize).is_some_and(|x| {
            x.tag != "p" && x.tag != "li" && x.tag != "pre" && x.tag != "blockquote"
        }) {
            at = Some(b.owner);
        }
        let mut level = 0;
        while let Some(i) = at {
            if level >= 5 {
                break;
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            if let Some(s) = score.get_mut(i as usize) {
                *s += c / div;
                touched[i as usize] = true;
            }
            level += 1;
            at = page.nodes.get(i as usize).and_then(|x| x.parent);
        }
    }
    // Text and link sums per subtree, for link density.
    for i in (1..n).rev() {
        if let Some(p) = page.nodes[i].parent {
            let (t, l) = (text[i], links[i]);
            if let (Some(pt), Some(pl)) = (text.get_mut(p as usize), links.get_mut(p as usize)) {
                *pt += t;
                *pl += l;
            }
        }
    }
    for i in 0..n {
        if !touched[i] || !alive.get(i).copied().unwrap_or(false) {
            score[i] = 0.0;
            continue;
        }
        let node = &page.nodes[i];
        let base = match node.tag.as_str() {
            "div" | "article" | "section" | "main" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            "body" | "html" => -1000.0,
            _ => 0.0,
        };
        let role = roles.get(i).copied().unwrap_or_default();
        let class = if role.content {
            25.0
        } else if role.boilerplate.is_some() {
            -25.0
        } else {
            0.0
        };
        let ld = if text[i] > 0 {
            links[i] as f64 / text[i] as f64
        } else {
            0.0
        };
        score[i] = (score[i] + base + class) * (1.0 - ld);
    }
    score
}

/// The element with the best content score, lifted to its parent when the parent only wraps it
/// or holds several near-equal candidates (a story in sibling containers).
fn top_candidate(
    page: &PageModel,
    roles: &[hints::Role],
    blocks: &[RawBlock],
    block_alive: &[bool],
    alive: &[bool],
) -> u32 {
    let scores = candidate_scores(page, roles, blocks, block_alive, alive);
    let mut best = 0usize;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    if scores.get(best).copied().unwrap_or(0.0) <= 0.0 {
        return page.nodes.iter().position(|n| n.tag == "body").unwrap_or(0) as u32;
    }
    let top = scores[best];
    // Other strong candidates: when three or more share an ancestor with the best, the story
    // spans them (Readability's alternative candidates).
    let strong: Vec<usize> = scores
        .iter()
        .enumerate()
        .filter(|&(i, &s)| i != best && s >= 0.75 * top)
        .map(|(i, _)| i)
        .take(20)
        .collect();
    if strong.len() >= 3 {
        // Count, for every ancestor, how many strong candidates sit below it: one walk up
        // from each (bounded), then the best's nearest ancestor holding three wins.
        let mut below: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
        for &c in &strong {
            let mut at = page.nodes.get(c).and_then(|n| n.parent);
            let mut steps = 0;
            while let Some(p) = at {
                *below.entry(p as usize).or_insert(0) += 1;
                steps += 1;
                if steps > 64 {
                    break;
                }
                at = page.nodes.get(p as usize).and_then(|n| n.parent);
            }
        }
        let mut at = page.nodes.get(best).and_then(|n| n.parent);
        let mut steps = 0;
        while let Some(a) = at {
            let a = a as usize;
            steps += 1;
            if steps > 64 || page.nodes.get(a).is_some_and(|n| n.tag == "body") {
                break;
            }
            if below.get(&a).copied().unwrap_or(0) >= 3 {
                best = a;
                break;
            }
            at = page.nodes.get(a).and_then(|n| n.parent);
        }
    }
    best as u32
}

pub fn select(
    page: &PageModel,
    kids: &[Vec<u32>],
    blocks: &[RawBlock],
    body_root: u32,
    roles: &[hints::Role],
) -> Selection {
    let w: Vec<f64> = blocks.iter().map(prose_weight).collect();
    let all_alive = vec![true; page.nodes.len()];
    let prose = subtree_sums(page, blocks, &w, &all_alive);
    let total = prose.get(body_root as usize).copied().unwrap_or(0.0);
    let dead = pruned(page, roles, &prose, total);
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

    let container = top_candidate(page, roles, blocks, &block_alive, &alive);
    let parent = page.nodes.get(container as usize).and_then(|n| n.parent);
    let scores = candidate_scores(page, roles, blocks, &block_alive, &alive);
    let top_score = scores.get(container as usize).copied().unwrap_or(0.0);

    // The story's subtree, plus siblings that continue it (Readability's sibling pass): a story
    // cut by an ad slot or a newsletter box into several containers, or paragraphs left as
    // loose siblings of the main container.
    let mut roots = vec![container];
    let loose = loose_paragraphs(page, blocks);
    if let Some(p) = parent {
        let own_class = page
            .nodes
            .get(container as usize)
            .and_then(|n| n.attr("class"));
        for &sib in kids.get(p as usize).into_iter().flatten() {
            if sib == container || !alive.get(sib as usize).copied().unwrap_or(false) {
                continue;
            }
            let sc = scores.get(sib as usize).copied().unwrap_or(0.0);
            let same_class = own_class.is_some()
                && page.nodes.get(sib as usize).and_then(|n| n.attr("class")) == own_class;
            let threshold =
                (top_score * 0.2).max(10.0) - if same_class { top_score * 0.2 } else { 0.0 };
            let prose_here = prose2.get(sib as usize).copied().unwrap_or(0.0);
            if (sc >= threshold && prose_here > 0.0)
                || loose.get(sib as usize).copied().unwrap_or(false)
            {
                roots.push(sib);
            }
        }
    }
    // Twins: the same container markup elsewhere on the page (identical tag and class), holding
    // prose. Story bodies cut into chunks by full-width images, pull quotes or ads repeat
    // their container's class for each chunk; furniture rarely shares the story's class.
    if let Some(t) = page.nodes.get(container as usize) {
        if let Some(class) = t.attr("class").filter(|c| !c.trim().is_empty()) {
            for (i, n) in page.nodes.iter().enumerate() {
                if i as u32 != container
                    && n.tag == t.tag
                    && n.attr("class") == Some(class)
                    && alive.get(i).copied().unwrap_or(false)
                    && prose2.get(i).copied().unwrap_or(0.0) > 0.0
                {
                    roots.push(i as u32);
                }
            }
        }
    }
    roots.sort_unstable();
    let mut inside = vec![false; page.nodes.len()];
    for &r in &roots {
        mark_subtree(page, r, &mut inside);
    }
    // Captions are looked for a little wider: a story's photo often sits beside its text
    // container, inside the same article element.
    let wide = parent
        .and_then(|p| page.nodes.get(p as usize).and_then(|n| n.parent))
        .or(parent)
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
        if labels::is_ui_label(&b.text) || labels::is_timestamp_line(&b.text) {
            continue;
        }
        if labels::ends_with_photo_credit(&b.text) {
            captions.push(k);
            continue;
        }
        // Link lists and "read more" teasers inside the story: mostly link text. Block quotes
        // stay: an embedded post is mostly its links but is quoted as part of the story.
        // A long list item whose links are only part of its sentences is a point of the story
        // ("10 things you need to know"), not a teaser.
        let ld = link_density(b);
        let long_item = b.kind == BlockKind::ListItem && b.text.chars().count() >= 120 && ld < 0.8;
        if ld > 0.5 && b.kind != BlockKind::Quote && !long_item {
            continue;
        }
        body.push(k);
    }
    // Contact lines and newsletter pitches that close many stories: short, at the very end,
    // and written to the reader rather than about the news.
    while let Some(&last) = body.last() {
        if body.len() > 3 && is_sign_off(&blocks[last].text) {
            body.pop();
        } else {
            break;
        }
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

#[cfg(test)]
mod tests {
    use super::prose_len;

    #[test]
    fn a_giant_token_counts_as_a_long_word_but_dense_scripts_count_in_full() {
        assert_eq!(prose_len("He said no."), 11);
        let bomb = format!("“{},” Roe said.", "A".repeat(10_000));
        assert_eq!(prose_len(&bomb), 300 + " Roe said.".len());
        let chinese = "中".repeat(1000);
        assert_eq!(prose_len(&chinese), 1000);
    }
}
