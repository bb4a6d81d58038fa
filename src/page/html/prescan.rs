//! Drops the contents of `<script>` and `<style>` elements before the HTML parser sees them.
//!
//! They are more than half the bytes of a typical news page, and the HTML tokenizer walks raw
//! text one character at a time; the page model never keeps them (except JSON-LD scripts, which
//! are left alone). A light scanner that knows just enough HTML (comments, tags with quoted
//! attributes, raw-text elements) finds them with byte searches. Whatever it is unsure of it
//! copies unchanged, so the parsed tree is the same as without it.

/// Elements whose content is text up to their end tag, never markup.
const RAW: [&str; 8] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let caseless = first.is_ascii_alphabetic();
    let lower = first.to_ascii_lowercase();
    let mut i = from;
    while i + needle.len() <= hay.len() {
        let rest = hay.get(i..)?;
        // Every needle here but "ld+json" starts with punctuation: a plain byte search (memchr
        // scans a word or a vector at a time; this search covers every script's text twice).
        let k = if caseless {
            memchr::memchr2(lower, lower.to_ascii_uppercase(), rest)?
        } else {
            memchr::memchr(first, rest)?
        };
        i += k;
        if hay
            .get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Where the raw text of `name` ends: the `</name` followed by a space, `/` or `>`.
fn raw_end(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut needle = Vec::with_capacity(name.len() + 2);
    needle.extend_from_slice(b"</");
    needle.extend_from_slice(name.as_bytes());
    let mut i = from;
    loop {
        let k = find_ci(b, i, &needle)?;
        match b.get(k + needle.len()) {
            Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'/' | b'>') | None => return Some(k),
            _ => i = k + 1,
        }
    }
}

/// End of a start tag that begins at `<` position `at`: the index just past its `>`, honouring
/// quoted attribute values.
fn tag_end(b: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    let mut after_eq = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'>' => return Some(i + 1),
            b'=' => after_eq = true,
            b'"' | b'\'' if after_eq => {
                let close = b.get(i + 1..)?.iter().position(|&x| x == c)?;
                i += close + 1;
                after_eq = false;
            }
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c => {}
            _ => after_eq = false,
        }
        i += 1;
    }
    None
}

/// The page with script and style contents removed (JSON-LD and anything unclear kept).
/// Returns `None` when nothing was removed.
pub fn strip(html: &str) -> Option<String> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0; // bytes of `html` already copied to `out`
    let mut i = 0;
    while let Some(k) = b.get(i..).and_then(|r| memchr::memchr(b'<', r)) {
        let lt = i + k;
        let rest = b.get(lt + 1..).unwrap_or(&[]);
        if rest.starts_with(b"!--") {
            // A comment ends at the first "-->" (and "<!-->" ends at once).
            i = match find_ci(b, lt + 4, b"-->") {
                Some(e) => e + 3,
                None => return finish(out, html, copied),
            };
            continue;
        }
        if rest
            .first()
            .is_some_and(|c| *c == b'!' || *c == b'?' || *c == b'/')
        {
            i = match b.get(lt..).and_then(|r| memchr::memchr(b'>', r)) {
                Some(e) => lt + e + 1,
                None => return finish(out, html, copied),
            };
            continue;
        }
        if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1;
            continue;
        }
        let name_len = rest
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        // compared in place: a lower-cased copy per start tag was an allocation per element
        let name = &rest[..name_len];
        let Some(end) = tag_end(b, lt) else {
            return finish(out, html, copied);
        };
        if name.eq_ignore_ascii_case(b"plaintext") {
            return finish(out, html, copied);
        }
        let Some(raw) = RAW.iter().find(|r| name.eq_ignore_ascii_case(r.as_bytes())) else {
            i = end;
            continue;
        };
        let Some(close) = raw_end(b, end, raw) else {
            return finish(out, html, copied);
        };
        let tag = &b[lt..end];
        let content = &b[end..close];
        let droppable = match *raw {
            "style" => true,
            // JSON-LD stays; so does a script whose text holds "<!--", where the tokenizer's
            // escape states could end it elsewhere.
            "script" => {
                find_ci(tag, 0, b"ld+json").is_none() && find_ci(content, 0, b"<!--").is_none()
            }
            _ => false,
        };
        if droppable && !content.is_empty() {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
            // `end` and `close` sit next to ASCII '>' and '<': char boundaries.
            o.push_str(html.get(copied..end).unwrap_or(""));
            copied = close;
        }
        i = close;
    }
    finish(out, html, copied)
}

fn finish(out: Option<String>, html: &str, copied: usize) -> Option<String> {
    out.map(|mut o| {
        o.push_str(html.get(copied..).unwrap_or(""));
        o
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_styles_are_emptied() {
        let h = "<head><style>p{}</style><script>if (a<b) x='</p>';</script>\
                 <script type=\"application/ld+json\">{\"a\":1}</script></head><p>t</p>";
        assert_eq!(
            strip(h).unwrap(),
            "<head><style></style><script></script>\
             <script type=\"application/ld+json\">{\"a\":1}</script></head><p>t</p>"
        );
    }

    #[test]
    fn unclear_cases_are_left_alone() {
        // inside a comment, an attribute, a title or a textarea, "<script>" is not a tag
        let h = "<!-- <script> --><p title='<script>'>a</p><title><style></title><textarea><script></textarea>b";
        assert_eq!(strip(h), None);
        // a script with an HTML comment in it is kept whole
        let h = "<script><!-- document.write('<script></script>') --></script><p>c</p>";
        assert_eq!(strip(h), None);
        // unterminated
        assert_eq!(strip("<script>var a"), None);
        assert_eq!(strip("<p>a < b</p><scr"), None);
    }

    #[test]
    fn end_tags_need_a_delimiter() {
        let h = "<script>a='</scripts>';</script>x";
        assert_eq!(strip(h).unwrap(), "<script></script>x");
    }
}
