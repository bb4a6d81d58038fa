//! From what the words mean (`scan::Expr`) to a TIMEX3 value, against the anchor date (the
//! publication date) and the reference time (the last date the text mentioned).
//!
//! With no anchor at all, relative expressions keep their unknown parts as "X"
//! ("XXXX-WXX-3" for "Wednesday"), as TIMEX3 writes values it cannot fix.

use super::days;
use super::lexicon::Unit;
use super::scan::{Expr, Feast, YearSpec};
use super::tense::Tense;
use super::TimexType;
use std::collections::HashMap;

/// A resolved point on the calendar at its own granularity; the reference time is one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    Day(i64),
    Week(i32, u32),
    Month(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    Season(i32, &'static str),
    Year(i32),
}

impl Point {
    pub fn value(self) -> String {
        match self {
            Point::Day(d) => days::fmt_day(d),
            Point::Week(y, w) => format!("{}-W{w:02}", days::fmt_year(y)),
            Point::Month(y, m) => format!("{}-{m:02}", days::fmt_year(y)),
            Point::Quarter(y, q) => format!("{}-Q{q}", days::fmt_year(y)),
            Point::Half(y, h) => format!("{}-H{h}", days::fmt_year(y)),
            Point::Season(y, s) => format!("{}-{s}", days::fmt_year(y)),
            Point::Year(y) => days::fmt_year(y),
        }
    }

    /// The first day of the point, for ordering and for shifting.
    pub fn first_day(self) -> i64 {
        match self {
            Point::Day(d) => d,
            Point::Week(y, w) => {
                let jan4 = days::days_from_civil(y, 1, 4);
                jan4 - i64::from(days::weekday(jan4)) + 1 + 7 * (i64::from(w) - 1)
            }
            Point::Month(y, m) => days::days_from_civil(y, m, 1),
            Point::Quarter(y, q) => days::days_from_civil(y, 3 * q - 2, 1),
            Point::Half(y, h) => days::days_from_civil(y, 6 * h - 5, 1),
            Point::Season(y, s) => days::days_from_civil(y, season_start(s), 1),
            Point::Year(y) => days::days_from_civil(y, 1, 1),
        }
    }

    /// The same point `n` years away.
    fn years_later(self, n: i32) -> Point {
        match self {
            Point::Day(d) => {
                let (y, m, dd) = days::civil_from_days(d);
                let y2 = y + n;
                Point::Day(days::days_from_civil(y2, m, dd.min(days::month_len(y2, m))))
            }
            Point::Week(y, w) => Point::Week(y + n, w),
            Point::Month(y, m) => Point::Month(y + n, m),
            Point::Quarter(y, q) => Point::Quarter(y + n, q),
            Point::Half(y, h) => Point::Half(y + n, h),
            Point::Season(y, s) => Point::Season(y + n, s),
            Point::Year(y) => Point::Year(y + n),
        }
    }
}

/// The calendar quarter a three-month reporting period ending on `day` mostly covers: its
/// middle, six weeks back, decides ("ended July 31" is May to July, the second quarter).
pub fn quarter_ending(day: i64) -> Point {
    let (y, m, _) = days::civil_from_days(day - 45);
    Point::Quarter(y, days::quarter(m))
}

/// The year of the season instance meant: "this/the summer" is the one holding the anchor or
/// the nearest, "last fall" the one before the current, "next spring" the one after; by
/// TIMEX3 custom a winter belongs to the year it starts in (December).
fn season_year(anchor: i64, s: &str, year: YearSpec, shift: i32, tense: Tense) -> i32 {
    let ay = days::civil_from_days(anchor).0;
    let start = season_start(s);
    let span = |y: i32| {
        let first = days::days_from_civil(y, start, 1);
        let (ey, em) = days::add_months(y, start, 3);
        (first, days::days_from_civil(ey, em, 1))
    };
    // the instance holding the anchor or, failing that, the next one to start
    let current = (ay - 1..=ay + 1)
        .find(|&y| anchor < span(y).1)
        .unwrap_or(ay);
    let holds = anchor >= span(current).0;
    match (year, shift) {
        (YearSpec::Shift(n), _) => ay + n,
        // "last fall": by TIMEX3 custom the previous year's, as annotators wrote it
        (_, -1) => ay - 1,
        (_, 1) => {
            if holds {
                current + 1
            } else {
                current
            }
        }
        _ => match tense {
            _ if holds => current,
            Tense::Past => current - 1,
            Tense::Future => current,
            Tense::Unknown => {
                let prev_end = span(current - 1).1;
                let next_start = span(current).0;
                if anchor - prev_end < next_start - anchor {
                    current - 1
                } else {
                    current
                }
            }
        },
    }
}

fn season_start(s: &str) -> u32 {
    match s {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// The point holding `day` at the granularity of `unit`, shifted by `n` units.
pub(super) fn unit_point(day: i64, unit: Unit, n: i64) -> Option<Point> {
    let (y, m, _) = days::civil_from_days(day);
    Some(match unit {
        Unit::Day => Point::Day(day + n),
        Unit::Week | Unit::Weekend => {
            let (wy, w) = days::iso_week(day + 7 * n);
            Point::Week(wy, w)
        }
        Unit::Month => {
            let (y2, m2) = days::add_months(y, m, n);
            Point::Month(y2, m2)
        }
        Unit::Quarter => {
            let (y2, m2) = days::add_months(y, m, 3 * n);
            Point::Quarter(y2, days::quarter(m2))
        }
        Unit::Year => Point::Year(y + n as i32),
        Unit::Decade | Unit::Century | Unit::Millennium => {
            let years = match unit {
                Unit::Decade => 10,
                Unit::Century => 100,
                _ => 1000,
            };
            Point::Year(y + (n * years) as i32)
        }
        Unit::Second | Unit::Minute | Unit::Hour => Point::Day(day),
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub range_end: Option<String>,
    pub relative: bool,
    /// The calendar point, when the value is one (the timeline and the reference time use it).
    pub point: Option<Point>,
    /// A clock time that named no day: it takes the day of a date in the same sentence.
    pub needs_day: Option<(u32, u32)>,
}

/// The anchor (publication date) as a day number, and the reference time.
pub struct Context {
    pub anchor: Option<i64>,
    pub reference: Option<Point>,
    /// The latest complete quarter the text named: the period an earnings story reports on,
    /// which "the year-ago period" compares with even after a forecast ("through the third
    /// quarter of 1990") or a plain date moved the reference time.
    reported: Option<Point>,
    /// "For the nine months": a span from the start of the year is under discussion, and
    /// comparisons are between years until a quarter is named again.
    years_compared: bool,
    /// The reference time was named in a forecast ("will result in a fourth-quarter charge").
    forecast: bool,
    /// The last day the text named outright ("Friday", "Oct. 13", "yesterday"), which "the
    /// previous Friday" counts from: a part of a day ("overnight") moves the reference time
    /// but names no day to compare with.
    named_day: Option<i64>,
    /// A fiscal quarter the story reports ("the fiscal first quarter"): its number is what
    /// "the quarter ended Sept. 29" means, not the calendar quarter the date closes.
    fiscal: Option<Point>,
    /// Month-days without a year already read, with the year they were given: "the July 25
    /// call" named again is the same call, whatever the verb around it this time.
    days_seen: HashMap<(u32, u32), i32>,
    /// The last date stated with its year, given or chosen ("June 9, 2020", "Tour 2020
    /// dates:", "Feb. 7"), and the sentence it was in: a list of dates with no verb runs on
    /// from it.
    stated: Option<(Point, usize)>,
    /// The sentence being read.
    sentence: usize,
    /// A year the current sentence states outright ("before the 2012 election"), with its
    /// sentence and clause: a feast named after it in that clause is of that year.
    sentence_year: Option<(i32, usize, usize)>,
    /// The clause of the sentence being read (`tense::clauses`).
    clause: usize,
    /// A date came after the one that set the reference time without moving it ("in August
    /// ... 18 years ago - on the same day"): the reference is then no longer what "the same
    /// day" is a day of.
    passed_over: bool,
    /// A date of the current sentence that did not move the reference time ("a decade ago"),
    /// with its sentence: "two days later" in the same sentence counts from it, the latest
    /// date mentioned. Cleared when the reference time moves.
    sentence_point: Option<(Point, usize)>,
    /// A date of the text has moved the reference time: until one has, "that day" points at
    /// a day the story has not told, not at the anchor.
    told: bool,
    /// The last bare month read (its year as chosen, its month) and its sentence: a list
    /// of months runs on from it.
    listed_month: Option<(i32, u32, usize)>,
}

/// How many sentences a stated date carries a list of bare dates after it.
const LIST_REACH: usize = 3;
/// How far ahead of the stated date (days) a bare date may fall and still continue its list.
const LIST_SPAN: i64 = 150;
/// How many months after a stated month a bare month may fall and still continue its story.
const MONTH_SPAN: i32 = 3;
/// Days around the anchor within which a bare month-day is the nearest one, list or not.
const NEAR: i64 = 30;

impl Context {
    pub fn new(anchor: Option<i64>) -> Self {
        Context {
            anchor,
            reference: anchor.map(Point::Day),
            reported: None,
            years_compared: false,
            forecast: false,
            named_day: None,
            fiscal: None,
            days_seen: HashMap::new(),
            stated: None,
            sentence: 0,
            sentence_year: None,
            clause: 0,
            passed_over: false,
            told: false,
            sentence_point: None,
            listed_month: None,
        }
    }

    /// A year heads a list ("Tour 2020 dates:"): the bare dates of the next sentence are of it.
    pub fn state_heading_year(&mut self, y: i32) {
        self.stated = Some((Point::Year(y), self.sentence));
    }

    /// Starts sentence `i` of the text.
    pub fn sentence(&mut self, i: usize) {
        self.sentence = i;
        self.clause = 0;
    }

    /// The expression read next is in clause `c` of the sentence.
    pub fn clause(&mut self, c: usize) {
        self.clause = c;
    }

    /// A numbered quarter was named; `fiscal` when the words said so ("fiscal first
    /// quarter"). A fiscal quarter reported becomes the reported period even when an earlier
    /// story of the same text reported a later calendar quarter; any other numbered quarter
    /// ends the fiscal reading.
    pub fn note_numbered_quarter(&mut self, p: Option<Point>, fiscal: bool, tense: Tense) {
        self.fiscal = None;
        let Some(p @ Point::Quarter(..)) = p else {
            return;
        };
        if fiscal && tense != Tense::Future && self.anchor.is_some_and(|a| p.first_day() <= a) {
            self.fiscal = Some(p);
            self.reported = Some(p);
        }
    }

    /// The fiscal quarter "the quarter ended `day`" is, when a reported fiscal quarter was
    /// named and `day` closes a recent period (within four months before publication).
    pub fn fiscal_quarter_ending(&self, day: i64) -> Option<Point> {
        let a = self.anchor?;
        (day <= a + 7 && a - day <= 120).then_some(self.fiscal?)
    }

    /// Makes `p` the period under discussion ("the quarter ended July 31").
    pub fn set_period(&mut self, p: Point) {
        self.reference = Some(p);
        self.told = true;
        self.sentence_point = None;
        self.note_reported(p);
    }

    fn note_reported(&mut self, p: Point) {
        if let (Point::Quarter(y, q), Some(a)) = (p, self.anchor) {
            let (ny, nm) = days::add_months(y, 3 * q - 2, 3);
            // the latest such quarter: "the 1988 period" is a comparison, not the report
            let later = self.reported.is_none_or(|r| p.first_day() > r.first_day());
            if days::days_from_civil(ny, nm, 1) <= a + 1 && later {
                self.reported = Some(p);
            }
        }
    }

    /// The period a comparison ("the year-ago period", "the 1988 quarter") is about: the
    /// reference time when it is a quarter already begun, else the latest complete quarter
    /// named, else the reference time as it is. A year as reference stays for "the
    /// year-earlier period" (`keep_year`: "Last year ... The year-earlier results"), and
    /// after "for the nine months" for "the 1988 period" too.
    fn reporting_period(&self, keep_year: bool) -> Option<Point> {
        let r = self.period_reference();
        let over = |p: Point| match (p, self.anchor) {
            (Point::Quarter(..), Some(a)) => p.first_day() <= a,
            _ => true,
        };
        // A quarter named in passing before the reported one ("after a flat second
        // quarter") is not what the comparisons are with.
        let before_reported =
            |q: Point| self.reported.is_some_and(|r| r.first_day() > q.first_day());
        match r {
            Some(q @ Point::Quarter(..)) if over(q) && !before_reported(q) => Some(q),
            Some(Point::Year(_)) if keep_year || self.years_compared => r,
            Some(Point::Quarter(..) | Point::Day(_) | Point::Month(..) | Point::Year(_)) | None => {
                self.reported.or(r)
            }
            // a half, a season, a week: periods of their own
            r => r,
        }
    }

    /// The reference time as a reporting period: "the quarter ended Sept. 30" makes the last
    /// day of a quarter stand for the quarter, which "a year ago" and "the year-earlier
    /// period" then compare with.
    fn period_reference(&self) -> Option<Point> {
        match self.reference {
            Some(Point::Day(d)) => {
                let (y, m, dd) = days::civil_from_days(d);
                let quarter_end = m % 3 == 0 && dd == days::month_len(y, m);
                Some(if quarter_end {
                    Point::Quarter(y, days::quarter(m))
                } else {
                    Point::Day(d)
                })
            }
            r => r,
        }
    }

    /// The value of `e` without moving the reference time.
    pub fn peek(&self, e: &Expr, tense: Tense) -> Resolved {
        self.value(e, tense)
    }

    pub fn resolve(&mut self, e: &Expr, tense: Tense) -> Resolved {
        let r = self.value(e, tense);
        // Dates the text states move the reference time; counts back from it do not, so
        // "the third quarter ... a year earlier ... the year-ago period" keep the quarter.
        let moves = matches!(
            e,
            Expr::Cal { .. }
                | Expr::Years { .. }
                | Expr::Weekday { .. }
                | Expr::Days(_)
                | Expr::Quarter { .. }
                | Expr::Half { .. }
                | Expr::Feast { .. }
                | Expr::Part { .. }
                | Expr::WeekOf(_)
                | Expr::Time { day: Some(_), .. }
        ) || matches!(e, Expr::Shift { unit, .. } if *unit != Unit::Decade);
        if let (
            Expr::Weekday { .. } | Expr::Days(_) | Expr::Cal { day: Some(_), .. },
            Some(Point::Day(d)),
        ) = (e, r.point)
        {
            self.named_day = Some(d);
        }
        if let Expr::Cal {
            year: YearSpec::Given(y),
            month: None,
            ..
        } = e
        {
            self.sentence_year = Some((*y, self.sentence, self.clause));
        }
        if let Expr::Cal {
            year, month, day, ..
        } = e
        {
            match (r.point, month, day, year) {
                // only a year chosen here: after "Sept. 11, 2001", a bare "Sept. 11" may
                // well be this year's anniversary
                (Some(Point::Day(d)), Some(m), Some(dd), YearSpec::Infer) => {
                    self.days_seen
                        .entry((*m, *dd))
                        .or_insert(days::civil_from_days(d).0);
                }
                (Some(p @ Point::Month(..)), _, _, YearSpec::Given(_)) => {
                    self.stated = Some((p, self.sentence));
                }
                _ => {}
            }
        }
        if let (
            Expr::Cal {
                year: YearSpec::Infer,
                month: Some(_),
                day: None,
                ..
            },
            Some(Point::Month(y, m)),
        ) = (e, r.point)
        {
            self.listed_month = Some((y, m, self.sentence));
        }
        if let (Expr::Weekday { .. } | Expr::Days(_) | Expr::Cal { .. }, Some(p @ Point::Day(_))) =
            (e, r.point)
        {
            self.stated = Some((p, self.sentence));
        }
        if !moves && r.point.is_some() && !matches!(e, Expr::RefShift { .. }) {
            self.passed_over = true;
        }
        if let (false, Some(p)) = (moves, r.point) {
            if !matches!(e, Expr::Time { day: None, .. }) {
                self.sentence_point = Some((p, self.sentence));
            }
        }
        if moves {
            if let Some(p) = r.point {
                self.passed_over = false;
                self.sentence_point = None;
                self.reference = Some(p);
                self.told = true;
                self.forecast = tense == Tense::Future;
                self.note_reported(p);
                if matches!(p, Point::Quarter(..)) {
                    self.years_compared = false;
                }
            }
        }
        // "For the nine months, ... compared with $48.7 million a year earlier": a reporting
        // period of several months runs from the start of the year, so what follows compares
        // years, not quarters.
        if matches!(e, Expr::Duration(v) if v == "P9M" || v == "P6M") {
            let y = match self.reference {
                Some(p) => Some(days::civil_from_days(p.first_day()).0),
                None => self.anchor.map(|a| days::civil_from_days(a).0),
            };
            if let Some(y) = y {
                self.sentence_point = None;
                self.reference = Some(Point::Year(y));
                self.years_compared = true;
                self.told = true;
            }
        }
        r
    }

    fn value(&self, e: &Expr, tense: Tense) -> Resolved {
        let date = |p: Option<Point>, relative: bool, unknown: &str| Resolved {
            kind: TimexType::Date,
            value: p.map_or_else(|| unknown.to_string(), |p| p.value()),
            range_end: None,
            relative,
            point: p,
            needs_day: None,
        };
        let a = self.anchor;
        match e {
            Expr::Cal {
                year,
                month,
                day,
                day_end,
            } => self.calendar(*year, *month, *day, *day_end, tense),
            Expr::Weekday { wd, shift } => {
                // ±2: "the previous Friday" is the one before the day under discussion.
                let from = match (self.named_day, self.reference) {
                    (Some(x), _) | (None, Some(Point::Day(x))) if shift.abs() == 2 => Some(x),
                    _ => a,
                };
                let p = from.map(|a| Point::Day(place_weekday(a, *wd, *shift, tense)));
                date(p, true, &format!("XXXX-WXX-{wd}"))
            }
            Expr::Days(n) => date(a.map(|a| Point::Day(a + n)), true, "XXXX-XX-XX"),
            Expr::Shift { unit, n } => {
                if *unit == Unit::Weekend {
                    let p = a.map(|a| weekend(a, *n, tense));
                    let mut r = date(p, true, "XXXX-WXX-WE");
                    if let Some(v) = p.map(|p| p.value()) {
                        r.value = format!("{v}-WE");
                    }
                    return r;
                }
                if *unit == Unit::Decade {
                    let p = a.map(|a| days::civil_from_days(a).0 / 10 + *n as i32);
                    let value = p.map_or("XXX".into(), |d| format!("{d}"));
                    return span_of_years(p, value, true, 10);
                }
                if *unit == Unit::Century {
                    // "this century" is the century itself, by the digits its years share
                    // ("19" for 1999), as "the 20th century" is.
                    let c = a.map(|a| days::civil_from_days(a).0.div_euclid(100) + *n as i32);
                    let value = c.map_or("XX".into(), |c| format!("{c:02}"));
                    return span_of_years(c, value, true, 100);
                }
                let p = a.and_then(|a| unit_point(a, *unit, *n));
                date(p, true, &unknown_of(*unit))
            }
            Expr::RefShift { unit, n } => {
                // "the same day" after "in August", "the same week" after "this year": a day
                // of a month under discussion is no day in particular, and its first day
                // would be a made-up date.
                let coarser = self
                    .reference
                    .is_some_and(|r| point_rank(r) > unit_rank(*unit));
                // "Since that day he has never forgotten", with no day told before it: the day
                // meant is one the story has not dated, not the publication day.
                let untold = !self.told && *n == 0;
                let base = self.reference.map(Point::first_day).or(a);
                let p = base
                    .filter(|_| !coarser && !untold)
                    .and_then(|b| unit_point(b, *unit, *n));
                // "that same day" after "last October": a day of that month, "1998-10-XX",
                // as TIMEX3 writes what is known of it.
                let unknown = match self.reference {
                    Some(r) if coarser && *n == 0 && !self.passed_over => within(r, *unit),
                    _ => None,
                };
                date(p, true, &unknown.unwrap_or_else(|| unknown_of(*unit)))
            }
            Expr::Ago { unit, n, sign } => match n {
                None => ref_value(if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" }),
                Some(n) => {
                    let p = match (self.period_reference(), unit) {
                        // "a year ago" in a story about a quarter: the same quarter a year back.
                        (Some(r @ Point::Quarter(..)), Unit::Year) => {
                            Some(r.years_later(-(*n as i32)))
                        }
                        _ => a.and_then(|a| unit_point(a, *unit, sign * n)),
                    };
                    date(p, true, &unknown_of(*unit))
                }
            },
            Expr::Offset { unit, n, sign } => match n {
                None => ref_value(if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" }),
                Some(n) => {
                    // "a year earlier" compares with the period under discussion; "later"
                    // follows the latest date told, even one of its own sentence that did
                    // not move the reference ("A decade ago it closed; a year later ...").
                    let base = match self.sentence_point {
                        Some((p, s)) if *sign > 0 && s == self.sentence => Some(p),
                        _ => self.period_reference(),
                    };
                    // Days or weeks from a month, a quarter or a year are no day in
                    // particular: "A decade ago it closed; two days later it reopened" does
                    // not happen on January 3.
                    let coarser = base.is_some_and(|r| point_rank(r) > unit_rank(*unit));
                    let p = match (base, unit) {
                        (Some(r), Unit::Year) => Some(r.years_later((sign * n) as i32)),
                        _ if coarser => None,
                        (Some(Point::Day(d)), u) => unit_point(d, *u, sign * n),
                        (Some(r), u) => unit_point(r.first_day(), *u, sign * n),
                        (None, u) => a.and_then(|a| unit_point(a, *u, sign * n)),
                    };
                    date(p, true, &unknown_of(*unit))
                }
            },
            Expr::Later { unit, n, dur } => {
                let offset = |unit, n| Expr::Offset { unit, n, sign: 1 };
                // "Two weeks later" after a stated day is a day too, fourteen on; only after
                // a week or vaguer is it a week.
                let as_days = match (unit, n) {
                    (Unit::Week, Some(n)) => self
                        .value(&offset(Unit::Day, Some(7 * n)), tense)
                        .point
                        .filter(|p| matches!(p, Point::Day(_))),
                    _ => None,
                };
                let mut at = self.value(&offset(*unit, *n), tense);
                if as_days.is_some() {
                    at.point = as_days;
                }
                Resolved {
                    kind: TimexType::Duration,
                    value: dur.clone(),
                    range_end: None,
                    relative: true,
                    point: at.point,
                    needs_day: None,
                }
            }
            Expr::UnitAtHand(unit) => {
                // A past clause tells of the day the story is at ("closed on March 3; by the
                // end of the month workers were back"); a plan or a present state counts
                // from the anchor ("aims to finish by the end of the month").
                let told_day = match self.reference {
                    Some(Point::Day(d)) if self.told && tense == Tense::Past => Some(d),
                    _ => None,
                };
                let p = told_day.or(a).and_then(|b| unit_point(b, *unit, 0));
                date(p, true, &unknown_of(*unit))
            }
            Expr::YearAgoPeriod => {
                // "the year-earlier period" compares with the period under discussion; a
                // bare year mentioned earlier ("in 1988") is not that period, the current
                // year is.
                let ay = a.map(|a| days::civil_from_days(a).0);
                let base = match (self.reporting_period(true), ay) {
                    (Some(Point::Year(y)), Some(ay)) if y < ay => Some(Point::Year(ay)),
                    (r, _) => r,
                };
                let p = base.map(|r| r.years_later(-1));
                date(p, true, "XXXX")
            }
            Expr::Season { s, year, shift } => {
                let p = match year {
                    YearSpec::Given(y) => Some(Point::Season(*y, s)),
                    // "in winter" said of what happens every winter: no year at all
                    YearSpec::Bare if tense == Tense::Unknown => None,
                    _ => a.map(|a| Point::Season(season_year(a, s, *year, *shift, tense), s)),
                };
                date(p, anchored_year(*year), &format!("XXXX-{s}"))
            }
            Expr::Quarter { q, year } => {
                let p = self.quarter(*q, *year, tense);
                date(
                    p,
                    anchored_year(*year),
                    &format!("XXXX-Q{}", q.map_or("X".into(), |q| q.to_string())),
                )
            }
            Expr::Half { h, year } => {
                let p = self
                    .year_of(*year, tense, |am| (*h == 1 || am > 6, *h == 2 || am <= 6))
                    .map(|y| Point::Half(y, *h));
                date(p, anchored_year(*year), &format!("XXXX-H{h}"))
            }
            Expr::Years { from, to } => Resolved {
                kind: TimexType::Date,
                value: days::fmt_year(*from),
                range_end: Some(days::fmt_year(*to)),
                relative: false,
                point: Some(Point::Year(*from)),
                needs_day: None,
            },
            Expr::Decade(d) => span_of_years(Some(*d), format!("{d}X"), false, 10),
            Expr::Century(c) => span_of_years(Some(*c), format!("{c:02}"), false, 100),
            Expr::Feast {
                feast,
                year,
                offset,
            } => {
                let p = self
                    .feast(*feast, *year, tense)
                    .map(|d| Point::Day(d + offset));
                date(p, anchored_year(*year), "XXXX-XX-XX")
            }
            Expr::Ref(r) => ref_value(r),
            Expr::Duration(v) => Resolved {
                kind: TimexType::Duration,
                value: v.clone(),
                range_end: None,
                relative: false,
                point: None,
                needs_day: None,
            },
            Expr::Set(v) => Resolved {
                kind: TimexType::Set,
                value: v.clone(),
                range_end: None,
                relative: false,
                point: None,
                needs_day: None,
            },
            Expr::Time { h, m, day, .. } => {
                let d = day.as_ref().map(|d| self.value(d, tense));
                let base = d.as_ref().and_then(|d| d.point);
                let relative = d.as_ref().is_none_or(|d| d.relative);
                let day_value = match base {
                    Some(Point::Day(x)) => Some(days::fmt_day(x)),
                    _ => None,
                };
                let needs_day = day_value.is_none().then_some((*h, *m));
                // A bare clock time happens on the day under discussion: "was shot at 10
                // p.m." after "on Oct. 23" is that evening, not the publication day's.
                let on_day = match self.reference {
                    Some(Point::Day(x)) => Some(x),
                    _ => a,
                };
                let day_value = day_value
                    .or_else(|| on_day.map(days::fmt_day))
                    .unwrap_or_else(|| "XXXX-XX-XX".into());
                Resolved {
                    kind: TimexType::Time,
                    value: format!("{day_value}T{h:02}:{m:02}"),
                    range_end: None,
                    relative,
                    point: base.or(on_day.map(Point::Day)),
                    needs_day,
                }
            }
            Expr::WeekOf(day) => {
                let d = self.value(day, tense);
                let p = match d.point {
                    Some(Point::Day(x)) => {
                        let (y, w) = days::iso_week(x);
                        Some(Point::Week(y, w))
                    }
                    _ => None,
                };
                date(p, d.relative, "XXXX-WXX")
            }
            Expr::Part { day, part } => {
                // "in the morning" is of the day under discussion, or of the anchor's when
                // no day is (a month or a year is no day to hang it on).
                // "the following morning" (a day on from the one under discussion) is no
                // day of the anchor's when only a month was told: it stays unknown.
                let on_reference = matches!(**day, Expr::RefShift { n: 0, .. });
                let d = match self.reference {
                    // "by mid afternoon" with no day told yet is the anchor's
                    Some(_) if on_reference && !self.told => self.value(&Expr::Days(0), tense),
                    Some(Point::Day(_)) | None => self.value(day, tense),
                    Some(_) if on_reference => self.value(&Expr::Days(0), tense),
                    Some(_) => self.value(day, tense),
                };
                let kind = if matches!(**day, Expr::Days(_) | Expr::RefShift { .. }) {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                Resolved {
                    kind,
                    value: format!("{}T{part}", d.value),
                    range_end: None,
                    relative: d.relative,
                    point: d.point,
                    needs_day: None,
                }
            }
        }
    }

    fn calendar(
        &self,
        year: YearSpec,
        month: Option<u32>,
        day: Option<u32>,
        day_end: Option<u32>,
        tense: Tense,
    ) -> Resolved {
        let relative = anchored_year(year);
        let y = match (month, day) {
            (Some(m), Some(d)) => self.year_of_day(year, m, d, tense),
            (Some(m), None) => self.year_of_month(year, m, tense),
            _ => self.year_of(year, tense, |_| (true, true)),
        };
        let point = y.and_then(|y| match (month, day) {
            (Some(m), Some(d)) => {
                days::valid(y, m, d).then(|| Point::Day(days::days_from_civil(y, m, d)))
            }
            (Some(m), None) => Some(Point::Month(y, m)),
            _ => Some(Point::Year(y)),
        });
        let unknown = match (month, day) {
            (Some(m), Some(d)) => format!("XXXX-{m:02}-{d:02}"),
            (Some(m), None) => format!("XXXX-{m:02}"),
            _ => "XXXX".into(),
        };
        let range_end = match (point, day_end) {
            (Some(Point::Day(first)), Some(e)) => {
                let (y, m, d) = days::civil_from_days(first);
                days::valid(y, m, e).then(|| days::fmt_day(first + i64::from(e) - i64::from(d)))
            }
            _ => None,
        };
        Resolved {
            kind: TimexType::Date,
            value: point.map_or(unknown, |p| p.value()),
            range_end,
            relative,
            point,
            needs_day: None,
        }
    }

    /// The year of a bare year spec; `fits(anchor_month)` says whether the anchor's own year is
    /// possible looking back (.0) and looking forward (.1).
    fn year_of(
        &self,
        year: YearSpec,
        tense: Tense,
        fits: impl Fn(u32) -> (bool, bool),
    ) -> Option<i32> {
        if let YearSpec::Given(y) = year {
            return Some(y);
        }
        let (ay, am, _) = days::civil_from_days(self.anchor?);
        Some(match year {
            YearSpec::Shift(n) => ay + n,
            YearSpec::Last | YearSpec::Past => ay - 1,
            YearSpec::Next => ay + 1,
            _ => {
                let (back, fwd) = fits(am);
                match tense {
                    Tense::Past if !back => ay - 1,
                    Tense::Future if !fwd => ay + 1,
                    _ => ay,
                }
            }
        })
    }

    fn year_of_month(&self, year: YearSpec, m: u32, tense: Tense) -> Option<i32> {
        match year {
            YearSpec::Given(y) => return Some(y),
            // a month of every year ("usually flowers in March"): none to find
            YearSpec::Bare => return None,
            _ => {}
        }
        let (ay, am, _) = days::civil_from_days(self.anchor?);
        Some(match year {
            YearSpec::Shift(n) => ay + n,
            // "last May" in October is this year's May; "last February" in March is a year
            // back, since the month just gone would be "last month".
            YearSpec::Past => {
                if m < am {
                    ay
                } else {
                    ay - 1
                }
            }
            YearSpec::Last => {
                if m + 2 <= am {
                    ay
                } else {
                    ay - 1
                }
            }
            YearSpec::Next => {
                if m >= am + 2 {
                    ay
                } else {
                    ay + 1
                }
            }
            // A bare month is about the nearest one, with a lean to the past since news looks
            // back more than ahead: up to four months ahead or seven back is this year's.
            // The tense proved a worse guide, as news reports coming months in the past tense.
            // Only a far jump across the year end needs the tense to agree: "stepped down in
            // March" said in November is this year's March, "will open in June" said in
            // January this year's June.
            _ => {
                let diff = m as i32 - am as i32;
                let nearest = match (diff, tense) {
                    (d, Tense::Future) if d > 4 => ay,
                    (d, Tense::Past) if d < -7 => ay,
                    (d, _) if d > 4 => ay - 1,
                    (d, _) if d < -7 => ay + 1,
                    _ => ay,
                };
                self.continued_month(m, tense)
                    .or_else(|| self.next_in_list(m, tense))
                    .unwrap_or(nearest)
            }
        })
    }

    fn year_of_day(&self, year: YearSpec, m: u32, d: u32, tense: Tense) -> Option<i32> {
        if let YearSpec::Given(y) = year {
            return Some(y);
        }
        let a = self.anchor?;
        let (ay, _, _) = days::civil_from_days(a);
        let this = days::days_from_civil(ay, m, d.min(days::month_len(ay, m)));
        Some(match year {
            YearSpec::Shift(n) => ay + n,
            YearSpec::Last | YearSpec::Past => {
                if this < a {
                    ay
                } else {
                    ay - 1
                }
            }
            YearSpec::Next => {
                if this > a {
                    ay
                } else {
                    ay + 1
                }
            }
            _ if self.days_seen.contains_key(&(m, d)) => self.days_seen[&(m, d)],
            // A month and day is the nearest such day, leaning to the past as bare months
            // do (a day ahead weighs 1.4 days back); the verb's tense proved a worse guide,
            // since news reports coming dates in the past tense ("said the meeting is set
            // for Nov. 21").
            // As for bare months, a clear tense vetoes only a far jump: "the year ended March
            // 31" said in November is the March before, not the one ahead.
            _ => {
                let before = days::days_from_civil(ay - 1, m, d.min(days::month_len(ay - 1, m)));
                let after = days::days_from_civil(ay + 1, m, d.min(days::month_len(ay + 1, m)));
                let weight = |day: i64| {
                    if day >= a {
                        (day - a) * 7
                    } else {
                        (a - day) * 5
                    }
                };
                const FAR: i64 = 60;
                let nearest = [(this, ay), (before, ay - 1), (after, ay + 1)]
                    .into_iter()
                    .filter(|(day, _)| match tense {
                        Tense::Past => *day <= a + FAR,
                        Tense::Future => *day >= a - FAR,
                        Tense::Unknown => true,
                    })
                    .min_by_key(|(day, y)| (weight(*day), (*y != ay) as u8))
                    .unwrap_or((this, ay));
                // A date with no verb in a list runs on from the date stated before it
                // ("Tour 2020 dates: ... June 9 -- ..."), unless it is the one a month
                // around publication, which a story names most.
                match self.continued_year(m, d) {
                    Some(y) if tense == Tense::Unknown && (nearest.0 - a).abs() > NEAR => y,
                    _ => nearest.1,
                }
            }
        })
    }

    /// The year a bare month-day with no verb takes when it continues a list after a date
    /// stated just before: the tour dates after "Tour 2020 dates:" or after "kicks off June
    /// 9, 2020" run on in that year, or into the next when the list crosses the year end.
    fn continued_year(&self, m: u32, d: u32) -> Option<i32> {
        let (p, at) = self.stated?;
        if self.sentence.saturating_sub(at) > LIST_REACH {
            return None;
        }
        let from = match p {
            // a year reaches only the sentence after it: "1978's album" is no heading
            Point::Year(y) => return (self.sentence.saturating_sub(at) <= 1).then_some(y),
            p => p.first_day(),
        };
        // Only a date to come starts a list (a tour, a schedule): a day of the week of
        // publication does not ("Trump's July 25 call" after "on Tuesday" is the July
        // before), nor a day gone, after which a present "takes effect March 1" may well
        // be the coming one.
        if self.anchor.is_none_or(|a| from - a <= NEAR) {
            return None;
        }
        let fy = days::civil_from_days(from).0;
        [fy, fy + 1].into_iter().find(|&y| {
            let c = days::days_from_civil(y, m, d.min(days::month_len(y, m)));
            // the stated day again is no next item of a list
            c > from && c - from <= LIST_SPAN
        })
    }

    /// The year of a bare month in a story told from a date stated just before, away from
    /// publication: "in November 2016 ... by December, they worsened" is the December after,
    /// not the one of publication. The tense must allow it: a month to come is not of a
    /// story told in the past.
    fn continued_month(&self, m: u32, tense: Tense) -> Option<i32> {
        let (p, at) = self.stated?;
        let a = self.anchor?;
        if self.sentence.saturating_sub(at) > LIST_REACH || matches!(p, Point::Year(_)) {
            return None;
        }
        let from = p.first_day();
        if (from - a).abs() <= NEAR {
            return None;
        }
        let (fy, fm, _) = days::civil_from_days(from);
        let y = if m >= fm { fy } else { fy + 1 };
        // at most a quarter on from the stated date: further on, the story may well have
        // moved to another year ("fled in June 1998 and returned later that year ... to make
        // the late-November trip" is the November a year on)
        if (y - fy) * 12 + m as i32 - fm as i32 > MONTH_SPAN {
            return None;
        }
        let first = days::days_from_civil(y, m, 1);
        let last = first + i64::from(days::month_len(y, m)) - 1;
        match tense {
            Tense::Future if last < a => None,
            Tense::Past if first > a => None,
            _ => Some(y),
        }
    }

    /// The year of a bare month that follows another in the same sentence, a few months on:
    /// a tour "in Spain in October, Chile in December, Peru in February and Texas in May"
    /// runs on in order, though May alone (said in November) would be the nearest one, six
    /// months back. Only where no tense says otherwise.
    fn next_in_list(&self, m: u32, tense: Tense) -> Option<i32> {
        let (y0, m0, at) = self.listed_month?;
        if at != self.sentence || tense != Tense::Unknown {
            return None;
        }
        let y = if m >= m0 { y0 } else { y0 + 1 };
        let gap = (y - y0) * 12 + m as i32 - m0 as i32;
        (gap <= MONTH_SPAN).then_some(y)
    }

    fn quarter(&self, q: Option<u32>, year: YearSpec, tense: Tense) -> Option<Point> {
        match q {
            Some(q) => {
                // Quarters are mostly reported once over: a quarter later in the year than
                // the anchor's is last year's, whatever the tense ("expects third-quarter
                // earnings" in November is about the quarter just ended).
                let _ = tense;
                let y = self.year_of(year, Tense::Past, |am| (q <= days::quarter(am), true))?;
                Some(Point::Quarter(y, q))
            }
            None => {
                // "the quarter": the one under discussion, else the last complete one.
                let from_ref = match self.reporting_period(false) {
                    Some(Point::Quarter(ry, rq)) => Some((ry, rq)),
                    _ => None,
                };
                let last_complete = || {
                    let (ay, am, _) = days::civil_from_days(self.anchor?);
                    let (y, m) = days::add_months(ay, am, -3);
                    Some(Point::Quarter(y, days::quarter(m)))
                };
                match (year, from_ref) {
                    // "the latest quarter": reported, so over; a quarter a forecast named
                    // ("will result in a fourth-quarter charge") is not it unless over. A
                    // fiscal quarter reported ("reported fourth-quarter earnings") is.
                    (YearSpec::Past, r) => {
                        let over = |y: i32, q: u32| {
                            let (ny, nm) = days::add_months(y, 3 * q - 2, 3);
                            self.anchor
                                .is_some_and(|a| days::days_from_civil(ny, nm, 1) <= a + 1)
                        };
                        match r {
                            Some((ry, rq)) if over(ry, rq) || !self.forecast => {
                                Some(Point::Quarter(ry, rq))
                            }
                            _ => self.reported.or_else(last_complete),
                        }
                    }
                    // "last year's quarter": the quarter under discussion, in the year named
                    (YearSpec::Shift(n), r) => {
                        let ay = days::civil_from_days(self.anchor?).0;
                        let rq = r.map(|(_, rq)| rq).or(match self.reported {
                            Some(Point::Quarter(_, q)) => Some(q),
                            _ => None,
                        });
                        rq.map(|q| Point::Quarter(ay + n, q))
                    }
                    (YearSpec::Given(y), Some((_, rq))) => Some(Point::Quarter(y, rq)),
                    (YearSpec::Given(y), None) => Some(Point::Year(y)),
                    (_, Some((ry, rq))) => Some(Point::Quarter(ry, rq)),
                    (_, None) => last_complete(),
                }
            }
        }
    }

    fn feast(&self, feast: Feast, year: YearSpec, tense: Tense) -> Option<i64> {
        let on = |y: i32| -> Option<i64> {
            Some(match feast {
                Feast::Fixed(m, d) => days::days_from_civil(y, m, d),
                Feast::Easter(off) => days::easter(y) + off,
                Feast::Nth { month, wd, n } => days::nth_weekday(y, month, wd, n),
                Feast::Election => days::nth_weekday(y, 11, 1, 1) + 1,
                Feast::AfterThanksgiving(off) => days::nth_weekday(y, 11, 4, 4) + off,
            })
        };
        if let YearSpec::Given(y) = year {
            return on(y);
        }
        if let (YearSpec::Infer, Some((y, at, clause))) = (year, self.sentence_year) {
            if at == self.sentence && clause == self.clause {
                return on(y);
            }
        }
        let a = self.anchor?;
        let ay = days::civil_from_days(a).0;
        let (before, after) = {
            let this = on(ay)?;
            if this <= a {
                (this, if this == a { this } else { on(ay + 1)? })
            } else {
                (on(ay - 1)?, this)
            }
        };
        Some(match (year, tense) {
            (YearSpec::Shift(n), _) => on(ay + n)?,
            (YearSpec::Last | YearSpec::Past, _) => {
                if before < a {
                    before
                } else {
                    on(ay - 1)?
                }
            }
            (YearSpec::Next, _) => {
                if after > a {
                    after
                } else {
                    on(ay + 1)?
                }
            }
            // A feast weeks ahead is the coming one even in the past tense, as news of its
            // run-up is reported ("Walmart's Black Friday ad went up last night").
            (_, Tense::Past) if after - a <= FEAST_RUN_UP => after,
            (_, Tense::Past) => before,
            (_, Tense::Future) => after,
            _ => {
                if a - before <= after - a {
                    before
                } else {
                    after
                }
            }
        })
    }
}

/// Days before a feast in which its name alone is the coming one, whatever the tense.
const FEAST_RUN_UP: i64 = 21;

/// Whether a year spec counts from the anchor ("last May", "next year's first quarter").
/// A year merely inferred ("June 7-8", "the third quarter") names its day outright: only its
/// year was guessed, which `year_inferred` (timex.rs) reports apart.
fn anchored_year(year: YearSpec) -> bool {
    matches!(
        year,
        YearSpec::Shift(_) | YearSpec::Last | YearSpec::Next | YearSpec::Past
    )
}

fn ref_value(r: &str) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value: r.to_string(),
        range_end: None,
        relative: true,
        point: None,
        needs_day: None,
    }
}

/// How coarse a point is: a day 0, a week 1, a month 2, a quarter, half or season 3, a year 4.
fn point_rank(p: Point) -> u8 {
    match p {
        Point::Day(_) => 0,
        Point::Week(..) => 1,
        Point::Month(..) => 2,
        Point::Quarter(..) | Point::Half(..) | Point::Season(..) => 3,
        Point::Year(_) => 4,
    }
}

/// How coarse a unit is, on the scale of `point_rank`.
fn unit_rank(unit: Unit) -> u8 {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => 0,
        Unit::Week | Unit::Weekend => 1,
        Unit::Month => 2,
        Unit::Quarter => 3,
        _ => 4,
    }
}

/// A `unit` somewhere inside the coarser point `r`, with what is known of it: a day of
/// October 1998 is "1998-10-XX", a week of 1998 "1998-WXX".
fn within(r: Point, unit: Unit) -> Option<String> {
    let (y, m) = match r {
        Point::Month(y, m) => (y, Some(m)),
        Point::Year(y) => (y, None),
        _ => return None,
    };
    let y = days::fmt_year(y);
    Some(match (unit, m) {
        (Unit::Day, Some(m)) => format!("{y}-{m:02}-XX"),
        (Unit::Day, None) => format!("{y}-XX-XX"),
        (Unit::Week | Unit::Weekend, _) => format!("{y}-WXX"),
        (Unit::Month, None) => format!("{y}-XX"),
        _ => return None,
    })
}

/// A decade or a century (`number` of `years` years each, "199" or "19"), named by `value`:
/// it starts in its first year. One shape for "the 1990s", "the 20th century", "this decade"
/// and "last century".
fn span_of_years(number: Option<i32>, value: String, relative: bool, years: i32) -> Resolved {
    Resolved {
        kind: TimexType::Date,
        value,
        range_end: None,
        relative,
        point: number.map(|n| Point::Year(n * years)),
        needs_day: None,
    }
}

fn unknown_of(unit: Unit) -> String {
    match unit {
        Unit::Day => "XXXX-XX-XX",
        Unit::Week | Unit::Weekend => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        _ => "XXXX",
    }
    .to_string()
}

/// The weekday `wd` around the anchor day: bare or "this" by tense (past: on or before the
/// anchor, future: on or after), "last" strictly before, "next" strictly after.
pub fn place_weekday(anchor: i64, wd: u32, shift: i32, tense: Tense) -> i64 {
    let aw = i64::from(days::weekday(anchor));
    let wd = i64::from(wd);
    let back = (aw - wd).rem_euclid(7);
    let fwd = (wd - aw).rem_euclid(7);
    match (shift, tense) {
        (s, _) if s < 0 => anchor - if back == 0 { 7 } else { back },
        (s, _) if s > 0 => anchor + if fwd == 0 { 7 } else { fwd },
        (_, Tense::Future) => anchor + fwd,
        _ => anchor - back,
    }
}

/// The weekend of "the weekend" (n = 0), "last weekend" (-1) or "next weekend" (1): its week.
fn weekend(anchor: i64, n: i64, tense: Tense) -> Point {
    let aw = i64::from(days::weekday(anchor));
    let saturday = anchor + 6 - aw; // this week's Saturday
    let weekend_day = aw >= 6;
    let sat = match (n, tense) {
        (0, Tense::Future) | (1, _) if !weekend_day => saturday,
        (0, Tense::Future) | (0, _) if weekend_day => saturday,
        (1, _) => saturday + 7,
        _ => saturday - 7,
    };
    let (y, w) = days::iso_week(sat);
    Point::Week(y, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn friday() -> i64 {
        days::days_from_civil(2021, 5, 7)
    }

    #[test]
    fn weekdays_follow_tense() {
        let a = friday();
        assert_eq!(
            days::fmt_day(place_weekday(a, 3, 0, Tense::Past)),
            "2021-05-05"
        );
        assert_eq!(
            days::fmt_day(place_weekday(a, 3, 0, Tense::Future)),
            "2021-05-12"
        );
        assert_eq!(
            days::fmt_day(place_weekday(a, 5, 0, Tense::Past)),
            "2021-05-07"
        );
        assert_eq!(
            days::fmt_day(place_weekday(a, 5, 0, Tense::Future)),
            "2021-05-07"
        );
        assert_eq!(
            days::fmt_day(place_weekday(a, 5, -1, Tense::Unknown)),
            "2021-04-30"
        );
    }

    #[test]
    fn relative_units_and_references() {
        let mut c = Context::new(Some(friday()));
        let v = |c: &mut Context, e: Expr| c.resolve(&e, Tense::Unknown).value;
        assert_eq!(
            v(
                &mut c,
                Expr::Shift {
                    unit: Unit::Month,
                    n: -1
                }
            ),
            "2021-04"
        );
        assert_eq!(
            v(
                &mut c,
                Expr::Shift {
                    unit: Unit::Week,
                    n: 0
                }
            ),
            "2021-W18"
        );
        assert_eq!(
            c.resolve(
                &Expr::Quarter {
                    q: Some(3),
                    year: YearSpec::Infer
                },
                Tense::Past
            )
            .value,
            "2020-Q3"
        );
        assert_eq!(v(&mut c, Expr::YearAgoPeriod), "2019-Q3");
        assert_eq!(
            v(
                &mut c,
                Expr::Quarter {
                    q: None,
                    year: YearSpec::Infer
                }
            ),
            "2020-Q3"
        );
        assert_eq!(
            v(
                &mut c,
                Expr::Cal {
                    year: YearSpec::Given(2010),
                    month: Some(6),
                    day: Some(1),
                    day_end: None
                }
            ),
            "2010-06-01"
        );
        assert_eq!(
            v(
                &mut c,
                Expr::Offset {
                    unit: Unit::Day,
                    n: Some(2),
                    sign: 1
                }
            ),
            "2010-06-03"
        );
    }

    #[test]
    fn tense_vetoes_only_far_year_jumps() {
        let nov = days::days_from_civil(1989, 11, 1);
        let c = Context::new(Some(nov));
        // a bare month far ahead of the anchor is last year's, unless a past tense says so
        assert_eq!(
            c.year_of_month(YearSpec::Infer, 3, Tense::Unknown),
            Some(1990)
        );
        assert_eq!(c.year_of_month(YearSpec::Infer, 3, Tense::Past), Some(1989));
        assert_eq!(
            c.year_of_month(YearSpec::Infer, 12, Tense::Past),
            Some(1989)
        );
        // "the year ended March 31"
        assert_eq!(
            c.year_of_day(YearSpec::Infer, 3, 31, Tense::Unknown),
            Some(1990)
        );
        assert_eq!(
            c.year_of_day(YearSpec::Infer, 3, 31, Tense::Past),
            Some(1989)
        );
        // a near day ahead stays ahead whatever the tense
        assert_eq!(
            c.year_of_day(YearSpec::Infer, 11, 21, Tense::Past),
            Some(1989)
        );
        let jan = days::days_from_civil(1990, 1, 10);
        let c = Context::new(Some(jan));
        assert_eq!(
            c.year_of_month(YearSpec::Infer, 6, Tense::Unknown),
            Some(1989)
        );
        assert_eq!(
            c.year_of_month(YearSpec::Infer, 6, Tense::Future),
            Some(1990)
        );
    }

    #[test]
    fn reporting_periods_set_what_a_year_earlier_compares() {
        let mut c = Context::new(Some(days::days_from_civil(1989, 10, 30)));
        let year_earlier = Expr::Offset {
            unit: Unit::Year,
            n: Some(1),
            sign: -1,
        };
        let latest = Expr::Quarter {
            q: None,
            year: YearSpec::Infer,
        };
        // "in the latest quarter ... from $99 million a year earlier"
        let q = c.resolve(&latest, Tense::Unknown).value;
        assert_eq!(
            c.resolve(&year_earlier, Tense::Unknown).value,
            format!("1988{}", &q[4..])
        );
        // "For the nine months, ... a year earlier": a year-to-date period compares years
        c.resolve(&Expr::Duration("P9M".into()), Tense::Unknown);
        assert_eq!(c.resolve(&year_earlier, Tense::Unknown).value, "1988");
    }

    #[test]
    fn the_previous_weekday_counts_from_the_day_last_named() {
        // a Monday story: "closed lower Friday ... overnight losses ... down from the
        // previous Friday" is the Friday a week before that Friday
        let mut c = Context::new(Some(days::days_from_civil(2021, 5, 10)));
        let friday = c.resolve(&Expr::Weekday { wd: 5, shift: 0 }, Tense::Past);
        assert_eq!(friday.value, "2021-05-07");
        let night = Expr::Part {
            day: Box::new(Expr::Days(0)),
            part: "NI",
        };
        c.resolve(&night, Tense::Unknown);
        let previous = c.resolve(&Expr::Weekday { wd: 5, shift: -2 }, Tense::Unknown);
        assert_eq!(previous.value, "2021-04-30");
    }

    #[test]
    fn no_anchor_keeps_unknown_parts() {
        let mut c = Context::new(None);
        let r = c.resolve(&Expr::Weekday { wd: 3, shift: 0 }, Tense::Past);
        assert_eq!(r.value, "XXXX-WXX-3");
        assert!(r.relative);
        let r = c.resolve(
            &Expr::Cal {
                year: YearSpec::Infer,
                month: Some(6),
                day: Some(7),
                day_end: None,
            },
            Tense::Unknown,
        );
        assert_eq!(r.value, "XXXX-06-07");
    }

    #[test]
    fn feasts_are_placed() {
        let c = Context::new(Some(days::days_from_civil(2021, 4, 10)));
        let easter = c
            .feast(Feast::Easter(0), YearSpec::Infer, Tense::Past)
            .unwrap();
        assert_eq!(days::fmt_day(easter), "2021-04-04");
        let xmas = c
            .feast(Feast::Fixed(12, 25), YearSpec::Last, Tense::Unknown)
            .unwrap();
        assert_eq!(days::fmt_day(xmas), "2020-12-25");
    }
}

#[cfg(test)]
mod season_tests {
    use super::*;

    #[test]
    fn seasons_around_the_anchor() {
        let feb = days::days_from_civil(2019, 2, 21);
        assert_eq!(
            season_year(feb, "WI", YearSpec::Infer, 0, Tense::Unknown),
            2018
        );
        assert_eq!(
            season_year(feb, "SU", YearSpec::Infer, 0, Tense::Past),
            2018
        );
        assert_eq!(
            season_year(feb, "SP", YearSpec::Infer, 1, Tense::Unknown),
            2019
        );
        let may = days::days_from_civil(2021, 5, 7);
        assert_eq!(
            season_year(may, "SP", YearSpec::Infer, 1, Tense::Unknown),
            2022
        );
        assert_eq!(
            season_year(may, "FA", YearSpec::Infer, -1, Tense::Unknown),
            2020
        );
    }
}
