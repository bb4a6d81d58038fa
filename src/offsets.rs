//! Offset conversion at the edges. The core counts bytes of UTF-8; JavaScript counts UTF-16
//! code units and the command line's JSON counts code points.

/// Converts byte offsets of one text to another unit. Offsets may come in any order; a
/// checkpoint every 256 bytes keeps each conversion short without a table per byte.
pub struct OffsetMap<'a> {
    text: &'a str,
    unit: Unit,
    checkpoints: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    CodePoint,
    Utf16,
}

const STEP: usize = 256;

impl<'a> OffsetMap<'a> {
    pub fn new(text: &'a str, unit: Unit) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut count = 0;
        let mut next = 0;
        for (i, c) in text.char_indices() {
            while i >= next {
                // the count at the first char boundary at or after `next`
                checkpoints.push(count);
                next += STEP;
            }
            count += width(c, unit);
        }
        while next <= text.len() {
            checkpoints.push(count);
            next += STEP;
        }
        OffsetMap {
            text,
            unit,
            checkpoints,
        }
    }

    /// The unit offset of byte offset `byte` (rounded down to a char boundary; clamped to the text).
    pub fn convert(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        // Round down first: a byte inside a character that straddles a checkpoint would
        // otherwise count that character, unlike `convert` below.
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let k = byte / STEP;
        let mut from = k * STEP;
        while from < self.text.len() && !self.text.is_char_boundary(from) {
            from += 1;
        }
        let mut count = self.checkpoints[k];
        if from >= byte {
            return count;
        }
        for (i, c) in self.text[from..].char_indices() {
            if from + i + c.len_utf8() > byte {
                break;
            }
            count += width(c, self.unit);
        }
        count
    }
}

fn width(c: char, unit: Unit) -> usize {
    match unit {
        Unit::CodePoint => 1,
        Unit::Utf16 => c.len_utf16(),
    }
}

/// Converts a byte offset in `text` to `unit`, for one-off conversions.
pub fn convert(text: &str, byte: usize, unit: Unit) -> usize {
    let byte = byte.min(text.len());
    let mut b = byte;
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].chars().map(|c| width(c, unit)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_agrees_with_direct_count() {
        let text = "a😀é\u{301}b".repeat(200);
        for unit in [Unit::CodePoint, Unit::Utf16] {
            let m = OffsetMap::new(&text, unit);
            for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                assert_eq!(m.convert(b), convert(&text, b, unit), "byte {b} {unit:?}");
            }
        }
    }

    #[test]
    fn offsets_inside_a_character_round_down_across_checkpoints() {
        // "é" at bytes 255..257 straddles the checkpoint at 256
        let text = format!("{}é{}", "a".repeat(255), "b".repeat(10));
        let m = OffsetMap::new(&text, Unit::CodePoint);
        assert_eq!(m.convert(256), 255);
        assert_eq!(m.convert(256), convert(&text, 256, Unit::CodePoint));
    }

    #[test]
    fn surrogate_pairs_count_two_in_utf16() {
        assert_eq!(convert("😀x", 4, Unit::Utf16), 2);
        assert_eq!(convert("😀x", 4, Unit::CodePoint), 1);
    }
}
