//! First names (with the sex they are mostly given to) and surnames, from the US Census 1990 name
//! files and Faker's per-locale lists (see DATA.md and scripts/build_names.py); organisations
//! from the lexicon of the npm package compromise (scripts/build_orgs.mjs). Looked up folded.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

// One name a line ("name\tM|F|U" in first.txt), sorted by bytes: scripts/build_names.py writes
// them so, and they are searched where they lie. Hashing the 47,000 lines into tables on the
// first analysis cost 17 M instructions, more than the analysis of a whole article.
static FIRST_TXT: &str = include_str!("../../data/names/first.txt");
static LAST_TXT: &str = include_str!("../../data/names/last.txt");
// Companies, media, agencies ("volkswagen", "associated press"), one a line, same order.
static ORGS_TXT: &str = include_str!("../../data/names/orgs.txt");

/// The line of a sorted list whose name (the text before a tab, if any) is `key`: a binary
/// search over the bytes, each probe stepping back to the start of the line it falls in.
/// O(log n) lines, each a few bytes long, and nothing to build.
fn find_line<'t>(text: &'t [u8], key: &[u8]) -> Option<&'t [u8]> {
    // `lo` and `hi` are always line starts (or the end), the answer between them
    let (mut lo, mut hi) = (0, text.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = text[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = text[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |p| start + p);
        let line = &text[start..end];
        let name = line
            .iter()
            .position(|&b| b == b'\t')
            .map_or(line, |p| &line[..p]);
        match name.cmp(key) {
            std::cmp::Ordering::Equal => return Some(line),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// Letters U+00C0..U+017F folded to the plain letter they carry ('.' where there is none), as
/// scripts/build_names.py folds the lists: "Dvořák" finds "dvorak", "Łukasz" "lukasz".
const FOLD: &[u8; 192] = b"aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yaaaaaaccccccccdd.deeeeeeeeeegggggggghh.hiiiiiiiiiiiijjkk.llllllll.lnnnnnn...oooooo..rrrrrrsssssssstttt.tuuuuuuuuuuuuwwyyyzzzzzzs";

/// The folded form of a word, in `buf`, when it can be in the lists at all: they hold only
/// short ASCII names, so a longer word or one with other letters is not looked up, and no
/// look-up allocates.
fn folded<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let u = c as u32;
        let b = if c.is_ascii() {
            c as u8
        } else if (0xC0..0x180).contains(&u) {
            FOLD[(u - 0xC0) as usize]
        } else {
            return None;
        };
        if b == b'.' && !c.is_ascii() {
            return None;
        }
        *buf.get_mut(n)? = b;
        n += 1;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// The sex a first name is mostly given to, if it is a known first name.
pub fn first_name(word: &str) -> Option<Gender> {
    let mut buf = [0u8; 32];
    let line = find_line(FIRST_TXT.as_bytes(), folded(word, &mut buf)?.as_bytes())?;
    Some(match line.last() {
        Some(b'M') => Gender::Male,
        Some(b'F') => Gender::Female,
        _ => Gender::Unknown,
    })
}

pub fn is_surname(word: &str) -> bool {
    let mut buf = [0u8; 32];
    folded(word, &mut buf).is_some_and(|w| find_line(LAST_TXT.as_bytes(), w.as_bytes()).is_some())
}

/// Whether the words, read as one name ("Associated Press", "Coca-Cola's" cut to "Coca-Cola"),
/// are a known organisation's. Words are folded and joined by one space, hyphens read as
/// spaces, as scripts/build_orgs.mjs writes the list; the key lives on the stack.
pub fn is_organisation<'w>(words: impl IntoIterator<Item = &'w str>) -> bool {
    let mut key = [0u8; 48];
    let mut n = 0;
    for (i, w) in words.into_iter().enumerate() {
        let mut buf = [0u8; 32];
        let Some(f) = folded(w, &mut buf) else {
            return false;
        };
        if i > 0 {
            let Some(b) = key.get_mut(n) else {
                return false;
            };
            *b = b' ';
            n += 1;
        }
        for &c in f.as_bytes() {
            let Some(b) = key.get_mut(n) else {
                return false;
            };
            *b = if c == b'-' { b' ' } else { c };
            n += 1;
        }
    }
    n > 0 && find_line(ORGS_TXT.as_bytes(), &key[..n]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_fold() {
        assert_eq!(first_name("Kamala"), Some(Gender::Female));
        assert_eq!(first_name("Joe"), Some(Gender::Male));
        assert_eq!(first_name("André"), Some(Gender::Male));
        assert!(is_surname("Sanders"));
        assert!(first_name("Xyzzy").is_none());
        assert!(first_name("Sergey").is_some());
        assert!(is_surname("Dvořák"));
        assert!(first_name("Łukasz").is_some());
        assert!(first_name("Антон").is_none());
    }

    #[test]
    fn every_listed_name_is_found() {
        // which also proves the lists sorted, as the search needs
        for line in FIRST_TXT.lines() {
            let (name, g) = line.split_once('\t').unwrap();
            let want = match g {
                "M" => Gender::Male,
                "F" => Gender::Female,
                _ => Gender::Unknown,
            };
            assert_eq!(first_name(name), Some(want), "{line}");
        }
        assert!(LAST_TXT.lines().all(is_surname));
        assert!(
            ORGS_TXT.lines().all(|l| is_organisation(l.split(' '))),
            "orgs sorted"
        );
    }

    #[test]
    fn organisations() {
        assert!(is_organisation(["Volkswagen"]));
        assert!(is_organisation(["Associated", "Press"]));
        assert!(is_organisation(["Coca-Cola"]));
        assert!(is_organisation(["Johnson", "&", "Johnson"]));
        assert!(!is_organisation(["Inc"]));
        assert!(!is_organisation(["Associated"]));
        assert!(!is_organisation(Vec::<&str>::new()));
        assert!(!is_organisation([
            "Ford", "Ford", "Ford", "Ford", "Ford", "Ford", "Ford", "Ford", "Ford"
        ]));
    }

    #[test]
    fn search_edges() {
        let text = b"ab\tM\nabc\tF\nb\tU\nzz\tM";
        assert_eq!(find_line(text, b"ab"), Some(&b"ab\tM"[..]));
        assert_eq!(find_line(text, b"abc"), Some(&b"abc\tF"[..]));
        assert_eq!(find_line(text, b"zz"), Some(&b"zz\tM"[..]));
        for missing in [&b""[..], b"a", b"abd", b"c", b"zzz", b"\xff"] {
            assert_eq!(find_line(text, missing), None);
        }
        assert_eq!(find_line(b"", b"a"), None);
        assert_eq!(find_line(b"a\nb\n", b"b"), Some(&b"b"[..]));
        assert_eq!(find_line(b"a\nb\n", b"c"), None);
    }
}
