//! Sentences and tokens: one pass over the article text.
//!
//! Tokens are byte ranges of the text. A word keeps inner apostrophes and hyphens ("don't",
//! "tree-planting") and the dots of abbreviations ("U.S.", "Mr."), because later stages look
//! names and abbreviations up whole. Sentences never cross a block boundary.

use crate::calendar;
use crate::extract::Block;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner apostrophes, hyphens and abbreviation dots.
    Word,
    /// Digits, possibly with inner separators ("3,000", "7.5", "7-8", "1:30").
    Number,
    /// Any other single character that is not white space (quote marks, dashes, commas...).
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index range into `Doc::tokens`.
    pub first_token: usize,
    pub end_token: usize,
    /// Index into the article's blocks.
    pub block: usize,
}

/// The article text with its tokens and sentences: what every later stage reads.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl<'a> Doc<'a> {
    pub fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> std::ops::Range<usize> {
        self.sentences[s].first_token..self.sentences[s].end_token
    }

    /// The sentence holding byte offset `at` (binary search).
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }

    /// The first token starting at or after byte offset `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= at)
    }
}

/// Abbreviations that end in a dot but rarely end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "supt", "insp",
    "det", "no", "vs", "etc", "inc", "corp", "co", "ltd", "e.g", "i.e", "approx", "dept", "est",
    "fig", "vol", "ave", "blvd", "rd", "v",
];

/// A known abbreviation that keeps its dot: the list above, or a month or weekday ("Sept.").
fn is_abbreviation(lower: &str) -> bool {
    ABBREVIATIONS.contains(&lower)
        || calendar::month_abbreviation(lower).is_some()
        || calendar::weekday_abbreviation(lower).is_some()
}

/// Abbreviations that usually precede a name or number, so they never end a sentence.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "st", "mt", "rev", "hon", "pres", "supt", "insp", "det", "no", "vs", "v",
    "e.g", "i.e",
];

/// Words that follow a country abbreviation as its modifiee ("U.S. President", "U.N. Security").
const INSTITUTION_WORDS: &[&str] = &[
    "president",
    "vice",
    "secretary",
    "senator",
    "sen.",
    "rep.",
    "ambassador",
    "embassy",
    "army",
    "navy",
    "air",
    "agency",
    "department",
    "government",
    "congress",
    "attorney",
    "supreme",
    "court",
    "forces",
    "marine",
    "marines",
    "treasury",
    "state",
    "capitol",
    "justice",
    "postal",
    "coast",
    "border",
    "customs",
    "special",
    "central",
    "command",
    "military",
    "intelligence",
    "chamber",
    "olympic",
    "senate",
    "security",
    "general",
    "envoy",
    "officials",
    "official",
    "consulate",
    "district",
    "open",
    "census",
    "federal",
    "national",
    "prime",
    "foreign",
    "defense",
    "defence",
    "health",
    "food",
    "drug",
    "navy",
    "space",
    "trade",
    "representative",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D | 0xFE0F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits text into tokens in one pass.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let b = text.as_bytes();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let numeric_start = c.is_ascii_digit();
            let mut all_digits = numeric_start;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    if !d.is_ascii_digit() && !matches!(d, ',' | '.') {
                        all_digits = false;
                    }
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
                // Joiners stay inside the token when a word character follows them.
                let joiner = is_apostrophe(d)
                    || d == '-'
                    || d == '.'
                    || d == '&'
                    || (numeric_start && matches!(d, ',' | ':' | '/'));
                if !joiner {
                    break;
                }
                let next = text[j + d.len_utf8()..].chars().next();
                match next {
                    Some(n) if is_word_char(n) => {
                        if d == '&'
                            && !(text[i..j].chars().all(|x| x.is_uppercase()) && n.is_uppercase())
                        {
                            break; // "AT&T" joins, "rock&roll" does not matter
                        }
                        if numeric_start
                            && all_digits
                            && matches!(d, ',' | ':' | '/' | '.')
                            && !n.is_ascii_digit()
                        {
                            break;
                        }
                        if d == '-' && numeric_start && all_digits && !n.is_ascii_digit() {
                            break; // "2010-style" -> "2010", "-", "style"? keep simple: split
                        }
                        end = j + d.len_utf8();
                        it.next();
                    }
                    _ => break,
                }
            }
            // A trailing dot belongs to single letters and known abbreviations ("U.S.", "Mr.").
            if end < b.len() && b[end] == b'.' {
                let word = &text[i..end];
                let lower = word.to_lowercase();
                let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
                let dotted =
                    word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
                if initial || dotted || is_abbreviation(&lower) {
                    end += 1;
                    it.next();
                }
            }
            let kind = if numeric_start
                && text[i..end]
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':' | '/' | '-'))
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token {
                start: i,
                end,
                kind,
            });
        } else {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: TokenKind::Punct,
            });
        }
    }
    out
}

fn is_closing(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | "\u{201d}" | "\u{2019}" | ")" | "]" | "\u{bb}"
    )
}

/// Tokens and sentences of the article text. `blocks` are the article's blocks; text outside
/// any block (the separators) belongs to no sentence.
pub fn split<'a>(text: &'a str, blocks: &[Block]) -> Doc<'a> {
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut t = 0;
    for (bi, block) in blocks.iter().enumerate() {
        while t < tokens.len() && tokens[t].start < block.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].end <= block.end {
            t += 1;
        }
        split_block(text, &tokens, first, t, bi, &mut sentences);
    }
    Doc {
        text,
        tokens,
        sentences,
    }
}

fn split_block(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    block: usize,
    out: &mut Vec<Sentence>,
) {
    let opening = opening_marks(text, tokens, first, end);
    let mut s = first;
    let mut i = first;
    // Where the last run of closing marks ended: every mark inside a run swallows up to the
    // same token, so a long run (". . . . x") is walked once, not once per mark.
    let mut run_end = None;
    while i < end {
        let tok = &text[tokens[i].start..tokens[i].end];
        let mut boundary = false;
        let mut last = i;
        if matches!(tok, "." | "!" | "?" | "\u{2026}") || ends_with_final_dot(tok) {
            if let Some(e) = run_end.filter(|&e| e > i) {
                last = e;
            }
            // swallow closing quotes and brackets, and repeated marks ("?!", "...")
            while last + 1 < end {
                let n = &text[tokens[last + 1].start..tokens[last + 1].end];
                // "He lost. "I will vote," she said.": a straight mark that opens a
                // quotation begins the next sentence; it is no closing mark of this one.
                if opening[last + 1 - first] {
                    break;
                }
                if is_closing(n) || matches!(n, "." | "!" | "?") {
                    last += 1;
                } else {
                    break;
                }
            }
            run_end = Some(last);
            if last + 1 >= end {
                boundary = true;
            } else {
                let gap = &text[tokens[last].end..tokens[last + 1].start];
                // An opening straight mark is read through to its first word: `lost. "On`
                // starts a sentence, `the U.S. "war on terror"` goes on.
                let after_mark = if opening[last + 1 - first] && last + 2 < end {
                    last + 2
                } else {
                    last + 1
                };
                let next = &text[tokens[after_mark].start..tokens[after_mark].end];
                let starts_upper = next
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(
                        next,
                        "\"" | "\u{201c}" | "'" | "\u{2018}" | "(" | "\u{2014}" | "-"
                    );
                boundary = !gap.is_empty()
                    && starts_upper
                    && !continues_clock_time(tok, next)
                    && !month_before_figure(tok, next);
                if boundary && tok != "." && tok != "!" && tok != "?" && tok != "\u{2026}" {
                    // "U.S." or "Mr." at the end of a word: a boundary only if the word may end a
                    // sentence and the next word does not look like the continuation of a name.
                    let lower = tok.trim_end_matches('.').to_lowercase();
                    // A dotted abbreviation opening the sentence, or one before an office or
                    // an institution ("U.S. Vice President", "the U.S. Agency for ..."), is a
                    // modifier, not the end of a sentence.
                    let modifier = tok.matches('.').count() >= 2
                        && (i == s
                            || INSTITUTION_WORDS.contains(&next.to_lowercase().as_str())
                            || initials_after_title(text, tokens, s, i));
                    if NEVER_FINAL.contains(&lower.as_str())
                        || (tok.chars().count() == 2 && tok.chars().next().unwrap().is_uppercase())
                        || modifier
                    {
                        boundary = false;
                    }
                }
            }
        } else if tok == "\n" {
            boundary = true;
        }
        if !boundary && i + 1 < end {
            // a line break inside a block (poems, text input) ends the sentence when blank
            let gap = &text[tokens[i].end..tokens[i + 1].start];
            if gap.matches('\n').count() >= 2 {
                boundary = true;
                last = i;
            }
        }
        if boundary || last + 1 >= end {
            out.push(Sentence {
                start: tokens[s].start,
                end: tokens[last].end,
                first_token: s,
                end_token: last + 1,
                block,
            });
            s = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

/// Which tokens of a block are straight quotation marks that open a quotation (indexed from
/// `first`). Straight marks say nothing of their side, so they are read in order, as a reader
/// does: with no quotation open, a double mark after a space (or a bracket or dash) and before
/// a word opens one, and the next double mark closes it — so `." ` and `," ` close, and so
/// does ". "X" while a quotation is open. A double mark glued to a word when none is open
/// (the inch mark of `a 12" pipe`) is neither, so it cannot flip what follows. A line that
/// starts with a mark opens again: a quotation over several paragraphs leaves its paragraph
/// unclosed and the next one opens anew. Curly marks say their side and keep the count.
/// Single straight marks are also apostrophes ("the players' union", "'90s"), so no count
/// over them holds: one that follows a space and precedes a letter opens, because a closing
/// mark hugs the word before it.
fn opening_marks(text: &str, tokens: &[Token], first: usize, end: usize) -> Vec<bool> {
    let mut out = vec![false; end - first];
    let mut open = false;
    for (k, t) in tokens[first..end].iter().enumerate() {
        let mark = &text[t.start..t.end];
        if !matches!(mark, "\"" | "'" | "\u{201c}" | "\u{201d}") {
            continue;
        }
        let before = text[..t.start].chars().next_back();
        let after = text[t.end..].chars().next();
        let spaced = crate::quotes::marks::is_space_or_open(before);
        let word_after = after.is_some_and(|c| !c.is_whitespace());
        let line_start = text[..t.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
        match mark {
            "\u{201c}" => open = true,
            "\u{201d}" => open = false,
            "'" => out[k] = spaced && after.is_some_and(char::is_alphanumeric),
            _ if line_start && word_after => {
                open = true;
                out[k] = true;
            }
            _ if open => open = false,
            _ if spaced && word_after => {
                open = true;
                out[k] = true;
            }
            _ => {}
        }
    }
    out
}

/// "Rep. G.K. Butterfield": dotted initials right after a title are the start of a name.
fn initials_after_title(text: &str, tokens: &[Token], s: usize, i: usize) -> bool {
    if i == s {
        return false;
    }
    let tok = &text[tokens[i].start..tokens[i].end];
    let prev = &text[tokens[i - 1].start..tokens[i - 1].end];
    let initials = tok
        .split_terminator('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    let title = prev.ends_with('.')
        && NEVER_FINAL.contains(&prev.trim_end_matches('.').to_lowercase().as_str());
    initials && title
}

/// "10:35 a.m. (0735 GMT) Friday", "5 p.m. EST": a clock time goes on with a zone, a bracket
/// or a weekday far more often than a sentence ends there.
fn continues_clock_time(tok: &str, next: &str) -> bool {
    let clock = matches!(tok, "a.m." | "p.m." | "A.M." | "P.M.");
    let zone = next.len() <= 4 && next.chars().all(|c| c.is_ascii_uppercase());
    // only as names are written: "Monday", not "MONDAY" or "Mon."
    let weekday = calendar::weekday_name(next).is_some()
        && next.starts_with(|c: char| c.is_ascii_uppercase())
        && next[1..].bytes().all(|b| b.is_ascii_lowercase());
    clock && (next == "(" || zone || weekday)
}

/// "Sept. 30", "Aug. 7, 1998": an abbreviated month before a figure is a date, not an end.
fn month_before_figure(tok: &str, next: &str) -> bool {
    let month = tok
        .strip_suffix('.')
        .and_then(calendar::month_abbreviation)
        .is_some();
    month && next.starts_with(|c: char| c.is_ascii_digit())
}

fn ends_with_final_dot(tok: &str) -> bool {
    tok.len() > 1 && tok.ends_with('.') && tok.chars().any(|c| c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_text;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    fn sents(text: &str) -> Vec<String> {
        let a = from_text(text);
        let d = split(text, &a.blocks);
        d.sentences
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn tokens_keep_abbreviations_and_inner_marks() {
        assert_eq!(
            words("The U.S. don't tree-planting 3,000 km, Mr. Reeves."),
            vec![
                "The",
                "U.S.",
                "don't",
                "tree-planting",
                "3,000",
                "km",
                ",",
                "Mr.",
                "Reeves",
                "."
            ]
        );
        assert_eq!(words("June 7-8"), vec!["June", "7-8"]);
        assert_eq!(
            words("“Hi,” she said"),
            vec!["“", "Hi", ",", "”", "she", "said"]
        );
    }

    #[test]
    fn sentences_split_after_quotes_and_not_after_titles() {
        assert_eq!(
            sents("“We must fight,” Harris said. “It is in our interest.” Mr. Reeves agreed."),
            vec![
                "“We must fight,” Harris said.",
                "“It is in our interest.”",
                "Mr. Reeves agreed."
            ]
        );
        assert_eq!(
            sents("He lives in the U.S. He works."),
            vec!["He lives in the U.S.", "He works."]
        );
        assert_eq!(
            sents("Rep. G.K. Butterfield spoke. He left."),
            vec!["Rep. G.K. Butterfield spoke.", "He left."]
        );
        // a case name's "v." joins its parties, it does not end the sentence
        assert_eq!(
            sents("The court overturned Roe v. Wade on Friday. Protests followed."),
            vec![
                "The court overturned Roe v. Wade on Friday.",
                "Protests followed."
            ]
        );
    }

    #[test]
    fn a_straight_mark_after_a_stop_opens_the_next_sentence() {
        assert_eq!(
            sents("The mayor ran in 1998 and won. \"On Monday, I will run again,\" he said."),
            vec![
                "The mayor ran in 1998 and won.",
                "\"On Monday, I will run again,\" he said."
            ]
        );
        assert_eq!(
            sents("She waved. \"Why?\" \"Because we can!\" Then they left."),
            vec![
                "She waved.",
                "\"Why?\"",
                "\"Because we can!\"",
                "Then they left."
            ]
        );
        assert_eq!(
            sents("The fans cheered. 'We are back,' the coach said."),
            vec!["The fans cheered.", "'We are back,' the coach said."]
        );
    }

    #[test]
    fn an_abbreviation_before_an_opening_mark_reads_the_word_after_it() {
        assert_eq!(
            sents("He backed the U.S. \"war on drugs\" for years. It failed."),
            vec![
                "He backed the U.S. \"war on drugs\" for years.",
                "It failed."
            ]
        );
        assert_eq!(
            sents("They moved to the U.S. \"We were poor,\" he said."),
            vec!["They moved to the U.S.", "\"We were poor,\" he said."]
        );
    }

    #[test]
    fn a_straight_mark_that_closes_stays_with_its_sentence() {
        // closing marks hug the stop, or close the quotation the count says is open
        assert_eq!(
            sents("He said \"We won.\" Then he left."),
            vec!["He said \"We won.\"", "Then he left."]
        );
        assert_eq!(
            sents("\"It rained all week. \" The farmers were glad."),
            vec!["\"It rained all week. \"", "The farmers were glad."]
        );
        // an inch mark glued to a figure opens nothing, so the count holds after it
        assert_eq!(
            sents("They laid a 12\" pipe. \"It leaks,\" she said."),
            vec!["They laid a 12\" pipe.", "\"It leaks,\" she said."]
        );
        // curly marks keep the count: a straight mark closes a curly quotation
        assert_eq!(
            sents("He wrote “we are done. \" Nobody replied."),
            vec!["He wrote “we are done. \"", "Nobody replied."]
        );
    }

    #[test]
    fn a_quotation_over_several_paragraphs_opens_each_paragraph() {
        // the first paragraph never closes its quotation; the next opens it again, in its
        // own block or on its own line of the same block
        for sep in ["\n\n", "\n"] {
            let text = format!(
                "\"The river rose at night,\" she said. \"We ran.{sep}\"Then the rain stopped. \
                 We went home.\" Her son agreed. \"It was over.\""
            );
            assert_eq!(
                sents(&text),
                vec![
                    "\"The river rose at night,\" she said.",
                    "\"We ran.",
                    "\"Then the rain stopped.",
                    "We went home.\"",
                    "Her son agreed.",
                    "\"It was over.\""
                ],
                "{sep:?}"
            );
        }
    }

    #[test]
    fn clock_times_do_not_end_sentences() {
        assert_eq!(
            sents("It blew at 10:35 a.m. (0735 GMT) Friday. It rained at 5 p.m. Then it stopped."),
            vec![
                "It blew at 10:35 a.m. (0735 GMT) Friday.",
                "It rained at 5 p.m.",
                "Then it stopped."
            ]
        );
        assert_eq!(
            sents("The quarter ended Sept. 30. Then it stopped."),
            vec!["The quarter ended Sept. 30.", "Then it stopped."]
        );
    }

    #[test]
    fn sentences_stay_inside_blocks() {
        assert_eq!(
            sents("No stop here\n\nNext block."),
            vec!["No stop here", "Next block."]
        );
    }

    #[test]
    fn emoji_and_combining_marks_do_not_break_offsets() {
        let t = "Zoë 👍🏽 café";
        for tok in tokenize(t) {
            assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
        }
    }
}
