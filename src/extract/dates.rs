//! Reading dates as pages write them: machine timestamps (`2021-05-07T15:32:00-04:00`), URL
//! paths (`/2015/03/18/`) and English prose ("May 7, 2021", "7 May 2021", "Sept. 3, 2019").
//! Hand-written scanners, linear in the input.

use crate::calendar;

/// A calendar date with the time and UTC offset the page gave, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub time: Option<String>,
    pub tz: Option<String>,
}

impl Stamp {
    pub fn date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 0000-03-01, for comparing two dates.
    pub fn day_number(&self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + self.day as i64
    }
}

/// Years a news page can plausibly carry; other four-digit numbers are not years.
fn plausible_year(y: i32) -> bool {
    (1990..=2100).contains(&y)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    plausible_year(y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

fn digits(b: &[u8], at: usize, n: usize) -> Option<u32> {
    let s = b.get(at..at + n)?;
    if !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0u32, |a, &c| a * 10 + (c - b'0') as u32))
}

/// An ISO 8601 / RFC 3339 style timestamp at the start of `s`: `2021-05-07`, `2021/05/07`,
/// `2021-05-07T19:32:00Z`, `2021-05-07 19:32:00.000+0200`, `20210507`.
pub fn parse_iso(s: &str) -> Option<Stamp> {
    let s = s.trim();
    let b = s.as_bytes();
    let year = digits(b, 0, 4)? as i32;
    let (month, day, mut i) = match b.get(4) {
        Some(&sep @ (b'-' | b'/' | b'.')) => {
            let m = digits(b, 5, 2)?;
            if b.get(7) != Some(&sep) {
                return None;
            }
            (m, digits(b, 8, 2)?, 10)
        }
        _ => (digits(b, 4, 2)?, digits(b, 6, 2)?, 8),
    };
    if !valid(year, month, day) || b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut stamp = Stamp {
        year,
        month,
        day,
        time: None,
        tz: None,
    };
    if matches!(b.get(i), Some(b'T' | b't' | b' ')) {
        if let (Some(h), Some(b':'), Some(mi)) =
            (digits(b, i + 1, 2), b.get(i + 3), digits(b, i + 4, 2))
        {
            if h < 24 && mi < 60 {
                i += 6;
                let mut time = format!("{h:02}:{mi:02}");
                if b.get(i) == Some(&b':') {
                    if let Some(sec) = digits(b, i + 1, 2) {
                        time.push_str(&format!(":{sec:02}"));
                        i += 3;
                    }
                }
                // fractions of a second
                if b.get(i) == Some(&b'.') {
                    i += 1;
                    while b.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
                stamp.time = Some(time);
                while b.get(i) == Some(&b' ') {
                    i += 1;
                }
                stamp.tz = match b.get(i) {
                    Some(b'Z' | b'z') => Some("Z".to_string()),
                    Some(&sign @ (b'+' | b'-')) => {
                        let oh = digits(b, i + 1, 2);
                        let om = if b.get(i + 3) == Some(&b':') {
                            digits(b, i + 4, 2)
                        } else {
                            digits(b, i + 3, 2).or(Some(0))
                        };
                        match (oh, om) {
                            (Some(oh), Some(om)) if oh <= 14 && om < 60 => {
                                Some(format!("{}{oh:02}:{om:02}", sign as char))
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
            }
        }
    }
    Some(stamp)
}

/// A date in a URL path: `/2015/03/18/`, `/2015-03-18-title`, `/20150318/`.
pub fn from_url(url: &str) -> Option<Stamp> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let path = match path.find("://") {
        Some(k) => path
            .get(k + 3..)
            .and_then(|p| p.find('/').and_then(|j| p.get(j..)))?,
        None => path,
    };
    let b = path.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c != b'/' && c != b'-' && c != b'_' {
            continue;
        }
        let at = i + 1;
        // The date must stand alone in the path: a number glued to letters is an id.
        let Some(y) = digits(b, at, 4) else { continue };
        let y = y as i32;
        if !plausible_year(y) {
            continue;
        }
        let sep = b.get(at + 4).copied();
        let (m, d, end) = match sep {
            Some(s @ (b'/' | b'-' | b'_')) => {
                let (Some(m), Some(s2)) = (digits(b, at + 5, 2), b.get(at + 7)) else {
                    continue;
                };
                if *s2 != s {
                    continue;
                }
                let Some(d) = digits(b, at + 8, 2) else {
                    continue;
                };
                (m, d, at + 10)
            }
            Some(c) if c.is_ascii_digit() => {
                let (Some(m), Some(d)) = (digits(b, at + 4, 2), digits(b, at + 6, 2)) else {
                    continue;
                };
                (m, d, at + 8)
            }
            _ => continue,
        };
        if b.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        if valid(y, m, d) {
            return Some(Stamp {
                year: y,
                month: m,
                day: d,
                time: None,
                tz: None,
            });
        }
    }
    None
}

/// The month a word names: "May", "Sept", "September", "Jan" (case-insensitive).
pub fn month_number(w: &str) -> Option<u32> {
    calendar::month_name(w).or_else(|| calendar::month_abbreviation(w))
}

/// Finds the first full date written in English prose: "May 7, 2021", "May 07, 2021 03:32 PM",
/// "7 May 2021", "Sept. 3, 2019", or an ISO date ("2021-05-07"). Returns the date and the byte
/// range it spans. Month names must be capitalised, so "may 7" in a sentence is not a date.
pub fn find_in_text(s: &str) -> Option<(Stamp, usize, usize)> {
    // Words: (start, end) byte ranges of alphanumeric runs.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() {
            let st = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            words.push((st, i));
        } else {
            i += 1;
        }
    }
    let word = |k: usize| words.get(k).and_then(|&(a, e)| s.get(a..e));
    let num = |k: usize| -> Option<u32> {
        let w = word(k)?;
        (w.len() <= 4 && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    // Between two words of a date only spaces, commas, periods and "of" may stand.
    let gap_ok = |k: usize| -> bool {
        match (words.get(k), words.get(k + 1)) {
            (Some(&(_, e)), Some(&(a, _))) => {
                let g = s.get(e..a).unwrap_or("x");
                !g.is_empty()
                    && g.len() <= 4
                    && g.chars().all(|c| matches!(c, ' ' | ',' | '.' | '\u{a0}'))
            }
            _ => false,
        }
    };
    for k in 0..words.len() {
        let Some(w) = word(k) else { continue };
        // ISO date in prose
        if w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()) {
            let (a, _) = words[k];
            if let Some(rest) = s.get(a..) {
                if rest.len() >= 10 && rest.as_bytes().get(4) == Some(&b'-') {
                    if let Some(st) = parse_iso(rest.get(..10).unwrap_or("")) {
                        return Some((st, a, a + 10));
                    }
                }
            }
        }
        let Some(m) = month_number(w) else { continue };
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        // Month Day, Year
        if gap_ok(k) {
            if let (Some(d), Some(y)) = (num(k + 1), num(k + 2)) {
                if gap_ok(k + 1) && valid(y as i32, m, d) {
                    let (a, _) = words[k];
                    let (_, e) = words[k + 2];
                    return Some((
                        Stamp {
                            year: y as i32,
                            month: m,
                            day: d,
                            time: None,
                            tz: None,
                        },
                        a,
                        e,
                    ));
                }
            }
        }
        // Day Month Year
        if k > 0 && gap_ok(k - 1) && gap_ok(k) {
            if let (Some(d), Some(y)) = (num(k - 1), num(k + 1)) {
                if valid(y as i32, m, d) {
                    let (a, _) = words[k - 1];
                    let (_, e) = words[k + 1];
                    return Some((
                        Stamp {
                            year: y as i32,
                            month: m,
                            day: d,
                            time: None,
                            tz: None,
                        },
                        a,
                        e,
                    ));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        let s = parse_iso("2021-05-07T19:32:00Z").unwrap();
        assert_eq!(
            (s.date(), s.time.as_deref(), s.tz.as_deref()),
            ("2021-05-07".into(), Some("19:32:00"), Some("Z"))
        );
        let s = parse_iso("2015-03-18 23:05:10.000-0400").unwrap();
        assert_eq!(
            (s.date(), s.tz.as_deref()),
            ("2015-03-18".into(), Some("-04:00"))
        );
        assert_eq!(parse_iso("20150318").unwrap().date(), "2015-03-18");
        assert!(parse_iso("2021-02-30").is_none());
        assert!(parse_iso("May 7").is_none());
        assert!(parse_iso("2021-05").is_none());
    }

    #[test]
    fn url_paths() {
        let d = |u: &str| from_url(u).map(|s| s.date());
        assert_eq!(
            d("https://x.com/news/2015/03/18/story.html"),
            Some("2015-03-18".into())
        );
        assert_eq!(
            d("https://x.com/2019-02-21-some-title"),
            Some("2019-02-21".into())
        );
        assert_eq!(d("https://x.com/a/20150318/b"), Some("2015-03-18".into()));
        assert_eq!(d("https://x.com/article/123456789"), None);
        assert_eq!(d("https://2015.com/x"), None);
    }

    #[test]
    fn prose_dates() {
        fn d(t: &str) -> Option<(String, &str)> {
            find_in_text(t).map(|(s, a, e)| (s.date(), &t[a..e]))
        }
        assert_eq!(
            d("in Washington, May 7, 2021."),
            Some(("2021-05-07".into(), "May 7, 2021"))
        );
        assert_eq!(
            d("Updated 7 May 2021 at noon"),
            Some(("2021-05-07".into(), "7 May 2021"))
        );
        assert_eq!(
            d("Sept. 3, 2019"),
            Some(("2019-09-03".into(), "Sept. 3, 2019"))
        );
        assert_eq!(d("you may 7 2021"), None);
        assert_eq!(d("March 2021"), None);
    }
}
