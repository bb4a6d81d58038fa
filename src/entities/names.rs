//! First names (with the sex they are mostly given to) and frequent surnames, from the US Census
//! 1990 name files (see DATA.md and scripts/build_names.py). Looked up in lower case.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

static FIRST_TXT: &str = include_str!("../../data/names/first.txt");
static LAST_TXT: &str = include_str!("../../data/names/last.txt");

fn first_names() -> &'static HashMap<&'static str, Gender> {
    static MAP: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    MAP.get_or_init(|| {
        FIRST_TXT
            .lines()
            .filter_map(|l| {
                let (name, g) = l.split_once('\t')?;
                let g = match g {
                    "M" => Gender::Male,
                    "F" => Gender::Female,
                    _ => Gender::Unknown,
                };
                Some((name, g))
            })
            .collect()
    })
}

fn surnames() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| LAST_TXT.lines().filter(|l| !l.is_empty()).collect())
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
}
