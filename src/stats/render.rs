//! Rendering: CSV/JSON bytes for each result (pure), and writers that put the standard files
//! into an output directory via [`crate::io::write_atomic`].

use super::aggregate::{stats_table, StatsTable};
use super::compare::{trend, CompareRow, TrendRow};
use super::corpus::{CollocateRow, KeywordRow, KwicRow};
use super::episodes::{episode_rows, EpisodeCompareRow, EpisodeRow, ROLES};
use super::partial::{Dim, Partial, EVIDENCE_SOURCES};
use super::structure::{
    cooccurrence_conversations, cooccurrence_messages, dispersion, speaker_profiles, DispersionRow,
    Matrix, SpeakerProfile,
};
use crate::error::{Context, Result};
use crate::io::write_atomic;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// A float for CSV: empty when undefined or non-finite; scientific notation when
/// 0 < |v| < 1e-6 or |v| ≥ 1e15; otherwise the shortest decimal that round-trips.
pub fn fmt_f64(v: Option<f64>) -> String {
    match v {
        // −0.0 (a product or difference that is exactly zero) is written `0`.
        Some(0.0) => "0".to_string(),
        Some(x) if x.is_finite() => {
            let a = x.abs();
            if a != 0.0 && !(1e-6..1e15).contains(&a) {
                format!("{x:e}")
            } else {
                format!("{x}")
            }
        }
        _ => String::new(),
    }
}

fn f(v: f64) -> String {
    fmt_f64(Some(v))
}

/// `x` rounded to `dp` decimals for a table or a terminal line, never `-0.00`: a value that
/// rounds to zero is written without a sign whichever side of zero it lies (`-0.004` is
/// `0.00`), so no table shows a negative zero. Non-finite values are formatted as Rust does.
pub fn fixed(x: f64, dp: usize) -> String {
    let s = format!("{x:.dp$}");
    match s.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_string(),
        _ => s,
    }
}

/// Every CSV of this module: cells go through [`crate::io::csv_cell`] (formula neutralisation).
fn csv_bytes(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    crate::io::write_csv_record(&mut w, header.iter().copied())?;
    for r in rows {
        crate::io::write_csv_record(&mut w, &r)?;
    }
    w.into_inner().context("finishing CSV")
}

/// Pretty JSON with a trailing newline.
pub fn json_bytes<T: Serialize + ?Sized>(v: &T) -> Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(v)?;
    out.push(b'\n');
    Ok(out)
}

/// The columns naming a row's group: one per grouping dimension (`school`, `term`), in
/// grouping order. A dimension named like one of the `fixed` columns (or like an earlier
/// dimension) gets `by_` in front, so every column name is unique.
pub fn group_columns(dims: &[String], fixed: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in dims {
        let mut name = d.clone();
        while fixed.contains(&name.as_str()) || out.contains(&name) {
            name = format!("by_{name}");
        }
        out.push(name);
    }
    out
}

/// A header: the group columns, then `fixed`.
fn header_with_groups(dims: &[String], fixed: &[&str]) -> Vec<String> {
    let mut h = group_columns(dims, fixed);
    h.extend(fixed.iter().map(|s| s.to_string()));
    h
}

fn csv_bytes_owned(
    header: &[String],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Vec<u8>> {
    let h: Vec<&str> = header.iter().map(String::as_str).collect();
    csv_bytes(&h, rows)
}

/// The columns of `stats.csv` after the group columns.
pub const STATS_COLUMNS: [&str; 3] = ["category", "measure", "value"];

/// The long rows of `stats.csv`: its header, and per row the text cells (group values,
/// category, measure) and the value (`None` when undefined).
pub type LongRows = (Vec<String>, Vec<(Vec<String>, Option<f64>)>);

/// The header and rows of `stats.csv` ([`LongRows`]); the Python binding builds its data
/// frame from the same rows.
pub fn stats_long(t: &StatsTable) -> LongRows {
    let header = header_with_groups(&t.dimensions, &STATS_COLUMNS);
    let mut rows = Vec::new();
    for g in &t.groups {
        for c in &g.categories {
            for (m, v) in c.measures() {
                let mut r = g.key.clone();
                r.extend([c.category.clone(), m.to_string()]);
                rows.push((r, v));
            }
        }
    }
    (header, rows)
}

/// `stats.csv`: one column per grouping dimension (`school,term`; none when ungrouped), then
/// `category,measure,value`.
pub fn stats_csv(t: &StatsTable) -> Result<Vec<u8>> {
    let (header, rows) = stats_long(t);
    csv_bytes_owned(
        &header,
        rows.into_iter().map(|(mut r, v)| {
            r.push(fmt_f64(v));
            r
        }),
    )
}

/// `stats.json`: the nested [`StatsTable`].
pub fn stats_json(t: &StatsTable) -> Result<Vec<u8>> {
    json_bytes(t)
}

/// Column order of `compare.csv`. The signed measures are named for their direction: B
/// relative to A, where for date ranges A is the earlier and B the later (see
/// [`super::compare`]).
pub const COMPARE_COLUMNS: [&str; 25] = [
    "sample_a",
    "sample_b",
    "category",
    "basis",
    "a",
    "b",
    "c",
    "d",
    "norm_a",
    "norm_b",
    "ll_b_vs_a",
    "ll_p",
    "ll_p_holm",
    "chi2",
    "chi2_p",
    "log_ratio_b_vs_a",
    "log_ratio_b_vs_a_lo",
    "log_ratio_b_vs_a_hi",
    "pct_diff_b_vs_a",
    "design_effect_a",
    "design_effect_b",
    "ll_b_vs_a_clustered",
    "ll_p_clustered",
    "log_ratio_b_vs_a_lo_clustered",
    "log_ratio_b_vs_a_hi_clustered",
];

/// The columns of a `compare.csv` written before the clustered columns were added (still read).
pub const COMPARE_COLUMNS_V1: usize = 19;

/// `compare.csv`.
pub fn compare_csv(rows: &[CompareRow]) -> Result<Vec<u8>> {
    csv_bytes(
        &COMPARE_COLUMNS,
        rows.iter().map(|r| {
            vec![
                r.sample_a.clone(),
                r.sample_b.clone(),
                r.category.clone(),
                r.basis.to_string(),
                r.a.to_string(),
                r.b.to_string(),
                r.c.to_string(),
                r.d.to_string(),
                fmt_f64(r.norm_a),
                fmt_f64(r.norm_b),
                fmt_f64(r.ll),
                fmt_f64(r.ll_p),
                fmt_f64(r.ll_p_holm),
                fmt_f64(r.chi2),
                fmt_f64(r.chi2_p),
                fmt_f64(r.log_ratio),
                fmt_f64(r.log_ratio_lo),
                fmt_f64(r.log_ratio_hi),
                fmt_f64(r.pct_diff),
                fmt_f64(r.design_effect_a),
                fmt_f64(r.design_effect_b),
                fmt_f64(r.ll_clustered),
                fmt_f64(r.ll_p_clustered),
                fmt_f64(r.log_ratio_lo_clustered),
                fmt_f64(r.log_ratio_hi_clustered),
            ]
        }),
    )
}

/// The columns of `trend.csv` after the group columns.
pub const TREND_COLUMNS: [&str; 13] = [
    "category",
    "period",
    "periods",
    "first",
    "last",
    "messages",
    "flagged",
    "z",
    "p",
    "direction",
    "z_clustered",
    "p_clustered",
    "direction_clustered",
];

/// `trend.csv`: one column per grouping dimension other than the period (`dims`, none when
/// the period is the only one), then [`TREND_COLUMNS`].
pub fn trend_csv(dims: &[String], rows: &[TrendRow]) -> Result<Vec<u8>> {
    csv_bytes_owned(
        &header_with_groups(dims, &TREND_COLUMNS),
        rows.iter().map(|r| {
            let mut v = r.key.clone();
            v.extend([
                r.category.clone(),
                r.period.to_string(),
                r.periods.to_string(),
                r.first.clone(),
                r.last.clone(),
                r.messages.to_string(),
                r.flagged.to_string(),
                fmt_f64(r.z),
                fmt_f64(r.p),
                r.direction.to_string(),
                fmt_f64(r.z_clustered),
                fmt_f64(r.p_clustered),
                r.direction_clustered.to_string(),
            ]);
            v
        }),
    )
}

/// The labels of the dimensions of `p` other than its period (the groups of `trend.csv`).
pub fn trend_dims(p: &Partial) -> Vec<String> {
    p.dims
        .iter()
        .filter(|d| !matches!(d, Dim::Period(_)))
        .map(|d| d.label().to_string())
        .collect()
}

/// `dispersion.csv`.
pub fn dispersion_csv(rows: &[DispersionRow]) -> Result<Vec<u8>> {
    csv_bytes(
        &[
            "category",
            "frequency",
            "conversations",
            "conversations_with",
            "dp",
            "dp_norm",
        ],
        rows.iter().map(|r| {
            vec![
                r.category.clone(),
                r.frequency.to_string(),
                r.conversations.to_string(),
                r.conversations_with.to_string(),
                fmt_f64(r.dp),
                fmt_f64(r.dp_norm),
            ]
        }),
    )
}

/// The columns of `cooccurrence_message.csv` and `cooccurrence_conversation.csv`.
pub const COOCCURRENCE_COLUMNS: [&str; 4] = ["category_a", "category_b", "measure", "value"];

/// `cooccurrence_message.csv` / `cooccurrence_conversation.csv`, long: one row per ordered
/// pair of categories (every cell of the symmetric matrix, in category order);
/// `measure` is `messages` or `conversations` (flagged for both; for a = b, flagged for a).
pub fn matrix_csv(m: &Matrix) -> Result<Vec<u8>> {
    let measure = match m.level {
        "message" => "messages",
        _ => "conversations",
    };
    let mut rows = Vec::new();
    for (a, row) in m.categories.iter().zip(&m.counts) {
        for (b, v) in m.categories.iter().zip(row) {
            rows.push(vec![
                a.clone(),
                b.clone(),
                measure.to_string(),
                v.to_string(),
            ]);
        }
    }
    csv_bytes(&COOCCURRENCE_COLUMNS, rows)
}

/// The columns of `evidence.csv`.
pub const EVIDENCE_COLUMNS: [&str; 5] = ["category", "source", "messages", "flagged", "share"];

/// `evidence.csv`: where flags come from. One row per category × kind of evidence
/// ([`EVIDENCE_SOURCES`]): the messages flagged for the category with that kind among their
/// evidence, the category's flagged messages, and the share (empty when none is flagged). A
/// message can have several kinds, so the rows of a category need not sum to `flagged`;
/// `classifier_only` rows count the labels no lexicon term, pattern or rule supports.
pub fn evidence_csv(p: &Partial) -> Result<Vec<u8>> {
    let mut rows = Vec::new();
    for cat in p.categories() {
        let flagged = p.total.flagged(&cat);
        let row = p.evidence.get(&cat);
        for s in EVIDENCE_SOURCES {
            let n = row.and_then(|r| r.get(s)).copied().unwrap_or(0);
            let share = (flagged > 0).then(|| n as f64 / flagged as f64);
            rows.push(vec![
                cat.clone(),
                s.to_string(),
                n.to_string(),
                flagged.to_string(),
                fmt_f64(share),
            ]);
        }
    }
    csv_bytes(&EVIDENCE_COLUMNS, rows)
}

/// `speakers.csv`; `categories` is `label:count` joined by `;`.
pub fn speakers_csv(rows: &[SpeakerProfile]) -> Result<Vec<u8>> {
    csv_bytes(
        &[
            "speaker",
            "messages",
            "flagged",
            "flagged_rate",
            "conversations",
            "conversations_flagged",
            "categories",
            "pattern",
        ],
        rows.iter().map(|r| {
            vec![
                r.speaker.clone(),
                r.messages.to_string(),
                r.flagged.to_string(),
                fmt_f64(r.flagged_rate),
                r.conversations.to_string(),
                r.conversations_flagged.to_string(),
                r.categories
                    .iter()
                    .map(|(k, v)| format!("{k}:{v}"))
                    .collect::<Vec<_>>()
                    .join(";"),
                r.pattern.to_string(),
            ]
        }),
    )
}

/// Keyword table.
pub fn keywords_csv(rows: &[KeywordRow]) -> Result<Vec<u8>> {
    csv_bytes(
        &[
            "term",
            "n",
            "freq_a",
            "freq_b",
            "size_a",
            "size_b",
            "ll",
            "p",
            "log_ratio",
            "pct_diff",
        ],
        rows.iter().map(|r| {
            vec![
                r.term.clone(),
                r.n.to_string(),
                r.freq_a.to_string(),
                r.freq_b.to_string(),
                r.size_a.to_string(),
                r.size_b.to_string(),
                f(r.ll),
                f(r.p),
                fmt_f64(r.log_ratio),
                fmt_f64(r.pct_diff),
            ]
        }),
    )
}

/// Concordance lines.
pub fn concordance_csv(rows: &[KwicRow]) -> Result<Vec<u8>> {
    csv_bytes(
        &[
            "message_id",
            "conversation_id",
            "left",
            "node",
            "right",
            "category",
        ],
        rows.iter().map(|r| {
            vec![
                r.message_id.clone(),
                r.conversation_id.clone(),
                r.left.clone(),
                r.node.clone(),
                r.right.clone(),
                r.category.clone(),
            ]
        }),
    )
}

/// Collocate table.
pub fn collocates_csv(rows: &[CollocateRow]) -> Result<Vec<u8>> {
    csv_bytes(
        &[
            "collocate",
            "j",
            "f1",
            "f2",
            "n",
            "mi",
            "log_dice",
            "ll",
            "t_score",
        ],
        rows.iter().map(|r| {
            vec![
                r.collocate.clone(),
                r.j.to_string(),
                r.f1.to_string(),
                r.f2.to_string(),
                r.n.to_string(),
                f(r.mi),
                f(r.log_dice),
                f(r.ll),
                f(r.t_score),
            ]
        }),
    )
}

/// Column order of `episode_stats.csv` after the group columns and before the role columns
/// (`role_<role>`, [`ROLES`]).
pub const EPISODE_STATS_COLUMNS: [&str; 17] = [
    "conversations",
    "pupils",
    "episodes",
    "episodes_per_1000_conversations",
    "episodes_per_1000_pupils",
    "interventions",
    "intervention_rate",
    "intervention_rate_lo",
    "intervention_rate_hi",
    "interventions_timed",
    "median_messages_to_intervention",
    "median_minutes_to_intervention",
    "refusals",
    "refusal_share",
    "escalations",
    "escalation_share",
    "escalation_share_of_refusals",
];

/// `episode_stats.csv`: one row per group; one column per grouping dimension (`dims`).
pub fn episode_stats_csv(dims: &[String], rows: &[EpisodeRow]) -> Result<Vec<u8>> {
    let roles: Vec<String> = ROLES.iter().map(|r| format!("role_{r}")).collect();
    let mut fixed: Vec<&str> = EPISODE_STATS_COLUMNS.to_vec();
    fixed.extend(roles.iter().map(String::as_str));
    let o = fmt_f64;
    csv_bytes_owned(
        &header_with_groups(dims, &fixed),
        rows.iter().map(|r| {
            let mut v = r.key.clone();
            v.extend([
                r.conversations.to_string(),
                r.pupils.to_string(),
                r.episodes.to_string(),
                o(r.episodes_per_1000_conversations),
                o(r.episodes_per_1000_pupils),
                r.interventions.to_string(),
                o(r.intervention_rate),
                o(r.intervention_rate_lo),
                o(r.intervention_rate_hi),
                r.interventions_timed.to_string(),
                o(r.median_messages_to_intervention),
                o(r.median_minutes_to_intervention),
                r.refusals.to_string(),
                o(r.refusal_share),
                r.escalations.to_string(),
                o(r.escalation_share),
                o(r.escalation_share_of_refusals),
            ]);
            v.extend(r.roles.iter().map(|(_, n)| n.to_string()));
            v
        }),
    )
}

/// Column order of `episode_compare.csv`.
pub const EPISODE_COMPARE_COLUMNS: [&str; 15] = [
    "sample_a",
    "sample_b",
    "episodes_a",
    "interventions_a",
    "rate_a",
    "episodes_b",
    "interventions_b",
    "rate_b",
    "diff_b_minus_a",
    "z_b_vs_a",
    "p_value",
    "risk_ratio_b_over_a",
    "risk_ratio_b_over_a_lo",
    "risk_ratio_b_over_a_hi",
    "risk_ratio_corrected",
];

/// `episode_compare.csv`.
pub fn episode_compare_csv(rows: &[EpisodeCompareRow]) -> Result<Vec<u8>> {
    let o = fmt_f64;
    csv_bytes(
        &EPISODE_COMPARE_COLUMNS,
        rows.iter().map(|r| {
            vec![
                r.sample_a.clone(),
                r.sample_b.clone(),
                r.episodes_a.to_string(),
                r.interventions_a.to_string(),
                o(r.rate_a),
                r.episodes_b.to_string(),
                r.interventions_b.to_string(),
                o(r.rate_b),
                o(r.diff_b_minus_a),
                o(r.z_b_vs_a),
                o(r.p_value),
                o(r.risk_ratio_b_over_a),
                o(r.risk_ratio_b_over_a_lo),
                o(r.risk_ratio_b_over_a_hi),
                r.risk_ratio_corrected.to_string(),
            ]
        }),
    )
}

/// Write `episode_compare.csv` into `dir`.
pub fn write_episode_compare(dir: &Path, rows: &[EpisodeCompareRow]) -> Result<PathBuf> {
    write_file(dir, "episode_compare.csv", &episode_compare_csv(rows)?)
}

/// Every file derivable from a partial, as (file name, bytes), in a fixed order:
/// `stats.csv`, `stats.json`, `trend.csv` (only when grouped by exactly one period),
/// `dispersion.csv`, `cooccurrence_message.csv`, `cooccurrence_conversation.csv`,
/// `speakers.csv`, `evidence.csv`, `episode_stats.csv` and `episode_stats.json` (only when the partial has
/// episode counts), `partial.json`.
pub fn corpus_files(p: &Partial) -> Result<Vec<(&'static str, Vec<u8>)>> {
    let t = stats_table(p);
    let mut out = vec![
        ("stats.csv", stats_csv(&t)?),
        ("stats.json", stats_json(&t)?),
    ];
    let periods = p
        .dims
        .iter()
        .filter(|d| matches!(d, Dim::Period(_)))
        .count();
    if periods == 1 {
        out.push(("trend.csv", trend_csv(&trend_dims(p), &trend(p)?)?));
    }
    out.push(("dispersion.csv", dispersion_csv(&dispersion(p))?));
    out.push((
        "cooccurrence_message.csv",
        matrix_csv(&cooccurrence_messages(p))?,
    ));
    out.push((
        "cooccurrence_conversation.csv",
        matrix_csv(&cooccurrence_conversations(p))?,
    ));
    out.push(("speakers.csv", speakers_csv(&speaker_profiles(p))?));
    out.push(("evidence.csv", evidence_csv(p)?));
    if let Some(e) = &p.episodes {
        let rows = episode_rows(&p.dims, e);
        let dims: Vec<String> = p.dims.iter().map(|d| d.label().to_string()).collect();
        out.push(("episode_stats.csv", episode_stats_csv(&dims, &rows)?));
        out.push(("episode_stats.json", json_bytes(&rows)?));
    }
    out.push(("partial.json", p.to_json()?));
    Ok(out)
}

/// Write `bytes` to `dir/name` atomically; returns the path.
pub fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf> {
    let path = dir.join(name);
    write_atomic(&path, bytes)?;
    Ok(path)
}

/// Write [`corpus_files`] into `dir`; returns the paths written.
pub fn write_corpus(dir: &Path, p: &Partial) -> Result<Vec<PathBuf>> {
    corpus_files(p)?
        .into_iter()
        .map(|(name, bytes)| write_file(dir, name, &bytes))
        .collect()
}

/// Write `compare.csv` into `dir`.
pub fn write_compare(dir: &Path, rows: &[CompareRow]) -> Result<PathBuf> {
    write_file(dir, "compare.csv", &compare_csv(rows)?)
}

/// Write `trend.csv` into `dir`; `dims` as in [`trend_csv`].
pub fn write_trend(dir: &Path, dims: &[String], rows: &[TrendRow]) -> Result<PathBuf> {
    write_file(dir, "trend.csv", &trend_csv(dims, rows)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::partial::tests::ann;
    use crate::stats::period::Period;

    #[test]
    fn compare_rows_serialise_with_the_csv_column_names() {
        // The Python package shows CompareRow as serialised: its keys must be compare.csv's.
        let c = crate::stats::partial::Counts::default();
        let opts = crate::stats::compare::CompareOptions {
            basis: crate::stats::compare::Basis::Messages,
            holm: true,
        };
        let rows = crate::stats::compare::compare("a", &c, "b", &c, &opts);
        let v = serde_json::to_value(&rows[0]).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, COMPARE_COLUMNS.to_vec());
    }

    #[test]
    fn float_format() {
        assert_eq!(fmt_f64(None), "");
        assert_eq!(fmt_f64(Some(f64::NAN)), "");
        assert_eq!(fmt_f64(Some(100.0)), "100");
        assert_eq!(fmt_f64(Some(0.25)), "0.25");
        assert_eq!(
            fmt_f64(Some(3.078_258_191_675_823e-10)),
            "3.078258191675823e-10"
        );
        assert_eq!(fmt_f64(Some(0.0)), "0");
        assert_eq!(fmt_f64(Some(-0.0)), "0");
        assert_eq!(fmt_f64(Some(-0.5)), "-0.5");
    }

    #[test]
    fn rounded_values_never_show_a_negative_zero() {
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(-0.0, 2), "0.00");
        assert_eq!(fixed(-0.4, 0), "0");
        assert_eq!(fixed(-0.00004, 4), "0.0000");
        assert_eq!(fixed(-0.005_000_1, 2), "-0.01");
        assert_eq!(fixed(-1.0, 2), "-1.00");
        assert_eq!(fixed(0.004, 2), "0.00");
        assert_eq!(fixed(12.345, 1), "12.3");
        assert_eq!(fixed(-f64::INFINITY, 2), "-inf");
    }

    #[test]
    fn grouped_files_have_one_column_per_grouping_field() {
        let anns = vec![
            ann(
                "1",
                "c1",
                "s1",
                Some("2024-10-05T10:00:00Z"),
                &[("school", "School A|North")],
                &["coercive.threat"],
                4,
            ),
            ann(
                "2",
                "c2",
                "s2",
                Some("2025-01-15T10:00:00Z"),
                &[("school", "School B")],
                &[],
                4,
            ),
        ];
        let dims = crate::stats::parse_dims(&["school"], Some("term")).unwrap();
        let p = Partial::from_annotations(dims, &anns).unwrap();
        let files = corpus_files(&p).unwrap();
        let file = |n: &str| {
            let b = &files.iter().find(|f| f.0 == n).unwrap().1;
            String::from_utf8(b.clone()).unwrap()
        };
        let stats = file("stats.csv");
        assert!(
            stats.starts_with("school,term,category,measure,value\n"),
            "{stats}"
        );
        // The value with a `|` stays one cell; no `group` column joins the fields.
        assert!(
            stats.contains("\nSchool A|North,2024/25-autumn,coercive.threat,flagged,1\n"),
            "{stats}"
        );
        assert!(stats.contains("\nSchool B,2024/25-spring,coercive.threat,flagged,0\n"));
        let trend = file("trend.csv");
        assert!(trend.starts_with("school,category,period,"), "{trend}");
        assert!(trend.contains("\nSchool B,coercive,term,1,2024/25-spring,"));
        // A grouping field named like a fixed column is renamed, not duplicated.
        assert_eq!(
            group_columns(&["category".into(), "term".into()], &STATS_COLUMNS),
            vec!["by_category", "term"]
        );
    }

    #[test]
    fn files_are_written() {
        let anns = vec![
            ann(
                "1",
                "c1",
                "s1",
                Some("2025-01-05T10:00:00Z"),
                &[("platform", "chat")],
                &["coercive.threat"],
                4,
            ),
            ann(
                "2",
                "c2",
                "s2",
                Some("2025-03-05T10:00:00Z"),
                &[("platform", "game")],
                &[],
                4,
            ),
        ];
        let p = Partial::from_annotations(vec![Dim::Period(Period::Month)], &anns).unwrap();
        let d = tempfile::tempdir().unwrap();
        let paths = write_corpus(d.path(), &p).unwrap();
        let names: Vec<String> = paths
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            vec![
                "stats.csv",
                "stats.json",
                "trend.csv",
                "dispersion.csv",
                "cooccurrence_message.csv",
                "cooccurrence_conversation.csv",
                "speakers.csv",
                "evidence.csv",
                "partial.json"
            ]
        );
        let ev = std::fs::read_to_string(d.path().join("evidence.csv")).unwrap();
        assert!(
            ev.starts_with("category,source,messages,flagged,share\n"),
            "{ev}"
        );
        assert!(ev.contains("\ncoercive.threat,lexicon,1,1,1\n"), "{ev}");
        assert!(
            ev.contains("\ncoercive.threat,classifier_only,0,1,0\n"),
            "{ev}"
        );
        assert!(ev.contains("\nsexualised,lexicon,0,0,\n"), "{ev}");
        let csv = std::fs::read_to_string(d.path().join("stats.csv")).unwrap();
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("month,category,measure,value"));
        assert_eq!(lines.next(), Some("2025-01,sexualised,messages,1"));
        assert!(csv.contains("\n2025-01,coercive.threat,per_1000,1000\n"));
        // Months with no messages are absent from stats.csv but filled in for the trend.
        assert!(!csv.contains("2025-02"));
        let trend = std::fs::read_to_string(d.path().join("trend.csv")).unwrap();
        assert!(trend.starts_with("category,period,periods,first,last,"));
        assert!(trend.contains("\ncoercive.threat,month,3,2025-01,2025-03,2,1,"));
        let m = std::fs::read_to_string(d.path().join("cooccurrence_message.csv")).unwrap();
        assert!(m.starts_with(
            "category_a,category_b,measure,value\nsexualised,sexualised,messages,0\n"
        ));
        assert!(m.contains("\ncoercive.threat,coercive,messages,1\n"));
        assert!(m.contains("\ncoercive,coercive.threat,messages,1\n"));
        let back = Partial::read(&d.path().join("partial.json")).unwrap();
        assert_eq!(back, p);
        let sp = std::fs::read_to_string(d.path().join("speakers.csv")).unwrap();
        assert!(sp.contains("s1,1,1,1,1,1,coercive.threat:1,isolated\n"));
        let cmp = write_compare(d.path(), &[]).unwrap();
        assert_eq!(
            std::fs::read_to_string(cmp).unwrap().trim_end(),
            COMPARE_COLUMNS.join(",")
        );
    }
}
