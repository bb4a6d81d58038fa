//! First names (with the sex they are mostly given to) and surnames, from the US Census 1990 name
//! files and Faker's per-locale lists (see DATA.md and scripts/build_names.py). Looked up folded.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

static FIRST_TXT: &str = include_str!("../../data/names/first.txt");
static LAST_TXT: &str = include_str!("../../data/names/last.txt");

/// A multiply-rotate hash (FxHash's): the tables are built on the first analysis, and SipHash
/// made that cost 11 M instructions for 14,000 short names. The keys are our own lists, so page
/// text cannot make their chains long.
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
}

type Fast = BuildHasherDefault<Fx>;

fn first_names() -> &'static HashMap<&'static str, Gender, Fast> {
    static MAP: OnceLock<HashMap<&'static str, Gender, Fast>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity_and_hasher(lines_in(FIRST_TXT), Fast::default());
        map.extend(FIRST_TXT.lines().filter_map(|l| {
            let (name, g) = l.split_once('\t')?;
            let g = match g {
                "M" => Gender::Male,
                "F" => Gender::Female,
                _ => Gender::Unknown,
            };
            Some((name, g))
        }));
        map
    })
}

fn surnames() -> &'static HashSet<&'static str, Fast> {
    static SET: OnceLock<HashSet<&'static str, Fast>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::with_capacity_and_hasher(lines_in(LAST_TXT), Fast::default());
        set.extend(LAST_TXT.lines().filter(|l| !l.is_empty()));
        set
    })
}

/// The number of lines, to size a table once instead of growing it.
fn lines_in(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count() + 1
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
    first_names().get(folded(word, &mut buf)?).copied()
}

pub fn is_surname(word: &str) -> bool {
    let mut buf = [0u8; 32];
    folded(word, &mut buf).is_some_and(|w| surnames().contains(w))
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
        assert_eq!(first_names().len(), FIRST_TXT.lines().count());
        assert_eq!(surnames().len(), LAST_TXT.lines().count());
        assert!(LAST_TXT.lines().all(is_surname));
    }
}
