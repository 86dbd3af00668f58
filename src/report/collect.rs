//! One pass over the annotations: the counts the report needs, per day and for the whole
//! corpus, with the lexicon terms, pattern ids and concordance samples per category; and the
//! two samples of the change table.

use super::{KWIC_MESSAGES, MAX_MONTHS_FOR_MONTHLY, MAX_PERIODS};
use crate::error::{Context, Result};
use crate::model::{Annotation, Source};
use crate::stats::compare::{add_clustered, compare, Basis, CompareOptions, CompareRow};
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
    /// Counts per calendar date and conversation: the clusters of the conversation-clustered
    /// trend bands and change tests (a conversation that spans days is one cluster per day
    /// here and is joined up again per period or range).
    pub(crate) day_conversations: BTreeMap<NaiveDate, BTreeMap<String, Counts>>,
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
            day_conversations: BTreeMap::new(),
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
                self.day_conversations
                    .entry(d)
                    .or_default()
                    .entry(a.conversation_id.clone())
                    .or_default()
                    .merge(&c);
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

    /// Per period label (as [`Collected::series`] labels them): the counts of each
    /// conversation within that period.
    pub(crate) fn period_conversations(
        &self,
        period: Period,
    ) -> BTreeMap<String, BTreeMap<String, Counts>> {
        let mut by: BTreeMap<String, BTreeMap<String, Counts>> = BTreeMap::new();
        for (d, convs) in &self.day_conversations {
            let p = by.entry(period.label(*d)).or_default();
            for (conv, c) in convs {
                p.entry(conv.clone()).or_default().merge(c);
            }
        }
        by
    }

    /// The counts of each conversation over the dated messages in `from..=to`.
    pub(crate) fn conversations_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> BTreeMap<String, Counts> {
        let mut out: BTreeMap<String, Counts> = BTreeMap::new();
        for (_, convs) in self.day_conversations.range(from..=to) {
            for (conv, c) in convs {
                out.entry(conv.clone()).or_default().merge(c);
            }
        }
        out
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

/// The two samples of the change table. A is always the earlier sample and B the later, and
/// every measure is B relative to A (a positive Log Ratio means the rate went up), as in
/// `c2chat stats --between` (see [`crate::stats::compare`]).
#[derive(Debug, Clone)]
pub(crate) struct ChangeSamples {
    /// Label of sample A, the earlier (`2024/25`, or a date range).
    pub(crate) label_a: String,
    /// Counts of sample A.
    pub(crate) a: Counts,
    /// Label of sample B, the later.
    pub(crate) label_b: String,
    /// Counts of sample B.
    pub(crate) b: Counts,
    /// Sample A's counts per conversation (the clusters of the clustered measures).
    pub(crate) a_conversations: BTreeMap<String, Counts>,
    /// Sample B's counts per conversation.
    pub(crate) b_conversations: BTreeMap<String, Counts>,
    /// How the samples were chosen: an interface string key (`report.change.how_*`) and
    /// its placeholder values.
    pub(crate) how: (&'static str, Vec<(&'static str, String)>),
}

impl ChangeSamples {
    /// B (later) relative to A (earlier) by flagged messages, Holm-adjusted across the
    /// categories.
    pub(crate) fn compare(&self) -> Vec<CompareRow> {
        let mut rows = compare(
            &self.label_a,
            &self.a,
            &self.label_b,
            &self.b,
            &CompareOptions {
                basis: Basis::Messages,
                holm: true,
            },
        );
        add_clustered(
            &mut rows,
            self.a_conversations.values(),
            self.b_conversations.values(),
        );
        rows
    }
}

/// The earliest period of `unit` (the report's default is [`Period::SchoolYear`]) as A
/// against the latest as B when the data cover two or more; otherwise the first half of the
/// covered dates as A against the second half as B. `None` with fewer than two dated days.
pub(crate) fn change_samples(c: &Collected, unit: Period) -> Option<ChangeSamples> {
    let (d0, d1) = c.date_range()?;
    let mut by: BTreeMap<String, Counts> = BTreeMap::new();
    for (d, x) in &c.days {
        by.entry(unit.label(*d)).or_default().merge(x);
    }
    if by.len() >= 2 {
        // Labels of one granularity sort chronologically.
        let (first, a) = by.pop_first()?;
        let (last, b) = by.pop_last()?;
        let mut convs = c.period_conversations(unit);
        return Some(ChangeSamples {
            a_conversations: convs.remove(&first).unwrap_or_default(),
            b_conversations: convs.remove(&last).unwrap_or_default(),
            label_a: first.clone(),
            a,
            label_b: last.clone(),
            b,
            how: (
                if unit == Period::SchoolYear {
                    "report.change.how_years"
                } else {
                    "report.change.how_periods"
                },
                vec![
                    ("a", first),
                    ("b", last),
                    ("period", unit.name().to_string()),
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
        label_a: format!("{d0}..{mid}"),
        a: c.between(d0, mid),
        label_b: format!("{next}..{d1}"),
        b: c.between(next, d1),
        a_conversations: c.conversations_between(d0, mid),
        b_conversations: c.conversations_between(next, d1),
        how: (
            "report.change.how_halves",
            vec![
                ("a0", d0.to_string()),
                ("a1", mid.to_string()),
                ("b0", next.to_string()),
                ("b1", d1.to_string()),
                ("period", unit.name().to_string()),
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

    /// Year A: 40 messages in 4 conversations, 2 flagged; year B: 40 messages in 4
    /// conversations with all 10 flags in one of them (every message of it).
    fn clustered_years() -> Vec<Annotation> {
        let mut v = Vec::new();
        for (year, flagged_in) in [(2024, [1usize, 1, 0, 0]), (2025, [10, 0, 0, 0])] {
            for (k, &f) in flagged_in.iter().enumerate() {
                for i in 0..10 {
                    let labels: &[&str] = if i < f { &["coercive.threat"] } else { &[] };
                    let id = format!("{year}-{k}-{i}");
                    let ts = format!("{year}-10-{:02}T10:00:00Z", i + 1);
                    v.push(dated(&id, &format!("c{year}{k}"), &ts, labels));
                }
            }
        }
        v
    }

    #[test]
    fn change_and_trend_bands_are_clustered_by_conversation() {
        let c = collect(&clustered_years());
        let s = change_samples(&c, Period::SchoolYear).unwrap();
        assert_eq!((s.a_conversations.len(), s.b_conversations.len()), (4, 4));
        let rows = s.compare();
        let r = rows.iter().find(|r| r.category == "coercive").unwrap();
        // 2/40 against 10/40: significant when messages are independent, not when the 10
        // flags are one conversation's.
        assert!(r.ll_p.unwrap() < 0.05, "{:?}", r.ll_p);
        assert!(r.design_effect_b.unwrap() > 3.0, "{:?}", r.design_effect_b);
        assert!(r.ll_p_clustered.unwrap() > 0.05, "{:?}", r.ll_p_clustered);
        assert!(r.log_ratio_lo_clustered.unwrap() < r.log_ratio_lo.unwrap());
        assert!(r.log_ratio_hi_clustered.unwrap() > r.log_ratio_hi.unwrap());
        // The per-period clusters behind the trend bands.
        let convs = c.period_conversations(Period::SchoolYear);
        assert_eq!(convs["2025/26"].len(), 4);
        assert_eq!(convs["2025/26"]["c20250"].flagged("coercive"), 10);
    }

    #[test]
    fn change_compares_earliest_and_latest_school_year_or_halves() {
        let c = collect(&corpus());
        let s = change_samples(&c, Period::SchoolYear).unwrap();
        // A is the earlier school year, B the later.
        assert_eq!(
            (s.label_a.as_str(), s.label_b.as_str()),
            ("2024/25", "2025/26")
        );
        // 2024/25: messages 1, 2, 3; 2025/26: 4, 5, 7.
        assert_eq!((s.a.messages, s.b.messages), (3, 3));
        assert_eq!(s.a.flagged("coercive"), 1);
        assert_eq!(s.b.flagged("coercive"), 2);
        // School years, not calendar years: 2025-08-31 and 2024-09-01 are both in 2024/25.
        let sy = collect(&[
            dated("a", "c", "2024-09-01T00:00:00Z", &["protective"]),
            dated("b", "c", "2025-08-31T00:00:00Z", &[]),
            dated("c", "c", "2025-09-01T00:00:00Z", &[]),
        ]);
        let s = change_samples(&sy, Period::SchoolYear).unwrap();
        assert_eq!(
            (
                s.label_a.as_str(),
                s.a.messages,
                s.label_b.as_str(),
                s.b.messages
            ),
            ("2024/25", 2, "2025/26", 1)
        );
        let y = change_samples(&sy, Period::Year).unwrap();
        assert_eq!(
            (
                y.label_a.as_str(),
                y.a.messages,
                y.label_b.as_str(),
                y.b.messages
            ),
            ("2024", 1, "2025", 2)
        );
        let one_year = collect(&[
            dated("a", "c", "2025-01-01T00:00:00Z", &["protective"]),
            dated("b", "c", "2025-01-03T00:00:00Z", &[]),
            dated("c", "c", "2025-01-04T00:00:00Z", &[]),
            dated("d", "c", "2025-01-05T00:00:00Z", &["protective"]),
        ]);
        let h = change_samples(&one_year, Period::SchoolYear).unwrap();
        assert_eq!(h.label_a, "2025-01-01..2025-01-03");
        assert_eq!(h.label_b, "2025-01-04..2025-01-05");
        assert_eq!((h.a.messages, h.b.messages), (2, 2));
        let one_day = collect(&[dated("a", "c", "2025-01-01T00:00:00Z", &[])]);
        assert!(change_samples(&one_day, Period::SchoolYear).is_none());
    }
}
