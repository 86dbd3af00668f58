//! Rendering: CSV/JSON bytes for each result (pure), and writers that put the standard files
//! into an output directory via [`crate::io::write_atomic`].

use super::aggregate::{stats_table, StatsTable};
use super::compare::{trend, CompareRow, TrendRow};
use super::corpus::{CollocateRow, KeywordRow, KwicRow};
use super::episodes::{episode_rows, EpisodeCompareRow, EpisodeRow, ROLES};
use super::partial::{Dim, Partial};
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

/// `stats.csv`: `group_by,group,category,measure,value`.
pub fn stats_csv(t: &StatsTable) -> Result<Vec<u8>> {
    csv_bytes(
        &["group_by", "group", "category", "measure", "value"],
        t.rows().into_iter().map(|r| {
            vec![
                r.group_by,
                r.group,
                r.category,
                r.measure.to_string(),
                fmt_f64(r.value),
            ]
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
pub const COMPARE_COLUMNS: [&str; 19] = [
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
];

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
            ]
        }),
    )
}

/// `trend.csv`.
pub fn trend_csv(rows: &[TrendRow]) -> Result<Vec<u8>> {
    csv_bytes(
        &[
            "group_by",
            "group",
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
        ],
        rows.iter().map(|r| {
            vec![
                r.group_by.clone(),
                r.group.clone(),
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
            ]
        }),
    )
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

/// `cooccurrence_message.csv` / `cooccurrence_conversation.csv`: a square matrix with a
/// `category` column, then one column per category.
pub fn matrix_csv(m: &Matrix) -> Result<Vec<u8>> {
    let mut header = vec!["category"];
    header.extend(m.categories.iter().map(String::as_str));
    csv_bytes(
        &header,
        m.categories.iter().zip(&m.counts).map(|(c, row)| {
            let mut r = vec![c.clone()];
            r.extend(row.iter().map(u64::to_string));
            r
        }),
    )
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

/// Column order of `episode_stats.csv` before the role columns (`role_<role>`, [`ROLES`]).
pub const EPISODE_STATS_COLUMNS: [&str; 19] = [
    "group_by",
    "group",
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

/// `episode_stats.csv`: one row per group.
pub fn episode_stats_csv(rows: &[EpisodeRow]) -> Result<Vec<u8>> {
    let roles: Vec<String> = ROLES.iter().map(|r| format!("role_{r}")).collect();
    let mut header: Vec<&str> = EPISODE_STATS_COLUMNS.to_vec();
    header.extend(roles.iter().map(String::as_str));
    let o = fmt_f64;
    csv_bytes(
        &header,
        rows.iter().map(|r| {
            let mut v = vec![
                r.group_by.clone(),
                r.group.clone(),
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
            ];
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
/// `speakers.csv`, `episode_stats.csv` and `episode_stats.json` (only when the partial has
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
        out.push(("trend.csv", trend_csv(&trend(p)?)?));
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
    if let Some(e) = &p.episodes {
        let rows = episode_rows(&p.dims, e);
        out.push(("episode_stats.csv", episode_stats_csv(&rows)?));
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

/// Write `trend.csv` into `dir`.
pub fn write_trend(dir: &Path, rows: &[TrendRow]) -> Result<PathBuf> {
    write_file(dir, "trend.csv", &trend_csv(rows)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::partial::tests::ann;
    use crate::stats::period::Period;

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
                "partial.json"
            ]
        );
        let csv = std::fs::read_to_string(d.path().join("stats.csv")).unwrap();
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("group_by,group,category,measure,value"));
        assert_eq!(lines.next(), Some("month,2025-01,sexualised,messages,1"));
        assert!(csv.contains("month,2025-01,coercive.threat,per_1000,1000\n"));
        // Months with no messages are absent from stats.csv but filled in for the trend.
        assert!(!csv.contains("2025-02"));
        let trend = std::fs::read_to_string(d.path().join("trend.csv")).unwrap();
        assert!(trend.contains("all,all,coercive.threat,month,3,2025-01,2025-03,2,1,"));
        let m = std::fs::read_to_string(d.path().join("cooccurrence_message.csv")).unwrap();
        assert!(m.starts_with("category,sexualised,sexualised.appearance,"));
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
