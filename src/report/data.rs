//! Every statistic the report shows, computed in one step ([`ReportData::new`]) from one pass
//! over the annotations ([`Collected`]), the manifest and any `compare.csv`. The values are
//! plain (numbers, strings, rows): no markup. The sections only render them.

use super::collect::{change_samples, months_spanned, ChangeSamples, Collected};
use super::manifest::{CorpusFacts, Provenance};
use super::{ReportOptions, KWIC_LINES, TOP_TERMS};
use crate::error::Result;
use crate::model::{CATEGORY_IDS, TOP_LEVEL_IDS};
use crate::stats::aggregate::CategoryStats;
use crate::stats::compare::{trend, CompareRow, TrendRow};
use crate::stats::corpus::{
    concordance, is_masked_category, mask, KwicOptions, KwicQuery, KwicRow, KwicSort,
};
use crate::stats::partial::{categories, Dim, Partial};
use crate::stats::period::Period;
use crate::stats::structure::cooccurrence_messages;
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Everything the report shows, section by section.
#[derive(Debug, Clone)]
pub(crate) struct ReportData {
    /// `c2chat report: NAME` (the corpus name, or the annotations file's name).
    pub(crate) title: String,
    /// The annotations file's name.
    pub(crate) source_name: String,
    /// The `corpus.toml` facts from the manifest.
    pub(crate) corpus: CorpusFacts,
    /// The manifest's run facts; `None` without a manifest.
    pub(crate) provenance: Option<Provenance>,
    /// Corpus totals (overview).
    pub(crate) totals: Totals,
    /// Rates for each category over the whole corpus ([`categories`] order), with the
    /// conversation-clustered intervals.
    pub(crate) rates: Vec<CategoryStats>,
    /// The time series and trend tests; `None` when no message has a timestamp.
    pub(crate) trend: Option<Trend>,
    /// Message-level co-occurrence of the [`CATEGORY_IDS`].
    pub(crate) cooccurrence: Cooccurrence,
    /// The comparison of two samples.
    pub(crate) change: Change,
    /// Top terms and pattern ids per category.
    pub(crate) terms: Vec<TermRow>,
    /// Concordance lines per category.
    pub(crate) kwic: Vec<KwicLine>,
    /// Whether sexualised span texts are shown as written (`--unmask`).
    pub(crate) unmask: bool,
    /// The interface strings (`--ui-lang`).
    pub(crate) ui: &'static crate::ui::Ui,
    /// Episodes and bystanders; `None` without `episodes.jsonl` beside the annotations.
    pub(crate) episodes: Option<super::episodes::EpisodeData>,
    /// Where the flags come from: per flagged category, messages by kind of evidence.
    pub(crate) evidence: Vec<EvidenceRow>,
}

/// One category's flagged messages by kind of evidence
/// ([`EVIDENCE_SOURCES`](crate::stats::partial::EVIDENCE_SOURCES) order).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EvidenceRow {
    /// The category id.
    pub(crate) category: String,
    /// Messages flagged for it.
    pub(crate) flagged: u64,
    /// Messages per kind of evidence.
    pub(crate) by_source: Vec<u64>,
}

/// The evidence rows of every category with a flagged message, in report order.
fn evidence(p: &crate::stats::Partial) -> Vec<EvidenceRow> {
    p.categories()
        .into_iter()
        .filter(|c| p.total.flagged(c) > 0)
        .map(|c| EvidenceRow {
            flagged: p.total.flagged(&c),
            by_source: crate::stats::partial::EVIDENCE_SOURCES
                .iter()
                .map(|s| {
                    p.evidence
                        .get(&c)
                        .and_then(|r| r.get(*s))
                        .copied()
                        .unwrap_or(0)
                })
                .collect(),
            category: c,
        })
        .collect()
}

/// Corpus totals.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Totals {
    /// Messages analysed.
    pub(crate) messages: u64,
    /// Tokens.
    pub(crate) tokens: u64,
    /// Distinct conversations.
    pub(crate) conversations: u64,
    /// Distinct (pseudonymous) speakers.
    pub(crate) speakers: u64,
    /// Messages with at least one label.
    pub(crate) flagged_any: u64,
    /// `flagged_any` per 1,000 messages; `None` without messages.
    pub(crate) flagged_any_per_1000: Option<f64>,
    /// Messages without a timestamp.
    pub(crate) undated: u64,
    /// First and last dated day and the calendar months they span; `None` without dates.
    pub(crate) covered: Option<(NaiveDate, NaiveDate, i64)>,
}

/// Why the trend uses its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodChoice {
    /// Chosen with `--period`.
    Requested,
    /// School terms, because the data span more than `MAX_MONTHS_FOR_MONTHLY` months.
    LongSpanTerms,
    /// Months, the default.
    DefaultMonths,
}

/// The time series of the top-level categories and the trend tests.
#[derive(Debug, Clone)]
pub(crate) struct Trend {
    /// The period.
    pub(crate) period: Period,
    /// Why that period.
    pub(crate) choice: PeriodChoice,
    /// Period labels from first to last, gaps included.
    pub(crate) labels: Vec<String>,
    /// One per top-level category ([`TOP_LEVEL_IDS`] order).
    pub(crate) tops: Vec<TopTrend>,
    /// The Cochran–Armitage test per category, over the periods with messages.
    pub(crate) tests: Vec<TrendRow>,
}

/// One top-level category over time.
#[derive(Debug, Clone)]
pub(crate) struct TopTrend {
    /// The category.
    pub(crate) category: &'static str,
    /// Its trend test, if one was computed.
    pub(crate) test: Option<TrendRow>,
    /// Its rate in each period (same order as [`Trend::labels`]).
    pub(crate) points: Vec<CategoryStats>,
}

/// A symmetric matrix of messages flagged for both categories.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cooccurrence {
    /// Row and column labels ([`CATEGORY_IDS`]).
    pub(crate) categories: Vec<String>,
    /// `counts[i][j]`: messages flagged for both; the diagonal, for the category.
    pub(crate) counts: Vec<Vec<u64>>,
}

/// Where the change table comes from.
#[derive(Debug, Clone)]
pub(crate) enum ChangeSource {
    /// `compare.csv` from the `--stats` directory.
    Csv,
    /// Computed from the two samples.
    Computed(Box<ChangeSamples>),
    /// Not enough dated messages to compare two periods.
    None,
}

/// The comparison of two samples, one row per category.
#[derive(Debug, Clone)]
pub(crate) struct Change {
    /// Where the rows come from.
    pub(crate) source: ChangeSource,
    /// The rows (empty when there is nothing to compare).
    pub(crate) rows: Vec<CompareRow>,
}

/// The most frequent terms and pattern ids of one category.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TermRow {
    /// The category.
    pub(crate) category: String,
    /// All its spans (terms and pattern or rule ids).
    pub(crate) spans: u64,
    /// Up to `TOP_TERMS` lexicon terms with their spans (masked unless `--unmask`).
    pub(crate) terms: Vec<(String, u64)>,
    /// Up to `TOP_TERMS` pattern and rule ids with their spans.
    pub(crate) ids: Vec<(String, u64)>,
}

/// One concordance line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct KwicLine {
    /// The category it illustrates.
    pub(crate) category: String,
    /// The line.
    pub(crate) row: KwicRow,
}

impl ReportData {
    /// Compute everything the report shows. `compare_csv` (from `--stats`) replaces the
    /// computed change table.
    pub(crate) fn new(
        c: &Collected,
        manifest: Option<&Value>,
        compare_csv: Option<Vec<CompareRow>>,
        source_name: &str,
        opts: &ReportOptions,
    ) -> Result<ReportData> {
        let corpus = CorpusFacts::of(manifest);
        let ui = crate::ui::Ui::builtin(opts.ui_lang);
        let title = ui.f(
            "report.title",
            &[("name", corpus.name.as_deref().unwrap_or(source_name))],
        );
        Ok(ReportData {
            title,
            source_name: source_name.to_string(),
            corpus,
            provenance: manifest.map(Provenance::of),
            totals: totals(c),
            rates: c
                .whole
                .categories()
                .iter()
                .map(|cat| {
                    CategoryStats::with_clusters(
                        cat,
                        &c.whole.total,
                        c.whole.conversations.values(),
                    )
                })
                .collect(),
            evidence: evidence(&c.whole),
            trend: trend_data(c, opts.period)?,
            cooccurrence: cooccurrence(c),
            change: change(
                c,
                compare_csv,
                opts.change_period.unwrap_or(Period::SchoolYear),
            ),
            terms: terms(c, opts.unmask),
            kwic: kwic(c, opts.unmask),
            unmask: opts.unmask,
            ui,
            episodes: None,
        })
    }
}

fn totals(c: &Collected) -> Totals {
    let total = &c.whole.total;
    Totals {
        messages: total.messages,
        tokens: total.tokens,
        conversations: c.whole.conversations.len() as u64,
        speakers: c.whole.speakers.len() as u64,
        flagged_any: c.flagged_any,
        flagged_any_per_1000: (total.messages > 0)
            .then(|| c.flagged_any as f64 * 1000.0 / total.messages as f64),
        undated: c.undated.messages,
        covered: c.date_range().map(|(a, b)| (a, b, months_spanned(a, b))),
    }
}

fn trend_data(c: &Collected, requested: Option<Period>) -> Result<Option<Trend>> {
    let period = c.choose_period(requested);
    let series = c.series(period)?;
    if series.is_empty() {
        return Ok(None);
    }
    // The bands and the clustered trend test are clustered by conversation within each period.
    let convs = c.period_conversations(period);
    let mut p = Partial::new(vec![Dim::Period(period)]);
    for (l, cnt) in &series {
        if cnt.messages > 0 {
            p.groups.insert(vec![l.clone()], cnt.clone());
            p.total.merge(cnt);
            if let Some(clusters) = convs.get(l) {
                p.group_conversations
                    .insert(vec![l.clone()], clusters.clone());
            }
        }
    }
    let tests = trend(&p)?;
    let none = BTreeMap::new();
    let tops = TOP_LEVEL_IDS
        .iter()
        .map(|&top| TopTrend {
            category: top,
            test: tests.iter().find(|r| r.category == top).cloned(),
            points: series
                .iter()
                .map(|(label, cnt)| {
                    let clusters = convs.get(label).unwrap_or(&none);
                    CategoryStats::with_clusters(top, cnt, clusters.values())
                })
                .collect(),
        })
        .collect();
    let choice = match (requested, period) {
        (Some(_), _) => PeriodChoice::Requested,
        (None, Period::Term) => PeriodChoice::LongSpanTerms,
        (None, _) => PeriodChoice::DefaultMonths,
    };
    Ok(Some(Trend {
        period,
        choice,
        labels: series.into_iter().map(|(l, _)| l).collect(),
        tops,
        tests,
    }))
}

/// The [`CATEGORY_IDS`] only: a top level always co-occurs with its own sub-categories.
fn cooccurrence(c: &Collected) -> Cooccurrence {
    let mat = cooccurrence_messages(&c.whole);
    let idx: Vec<usize> = CATEGORY_IDS
        .iter()
        .filter_map(|id| mat.categories.iter().position(|c| c == id))
        .collect();
    Cooccurrence {
        categories: idx.iter().map(|&i| mat.categories[i].clone()).collect(),
        counts: idx
            .iter()
            .map(|&i| idx.iter().map(|&j| mat.counts[i][j]).collect())
            .collect(),
    }
}

fn change(c: &Collected, compare_csv: Option<Vec<CompareRow>>, unit: Period) -> Change {
    if let Some(rows) = compare_csv {
        return Change {
            source: ChangeSource::Csv,
            rows,
        };
    }
    match change_samples(c, unit) {
        Some(s) => Change {
            rows: s.compare(),
            source: ChangeSource::Computed(Box::new(s)),
        },
        None => Change {
            source: ChangeSource::None,
            rows: Vec::new(),
        },
    }
}

fn terms(c: &Collected, unmask: bool) -> Vec<TermRow> {
    display_order(c.terms.keys().chain(c.ids.keys()))
        .into_iter()
        .map(|cat| {
            let masked = !unmask && is_masked_category(&cat);
            let terms = top_n(c.terms.get(&cat))
                .into_iter()
                .map(|(t, k)| (if masked { mask(&t) } else { t }, k))
                .collect();
            let sum = |m: &BTreeMap<String, BTreeMap<String, u64>>| {
                m.get(&cat).map_or(0, |m| m.values().sum::<u64>())
            };
            TermRow {
                spans: sum(&c.terms) + sum(&c.ids),
                terms,
                ids: top_n(c.ids.get(&cat)),
                category: cat,
            }
        })
        .collect()
}

/// Up to `KWIC_LINES` lines per category, six tokens either side, from the samples.
fn kwic(c: &Collected, unmask: bool) -> Vec<KwicLine> {
    let kopts = KwicOptions {
        context: 6,
        sort: KwicSort::Text,
        unmask,
    };
    let mut out = Vec::new();
    for cat in display_order(c.samples.keys()) {
        let rows = concordance(&c.samples[&cat], &KwicQuery::Category(cat.clone()), &kopts);
        out.extend(
            rows.into_iter()
                .filter(|r| r.category == cat)
                .take(KWIC_LINES)
                .map(|row| KwicLine {
                    category: cat.clone(),
                    row,
                }),
        );
    }
    out
}

/// Categories in report order: [`categories`] order first, then any others sorted.
fn display_order<'a>(keys: impl Iterator<Item = &'a String>) -> Vec<String> {
    let set: BTreeSet<&String> = keys.collect();
    let mut out: Vec<String> = categories()
        .into_iter()
        .filter(|c| set.iter().any(|k| k.as_str() == *c))
        .map(str::to_string)
        .collect();
    for k in set {
        if !out.contains(k) {
            out.push(k.clone());
        }
    }
    out
}

/// The `TOP_TERMS` most frequent entries, by count descending then key.
fn top_n(m: Option<&BTreeMap<String, u64>>) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = m
        .map(|m| m.iter().map(|(k, v)| (k.clone(), *v)).collect())
        .unwrap_or_default();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(TOP_TERMS);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testdata::{collect, corpus, dated};

    fn data(opts: &ReportOptions) -> ReportData {
        ReportData::new(&collect(&corpus()), None, None, "a.jsonl", opts).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn totals_and_rates() {
        let d = data(&ReportOptions::default());
        assert_eq!(d.title, "c2chat report: a.jsonl");
        assert!(d.provenance.is_none());
        assert_eq!(d.corpus, CorpusFacts::default());
        let t = &d.totals;
        assert_eq!(
            (
                t.messages,
                t.conversations,
                t.speakers,
                t.flagged_any,
                t.undated
            ),
            (7, 4, 2, 5, 1)
        );
        assert_eq!(t.flagged_any_per_1000, Some(5000.0 / 7.0));
        assert_eq!(t.covered, Some((day(2024, 9, 10), day(2025, 11, 1), 15)));
        let names: Vec<&str> = d.rates.iter().map(|r| r.category.as_str()).collect();
        assert_eq!(names, categories());
        let coercive = d.rates.iter().find(|r| r.category == "coercive").unwrap();
        assert_eq!((coercive.flagged, coercive.messages), (3, 7));
    }

    #[test]
    fn trend_has_one_series_per_top_level_category() {
        let d = data(&ReportOptions::default());
        let t = d.trend.as_ref().unwrap();
        assert_eq!(
            (t.period, t.choice),
            (Period::Month, PeriodChoice::DefaultMonths)
        );
        assert_eq!(t.labels.len(), 15);
        assert_eq!(
            (t.labels[0].as_str(), t.labels[14].as_str()),
            ("2024-09", "2025-11")
        );
        let tops: Vec<&str> = t.tops.iter().map(|x| x.category).collect();
        assert_eq!(tops, TOP_LEVEL_IDS);
        for top in &t.tops {
            assert_eq!(top.points.len(), 15);
        }
        let coercive = &t.tops[1];
        assert_eq!(coercive.points.iter().map(|p| p.flagged).sum::<u64>(), 3);
        assert_eq!(coercive.test.as_ref().unwrap().category, "coercive");
        assert!(t.tests.iter().any(|r| r.category == "coercive.threat"));
        // The report's trend tests are clustered by conversation too (the per-period clusters
        // reach the test), and a clustered test is never defined where the plain one is not.
        let defined = t.tests.iter().filter(|r| r.z.is_some()).count();
        assert!(defined > 0);
        assert_eq!(
            t.tests.iter().filter(|r| r.z_clustered.is_some()).count(),
            defined
        );
        let year = data(&ReportOptions {
            period: Some(Period::Year),
            ..ReportOptions::default()
        });
        let t = year.trend.unwrap();
        assert_eq!(
            (t.period, t.choice),
            (Period::Year, PeriodChoice::Requested)
        );
        assert_eq!(t.labels, ["2024", "2025"]);
    }

    #[test]
    fn cooccurrence_counts_sub_categories_only() {
        let m = data(&ReportOptions::default()).cooccurrence;
        assert_eq!(m.categories, CATEGORY_IDS);
        let at = |c: &str| m.categories.iter().position(|x| x == c).unwrap();
        assert_eq!(m.counts[at("coercive.threat")][at("coercive.threat")], 2);
        assert_eq!(
            m.counts[at("coercive.pressure")][at("victim_blaming.blame")],
            1
        );
        assert_eq!(m.counts[at("coercive.threat")][at("sexualised.names")], 0);
    }

    #[test]
    fn change_is_computed_or_read() {
        let d = data(&ReportOptions::default());
        match &d.change.source {
            ChangeSource::Computed(s) => {
                // A is the earlier school year, B the later.
                assert_eq!(
                    (s.label_a.as_str(), s.label_b.as_str()),
                    ("2024/25", "2025/26")
                )
            }
            other => panic!("{other:?}"),
        }
        let coercive = d.change.rows.iter().find(|r| r.category == "coercive");
        assert_eq!(coercive.map(|r| (r.a, r.b)), Some((1, 2)));
        // The rate went up: positive G² and Log Ratio, as `stats --between` gives for the
        // same two school years (ranges given later first on purpose).
        let up = coercive.unwrap();
        assert!(
            up.ll.unwrap() > 0.0 && up.log_ratio.unwrap() > 0.0,
            "{up:?}"
        );
        let ranges = [
            "2025-09-01..2026-08-31".to_string(),
            "2024-09-01..2025-08-31".to_string(),
        ];
        let (sa, sb) = crate::stats::Selector::pair(None, Some(&ranges))
            .unwrap()
            .unwrap();
        let anns = corpus();
        let count = |sel: &crate::stats::Selector| {
            let kept: Vec<_> = anns.iter().filter(|a| sel.matches(a).unwrap()).collect();
            Partial::from_annotations(vec![], kept).unwrap().total
        };
        let stats_rows = crate::stats::compare(
            &sa.label(),
            &count(&sa),
            &sb.label(),
            &count(&sb),
            &crate::stats::CompareOptions {
                basis: crate::stats::Basis::Messages,
                holm: true,
            },
        );
        for (r, s) in d.change.rows.iter().zip(&stats_rows) {
            assert_eq!(
                (r.a, r.b, r.ll, r.log_ratio, r.pct_diff),
                (s.a, s.b, s.ll, s.log_ratio, s.pct_diff),
                "{}",
                r.category
            );
        }
        let rows = d.change.rows[..1].to_vec();
        let c = collect(&corpus());
        let from_csv =
            ReportData::new(&c, None, Some(rows.clone()), "a", &ReportOptions::default());
        let from_csv = from_csv.unwrap().change;
        assert!(matches!(from_csv.source, ChangeSource::Csv));
        assert_eq!(from_csv.rows, rows);
        let one_day = collect(&[dated("a", "c", "2025-01-01T00:00:00Z", &["protective"])]);
        let d = ReportData::new(&one_day, None, None, "a", &ReportOptions::default()).unwrap();
        assert!(matches!(d.change.source, ChangeSource::None) && d.change.rows.is_empty());
    }

    #[test]
    fn terms_and_kwic_are_masked_unless_unmasked() {
        let d = data(&ReportOptions::default());
        let cats: Vec<&str> = d.terms.iter().map(|r| r.category.as_str()).collect();
        assert_eq!(
            cats,
            [
                "sexualised.names",
                "coercive.pressure",
                "coercive.threat",
                "victim_blaming.blame",
                "protective"
            ]
        );
        assert_eq!(d.terms[0].terms, [("p***".to_string(), 1)]);
        assert_eq!((d.terms[0].spans, d.terms[0].ids.len()), (1, 0));
        assert_eq!(d.terms[2].terms, [("ok".to_string(), 2)]);
        assert_eq!(d.kwic.len(), 6);
        assert_eq!(d.kwic[0].category, "sexualised.names");
        assert_eq!(d.kwic[0].row.node, "p***");
        assert!(!d.kwic[0].row.right.contains("placeholder"));
        let open = data(&ReportOptions {
            unmask: true,
            ..ReportOptions::default()
        });
        assert_eq!(open.terms[0].terms, [("placeholder".to_string(), 1)]);
        assert_eq!(open.kwic[0].row.node, "placeholder");
    }

    #[test]
    fn undated_messages_have_no_trend_and_no_change() {
        let mut anns = corpus();
        for a in &mut anns {
            a.timestamp = None;
        }
        let d = ReportData::new(&collect(&anns), None, None, "a", &ReportOptions::default());
        let d = d.unwrap();
        assert!(d.trend.is_none() && d.totals.covered.is_none());
        assert!(matches!(d.change.source, ChangeSource::None));
        assert_eq!(d.totals.undated, 7);
    }

    #[test]
    fn manifest_facts_are_carried() {
        let m = serde_json::json!({
            "inputs": [{"path": "x.csv", "sha256": "ab", "corpus": {"name": "tiny"}}],
            "counts": {"read": 9, "annotated": 7, "rejected": 2}
        });
        let c = collect(&corpus());
        let d = ReportData::new(&c, Some(&m), None, "a", &ReportOptions::default()).unwrap();
        assert_eq!(d.title, "c2chat report: tiny");
        let p = d.provenance.unwrap();
        assert_eq!(
            (p.read, p.annotated, p.rejected),
            (Some(9), Some(7), Some(2))
        );
    }
}
