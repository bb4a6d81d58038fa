//! First names (with the sex they are mostly given to) and frequent surnames, from the US Census
//! 1990 name files (see DATA.md and scripts/build_names.py). Looked up in lower case.

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

fn lower(word: &str) -> String {
    // Accents are folded so "André" finds "andre" in the (ASCII) census lists.
    word.chars()
        .flat_map(|c| c.to_lowercase())
        .map(fold_accent)
        .collect()
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    }
}

/// The sex a first name is mostly given to, if it is a known first name.
pub fn first_name(word: &str) -> Option<Gender> {
    first_names().get(lower(word).as_str()).copied()
}

pub fn is_surname(word: &str) -> bool {
    surnames().contains(lower(word).as_str())
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
    }

    #[test]
    fn every_listed_name_is_found() {
        assert_eq!(first_names().len(), FIRST_TXT.lines().count());
        assert_eq!(surnames().len(), LAST_TXT.lines().count());
        assert!(LAST_TXT.lines().all(is_surname));
    }
}
