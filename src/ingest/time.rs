//! Timestamps in the forms researchers' files really have, normalised to RFC 3339.
//!
//! - RFC 3339 (`2025-03-01T16:30:00Z`, `2025-03-01T17:30:00+01:00`) is kept exactly as given.
//! - With a `--time-format` (strftime, e.g. `%d/%m/%Y %H:%M`), only that format is tried.
//! - Otherwise, dates with a four-digit year first (`2024-03-12 16:04:05`, `2024/03/12`,
//!   `2024-03-12T16:04`) always parse, and day/month forms (`12/03/2024 16:04`, `12.03.24`,
//!   `3/12/24, 4:04 PM`) parse when `--date-order` says which field is the day. Two-digit years
//!   are 20yy. A trailing `Z`, `UTC`, `GMT` or `±hh:mm` gives the zone; otherwise the time is
//!   local time in `--timezone` (default UTC; in a daylight-saving fold the earlier instant).
//!
//! Every parsed value that was not already RFC 3339 becomes UTC, `YYYY-MM-DDTHH:MM:SS[.f]Z`.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use regex::Regex;
use std::str::FromStr;
use std::sync::OnceLock;

/// Which field of a `nn/nn/nnnn` date is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// Day, month, year (`12/03/2024` is 12 March).
    Dmy,
    /// Month, day, year (`3/12/2024` is 12 March).
    Mdy,
    /// Year, month, day (`24-03-12` is 12 March 2024).
    Ymd,
}

impl DateOrder {
    /// The flag value: `dmy`, `mdy` or `ymd`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::Dmy => "dmy",
            DateOrder::Mdy => "mdy",
            DateOrder::Ymd => "ymd",
        }
    }
}

impl FromStr for DateOrder {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dmy" => Ok(DateOrder::Dmy),
            "mdy" => Ok(DateOrder::Mdy),
            "ymd" => Ok(DateOrder::Ymd),
            other => Err(format!(
                "unknown date order {other:?} (expected dmy, mdy or ymd)"
            )),
        }
    }
}

/// How timestamps are read (`--time-format`, `--date-order`, `--timezone`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeOptions {
    /// A strftime format; when set, it is the only form tried (after RFC 3339).
    pub format: Option<String>,
    /// Which field of `nn/nn/nnnn` dates is the day; `None` rejects such dates as ambiguous.
    pub date_order: Option<DateOrder>,
    /// The zone of times that carry none.
    pub timezone: Tz,
}

impl Default for TimeOptions {
    fn default() -> Self {
        TimeOptions {
            format: None,
            date_order: None,
            timezone: Tz::UTC,
        }
    }
}

/// Why a timestamp could not be read. Every message names the flag that would fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// The text does not match `--time-format` (the format).
    #[error("unparsable timestamp: does not match --time-format {0:?}")]
    Format(String),
    /// A date like `03/04/2024` whose day and month order is not known.
    #[error(
        "unparsable timestamp: day and month order unknown; give --date-order dmy or \
         --date-order mdy (or --time-format)"
    )]
    AmbiguousOrder,
    /// Not RFC 3339 and no other form was given.
    #[error(
        "unparsable timestamp (expected RFC 3339, e.g. 2025-03-01T16:30:00Z, or a date \
         form given by --time-format or --date-order)"
    )]
    Unrecognised,
    /// The date or time does not exist (`31/02/2024`, `25:00`).
    #[error("unparsable timestamp: no such date or time (check --date-order or --time-format)")]
    Invalid,
    /// A local time skipped by a daylight-saving change in the time zone (named).
    #[error("unparsable timestamp: this local time does not exist in {0} (a daylight-saving gap; check --timezone)")]
    Gap(String),
}

impl From<TimeError> for crate::Error {
    fn from(e: TimeError) -> crate::Error {
        crate::Error::external(e)
    }
}

/// Whether a strftime format is well formed (for checking `--time-format` up front).
pub fn valid_format(format: &str) -> bool {
    use chrono::format::{Item, StrftimeItems};
    !format.trim().is_empty() && !StrftimeItems::new(format).any(|i| matches!(i, Item::Error))
}

/// Read a timestamp under `opts`: RFC 3339 as given, anything else as RFC 3339 UTC.
pub fn parse_timestamp(s: &str, opts: &TimeOptions) -> Result<String, TimeError> {
    let t = s.trim();
    if DateTime::parse_from_rfc3339(t).is_ok() {
        return Ok(t.to_string());
    }
    if let Some(fmt) = &opts.format {
        if let Ok(d) = DateTime::parse_from_str(t, fmt) {
            return utc(d.with_timezone(&Utc));
        }
        if let Ok(n) = NaiveDateTime::parse_from_str(t, fmt) {
            return localise(n, opts.timezone);
        }
        if let Ok(d) = NaiveDate::parse_from_str(t, fmt) {
            return localise(d.and_time(chrono::NaiveTime::MIN), opts.timezone);
        }
        return Err(TimeError::Format(fmt.clone()));
    }
    parse_common(t, opts)
}

/// A naive local time in `tz` as RFC 3339 UTC (the earlier instant in a fold).
pub fn localise(naive: NaiveDateTime, tz: Tz) -> Result<String, TimeError> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(d) | LocalResult::Ambiguous(d, _) => utc(d.with_timezone(&Utc)),
        LocalResult::None => Err(TimeError::Gap(tz.name().to_string())),
    }
}

fn utc(d: DateTime<Utc>) -> Result<String, TimeError> {
    use chrono::Datelike;
    if !(0..=9999).contains(&d.year()) {
        return Err(TimeError::Invalid);
    }
    Ok(d.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
}

fn common_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)^
            ([0-9]{1,4})[/.\-]([0-9]{1,2})[/.\-]([0-9]{1,4})          # date
            (?:(?:,\s*|\s+|T)
              ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?  # time
              (?:\s*([AaPp])\.?\s?[Mm]\.?)?                            # am/pm
            )?
            \s*(Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2})?                     # zone
            $",
        )
        .expect("valid timestamp regex")
    })
}

/// The common date forms (see the module documentation).
fn parse_common(t: &str, opts: &TimeOptions) -> Result<String, TimeError> {
    let t: String = t
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let c = common_re()
        .captures(t.trim())
        .ok_or(TimeError::Unrecognised)?;
    let field = |i: usize| c.get(i).map(|m| m.as_str());
    let num = |i: usize| field(i).and_then(|s| s.parse::<u32>().ok()).unwrap_or(0);
    let (f1, f3) = (field(1).unwrap_or(""), field(3).unwrap_or(""));
    let year = |s: &str| -> i32 {
        let y: i32 = s.parse().unwrap_or(-1);
        if s.len() <= 2 {
            2000 + y
        } else {
            y
        }
    };
    let (y, m, d) = if f1.len() == 4 {
        (year(f1), num(2), num(3))
    } else if f3.len() == 3 || f1.len() == 3 {
        return Err(TimeError::Unrecognised);
    } else {
        match opts.date_order {
            Some(DateOrder::Dmy) => (year(f3), num(2), num(1)),
            Some(DateOrder::Mdy) => (year(f3), num(1), num(2)),
            Some(DateOrder::Ymd) if f3.len() <= 2 => (year(f1), num(2), num(3)),
            Some(DateOrder::Ymd) => return Err(TimeError::Invalid),
            None => return Err(TimeError::AmbiguousOrder),
        }
    };
    let hour = match (field(8), num(4)) {
        (None, h) => h,
        (Some(_), h) if !(1..=12).contains(&h) => return Err(TimeError::Invalid),
        (Some(p), h) => h % 12 + if p.eq_ignore_ascii_case("p") { 12 } else { 0 },
    };
    let nanos = field(7).map_or(0, |f| {
        let n: u32 = f.parse().unwrap_or(0);
        n * 10u32.pow(9 - f.len() as u32)
    });
    let naive = NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_nano_opt(hour, num(5), num(6), nanos))
        .ok_or(TimeError::Invalid)?;
    match field(9) {
        None => localise(naive, opts.timezone),
        Some("Z" | "UTC" | "GMT") => utc(naive.and_utc()),
        Some(off) => {
            let digits: String = off[1..].chars().filter(char::is_ascii_digit).collect();
            let secs = digits[..2].parse::<i32>().unwrap_or(99) * 3600
                + digits[2..].parse::<i32>().unwrap_or(99) * 60;
            let sign = if off.starts_with('-') { -1 } else { 1 };
            let fixed = chrono::FixedOffset::east_opt(sign * secs).ok_or(TimeError::Invalid)?;
            match fixed.from_local_datetime(&naive) {
                LocalResult::Single(d) => utc(d.with_timezone(&Utc)),
                _ => Err(TimeError::Invalid),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(order: Option<DateOrder>, tz: &str) -> TimeOptions {
        TimeOptions {
            format: None,
            date_order: order,
            timezone: tz.parse().unwrap(),
        }
    }

    #[test]
    fn rfc3339_is_kept_as_given() {
        let o = TimeOptions::default();
        for t in ["2025-03-01T16:30:00Z", "2024-03-01T19:30:00.5+01:00"] {
            assert_eq!(parse_timestamp(t, &o).as_deref(), Ok(t));
        }
        assert_eq!(
            parse_timestamp(" 2025-03-01T16:30:00Z ", &o).as_deref(),
            Ok("2025-03-01T16:30:00Z")
        );
    }

    #[test]
    fn day_month_forms_need_a_date_order_and_the_error_names_it() {
        let none = TimeOptions::default();
        let e = parse_timestamp("12/03/2024 16:04", &none).unwrap_err();
        assert_eq!(e, TimeError::AmbiguousOrder);
        assert!(e.to_string().contains("--date-order"), "{e}");
        let e = parse_timestamp("yesterday at 5", &none).unwrap_err();
        assert!(e.to_string().contains("--time-format"), "{e}");
        assert!(e.to_string().starts_with("unparsable timestamp"), "{e}");

        let dmy = opts(Some(DateOrder::Dmy), "UTC");
        let mdy = opts(Some(DateOrder::Mdy), "UTC");
        let p = |s: &str, o: &TimeOptions| parse_timestamp(s, o);
        assert_eq!(
            p("12/03/2024 16:04", &dmy).as_deref(),
            Ok("2024-03-12T16:04:00Z")
        );
        assert_eq!(p("12/03/2024", &dmy).as_deref(), Ok("2024-03-12T00:00:00Z"));
        assert_eq!(
            p("12.03.24, 16:04:05", &dmy).as_deref(),
            Ok("2024-03-12T16:04:05Z")
        );
        assert_eq!(
            p("3/12/24, 4:04\u{202f}PM", &mdy).as_deref(),
            Ok("2024-03-12T16:04:00Z")
        );
        assert_eq!(
            p("3/12/24 12:30 am", &mdy).as_deref(),
            Ok("2024-03-12T00:30:00Z")
        );
        assert_eq!(
            p("24-03-12 16:04", &opts(Some(DateOrder::Ymd), "UTC")).as_deref(),
            Ok("2024-03-12T16:04:00Z")
        );
        // Year-first dates are never ambiguous.
        assert_eq!(
            p("2024-03-12 16:04:05", &none).as_deref(),
            Ok("2024-03-12T16:04:05Z")
        );
        assert_eq!(
            p("2024-03-12T16:04:05.25", &none).as_deref(),
            Ok("2024-03-12T16:04:05.250Z")
        );
        assert_eq!(
            p("2024-03-12 16:04:05 UTC", &none).as_deref(),
            Ok("2024-03-12T16:04:05Z")
        );
        assert_eq!(
            p("2024-03-12 16:04 +01:00", &none).as_deref(),
            Ok("2024-03-12T15:04:00Z")
        );
        // Dates that do not exist.
        assert_eq!(p("31/02/2024", &dmy), Err(TimeError::Invalid));
        assert_eq!(p("13/12/2024", &mdy), Err(TimeError::Invalid));
        assert_eq!(p("1/2/2024 13:00 pm", &mdy), Err(TimeError::Invalid));
        assert_eq!(p("1/2/2024 25:00", &mdy), Err(TimeError::Invalid));
    }

    #[test]
    fn time_format_and_timezone() {
        let o = TimeOptions {
            format: Some("%d/%m/%Y %H:%M".into()),
            date_order: None,
            timezone: "Europe/London".parse().unwrap(),
        };
        // British Summer Time: 16:04 local is 15:04 UTC; in winter local is UTC.
        assert_eq!(
            parse_timestamp("12/07/2024 16:04", &o).as_deref(),
            Ok("2024-07-12T15:04:00Z")
        );
        assert_eq!(
            parse_timestamp("12/03/2024 16:04", &o).as_deref(),
            Ok("2024-03-12T16:04:00Z")
        );
        let e = parse_timestamp("2024-03-12 16:04", &o).unwrap_err();
        assert!(e.to_string().contains("--time-format"), "{e}");
        // The spring-forward gap does not exist locally.
        assert!(matches!(
            parse_timestamp("31/03/2024 01:30", &o),
            Err(TimeError::Gap(_))
        ));
        // A date-only format is midnight local time.
        let o = TimeOptions {
            format: Some("%Y%m%d".into()),
            ..TimeOptions::default()
        };
        assert_eq!(
            parse_timestamp("20240312", &o).as_deref(),
            Ok("2024-03-12T00:00:00Z")
        );
        assert!(valid_format("%d/%m/%Y %H:%M"));
        assert!(!valid_format("%Q"));
        assert!(!valid_format(""));
    }

    #[test]
    fn timezone_applies_to_naive_common_forms() {
        let o = opts(Some(DateOrder::Dmy), "America/New_York");
        assert_eq!(
            parse_timestamp("12/03/2024 16:04", &o).as_deref(),
            Ok("2024-03-12T20:04:00Z")
        );
        assert_eq!("dmy".parse::<DateOrder>(), Ok(DateOrder::Dmy));
        assert!("dym".parse::<DateOrder>().is_err());
    }
}
