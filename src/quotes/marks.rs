//! Quotation marks: where direct quotes open and close inside a block.
//!
//! Curly marks say which side they are on; straight marks get their side from the characters
//! around them (an opening mark follows a space and precedes a word). A block that opens a
//! quote without closing it is a paragraph of a longer quote when the next block opens again
//! (the typographic convention for quotes over several paragraphs); otherwise the quote stops at
//! the end of its block, so an unbalanced mark never swallows the rest of the article. Single
//! marks are quotes only in blocks without double marks (British style), and a ’ between
//! letters is an apostrophe.

/// A quoted span of a block: byte offsets of the content, without its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Offset of the opening mark.
    pub open: usize,
    pub start: usize,
    pub end: usize,
    /// Offset just past the closing mark (equal to `end` when unclosed).
    pub close_end: usize,
    /// The block ended before a closing mark.
    pub unclosed: bool,
}

/// What may stand before an opening straight mark: nothing, a space, a bracket, a dash or a
/// slash. The sentence splitter reads straight marks by the same rule.
pub(crate) fn is_space_or_open(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/')
        }
    }
}

/// Finds the quotes of one block, `text[start..end]`. `next_opens` says whether the next block
/// starts with an opening mark (a quote over several paragraphs).
pub fn scan(text: &str, start: usize, end: usize, next_opens: bool) -> Vec<Span> {
    let Some(block) = text.get(start..end) else {
        return Vec::new();
    };
    let has_double = block.chars().any(|c| {
        matches!(
            c,
            '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' | '\u{201e}'
        )
    });
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark offset, content start)
    let mut prev: Option<char> = None;
    let mut it = block.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        let at = start + i;
        let after = at + c.len_utf8();
        let (opening, closing) = if has_double {
            match c {
                '\u{201c}' | '\u{201e}' | '\u{ab}' => (true, false),
                // A closing mark typed where an opening one belongs: ”Mr. Trump’s ...
                '\u{201d}'
                    if open.is_none()
                        && is_space_or_open(prev)
                        && next.is_some_and(|n| n.is_alphanumeric()) =>
                {
                    (true, false)
                }
                // A paragraph opening on one, with another later: ” … he delivered ...,” X wrote.
                '\u{201d}' if prev.is_none() && block[after - start..].contains('\u{201d}') => {
                    (true, false)
                }
                '\u{201d}' | '\u{bb}' => (false, true),
                // Two right single marks typed for a closing double one: “... voters,’’ he said.
                '\u{2019}' | '\'' if open.is_some() && next == Some(c) => (false, true),
                '"' => {
                    if open.is_some() {
                        (false, true)
                    } else {
                        (
                            is_space_or_open(prev) && next.is_some_and(|n| !n.is_whitespace()),
                            false,
                        )
                    }
                }
                _ => (false, false),
            }
        } else {
            match c {
                '\u{2018}' => (is_space_or_open(prev), false),
                '\u{2019}' | '\'' => {
                    let between_letters = prev.is_some_and(|p| p.is_alphanumeric())
                        && next.is_some_and(|n| n.is_alphanumeric());
                    if between_letters {
                        (false, false)
                    } else if open.is_some() {
                        // A closing mark follows the quote's last character, not a space.
                        (false, prev.is_some_and(|p| !p.is_whitespace()))
                    } else {
                        (
                            c == '\''
                                && is_space_or_open(prev)
                                && next.is_some_and(|n| n.is_alphanumeric()),
                            false,
                        )
                    }
                }
                _ => (false, false),
            }
        };
        if closing {
            // A doubled single mark closes with both of its characters.
            // (only when the next character is that mark: ’ then "–" is one mark and a dash)
            let after = if matches!(c, '\u{2019}' | '\'') && next == Some(c) {
                it.next();
                after + c.len_utf8()
            } else {
                after
            };
            if let Some((o, s)) = open.take() {
                out.push(Span {
                    open: o,
                    start: s,
                    end: at,
                    close_end: after,
                    unclosed: false,
                });
            }
        } else if opening {
            if let Some((o, s)) = open.take() {
                // A second opening mark before any closing one: the first quote was never
                // closed; it ends where the next begins.
                out.push(Span {
                    open: o,
                    start: s,
                    end: trim_end(text, s, at),
                    close_end: at,
                    unclosed: true,
                });
            }
            open = Some((at, after));
        }
        prev = Some(c);
    }
    if let Some((o, s)) = open {
        let e = trim_end(text, s, end);
        // Without a continuation, an unclosed quote is kept only to the end of its block;
        // with one, it is a paragraph of a longer quote either way.
        let _ = next_opens;
        out.push(Span {
            open: o,
            start: s,
            end: e,
            close_end: e,
            unclosed: true,
        });
    }
    out.retain(|s| s.end > s.start);
    out
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    text.get(start..end)
        .map_or(end, |s| start + s.trim_end().len())
}

/// Whether a block starts with an opening quotation mark.
pub fn opens_with_quote(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end)
        .and_then(|s| s.trim_start().chars().next())
        .is_some_and(|c| matches!(c, '"' | '\u{201c}' | '\u{201e}' | '\u{ab}' | '\u{2018}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        scan(text, 0, text.len(), false)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn curly_straight_and_mixed() {
        assert_eq!(
            quoted("“We must fight,” Harris said. “It is ours.”"),
            vec!["We must fight,", "It is ours."]
        );
        assert_eq!(quoted("He said \"no way\" twice."), vec!["no way"]);
        assert_eq!(
            quoted("” … he won with ease,” Barabak wrote."),
            vec![" … he won with ease,"]
        );
        assert_eq!(
            quoted("agreed with “the policies, and we help. You can count on us.\""),
            vec!["the policies, and we help. You can count on us."]
        );
    }

    #[test]
    fn british_single_and_apostrophes() {
        assert_eq!(
            quoted("‘It’s over,’ she said, ‘we won’t go.’"),
            vec!["It’s over,", "we won’t go."]
        );
        assert_eq!(quoted("“Don’t,” he said."), vec!["Don’t,"]);
    }

    #[test]
    fn unbalanced_mark_stops_at_block_end() {
        let t = "He said “this never closes.\n\nNext block.";
        let s = scan(t, 0, 27, false);
        assert_eq!(s.len(), 1);
        assert!(s[0].unclosed && s[0].end <= 27);
    }

    #[test]
    fn doubled_single_marks_close_a_double_quote() {
        assert_eq!(
            quoted(
                "“It was an attempt to mislead voters,’’ Will Moy told the BBC. He wasn’t “sure.’’"
            ),
            vec!["It was an attempt to mislead voters,", "sure."]
        );
    }

    #[test]
    fn a_single_closing_mark_keeps_the_character_after_it() {
        let t = "The word ‘dog’– and the word 'cat'–are arbitrary.";
        for sp in scan(t, 0, t.len(), false) {
            assert!(t.is_char_boundary(sp.close_end), "{sp:?}");
        }
        assert_eq!(quoted(t), vec!["dog", "cat"]);
    }

    #[test]
    fn guillemets() {
        assert_eq!(quoted("Il a dit «non» hier."), vec!["non"]);
    }
}
