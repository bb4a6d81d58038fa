//! The gazetteer: places by name, compiled from public data (see DATA.md) into a compact table
//! that is embedded in the binary. Look-up cost does not depend on the gazetteer's size.
//!
//! `data/gazetteer.bin` is written by scripts/build_gazetteer.py. Layout (little endian): the
//! magic "NLGZ", nine u32 (version, entries, curated entries, main buckets, main slots, main
//! seed, alias buckets, alias slots, alias seed), fifteen u32 section lengths, then the sections:
//! names (UTF-8, each ended by a newline), curated slugs (u8 length + UTF-8 each), GeoNames ids
//! (varint deltas, for the entries after the curated ones), kind (u8), flags (u8), country (2
//! bytes, zero for none), latitude and longitude (fifths of a degree, zigzag varint deltas from
//! the previous entry of the same country), population (u8, 0 unknown, else 1 + log base 1.2),
//! next entry of the same name (varint pairs: index delta, zigzag next - index, for the entries
//! that have one), main displacements (varint each), main slots (u16 entry), alias displacements (u16), alias slots (u32 offset), alias postings (key, count,
//! then per entry a u16 index and how the key names it: 0 own name, 1 alternate, 2 alias).
//!
//! Two hash-and-displace perfect hashes find a folded name: the main one maps each canonical
//! name to its most prominent entry (the others of that name are chained through `next`); the
//! alias one maps abbreviations and other names ("U.S.", "Britain") to their entries. Every hit
//! is verified against the stored name, so a name that is not in the table finds nothing.

use serde::Serialize;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    Region,
    Admin,
    City,
    Landmark,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// Stable id: "geonames:3996063", or "newslens:northern-triangle" for curated entries.
    pub id: String,
    pub name: String,
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2, `None` for regions that span countries.
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: Option<u64>,
}

/// The entry is its country's capital.
pub const FLAG_CAPITAL: u8 = 1;
/// Every word of the name is also a common lower-case English word ("Mobile", "Long Beach").
pub const FLAG_COMMON_WORD: u8 = 2;
/// The entry is a continent.
pub const FLAG_CONTINENT: u8 = 4;

/// How a name found an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The entry's own name.
    Name,
    /// An abbreviation or short form written for Newslens ("U.S.", "Britain").
    Alias,
    /// One of GeoNames' other names for it, in English ("Mecca" for "Makkah"); weaker than an
    /// alias, as some are also people's names.
    Alternate,
}

/// A gazetteer entry a name may refer to, by index, with how the name found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: u16,
    pub via: Via,
}

/// Every gazetteer entry a name may refer to, most prominent first. Names are matched
/// case-folded and without Latin diacritics ("Zurich" finds "Zürich").
pub fn lookup(name: &str) -> Vec<Entry> {
    find(name).iter().filter_map(|h| entry(h.index)).collect()
}

/// The entries a name may refer to, as hits: the aliases' entries first (an alias names what is
/// usually meant), then the entries of that canonical name, most prominent first.
pub fn find(name: &str) -> Vec<Hit> {
    let Some(t) = table() else {
        return Vec::new();
    };
    // Place finding looks up thousands of candidate words a page, nearly all of them in vain:
    // the key is folded into a buffer kept for the thread, and nothing is allocated unless a
    // name is found.
    thread_local! {
        static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    KEY.with(|buffer| match buffer.try_borrow_mut() {
        Ok(mut key) => {
            fold_into(name, &mut key);
            t.hits(&key)
        }
        Err(_) => t.hits(&fold(name)),
    })
}

/// The entry at `index`.
pub fn entry(index: u16) -> Option<Entry> {
    let t = table()?;
    let i = index as usize;
    if i >= t.n {
        return None;
    }
    let id = if i < t.n_curated {
        format!("newslens:{}", t.slugs.get(i)?)
    } else {
        format!("geonames:{}", t.gids.get(i - t.n_curated)?)
    };
    let country =
        t.cc.get(2 * i..2 * i + 2)
            .filter(|c| c[0] != 0)
            .and_then(|c| std::str::from_utf8(c).ok())
            .map(str::to_string);
    let pop = decode_population(*t.pop.get(i)?);
    Some(Entry {
        id,
        name: t.name(index)?.to_string(),
        kind: kind_of(*t.kind.get(i)?),
        country,
        lat: Some(coordinate(*t.lat.get(i)?)),
        lon: Some(coordinate(*t.lon.get(i)?)),
        population: (pop > 0).then_some(pop),
    })
}

/// The flags of the entry at `index` (`FLAG_*`), 0 when out of range.
pub fn flags(index: u16) -> u8 {
    table()
        .and_then(|t| t.flags.get(index as usize).copied())
        .unwrap_or(0)
}

/// The kind of the entry at `index`.
pub fn kind(index: u16) -> Option<PlaceKind> {
    table().and_then(|t| t.kind.get(index as usize).map(|&k| kind_of(k)))
}

/// Whether the entry at `index` is a country or a first-level division, the places a writer
/// puts after a town to say which one is meant ("Springfield, Illinois", "Paris, France").
pub fn is_division(index: u16) -> bool {
    matches!(kind(index), Some(PlaceKind::Country | PlaceKind::Admin))
}

/// The country code of the entry at `index`, as two ASCII bytes.
pub fn country(index: u16) -> Option<[u8; 2]> {
    let t = table()?;
    let i = index as usize;
    let c = t.cc.get(2 * i..2 * i + 2)?;
    (c[0] != 0).then(|| [c[0], c[1]])
}

/// The population of the entry at `index`, 0 when unknown.
pub fn population(index: u16) -> u64 {
    table()
        .and_then(|t| t.pop.get(index as usize).copied())
        .map_or(0, decode_population)
}

/// The number of entries (for tests and the size report).
pub fn len() -> usize {
    table().map_or(0, |t| t.n)
}

fn kind_of(k: u8) -> PlaceKind {
    match k {
        0 => PlaceKind::Country,
        1 => PlaceKind::Region,
        2 => PlaceKind::Admin,
        3 => PlaceKind::City,
        4 => PlaceKind::Landmark,
        _ => PlaceKind::Other,
    }
}

/// Coordinates are stored in fifths of a degree (see scripts/build_gazetteer.py).
fn coordinate(v: i16) -> f64 {
    // times two then over ten: the nearest double to the one-decimal value ("19.4")
    f64::from(i32::from(v) * 2) / 10.0
}

/// A population from its byte: 1.2 to the power (byte - 1), to two significant digits.
fn decode_population(v: u8) -> u64 {
    if v == 0 {
        return 0;
    }
    let p = 1.2f64.powi(i32::from(v) - 1);
    if p < 100.0 {
        return p.round() as u64;
    }
    let unit = 10f64.powi(p.log10().floor() as i32 - 1);
    ((p / unit).round() * unit) as u64
}

/// Lower case, Latin diacritics removed, curly apostrophes straightened, white space runs made
/// one space. Must equal `fold` in scripts/build_gazetteer.py.
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    fold_into(s, &mut out);
    out
}

/// Most words are ASCII without spaces or backquotes: folding them is lower-casing them.
pub(crate) fn is_plain(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ' | b'`'))
}

/// `fold(s)`, written into `out` (cleared first), which keeps its capacity between calls.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if is_plain(s) {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    let mut space = false;
    for ch in s.chars() {
        if ch.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        for c in ch.to_lowercase() {
            if ('\u{300}'..='\u{36f}').contains(&c) {
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            match c {
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'þ' => out.push_str("th"),
                '\u{2019}' | '\u{2018}' | '`' => out.push('\''),
                '\u{2010}' | '\u{2011}' => out.push('-'),
                _ => out.push(strip_diacritic(c)),
            }
        }
    }
}

/// `fold(name) == key`, without allocating for plain ASCII names.
fn folds_to(name: &str, key: &str) -> bool {
    if is_plain(name) {
        name.len() == key.len() && name.eq_ignore_ascii_case(key)
    } else {
        fold(name) == key
    }
}

fn strip_diacritic(c: char) -> char {
    const FROM: &str =
        "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžð";
    const TO: &str = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnoooooooooorrrssssstttttuuuuuuuuuuwyyyzzzd";
    if c.is_ascii() {
        return c;
    }
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

fn fnv1a64(data: &[u8], seed: u32) -> u64 {
    let mut h = 0xCBF2_9CE4_8422_2325u64 ^ u64::from(seed);
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01B3);
    }
    h
}

/// The slot of `key` in a hash-and-displace table.
fn slot(
    key: &str,
    disp: impl Fn(usize) -> Option<u16>,
    n_buckets: usize,
    n_slots: usize,
    seed: u32,
) -> Option<usize> {
    if n_buckets == 0 || n_slots == 0 {
        return None;
    }
    let h = fnv1a64(key.as_bytes(), seed);
    let bucket = ((h & 0xFFFF_FFFF) % n_buckets as u64) as usize;
    let d = u64::from(disp(bucket)?);
    let f1 = h >> 32;
    let f2 = ((h >> 16) & 0xFFFF) | 1;
    Some(((f1 + d * f2) % n_slots as u64) as usize)
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    let s = b.get(2 * i..2 * i + 2)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    let s = b.get(4 * i..4 * i + 4)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

struct Table {
    n: usize,
    n_curated: usize,
    /// Where each name starts in `pool` (the next one's start ends it, after its newline):
    /// names are checked as UTF-8 when read, so the first use does not validate 34,000 of them.
    names: Vec<u32>,
    pool: &'static [u8],
    slugs: Vec<&'static str>,
    gids: Vec<u32>,
    kind: &'static [u8],
    flags: &'static [u8],
    cc: &'static [u8],
    lat: Vec<i16>,
    lon: Vec<i16>,
    pop: &'static [u8],
    /// The next entry of the same name, `u16::MAX` for none.
    next: Vec<u16>,
    main_disp: Vec<u16>,
    main_slots: &'static [u8],
    main: (usize, usize, u32),
    alias_disp: &'static [u8],
    alias_slots: &'static [u8],
    alias: (usize, usize, u32),
    postings: &'static [u8],
}

static DATA: &[u8] = include_bytes!("../data/gazetteer.bin");

fn table() -> Option<&'static Table> {
    static TABLE: OnceLock<Option<Table>> = OnceLock::new();
    TABLE.get_or_init(|| parse(DATA)).as_ref()
}

fn parse(b: &'static [u8]) -> Option<Table> {
    if b.get(..4)? != b"NLGZ" {
        return None;
    }
    let head = |i: usize| u32_at(b.get(4..)?, i).map(|v| v as usize);
    if head(0)? != 3 {
        return None;
    }
    let (n, n_curated) = (head(1)?, head(2)?);
    let main = (head(3)?, head(4)?, head(5)? as u32);
    let alias = (head(6)?, head(7)?, head(8)? as u32);
    let mut sections = Vec::with_capacity(15);
    let mut at: usize = 4 + 9 * 4 + 15 * 4;
    for i in 0..15 {
        let len = head(9 + i)?;
        sections.push(b.get(at..at.checked_add(len)?)?);
        at += len;
    }
    let names = offsets(sections[0], n)?;
    let slugs = pool(sections[1], n_curated)?;
    let mut gids = Vec::with_capacity(n.saturating_sub(n_curated));
    let mut pos = 0;
    let mut prev = 0u32;
    for _ in n_curated..n {
        prev = prev.wrapping_add(varint(sections[2], &mut pos)? as u32);
        gids.push(prev);
    }
    let (lat, lon) = deltas(sections[6], sections[7], sections[5], n)?;
    let next = next_chain(sections[9], n)?;
    let mut main_disp = Vec::with_capacity(main.0);
    let mut pos = 0;
    for _ in 0..main.0 {
        main_disp.push(u16::try_from(varint(sections[10], &mut pos)?).ok()?);
    }
    let fixed = |s: &[u8], width: usize| s.len() == n * width;
    if !(fixed(sections[3], 1)
        && fixed(sections[4], 1)
        && fixed(sections[5], 2)
        && fixed(sections[8], 1)
        && pos == sections[10].len()
        && sections[11].len() == main.1 * 2
        && sections[12].len() == alias.0 * 2
        && sections[13].len() == alias.1 * 4)
    {
        return None;
    }
    Some(Table {
        n,
        n_curated,
        names,
        pool: sections[0],
        slugs,
        gids,
        kind: sections[3],
        flags: sections[4],
        cc: sections[5],
        lat,
        lon,
        pop: sections[8],
        next,
        main_disp,
        main_slots: sections[11],
        main,
        alias_disp: sections[12],
        alias_slots: sections[13],
        alias,
        postings: sections[14],
    })
}

fn pool(b: &'static [u8], count: usize) -> Option<Vec<&'static str>> {
    let mut out = Vec::with_capacity(count);
    let mut at = 0;
    for _ in 0..count {
        let len = *b.get(at)? as usize;
        let s = b.get(at + 1..at + 1 + len)?;
        out.push(std::str::from_utf8(s).ok()?);
        at += 1 + len;
    }
    Some(out)
}

/// The start of each of the `count` newline-ended strings of `b`, and the end of the last.
fn offsets(b: &[u8], count: usize) -> Option<Vec<u32>> {
    let mut out = Vec::with_capacity(count + 1);
    out.push(0);
    for (i, &byte) in b.iter().enumerate() {
        if byte == b'\n' {
            out.push(u32::try_from(i + 1).ok()?);
        }
    }
    (out.len() == count + 1 && b.last().is_none_or(|&l| l == b'\n')).then_some(out)
}

fn varint(b: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let byte = *b.get(*pos)?;
        *pos += 1;
        v |= u64::from(byte & 0x7F).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
        if shift > 63 {
            return None;
        }
    }
}

/// `varint`, with the one-byte case (most deltas) inline: the table loads on every page.
#[inline]
fn varint_fast(b: &[u8], pos: &mut usize) -> Option<u64> {
    match b.get(*pos) {
        Some(&byte) if byte < 0x80 => {
            *pos += 1;
            Some(u64::from(byte))
        }
        _ => varint(b, pos),
    }
}

fn unzigzag(z: u64) -> i64 {
    if z & 1 == 0 {
        (z >> 1) as i64
    } else {
        -(((z + 1) >> 1) as i64)
    }
}

/// The `count` latitudes and longitudes, each a delta from the previous value of the same
/// country (`cc`, two bytes an entry).
fn deltas(lat: &[u8], lon: &[u8], cc: &[u8], count: usize) -> Option<(Vec<i16>, Vec<i16>)> {
    let mut out = (Vec::with_capacity(count), Vec::with_capacity(count));
    let (mut at_lat, mut at_lon) = (0, 0);
    // The last values per country, by the low five bits of its two letters (A-Z are 1-26,
    // none is 0: distinct for every code the table holds).
    let mut prev = [(0i64, 0i64); 1024];
    for c in cc.get(..2 * count)?.chunks_exact(2) {
        let p = &mut prev[usize::from(c[0] & 31) << 5 | usize::from(c[1] & 31)];
        p.0 += unzigzag(varint_fast(lat, &mut at_lat)?);
        p.1 += unzigzag(varint_fast(lon, &mut at_lon)?);
        out.0.push(i16::try_from(p.0).ok()?);
        out.1.push(i16::try_from(p.1).ok()?);
    }
    Some(out)
}

/// The `next` column from its (index delta, zigzag next - index) pairs.
fn next_chain(b: &[u8], count: usize) -> Option<Vec<u16>> {
    let mut out = vec![u16::MAX; count];
    let mut pos = 0;
    let mut i = 0u64;
    while pos < b.len() {
        i += varint(b, &mut pos)?;
        let to = i as i64 + unzigzag(varint(b, &mut pos)?);
        let to = u16::try_from(to).ok().filter(|&t| (t as usize) < count)?;
        *out.get_mut(usize::try_from(i).ok()?)? = to;
    }
    Some(out)
}

impl Table {
    fn name(&self, index: u16) -> Option<&'static str> {
        let i = index as usize;
        if i >= self.n {
            return None;
        }
        let at = *self.names.get(i)? as usize;
        let end = (*self.names.get(i + 1)? as usize).checked_sub(1)?;
        std::str::from_utf8(self.pool.get(at..end)?).ok()
    }

    /// The hits of a folded key: the alias table's, then the main table's not already listed.
    fn hits(&self, key: &str) -> Vec<Hit> {
        if key.is_empty() {
            return Vec::new();
        }
        let mut out = self.alias_hits(key);
        let from_aliases = out.len();
        self.main_hits(key, |index| {
            if !out[..from_aliases].iter().any(|h| h.index == index) {
                out.push(Hit {
                    index,
                    via: Via::Name,
                });
            }
        });
        out
    }

    fn main_hits(&self, key: &str, mut push: impl FnMut(u16)) {
        let Some(s) = slot(
            key,
            |b| self.main_disp.get(b).copied(),
            self.main.0,
            self.main.1,
            self.main.2,
        ) else {
            return;
        };
        let Some(first) = u16_at(self.main_slots, s) else {
            return;
        };
        if first == u16::MAX || !self.name(first).is_some_and(|n| folds_to(n, key)) {
            return;
        }
        let mut at = first;
        // The chain is acyclic by construction; the bound keeps a corrupt table harmless.
        for _ in 0..256 {
            push(at);
            match self.next.get(at as usize).copied() {
                Some(n) if n != u16::MAX && (n as usize) < self.n => at = n,
                _ => break,
            }
        }
    }

    fn alias_hits(&self, key: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        let Some(s) = slot(
            key,
            |b| u16_at(self.alias_disp, b),
            self.alias.0,
            self.alias.1,
            self.alias.2,
        ) else {
            return out;
        };
        let Some(off) = u32_at(self.alias_slots, s) else {
            return out;
        };
        if off == u32::MAX {
            return out;
        }
        let p = self.postings;
        let at = off as usize;
        let Some(&klen) = p.get(at) else { return out };
        let kend = at + 1 + klen as usize;
        if p.get(at + 1..kend) != Some(key.as_bytes()) {
            return out;
        }
        let Some(&count) = p.get(kend) else {
            return out;
        };
        let list = p.get(kend + 1..).unwrap_or(&[]);
        for i in 0..count as usize {
            let Some(e) = list.get(3 * i..3 * i + 3) else {
                break;
            };
            let via = match e[2] {
                0 => Via::Name,
                1 => Via::Alternate,
                _ => Via::Alias,
            };
            out.push(Hit {
                index: u16::from_le_bytes([e[0], e[1]]),
                via,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(name: &str) -> Entry {
        lookup(name).into_iter().next().expect(name)
    }

    #[test]
    fn table_loads() {
        // every city of 15,000 people or more
        assert!(len() > 34_000);
    }

    #[test]
    fn every_name_reads_from_the_pool() {
        let t = table().unwrap();
        assert!((0..t.n).all(|i| t.name(i as u16).is_some()));
        assert_eq!(t.name(t.n as u16), None);
        assert_eq!(offsets(b"a", 1), None);
        assert_eq!(offsets(b"a\nbc\n", 2), Some(vec![0, 2, 5]));
        assert_eq!(offsets(b"a\nbc\n", 3), None);
    }

    #[test]
    fn countries_and_their_short_forms_are_one_entry() {
        let us = first("United States");
        assert_eq!(us.kind, PlaceKind::Country);
        assert_eq!(us.country.as_deref(), Some("US"));
        assert_eq!(first("U.S.").id, us.id);
        assert_eq!(first("US").id, us.id);
        assert_eq!(first("Britain").country.as_deref(), Some("GB"));
        assert_eq!(first("the Netherlands").country.as_deref(), Some("NL"));
    }

    #[test]
    fn ambiguous_names_list_every_candidate_most_prominent_first() {
        let paris = lookup("Paris");
        assert!(paris.len() >= 2);
        assert_eq!(paris[0].country.as_deref(), Some("FR"));
        let georgia = lookup("Georgia");
        assert!(georgia.iter().any(|e| e.kind == PlaceKind::Country));
        assert!(georgia.iter().any(|e| e.kind == PlaceKind::Admin));
        let washington = lookup("Washington");
        assert!(washington
            .iter()
            .any(|e| e.country.as_deref() == Some("US")));
    }

    #[test]
    fn curated_regions_and_landmarks_are_found() {
        let nt = first("Northern Triangle");
        assert_eq!(nt.id, "newslens:northern-triangle");
        assert_eq!(nt.kind, PlaceKind::Region);
        assert_eq!(first("White House").kind, PlaceKind::Landmark);
        assert_eq!(first("Central America").kind, PlaceKind::Region);
    }

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("  Zürich\u{2019}s  Old   Town "), "zurich's old town");
        assert_eq!(first("zurich").id, first("Zürich").id);
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn ascii_words_fold_like_any_other() {
        for b in 0u8..128 {
            let c = b as char;
            let want = match c {
                '\t'..='\r' | ' ' => "a z".to_string(),
                '`' => "a'z".to_string(),
                _ => format!("a{}z", c.to_ascii_lowercase()),
            };
            assert_eq!(fold(&format!("A{c}Z")), want, "byte {b}");
            assert_eq!(fold(&format!("A{c}Zé")), format!("{want}e"), "byte {b}");
        }
    }

    #[test]
    fn english_alternates_find_local_names() {
        let hits = find("Mecca");
        let top = hits.first().expect("Mecca");
        assert_eq!(top.via, Via::Alternate);
        assert_eq!(entry(top.index).unwrap().country.as_deref(), Some("SA"));
        assert_eq!(find("U.S.")[0].via, Via::Alias);
        assert_eq!(find("Paris")[0].via, Via::Name);
    }

    #[test]
    fn unknown_names_find_nothing() {
        assert!(lookup("Qwertyuiop Land").is_empty());
        assert!(lookup("").is_empty());
        assert!(lookup("   ").is_empty());
    }

    #[test]
    fn coordinates_and_population_are_plausible() {
        let mx = first("Mexico City");
        assert_eq!(mx.country.as_deref(), Some("MX"));
        assert!((mx.lat.unwrap() - 19.4).abs() < 0.3 && (mx.lon.unwrap() + 99.1).abs() < 0.3);
        assert!(mx.population.unwrap() > 5_000_000);
        assert_eq!(decode_population(0), 0);
        assert_eq!(decode_population(1), 1);
        // 1.2^87 = 7.67 million, to two significant digits
        assert_eq!(decode_population(88), 7_700_000);
        assert_eq!(coordinate(97), 19.4);
        assert_eq!(coordinate(-496), -99.2);
    }
}
