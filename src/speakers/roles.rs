//! Roles as the article words them: the premodifier before a name ("Mexican President",
//! "Harris spokesperson") or the apposition after it ("Eric Reeves, a senior fellow at ...").

use crate::entities::{is_capitalised, lexicon, lower};
use crate::sentences::{Doc, TokenKind};

/// The premodifier role of the name starting at byte `start` in sentence `s`. It must end with
/// a title or role word right before the name; it extends left over titles, nationalities and
/// capitalised words ("U.S. Vice President", "White House press secretary").
pub fn premodifier(doc: &Doc, s: usize, start: usize) -> Option<String> {
    let first = doc.sentences.get(s)?.first_token;
    let t0 = doc.token_at(start);
    if t0 <= first {
        return None;
    }
    let mut p = t0 - 1;
    // "Mr." and "Dr." are forms of address, not roles: "Foreign Minister Mr. X".
    while p > first
        && matches!(
            lower(doc.tok(p)).as_str(),
            "mr." | "mrs." | "ms." | "dr." | "mr" | "mrs" | "ms" | "dr" | "miss" | "sir" | "dame"
        )
    {
        p -= 1;
    }
    if p + 1 < t0 && p == first && !lexicon::is_role_noun(&lower(doc.tok(p))) {
        return None;
    }
    if matches!(
        lower(doc.tok(p)).as_str(),
        "mr." | "mrs." | "ms." | "dr." | "miss" | "sir"
    ) {
        return None;
    }
    if !lexicon::is_role_noun(&lower(doc.tok(p))) || doc.tokens[p].kind != TokenKind::Word {
        return None;
    }
    let mut a = p;
    while a > first && p - a < 8 {
        let q = a - 1;
        let w = doc.tok(q);
        let lw = lower(w);
        let ok = doc.tokens[q].kind == TokenKind::Word
            && !lexicon::is_stop(&lw)
            && (lexicon::is_role_noun(&lw)
                || lexicon::is_demonym(&lw)
                || is_capitalised(w)
                || matches!(lw.as_str(), "press" | "senior" | "former" | "deputy"));
        if !ok {
            break;
        }
        a = q;
    }
    // A sentence-initial function word is not part of the role.
    while a < p && lexicon::is_stop(&lower(doc.tok(a))) {
        a += 1;
    }
    doc.text
        .get(doc.tokens[a].start..doc.tokens[p].end)
        .map(str::to_string)
}

/// The apposition after a name ending at byte `end`: ", a senior fellow at the institute,".
pub fn apposition(doc: &Doc, s: usize, end: usize) -> Option<String> {
    let last = doc.sentences.get(s)?.end_token;
    let mut i = doc.token_at(end);
    if i >= last || doc.tok(i) != "," {
        return None;
    }
    i += 1;
    let first = i;
    if i >= last {
        return None;
    }
    let w0 = lower(doc.tok(i));
    let opens = matches!(w0.as_str(), "a" | "an" | "the") || lexicon::is_role_noun(&w0);
    if !opens {
        return None;
    }
    let mut has_role = false;
    while i < last && i - first < 16 {
        let w = doc.tok(i);
        if matches!(w, "," | "." | ";" | ":" | "\u{2014}" | "(" | ")")
            || matches!(w, "\"" | "\u{201c}" | "\u{201d}")
        {
            break;
        }
        let lw = lower(w);
        if crate::quotes::cues::is_speech_verb(&lw) || lw == "who" {
            return None;
        }
        has_role |= lexicon::is_role_noun(&lw);
        i += 1;
    }
    if !has_role || i >= last || doc.tok(i) != "," && doc.tok(i) != "." {
        return None;
    }
    let mut a = first;
    if matches!(w0.as_str(), "a" | "an" | "the") && a + 1 < i {
        a += 1;
    }
    doc.text
        .get(doc.tokens[a].start..doc.tokens[i - 1].end)
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;
    use crate::sentences::split;

    #[test]
    fn premodifiers_and_appositions() {
        let t = "U.S. Vice President Kamala Harris met Harris spokesperson Symone Sanders and Eric Reeves, a senior fellow at the institute, said so.";
        let a = from_text(t);
        let d = split(t, &a.blocks);
        let at = |n: &str| t.find(n).unwrap();
        assert_eq!(
            premodifier(&d, 0, at("Kamala")).as_deref(),
            Some("U.S. Vice President")
        );
        assert_eq!(
            premodifier(&d, 0, at("Symone")).as_deref(),
            Some("Harris spokesperson")
        );
        assert_eq!(premodifier(&d, 0, at("Eric")), None);
        assert_eq!(
            apposition(&d, 0, at("Reeves") + 6).as_deref(),
            Some("senior fellow at the institute")
        );
    }
}
