//! One pass over the annotations: the counts the report needs, per day and for the whole
//! corpus, with the lexicon terms, pattern ids and concordance samples per category; and the
//! two samples of the change table.

use super::{KWIC_MESSAGES, MAX_MONTHS_FOR_MONTHLY, MAX_PERIODS};
use crate::error::{Context, Result};
use crate::model::{Annotation, Source};
use crate::stats::compare::{compare, Basis, CompareOptions, CompareRow};
use crate::stats::partial::{for_each_annotation, Counts, MessageFacts, Partial};
use crate::stats::period::{timestamp_date, Period};
use crate::{bail, err};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Everything the report needs from one pass over the annotations (memory is bounded by the
/// number of days, conversations, speakers and distinct terms, not by the messages).
#[derive(Debug, Clone)]
pub(crate) struct Collected {
    /// The whole corpus, ungrouped (totals, co-occurrence, conversations, speakers).
    pub(crate) whole: Partial,
    /// Counts per calendar date (in the timestamp's own offset).
    pub(crate) days: BTreeMap<NaiveDate, Counts>,
    /// Counts of messages without a timestamp.
    pub(crate) undated: Counts,
    /// Messages with at least one label.
    pub(crate) flagged_any: u64,
    /// Per span category: lexicon term (normalised entry) → spans.
    pub(crate) terms: BTreeMap<String, BTreeMap<String, u64>>,
    /// Per span category: pattern or rule id → spans.
    pub(crate) ids: BTreeMap<String, BTreeMap<String, u64>>,
    /// Per span category: the first messages (input order) with a span of it.
    pub(crate) samples: BTreeMap<String, Vec<Annotation>>,
}

impl Default for Collected {
    fn default() -> Self {
        Collected {
            whole: Partial::new(Vec::new()),
            days: BTreeMap::new(),
            undated: Counts::default(),
            flagged_any: 0,
            terms: BTreeMap::new(),
            ids: BTreeMap::new(),
            samples: BTreeMap::new(),
        }
    }
}

/// The counts one message contributes (as `Partial` counts it).
pub(crate) fn message_counts(a: &Annotation) -> Counts {
    let f = MessageFacts::of(a);
    Counts {
        messages: 1,
        tokens: f.tokens,
        flagged: f.categories.iter().map(|c| (c.to_string(), 1)).collect(),
        hits: f
            .hits
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(c, n)| (c.to_string(), *n))
            .collect(),
    }
}

impl Collected {
    /// Add one annotation. Fails (naming the message) on an unparseable timestamp.
    pub(crate) fn add(&mut self, a: &Annotation) -> Result<()> {
        let c = message_counts(a);
        match a.timestamp.as_deref().map(str::trim) {
            Some(t) if !t.is_empty() => {
                let d = timestamp_date(t).with_context(|| format!("message {}", a.message_id))?;
                self.days.entry(d).or_default().merge(&c);
            }
            _ => self.undated.merge(&c),
        }
        self.whole.add(a)?;
        if !a.labels.is_empty() {
            self.flagged_any += 1;
        }
        let mut sampled: BTreeSet<&str> = BTreeSet::new();
        for s in &a.spans {
            let term = match s.source {
                Source::Lexicon => Some(
                    s.rule_id
                        .strip_prefix("lex:")
                        .map(str::to_string)
                        .unwrap_or_else(|| s.text.to_lowercase()),
                ),
                Source::Gold => Some(s.text.to_lowercase()),
                Source::Pattern | Source::Rule | Source::Classifier => None,
            };
            match term {
                Some(t) => {
                    *self
                        .terms
                        .entry(s.category.clone())
                        .or_default()
                        .entry(t)
                        .or_default() += 1
                }
                None if s.source != Source::Classifier => {
                    *self
                        .ids
                        .entry(s.category.clone())
                        .or_default()
                        .entry(s.rule_id.clone())
                        .or_default() += 1
                }
                None => {}
            }
            if sampled.insert(&s.category) {
                let v = self.samples.entry(s.category.clone()).or_default();
                if v.len() < KWIC_MESSAGES {
                    v.push(a.clone());
                }
            }
        }
        Ok(())
    }

    /// Stream an `annotations.jsonl` file (errors name the file and line).
    pub(crate) fn read(path: &Path, progress: &dyn crate::pipeline::Progress) -> Result<Collected> {
        progress.start(count_lines(path)?);
        let mut c = Collected::default();
        let extra = crate::output::extra_categories_beside(path);
        c.whole.declare_categories(extra.iter().map(String::as_str));
        for_each_annotation(path, |a, line| {
            progress.advance(1);
            c.add(&a)
                .with_context(|| format!("{}:{line}", path.display()))
        })?;
        progress.finish();
        Ok(c)
    }

    /// First and last dated day.
    pub(crate) fn date_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((*self.days.keys().next()?, *self.days.keys().next_back()?))
    }

    /// Counts per period label from first to last, gaps filled with empty periods.
    pub(crate) fn series(&self, period: Period) -> Result<Vec<(String, Counts)>> {
        let mut by: BTreeMap<String, Counts> = BTreeMap::new();
        for (d, c) in &self.days {
            by.entry(period.label(*d)).or_default().merge(c);
        }
        let (first, last) = match (by.keys().next(), by.keys().next_back()) {
            (Some(f), Some(l)) => (f.clone(), l.clone()),
            _ => return Ok(Vec::new()),
        };
        let mut out = Vec::new();
        let mut cur = first;
        loop {
            let c = by.get(&cur).cloned().unwrap_or_default();
            out.push((cur.clone(), c));
            if cur == last {
                break;
            }
            if out.len() >= MAX_PERIODS {
                bail!(
                    "more than {MAX_PERIODS} {} periods from {} to {last}: choose a coarser --period",
                    period.name(),
                    out[0].0
                );
            }
            cur = period
                .successor(&cur)
                .ok_or_else(|| err!("no period after {cur:?}"))?;
        }
        Ok(out)
    }

    /// `--period`, or month unless the dated messages span more than 24 months (then term).
    pub(crate) fn choose_period(&self, requested: Option<Period>) -> Period {
        if let Some(p) = requested {
            return p;
        }
        match self.date_range() {
            Some((a, b)) if months_spanned(a, b) > MAX_MONTHS_FOR_MONTHLY => Period::Term,
            _ => Period::Month,
        }
    }

    /// Counts of the dated messages whose date lies in `from..=to`.
    pub(crate) fn between(&self, from: NaiveDate, to: NaiveDate) -> Counts {
        let mut c = Counts::default();
        for (_, x) in self.days.range(from..=to) {
            c.merge(x);
        }
        c
    }
}

/// Calendar months from `a`'s month to `b`'s month inclusive.
pub(crate) fn months_spanned(a: NaiveDate, b: NaiveDate) -> i64 {
    (b.year() as i64 * 12 + b.month() as i64) - (a.year() as i64 * 12 + a.month() as i64) + 1
}

/// The academic year (1 September – 31 August) containing `d`, by its starting year.
pub(crate) fn academic_year(d: NaiveDate) -> i32 {
    if d.month() >= 9 {
        d.year()
    } else {
        d.year() - 1
    }
}

/// `2024/25`.
pub(crate) fn academic_year_label(start: i32) -> String {
    format!("{start}/{:02}", (start + 1).rem_euclid(100))
}

fn count_lines(path: &Path) -> Result<u64> {
    use std::io::Read;
    let mut f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = f
            .read(&mut buf)
            .with_context(|| format!("reading {}", path.display()))?;
        if k == 0 {
            return Ok(n);
        }
        n += buf[..k].iter().filter(|&&b| b == b'\n').count() as u64;
    }
}

/// The two samples of the change table. A is the later sample, so a positive Log Ratio means
/// the rate went up.
#[derive(Debug, Clone)]
pub(crate) struct ChangeSamples {
    /// Label of sample A (`2025/26`, or a date range).
    pub(crate) label_a: String,
    /// Counts of sample A.
    pub(crate) a: Counts,
    /// Label of sample B.
    pub(crate) label_b: String,
    /// Counts of sample B.
    pub(crate) b: Counts,
    /// How the samples were chosen: an interface string key (`report.change.how_*`) and
    /// its placeholder values.
    pub(crate) how: (&'static str, Vec<(&'static str, String)>),
}

impl ChangeSamples {
    /// A against B by flagged messages, Holm-adjusted across the categories.
    pub(crate) fn compare(&self) -> Vec<CompareRow> {
        compare(
            &self.label_a,
            &self.a,
            &self.label_b,
            &self.b,
            &CompareOptions {
                basis: Basis::Messages,
                holm: true,
            },
        )
    }
}

/// Latest vs earliest academic year when the data cover two or more; otherwise the second
/// half of the covered dates vs the first half. `None` with fewer than two dated days.
pub(crate) fn change_samples(c: &Collected) -> Option<ChangeSamples> {
    let (d0, d1) = c.date_range()?;
    let years: BTreeSet<i32> = c.days.keys().map(|d| academic_year(*d)).collect();
    if years.len() >= 2 {
        let (y0, y1) = (*years.first()?, *years.last()?);
        let span = |y: i32| {
            (
                NaiveDate::from_ymd_opt(y, 9, 1),
                NaiveDate::from_ymd_opt(y + 1, 8, 31),
            )
        };
        let (Some(a0), Some(a1)) = span(y1) else {
            return None;
        };
        let (Some(b0), Some(b1)) = span(y0) else {
            return None;
        };
        return Some(ChangeSamples {
            label_a: academic_year_label(y1),
            a: c.between(a0, a1),
            label_b: academic_year_label(y0),
            b: c.between(b0, b1),
            how: (
                "report.change.how_years",
                vec![
                    ("a", academic_year_label(y1)),
                    ("b", academic_year_label(y0)),
                ],
            ),
        });
    }
    if d0 == d1 {
        return None;
    }
    let mid = d0 + Duration::days((d1 - d0).num_days() / 2);
    let next = mid + Duration::days(1);
    Some(ChangeSamples {
        label_a: format!("{next}..{d1}"),
        a: c.between(next, d1),
        label_b: format!("{d0}..{mid}"),
        b: c.between(d0, mid),
        how: (
            "report.change.how_halves",
            vec![
                ("a0", next.to_string()),
                ("a1", d1.to_string()),
                ("b0", d0.to_string()),
                ("b1", mid.to_string()),
            ],
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testdata::{collect, corpus, dated};
    use crate::stats::partial::tests::ann;

    #[test]
    fn per_message_counts_add_up_to_the_partial() {
        let anns = corpus();
        let c = collect(&anns);
        let p = Partial::from_annotations(Vec::new(), &anns).unwrap();
        assert_eq!(c.whole, p);
        let mut sum = c.undated.clone();
        for x in c.days.values() {
            sum.merge(x);
        }
        assert_eq!(sum, p.total);
        assert_eq!(c.undated.messages, 1);
        assert_eq!(c.flagged_any, 5);
        // The +01:00 timestamp is placed on its own local date.
        assert!(c
            .days
            .contains_key(&NaiveDate::from_ymd_opt(2025, 10, 20).unwrap()));
        let mut bad = ann("9", "c", "s", Some("soon"), &[], &[], 1);
        bad.message_id = "m9".into();
        let err = format!("{:#}", Collected::default().add(&bad).unwrap_err());
        assert!(err.contains("m9"), "{err}");
    }

    #[test]
    fn series_fills_gaps_and_periods_are_chosen_by_span() {
        let c = collect(&corpus());
        let s = c.series(Period::Month).unwrap();
        assert_eq!(s.first().unwrap().0, "2024-09");
        assert_eq!(s.last().unwrap().0, "2025-11");
        assert_eq!(s.len(), 15);
        let n_dated: u64 = s.iter().map(|(_, x)| x.messages).sum();
        assert_eq!(n_dated, 6);
        assert_eq!(s[1].1.messages, 0); // 2024-10 is a gap
        assert_eq!(c.choose_period(None), Period::Month);
        assert_eq!(c.choose_period(Some(Period::Year)), Period::Year);
        let terms = c.series(Period::Term).unwrap();
        assert_eq!(terms[0].0, "2024/25-autumn");
        assert_eq!(terms.last().unwrap().0, "2025/26-autumn");
        assert_eq!(terms.len(), 4);
        // 25 months → terms.
        let long = collect(&[
            dated("a", "c", "2023-01-31T00:00:00Z", &[]),
            dated("b", "c", "2025-01-01T00:00:00Z", &[]),
        ]);
        assert_eq!(
            months_spanned(
                NaiveDate::from_ymd_opt(2023, 1, 31).unwrap(),
                NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
            ),
            25
        );
        assert_eq!(long.choose_period(None), Period::Term);
        let just = collect(&[
            dated("a", "c", "2023-01-01T00:00:00Z", &[]),
            dated("b", "c", "2024-12-31T00:00:00Z", &[]),
        ]);
        assert_eq!(just.choose_period(None), Period::Month);
        assert!(long.series(Period::Week).unwrap().len() > 100);
    }

    #[test]
    fn change_compares_latest_and_earliest_academic_year_or_halves() {
        let c = collect(&corpus());
        let s = change_samples(&c).unwrap();
        assert_eq!(
            (s.label_a.as_str(), s.label_b.as_str()),
            ("2025/26", "2024/25")
        );
        // 2024/25: messages 1, 2, 3; 2025/26: 4, 5, 7.
        assert_eq!((s.a.messages, s.b.messages), (3, 3));
        assert_eq!(s.a.flagged("coercive"), 2);
        assert_eq!(s.b.flagged("coercive"), 1);
        assert_eq!(
            academic_year(NaiveDate::from_ymd_opt(2025, 8, 31).unwrap()),
            2024
        );
        assert_eq!(academic_year_label(2099), "2099/00");
        let one_year = collect(&[
            dated("a", "c", "2025-01-01T00:00:00Z", &["protective"]),
            dated("b", "c", "2025-01-03T00:00:00Z", &[]),
            dated("c", "c", "2025-01-04T00:00:00Z", &[]),
            dated("d", "c", "2025-01-05T00:00:00Z", &["protective"]),
        ]);
        let h = change_samples(&one_year).unwrap();
        assert_eq!(h.label_b, "2025-01-01..2025-01-03");
        assert_eq!(h.label_a, "2025-01-04..2025-01-05");
        assert_eq!((h.b.messages, h.a.messages), (2, 2));
        let one_day = collect(&[dated("a", "c", "2025-01-01T00:00:00Z", &[])]);
        assert!(change_samples(&one_day).is_none());
    }
}
