//! Time periods: ISO week, calendar month, calendar year, UK school year and UK school term.
//!
//! A timestamp is placed by its calendar date *in its own UTC offset* (the local date the
//! sender saw), not converted to UTC. Messages without a timestamp go to [`UNKNOWN`].
//!
//! School terms are an approximation of the England and Wales calendar (see
//! `docs/statistics.md`): autumn = 1 Sep – 31 Dec, spring = 1 Jan – Easter Sunday,
//! summer = Easter Monday – 31 Aug, labelled by academic year (`2025/26-autumn`,
//! `2025/26-spring`, `2025/26-summer`). Holidays and INSET days are not modelled.
//! A school year runs 1 September – 31 August and is labelled `2024/25` (the year UK
//! evaluations report on): a message dated 2024-09-01..2025-08-31 is in `2024/25`.

use crate::error::Result;
use crate::{bail, err};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use serde::{Deserialize, Serialize};

/// The period label of a message with no timestamp.
pub const UNKNOWN: &str = "unknown";

/// A period granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// ISO week (`2025-W07`).
    Week,
    /// Calendar month (`2025-02`).
    Month,
    /// Calendar year (`2025`).
    Year,
    /// UK school term (`2025/26-autumn`).
    Term,
    /// UK school (academic) year, 1 September – 31 August (`2024/25`).
    #[serde(rename = "school-year")]
    SchoolYear,
}

impl Period {
    /// All granularities, in the order they are documented.
    pub const ALL: [Period; 5] = [
        Period::Week,
        Period::Month,
        Period::Year,
        Period::SchoolYear,
        Period::Term,
    ];

    /// The name: `week`, `month`, `year`, `school-year` or `term`.
    pub fn name(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
            Period::Term => "term",
            Period::SchoolYear => "school-year",
        }
    }

    /// Parse `week`, `month`, `year`, `school-year` or `term`.
    pub fn parse(s: &str) -> Result<Period> {
        Period::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| {
                err!("unknown period {s:?} (expected week, month, year, school-year or term)")
            })
    }

    /// The label of the period containing `date`: `2025-W07`, `2025-02`, `2025`,
    /// `2025/26-autumn`, `2024/25`. Labels of one granularity sort chronologically as strings.
    pub fn label(self, date: NaiveDate) -> String {
        match self {
            Period::Week => {
                let w = date.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Period::Month => format!("{:04}-{:02}", date.year(), date.month()),
            Period::Year => format!("{:04}", date.year()),
            Period::Term => {
                let (start, term) = school_term(date);
                term_label(start, term)
            }
            Period::SchoolYear => school_year_label(school_year(date)),
        }
    }

    /// The label of the period after `label`, or `None` if `label` is not a label of this
    /// granularity. Used to fill gaps so trend scores are equally spaced in time.
    pub fn successor(self, label: &str) -> Option<String> {
        match self {
            Period::Week => {
                let (y, w) = label.split_once("-W")?;
                let monday =
                    NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, Weekday::Mon)?;
                Some(self.label(monday + Duration::days(7)))
            }
            Period::Month => {
                let (y, m) = label.split_once('-')?;
                let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
                if !(1..=12).contains(&m) || label.len() != 7 {
                    return None;
                }
                Some(if m == 12 {
                    format!("{:04}-01", y + 1)
                } else {
                    format!("{:04}-{:02}", y, m + 1)
                })
            }
            Period::Year => {
                let y: i32 = label.parse().ok()?;
                Some(format!("{:04}", y + 1))
            }
            Period::Term => {
                let (years, term) = label.split_once('-')?;
                let (start, _) = years.split_once('/')?;
                let start: i32 = start.parse().ok()?;
                if term_label(start, parse_term(term)?) != label {
                    return None;
                }
                Some(match parse_term(term)? {
                    Term::Autumn => term_label(start, Term::Spring),
                    Term::Spring => term_label(start, Term::Summer),
                    Term::Summer => term_label(start + 1, Term::Autumn),
                })
            }
            Period::SchoolYear => {
                let (start, _) = label.split_once('/')?;
                let start: i32 = start.parse().ok()?;
                if school_year_label(start) != label {
                    return None;
                }
                Some(school_year_label(start + 1))
            }
        }
    }
}

/// The school year (1 September – 31 August) containing `date`, by its starting year:
/// 2024-09-01 and 2025-08-31 are both in school year 2024.
pub fn school_year(date: NaiveDate) -> i32 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// The label of the school year starting in September of `start`: `2024/25`.
pub fn school_year_label(start: i32) -> String {
    format!("{:04}/{:02}", start, (start + 1).rem_euclid(100))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Term {
    Autumn,
    Spring,
    Summer,
}

fn parse_term(s: &str) -> Option<Term> {
    match s {
        "autumn" => Some(Term::Autumn),
        "spring" => Some(Term::Spring),
        "summer" => Some(Term::Summer),
        _ => None,
    }
}

fn term_label(start_year: i32, term: Term) -> String {
    let name = match term {
        Term::Autumn => "autumn",
        Term::Spring => "spring",
        Term::Summer => "summer",
    };
    format!(
        "{:04}/{:02}-{}",
        start_year,
        (start_year + 1).rem_euclid(100),
        name
    )
}

/// (academic-year start, term) for a date.
fn school_term(date: NaiveDate) -> (i32, Term) {
    let y = date.year();
    if date.month() >= 9 {
        return (y, Term::Autumn);
    }
    match easter_sunday(y) {
        Some(easter) if date <= easter => (y - 1, Term::Spring),
        _ => (y - 1, Term::Summer),
    }
}

/// Easter Sunday (Gregorian) by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The calendar date of a timestamp in its own offset. Accepts RFC 3339, and leniently
/// `YYYY-MM-DDTHH:MM:SS[.f]`, `YYYY-MM-DD HH:MM:SS[.f]` (no offset) and `YYYY-MM-DD`.
pub fn timestamp_date(ts: &str) -> Result<NaiveDate> {
    let t = ts.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt.date_naive());
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(t, fmt) {
            return Ok(dt.date());
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d);
    }
    bail!("timestamp {ts:?} is not RFC 3339")
}

/// The period label for an optional timestamp ([`UNKNOWN`] when absent or empty).
pub fn period_label(period: Period, timestamp: Option<&str>) -> Result<String> {
    match timestamp {
        None => Ok(UNKNOWN.to_string()),
        Some(s) if s.trim().is_empty() => Ok(UNKNOWN.to_string()),
        Some(s) => Ok(period.label(timestamp_date(s)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_known_dates() {
        // Published Western Easter dates (church calendars): 2000-04-23, 2019-04-21,
        // 2024-03-31, 2025-04-20, 2026-04-05, 2038-04-25 (latest possible), 2285-03-22 (earliest).
        for (y, m, day) in [
            (2000, 4, 23),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(y), Some(d(y, m, day)), "{y}");
        }
    }

    #[test]
    fn labels() {
        // 2025-02-14 is a Friday in ISO week 7; 2021-01-01 belongs to ISO 2020-W53;
        // 2024-12-30 (a Monday) belongs to 2025-W01.
        assert_eq!(Period::Week.label(d(2025, 2, 14)), "2025-W07");
        assert_eq!(Period::Week.label(d(2021, 1, 1)), "2020-W53");
        assert_eq!(Period::Week.label(d(2024, 12, 30)), "2025-W01");
        assert_eq!(Period::Month.label(d(2025, 2, 14)), "2025-02");
        assert_eq!(Period::Year.label(d(2025, 2, 14)), "2025");
    }

    #[test]
    fn school_years_run_september_to_august() {
        assert_eq!(Period::SchoolYear.label(d(2024, 9, 1)), "2024/25");
        assert_eq!(Period::SchoolYear.label(d(2025, 8, 31)), "2024/25");
        assert_eq!(Period::SchoolYear.label(d(2024, 8, 31)), "2023/24");
        assert_eq!(Period::SchoolYear.label(d(2025, 9, 1)), "2025/26");
        assert_eq!(Period::SchoolYear.label(d(1999, 12, 1)), "1999/00");
        assert_eq!(Period::parse("school-year").unwrap(), Period::SchoolYear);
        assert_eq!(Period::SchoolYear.successor("2024/25").unwrap(), "2025/26");
        assert_eq!(Period::SchoolYear.successor("1999/00").unwrap(), "2000/01");
        assert!(Period::SchoolYear.successor("2024/26").is_none());
        assert!(Period::SchoolYear.successor("2024").is_none());
        // Local date in the timestamp's own offset: 23:30 on 31 Aug at +01:00 is 2024/25.
        assert_eq!(
            period_label(Period::SchoolYear, Some("2025-08-31T23:30:00+01:00")).unwrap(),
            "2024/25"
        );
        assert_eq!(
            serde_json::to_string(&Period::SchoolYear).unwrap(),
            "\"school-year\""
        );
    }

    #[test]
    fn terms_around_easter() {
        // Easter 2026 is 5 April: Sunday is still spring, Monday is summer.
        assert_eq!(Period::Term.label(d(2025, 9, 1)), "2025/26-autumn");
        assert_eq!(Period::Term.label(d(2025, 12, 31)), "2025/26-autumn");
        assert_eq!(Period::Term.label(d(2026, 1, 1)), "2025/26-spring");
        assert_eq!(Period::Term.label(d(2026, 4, 5)), "2025/26-spring");
        assert_eq!(Period::Term.label(d(2026, 4, 6)), "2025/26-summer");
        assert_eq!(Period::Term.label(d(2026, 8, 31)), "2025/26-summer");
        assert_eq!(Period::Term.label(d(1999, 9, 1)), "1999/00-autumn");
    }

    #[test]
    fn successors_and_order() {
        assert_eq!(Period::Week.successor("2020-W53").unwrap(), "2021-W01");
        assert_eq!(Period::Week.successor("2025-W07").unwrap(), "2025-W08");
        assert_eq!(Period::Month.successor("2024-12").unwrap(), "2025-01");
        assert_eq!(Period::Year.successor("2024").unwrap(), "2025");
        assert_eq!(
            Period::Term.successor("2025/26-autumn").unwrap(),
            "2025/26-spring"
        );
        assert_eq!(
            Period::Term.successor("2025/26-spring").unwrap(),
            "2025/26-summer"
        );
        assert_eq!(
            Period::Term.successor("2025/26-summer").unwrap(),
            "2026/27-autumn"
        );
        assert!(Period::Term.successor("2025/27-summer").is_none());
        assert!(Period::Month.successor("2025-13").is_none());
        assert!(Period::Week.successor(UNKNOWN).is_none());
        // String order of successive labels is chronological.
        for p in Period::ALL {
            let mut l = p.label(d(2023, 8, 28));
            for _ in 0..60 {
                let n = p.successor(&l).unwrap();
                assert!(n > l, "{p:?}: {n} <= {l}");
                l = n;
            }
        }
    }

    #[test]
    fn timestamps_use_their_own_offset() {
        // 23:30 on 31 Aug at +01:00 is still 31 Aug locally (summer term), 22:30 UTC.
        assert_eq!(
            period_label(Period::Term, Some("2025-08-31T23:30:00+01:00")).unwrap(),
            "2024/25-summer"
        );
        assert_eq!(
            period_label(Period::Month, Some("2025-02-03T10:00:00Z")).unwrap(),
            "2025-02"
        );
        assert_eq!(
            period_label(Period::Year, Some("2025-02-03")).unwrap(),
            "2025"
        );
        assert_eq!(period_label(Period::Year, None).unwrap(), UNKNOWN);
        assert!(period_label(Period::Year, Some("yesterday")).is_err());
    }
}
