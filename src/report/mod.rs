//! A self-contained HTML report over `annotations.jsonl`: overview, rates with Wilson
//! intervals, trend with confidence bands, category co-occurrence, change between the earliest
//! and latest academic year, top terms and pattern ids, masked KWIC lines, methodology and a
//! plain-language caution.
//!
//! The output is one HTML file with inline CSS, inline SVG charts (plotters' SVG backend) and
//! a few lines of optional inline JavaScript for table sorting. It references nothing outside
//! itself: no scripts, fonts, images or links. Every chart sits in a `<figure>` with a caption,
//! an accessible name and a data table. The bytes depend only on the inputs (dates come from
//! the manifest, never the clock).

use crate::error::{Context, Result};
use crate::model::{top_level, Annotation, Source, CATEGORY_IDS};
use crate::stats::aggregate::CategoryStats;
use crate::stats::compare::{compare, trend, Basis, CompareOptions, CompareRow, TrendRow};
use crate::stats::corpus::{concordance, mask, KwicOptions, KwicQuery, KwicRow, KwicSort};
use crate::stats::partial::{categories, for_each_annotation, Counts, Dim, MessageFacts, Partial};
use crate::stats::period::{timestamp_date, Period};
use crate::stats::render::COMPARE_COLUMNS;
use crate::stats::structure::cooccurrence_messages;
use crate::{bail, err};
use chrono::{Datelike, Duration, NaiveDate};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Section ids, in report order.
pub const SECTIONS: [&str; 9] = [
    "overview",
    "rates",
    "trend",
    "cooccurrence",
    "change",
    "terms",
    "kwic",
    "methodology",
    "caution",
];

/// Messages kept per category as concordance samples.
pub const KWIC_MESSAGES: usize = 3;
/// Concordance lines shown per category.
pub const KWIC_LINES: usize = 3;
/// Terms and pattern ids shown per category.
pub const TOP_TERMS: usize = 10;
/// With no `--period`, months are used unless the dated messages span more than this many
/// months; then school terms.
pub const MAX_MONTHS_FOR_MONTHLY: i64 = 24;
/// Refuse to chart more periods than this (choose a coarser `--period`).
pub const MAX_PERIODS: usize = 2_000;

/// What the report is built from, besides the annotations.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Period for the trend chart; `None` = month, or term when the data span > 24 months.
    pub period: Option<Period>,
    /// Show sexualised span texts as written (masked as first letter + `***` by default).
    pub unmask: bool,
    /// A `c2chat stats` output directory; its `compare.csv` replaces the computed change table.
    pub stats_dir: Option<PathBuf>,
    /// No progress bar.
    pub quiet: bool,
}

/// Everything the report needs from one pass over the annotations (memory is bounded by the
/// number of days, conversations, speakers and distinct terms, not by the messages).
#[derive(Debug, Clone)]
pub struct Collected {
    /// The whole corpus, ungrouped (totals, co-occurrence, conversations, speakers).
    pub whole: Partial,
    /// Counts per calendar date (in the timestamp's own offset).
    pub days: BTreeMap<NaiveDate, Counts>,
    /// Counts of messages without a timestamp.
    pub undated: Counts,
    /// Messages with at least one label.
    pub flagged_any: u64,
    /// Per span category: lexicon term (normalised entry) → spans.
    pub terms: BTreeMap<String, BTreeMap<String, u64>>,
    /// Per span category: pattern or rule id → spans.
    pub ids: BTreeMap<String, BTreeMap<String, u64>>,
    /// Per span category: the first messages (input order) with a span of it.
    pub samples: BTreeMap<String, Vec<Annotation>>,
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
pub fn message_counts(a: &Annotation) -> Counts {
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
    pub fn add(&mut self, a: &Annotation) -> Result<()> {
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
    pub fn read(path: &Path, quiet: bool) -> Result<Collected> {
        let lines = count_lines(path)?;
        let bar = crate::progress::bar(lines, "report", quiet);
        let mut c = Collected::default();
        for_each_annotation(path, |a, line| {
            bar.inc(1);
            c.add(&a)
                .with_context(|| format!("{}:{line}", path.display()))
        })?;
        bar.finish_and_clear();
        Ok(c)
    }

    /// First and last dated day.
    pub fn date_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((*self.days.keys().next()?, *self.days.keys().next_back()?))
    }

    /// Counts per period label from first to last, gaps filled with empty periods.
    pub fn series(&self, period: Period) -> Result<Vec<(String, Counts)>> {
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
    pub fn choose_period(&self, requested: Option<Period>) -> Period {
        if let Some(p) = requested {
            return p;
        }
        match self.date_range() {
            Some((a, b)) if months_spanned(a, b) > MAX_MONTHS_FOR_MONTHLY => Period::Term,
            _ => Period::Month,
        }
    }

    /// Counts of the dated messages whose date lies in `from..=to`.
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> Counts {
        let mut c = Counts::default();
        for (_, x) in self.days.range(from..=to) {
            c.merge(x);
        }
        c
    }
}

/// Calendar months from `a`'s month to `b`'s month inclusive.
pub fn months_spanned(a: NaiveDate, b: NaiveDate) -> i64 {
    (b.year() as i64 * 12 + b.month() as i64) - (a.year() as i64 * 12 + a.month() as i64) + 1
}

/// The academic year (1 September – 31 August) containing `d`, by its starting year.
pub fn academic_year(d: NaiveDate) -> i32 {
    if d.month() >= 9 {
        d.year()
    } else {
        d.year() - 1
    }
}

/// `2024/25`.
pub fn academic_year_label(start: i32) -> String {
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

/// The two samples of the change table: (label A, counts A, label B, counts B, how chosen).
/// A is the later sample, so a positive Log Ratio means the rate went up.
pub struct ChangeSamples {
    pub label_a: String,
    pub a: Counts,
    pub label_b: String,
    pub b: Counts,
    pub how: String,
}

/// Latest vs earliest academic year when the data cover two or more; otherwise the second
/// half of the covered dates vs the first half. `None` with fewer than two dated days.
pub fn change_samples(c: &Collected) -> Option<ChangeSamples> {
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
            how: format!(
                "the latest academic year ({}) against the earliest ({}); academic years run 1 September to 31 August",
                academic_year_label(y1),
                academic_year_label(y0)
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
        how: format!(
            "the second half of the covered period ({next} to {d1}) against the first half ({d0} to {mid}), because the data lie within one academic year"
        ),
    })
}

/// Parse a `compare.csv` written by `c2chat stats` (errors name the file and line).
pub fn read_compare_csv(path: &Path) -> Result<Vec<CompareRow>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = r
        .headers()
        .with_context(|| format!("{}:1: reading header", path.display()))?
        .iter()
        .map(str::to_string)
        .collect();
    if header != COMPARE_COLUMNS {
        bail!(
            "{}:1: not a c2chat compare.csv (expected columns {})",
            path.display(),
            COMPARE_COLUMNS.join(",")
        );
    }
    let mut out = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let line = i + 2;
        let rec = rec.with_context(|| format!("{}:{line}", path.display()))?;
        let get = |k: usize| rec.get(k).unwrap_or("").trim();
        let int = |k: usize| -> Result<u64> {
            get(k).parse::<u64>().map_err(|_| {
                err!(
                    "{}:{line}: column {} is not a count: {:?}",
                    path.display(),
                    COMPARE_COLUMNS[k],
                    get(k)
                )
            })
        };
        let float = |k: usize| -> Result<Option<f64>> {
            let s = get(k);
            if s.is_empty() {
                return Ok(None);
            }
            s.parse::<f64>().map(Some).map_err(|_| {
                err!(
                    "{}:{line}: column {} is not a number: {s:?}",
                    path.display(),
                    COMPARE_COLUMNS[k]
                )
            })
        };
        let basis = match get(3) {
            "messages" => Basis::Messages.name(),
            "tokens" => Basis::Tokens.name(),
            other => bail!("{}:{line}: unknown basis {other:?}", path.display()),
        };
        out.push(CompareRow {
            sample_a: get(0).to_string(),
            sample_b: get(1).to_string(),
            category: get(2).to_string(),
            basis,
            a: int(4)?,
            b: int(5)?,
            c: int(6)?,
            d: int(7)?,
            norm_a: float(8)?,
            norm_b: float(9)?,
            ll: float(10)?,
            ll_p: float(11)?,
            ll_p_holm: float(12)?,
            chi2: float(13)?,
            chi2_p: float(14)?,
            log_ratio: float(15)?,
            log_ratio_lo: float(16)?,
            log_ratio_hi: float(17)?,
            pct_diff: float(18)?,
        });
    }
    Ok(out)
}

/// Read `manifest.json` beside the annotations, if there is one.
pub fn read_manifest(annotations: &Path) -> Result<Option<Value>> {
    let dir = annotations.parent().unwrap_or_else(|| Path::new("."));
    let p = dir.join("manifest.json");
    if !p.is_file() {
        return Ok(None);
    }
    let bytes = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
    let v: Value = serde_json::from_slice(&bytes)
        .map_err(|e| err!("{}:{}: not JSON: {e}", p.display(), e.line()))?;
    if !v.is_object() {
        bail!("{}:1: manifest is not a JSON object", p.display());
    }
    Ok(Some(v))
}

/// Build the report for an annotations file: reads `manifest.json` beside it and, with
/// `stats_dir`, that directory's `compare.csv`.
pub fn build(annotations: &Path, opts: &ReportOptions) -> Result<String> {
    let manifest = read_manifest(annotations)?;
    let cmp = match &opts.stats_dir {
        Some(dir) => {
            if !dir.is_dir() {
                bail!("--stats {}: not a directory", dir.display());
            }
            let p = dir.join("compare.csv");
            if p.is_file() {
                Some(read_compare_csv(&p)?)
            } else {
                None
            }
        }
        None => None,
    };
    let c = Collected::read(annotations, opts.quiet)?;
    let name = annotations
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| annotations.display().to_string());
    render(&c, manifest.as_ref(), cmp.as_deref(), &name, opts)
}

/// Build and write the report (atomically).
pub fn write(annotations: &Path, opts: &ReportOptions, out: &Path) -> Result<usize> {
    let html = build(annotations, opts)?;
    crate::io::write_atomic(out, html.as_bytes())?;
    Ok(html.len())
}

// ---------------------------------------------------------------------------------------
// Formatting

/// HTML-escape text. `://` is written as `&#58;//`, so no URL appears literally in the file.
pub fn esc(s: &str) -> String {
    crate::html::escape_no_links(s)
}

const NA: &str = "—";

fn num(v: Option<f64>, dp: usize) -> String {
    match v {
        Some(x) if x.is_finite() => format!("{x:.dp$}"),
        _ => NA.to_string(),
    }
}

fn pval(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() && x < 0.001 => format!("{x:.1e}"),
        Some(x) if x.is_finite() => format!("{x:.3}"),
        _ => NA.to_string(),
    }
}

/// 12,345.
pub fn int(n: u64) -> String {
    let s = n.to_string();
    let mut o = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            o.push(',');
        }
        o.push(ch);
    }
    o
}

fn jstr(v: Option<&Value>, path: &[&str]) -> Option<String> {
    let mut cur = v?;
    for k in path {
        cur = cur.get(k)?;
    }
    match cur {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

fn ju64(v: Option<&Value>, path: &[&str]) -> Option<u64> {
    let mut cur = v?;
    for k in path {
        cur = cur.get(k)?;
    }
    cur.as_u64()
}

/// Flatten a JSON value into (dotted key, value) rows, for the model table.
fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, x, out);
            }
        }
        Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
            let s: Vec<String> = a
                .iter()
                .map(|x| match x {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            out.push((prefix.to_string(), s.join(", ")));
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), x, out);
            }
        }
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        Value::Number(n) => {
            let s = match n.as_f64() {
                Some(f) if n.is_f64() => format!("{}", (f * 10_000.0).round() / 10_000.0),
                _ => n.to_string(),
            };
            out.push((prefix.to_string(), s));
        }
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

/// A shell-like rendering of a command line.
fn shell_join(args: &[String]) -> String {
    args.iter()
        .map(|a| {
            if !a.is_empty()
                && a.chars()
                    .all(|c| c.is_alphanumeric() || "-_./=:,@%+".contains(c))
            {
                a.clone()
            } else {
                format!("'{}'", a.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------
// Charts

type Svg = String;

fn de<E: std::fmt::Display>(e: E) -> crate::Error {
    err!("drawing chart: {e}")
}

fn base_color(top: &str) -> RGBColor {
    // Okabe–Ito colours (distinguishable with common colour-vision deficiencies).
    match top {
        "sexualised" => RGBColor(213, 94, 0),
        "coercive" => RGBColor(0, 114, 178),
        "victim_blaming" => RGBColor(204, 121, 167),
        "protective" => RGBColor(0, 158, 115),
        _ => RGBColor(110, 110, 110),
    }
}

fn lighten(c: RGBColor, t: f64) -> RGBColor {
    let f = |x: u8| (x as f64 + (255.0 - x as f64) * t).round() as u8;
    RGBColor(f(c.0), f(c.1), f(c.2))
}

fn cat_color(cat: &str) -> RGBColor {
    let b = base_color(top_level(cat));
    if cat.contains('.') {
        lighten(b, 0.4)
    } else {
        b
    }
}

/// Replace plotters' opening `<svg …>` tag (which carries an `xmlns` URL) with one that has
/// `role="img"`, an `aria-label` and a `<title>`; inline SVG in HTML needs no namespace.
fn finish_svg(raw: &str, w: u32, h: u32, label: &str) -> Result<Svg> {
    let start = raw.find("<svg").ok_or_else(|| err!("chart has no <svg>"))?;
    let end = raw[start..]
        .find('>')
        .map(|i| start + i + 1)
        .ok_or_else(|| err!("chart has an unterminated <svg> tag"))?;
    let body = &raw[end..];
    if body.contains("://") {
        bail!("chart unexpectedly contains a URL");
    }
    Ok(format!(
        "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{l}\" focusable=\"false\"><title>{l}</title>{}",
        body.trim_start(),
        l = esc(label)
    ))
}

fn nice_max(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(x.log10().floor());
    for m in [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if m * mag >= x * 1.05 {
            return m * mag;
        }
    }
    10.0 * mag
}

/// Horizontal bars of flagged messages per 1,000 with Wilson 95% error bars, one per category.
pub fn rates_chart(rows: &[CategoryStats], label: &str) -> Result<Svg> {
    let n = rows.len().max(1);
    let (w, h) = (940u32, 80 + 30 * n as u32);
    let xmax = nice_max(
        rows.iter()
            .filter_map(|r| r.per_1000_hi.or(r.per_1000))
            .fold(0.0, f64::max),
    );
    let names: Vec<String> = rows.iter().map(|r| r.category.clone()).collect();
    let mut raw = String::new();
    {
        let root = SVGBackend::with_string(&mut raw, (w, h)).into_drawing_area();
        root.fill(&WHITE).map_err(de)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .margin_right(150)
            .x_label_area_size(46)
            .y_label_area_size(190)
            .build_cartesian_2d(0f64..xmax, (0..n as i32 - 1).into_segmented())
            .map_err(de)?;
        let fmt_y = |v: &SegmentValue<i32>| match v {
            SegmentValue::CenterOf(i) => names
                .get(n - 1 - (*i).clamp(0, n as i32 - 1) as usize)
                .cloned()
                .unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&fmt_y)
            .x_labels(8)
            .x_label_formatter(&|x: &f64| format!("{x:.0}"))
            .x_desc("flagged messages per 1,000 messages (bars: 95% Wilson interval)")
            .label_style(("sans-serif", 17))
            .axis_desc_style(("sans-serif", 17))
            .bold_line_style(RGBColor(225, 225, 225))
            .light_line_style(WHITE)
            .draw()
            .map_err(de)?;
        let text = TextStyle::from(("sans-serif", 16).into_font())
            .color(&BLACK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for (i, r) in rows.iter().enumerate() {
            let y = (n - 1 - i) as i32;
            let color = cat_color(&r.category);
            let rate = r.per_1000.unwrap_or(0.0);
            let mut bar = Rectangle::new(
                [
                    (0.0, SegmentValue::Exact(y)),
                    (rate, SegmentValue::Exact(y + 1)),
                ],
                color.filled(),
            );
            bar.set_margin(5, 5, 0, 0);
            chart.draw_series(std::iter::once(bar)).map_err(de)?;
            let mut right = rate;
            if let (Some(lo), Some(hi)) = (r.per_1000_lo, r.per_1000_hi) {
                let c = SegmentValue::CenterOf(y);
                chart
                    .draw_series(std::iter::once(PathElement::new(
                        vec![(lo, c.clone()), (hi, c.clone())],
                        BLACK.stroke_width(1),
                    )))
                    .map_err(de)?;
                for x in [lo, hi] {
                    chart
                        .draw_series(std::iter::once(
                            EmptyElement::at((x, c.clone()))
                                + PathElement::new(vec![(0, -6), (0, 6)], BLACK.stroke_width(1)),
                        ))
                        .map_err(de)?;
                }
                right = hi;
            }
            let note = format!("{} ({} of {})", num(r.per_1000, 1), r.flagged, r.messages);
            chart
                .draw_series(std::iter::once(
                    EmptyElement::at((right, SegmentValue::CenterOf(y)))
                        + Text::new(note, (8, 0), text.clone()),
                ))
                .map_err(de)?;
        }
        root.present().map_err(de)?;
    }
    finish_svg(&raw, w, h, label)
}

/// One panel of the trend chart.
pub struct TrendPanel {
    pub category: String,
    pub title: String,
    /// One per period label (same order as the labels).
    pub points: Vec<CategoryStats>,
}

/// Small multiples (2 × 2): rate per 1,000 by period with a 95% Wilson band, per category.
pub fn trend_chart(labels: &[String], panels: &[TrendPanel], label: &str) -> Result<Svg> {
    let rows = panels.len().div_ceil(2).max(1);
    let (w, h) = (940u32, 330 * rows as u32);
    let k = labels.len().max(1);
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(4);
    let max_labels = ((380 / (longest * 9 + 20)).max(2)).min(k);
    let mut raw = String::new();
    {
        let root = SVGBackend::with_string(&mut raw, (w, h)).into_drawing_area();
        root.fill(&WHITE).map_err(de)?;
        let areas = root.split_evenly((rows, 2));
        for (area, p) in areas.iter().zip(panels) {
            let color = base_color(top_level(&p.category));
            let ymax = nice_max(
                p.points
                    .iter()
                    .filter_map(|s| s.per_1000_hi.or(s.per_1000))
                    .fold(0.0, f64::max),
            );
            let mut chart = ChartBuilder::on(area)
                .caption(&p.title, ("sans-serif", 19))
                .margin(10)
                .x_label_area_size(36)
                .y_label_area_size(64)
                .build_cartesian_2d(-0.5f64..(k as f64 - 0.5), 0f64..ymax)
                .map_err(de)?;
            let fmt_x = |x: &f64| {
                let r = x.round();
                if (x - r).abs() < 1e-6 && r >= 0.0 {
                    labels.get(r as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            };
            chart
                .configure_mesh()
                .x_labels(max_labels)
                .x_label_formatter(&fmt_x)
                .y_labels(6)
                .y_label_formatter(&|y: &f64| format!("{y:.0}"))
                .y_desc("per 1,000 messages")
                .label_style(("sans-serif", 15))
                .axis_desc_style(("sans-serif", 15))
                .bold_line_style(RGBColor(225, 225, 225))
                .light_line_style(WHITE)
                .draw()
                .map_err(de)?;
            // Contiguous runs of periods with messages.
            let mut runs: Vec<Vec<(f64, f64, f64, f64)>> = Vec::new();
            let mut cur: Vec<(f64, f64, f64, f64)> = Vec::new();
            for (i, s) in p.points.iter().enumerate() {
                match (s.per_1000, s.per_1000_lo, s.per_1000_hi) {
                    (Some(r), Some(lo), Some(hi)) => cur.push((i as f64, r, lo, hi)),
                    _ => {
                        if !cur.is_empty() {
                            runs.push(std::mem::take(&mut cur));
                        }
                    }
                }
            }
            if !cur.is_empty() {
                runs.push(cur);
            }
            for run in &runs {
                if run.len() > 1 {
                    let mut poly: Vec<(f64, f64)> = run.iter().map(|p| (p.0, p.3)).collect();
                    poly.extend(run.iter().rev().map(|p| (p.0, p.2)));
                    chart
                        .draw_series(std::iter::once(Polygon::new(
                            poly,
                            color.mix(0.18).filled(),
                        )))
                        .map_err(de)?;
                    chart
                        .draw_series(LineSeries::new(
                            run.iter().map(|p| (p.0, p.1)),
                            color.stroke_width(2),
                        ))
                        .map_err(de)?;
                } else {
                    let p0 = run[0];
                    chart
                        .draw_series(std::iter::once(PathElement::new(
                            vec![(p0.0, p0.2), (p0.0, p0.3)],
                            color.mix(0.5).stroke_width(3),
                        )))
                        .map_err(de)?;
                }
                chart
                    .draw_series(
                        run.iter()
                            .map(|p| Circle::new((p.0, p.1), 3, color.filled())),
                    )
                    .map_err(de)?;
            }
        }
        root.present().map_err(de)?;
    }
    finish_svg(&raw, w, h, label)
}

/// A heatmap of a symmetric count matrix; darker = more messages.
pub fn heatmap_chart(cats: &[String], counts: &[Vec<u64>], label: &str) -> Result<Svg> {
    let n = cats.len().max(1);
    let cell = 44u32;
    let (lab, pad) = (200u32, 20u32);
    let (w, h) = (lab + cell * n as u32 + pad, lab + cell * n as u32 + pad);
    let max = counts.iter().flatten().copied().max().unwrap_or(0).max(1) as f64;
    let dark = RGBColor(8, 69, 148);
    let mut raw = String::new();
    {
        let root = SVGBackend::with_string(&mut raw, (w, h)).into_drawing_area();
        root.fill(&WHITE).map_err(de)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(pad)
            .margin_left(4)
            .margin_bottom(4)
            .x_label_area_size(lab - 4)
            .y_label_area_size(lab - pad)
            .build_cartesian_2d(
                (0..n as i32 - 1).into_segmented(),
                (0..n as i32 - 1).into_segmented(),
            )
            .map_err(de)?;
        let fy = |v: &SegmentValue<i32>| match v {
            SegmentValue::CenterOf(i) => cats
                .get(n - 1 - (*i).clamp(0, n as i32 - 1) as usize)
                .cloned()
                .unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_mesh()
            .x_labels(0)
            .y_labels(n)
            .y_label_formatter(&fy)
            .y_label_style(("sans-serif", 16))
            .draw()
            .map_err(de)?;
        // Column labels, rotated to read downwards, hanging from the bottom axis.
        let down = TextStyle::from(("sans-serif", 16).into_font())
            .color(&BLACK)
            .transform(FontTransform::Rotate90)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for (j, cat) in cats.iter().enumerate() {
            let (x, y) =
                chart.backend_coord(&(SegmentValue::CenterOf(j as i32), SegmentValue::Exact(0)));
            root.draw(&Text::new(cat.clone(), (x, y + 8), down.clone()))
                .map_err(de)?;
        }
        for (i, row) in counts.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                let t = (v as f64 / max).sqrt();
                let fill = if v == 0 {
                    RGBColor(246, 246, 246)
                } else {
                    lighten(dark, 0.92 * (1.0 - t))
                };
                let (x, y) = (j as i32, (n - 1 - i) as i32);
                let mut r = Rectangle::new(
                    [
                        (SegmentValue::Exact(x), SegmentValue::Exact(y)),
                        (SegmentValue::Exact(x + 1), SegmentValue::Exact(y + 1)),
                    ],
                    fill.filled(),
                );
                r.set_margin(1, 1, 1, 1);
                chart.draw_series(std::iter::once(r)).map_err(de)?;
                let ink = if t > 0.55 { WHITE } else { BLACK };
                let style = TextStyle::from(("sans-serif", 16).into_font())
                    .color(&ink)
                    .pos(Pos::new(HPos::Center, VPos::Center));
                chart
                    .draw_series(std::iter::once(
                        EmptyElement::at((SegmentValue::CenterOf(x), SegmentValue::CenterOf(y)))
                            + Text::new(v.to_string(), (0, 0), style),
                    ))
                    .map_err(de)?;
            }
        }
        root.present().map_err(de)?;
    }
    finish_svg(&raw, w, h, label)
}

// ---------------------------------------------------------------------------------------
// HTML

const CSS: &str = r#"
:root{--ink:#1b1b1b;--muted:#555;--rule:#d0d0d0;--bg:#fff;--accent:#0b4f8a}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.5;margin:0 auto;max-width:62rem;padding:1rem 1.25rem 3rem}
h1{font-size:1.8rem;margin:.5rem 0}
h2{font-size:1.4rem;margin-top:2.5rem;padding-top:.5rem;border-top:2px solid var(--rule)}
h3{font-size:1.1rem;margin-top:1.5rem}
a{color:var(--accent)}
nav h2{border:0;margin-top:1rem}
nav ol{columns:3;padding-left:1.25rem}
.lede{font-size:1.05rem}
.notice{border-left:4px solid #b35c00;background:#fff6ec;padding:.5rem 1rem;margin:1rem 0}
figure{margin:1.5rem 0;padding:0}
figcaption{font-weight:600;margin-bottom:.5rem}
figure svg{display:block;max-width:100%;height:auto;border:1px solid var(--rule)}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--accent)}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--rule);padding:.2rem .5rem;vertical-align:top}
thead th{background:#f1f3f5;text-align:left}
td.n{text-align:right;white-space:nowrap}
table.sortable thead th{cursor:pointer}
th[aria-sort=ascending]::after{content:" \25B2"}
th[aria-sort=descending]::after{content:" \25BC"}
table.kwic{width:100%}
.kwic td.l{text-align:right;width:30%}
.kwic td.r{width:30%}
.kwic td.node{font-weight:700;text-align:center;min-width:9em}
.scroll{overflow-x:auto}
td.cat{white-space:nowrap}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.85rem;overflow-wrap:anywhere}
.muted{color:var(--muted)}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:baseline}
@media print{
body{max-width:none;padding:0;font-size:10pt}
.scroll{overflow:visible}
table{font-size:8pt}
nav{display:none}
a{color:inherit;text-decoration:none}
details>summary{list-style:none;color:var(--ink);font-weight:600}
details::details-content{content-visibility:visible;display:contents}
figure svg,figcaption{break-inside:avoid;page-break-inside:avoid}
figcaption,h2,h3{break-after:avoid;page-break-after:avoid}
tr{break-inside:avoid;page-break-inside:avoid}
}
"#;

/// Inline JavaScript: sortable tables (click or Enter on a column header) and opening every
/// `<details>` before printing. The report reads fully without it.
const JS: &str = r#"(function(){
function key(td){var s=(td.getAttribute('data-v')||td.textContent).trim().replace(/,/g,'');var n=parseFloat(s);return isNaN(n)?s.toLowerCase():n;}
function cmp(a,b){if(typeof a==='number'&&typeof b==='number')return a-b;if(typeof a==='number')return -1;if(typeof b==='number')return 1;return a<b?-1:a>b?1:0;}
document.querySelectorAll('table.sortable').forEach(function(t){
var hs=t.querySelectorAll('thead th');
hs.forEach(function(th,i){
th.tabIndex=0;
function go(){
var asc=th.getAttribute('aria-sort')!=='ascending';
hs.forEach(function(h){h.removeAttribute('aria-sort');});
th.setAttribute('aria-sort',asc?'ascending':'descending');
var b=t.tBodies[0];var rows=Array.prototype.slice.call(b.rows);
rows.sort(function(x,y){var r=cmp(key(x.cells[i]),key(y.cells[i]));return asc?r:-r;});
rows.forEach(function(r){b.appendChild(r);});
}
th.addEventListener('click',go);
th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});
});
});
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
})();"#;

struct Html {
    s: String,
    figures: usize,
}

impl Html {
    fn push(&mut self, x: &str) {
        self.s.push_str(x);
    }

    /// A figure: caption, chart, and its data table in a `<details>`.
    fn figure(&mut self, id: &str, caption: &str, svg: &str, table: &str) -> Result<()> {
        self.figures += 1;
        write!(
            self.s,
            "<figure id=\"{id}\"><figcaption>Figure {n}. {c}</figcaption>\n{svg}\n<details><summary>Data table for figure {n}</summary>\n{table}</details></figure>\n",
            n = self.figures,
            c = esc(caption)
        )?;
        Ok(())
    }
}

/// A table: `head` cells are plain text; row cells are already-escaped HTML (see [`Cell`]).
/// With class `rowhead`, the first cell of each row is a row header.
fn table(class: &str, caption: &str, head: &[&str], rows: &[Vec<Cell>]) -> String {
    let mut t = format!(
        "<div class=\"scroll\"><table class=\"{class}\"><caption>{}</caption><thead><tr>",
        esc(caption)
    );
    for h in head {
        // Allow long category ids to wrap after their dots.
        let _ = write!(
            t,
            "<th scope=\"col\">{}</th>",
            esc(h).replace('.', ".<wbr>")
        );
    }
    t.push_str("</tr></thead><tbody>\n");
    for r in rows {
        t.push_str("<tr>");
        for (i, (cell, cls)) in r.iter().enumerate() {
            if i == 0 && class.contains("rowhead") {
                let _ = write!(t, "<th scope=\"row\">{cell}</th>");
            } else if !cls.is_empty() {
                let _ = write!(t, "<td class=\"{cls}\">{cell}</td>");
            } else {
                let _ = write!(t, "<td>{cell}</td>");
            }
        }
        t.push_str("</tr>\n");
    }
    t.push_str("</tbody></table></div>\n");
    t
}

/// A table cell: escaped HTML and a CSS class (`n` = right-aligned number).
type Cell = (String, &'static str);

fn txt(s: &str) -> Cell {
    (esc(s), "")
}

fn n(s: String) -> Cell {
    (esc(&s), "n")
}

fn cat_cell(cat: &str) -> Cell {
    let c = cat_color(cat);
    (
        format!(
            "<span class=\"swatch\" style=\"background:#{:02x}{:02x}{:02x}\" aria-hidden=\"true\"></span>{}",
            c.0,
            c.1,
            c.2,
            esc(cat)
        ),
        "cat",
    )
}

fn ci(lo: Option<f64>, hi: Option<f64>, dp: usize) -> String {
    match (lo, hi) {
        (Some(_), Some(_)) => format!("{} – {}", num(lo, dp), num(hi, dp)),
        _ => NA.to_string(),
    }
}

/// Render the whole report.
pub fn render(
    c: &Collected,
    manifest: Option<&Value>,
    compare_csv: Option<&[CompareRow]>,
    source_name: &str,
    opts: &ReportOptions,
) -> Result<String> {
    let m = manifest;
    let total = &c.whole.total;
    let corpus_name = m
        .and_then(|m| m.get("inputs"))
        .and_then(Value::as_array)
        .and_then(|a| {
            a.iter()
                .find_map(|i| jstr(Some(i), &["corpus", "name"]).filter(|s| !s.is_empty()))
        });
    let title = match &corpus_name {
        Some(nm) => format!("c2chat report: {nm}"),
        None => format!("c2chat report: {source_name}"),
    };
    let script_hash = {
        let d = Sha256::digest(JS.as_bytes());
        base64(&d)
    };
    let mut h = Html {
        s: String::new(),
        figures: 0,
    };
    write!(
        h.s,
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"c2chat {ver}\">\n<title>{t}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{t}</h1>\n<p class=\"lede\">Automated flags for <strong>sexualised</strong>, <strong>coercive</strong>, <strong>victim-blaming</strong> and <strong>protective</strong> language in a redacted corpus of children's digital talk, with honest uncertainty.</p>\n<p class=\"notice\"><strong>A flag is not a finding.</strong> Automated flags point a trained human reviewer at messages; they can be wrong in both directions. Read the <a href=\"#caution\">caution</a> before drawing any conclusion.</p>\n<nav aria-labelledby=\"contents\"><h2 id=\"contents\">Contents</h2><ol>",
        ver = env!("CARGO_PKG_VERSION"),
        t = esc(&title)
    )?;
    let section_titles = [
        "Overview",
        "Rates by category",
        "Change over time",
        "Co-occurrence",
        "Change between periods",
        "Matched terms and patterns",
        "Examples in context (KWIC)",
        "Methodology",
        "Caution",
    ];
    for (id, t) in SECTIONS.iter().zip(section_titles) {
        write!(h.s, "<li><a href=\"#{id}\">{t}</a></li>")?;
    }
    h.push("</ol></nav>\n</header>\n<main>\n");

    // --- overview -------------------------------------------------------------------------
    h.push("<section aria-labelledby=\"overview\">\n<h2 id=\"overview\">Overview</h2>\n");
    let mut facts: Vec<(String, String)> = Vec::new();
    let inputs: Vec<&Value> = m
        .and_then(|m| m.get("inputs"))
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let corpus_field = |k: &str| -> Vec<String> {
        let mut v: Vec<String> = inputs
            .iter()
            .filter_map(|i| jstr(Some(i), &["corpus", k]))
            .filter(|s| !s.trim().is_empty())
            .collect();
        v.dedup();
        v
    };
    if let Some(nm) = &corpus_name {
        facts.push(("Corpus".into(), esc(nm)));
    }
    for (k, label) in [
        ("description", "Description"),
        ("collection_period", "Collection period (corpus.toml)"),
        ("ethics_reference", "Ethics reference"),
    ] {
        let v = corpus_field(k);
        if !v.is_empty() {
            facts.push((label.into(), esc(&v.join("; "))));
        }
    }
    let redaction = corpus_field("redaction_status");
    facts.push((
        "Redaction status".into(),
        if redaction.is_empty() {
            "<em>not recorded</em> (no <code>redaction_status</code> in corpus.toml)".into()
        } else {
            esc(&redaction.join("; "))
        },
    ));
    facts.push((
        "Annotations file".into(),
        format!("<code>{}</code>", esc(source_name)),
    ));
    facts.push(("Messages analysed".into(), int(total.messages)));
    facts.push((
        "Conversations".into(),
        int(c.whole.conversations.len() as u64),
    ));
    facts.push((
        "Speakers (pseudonymous)".into(),
        int(c.whole.speakers.len() as u64),
    ));
    let share = |k: u64| {
        if total.messages > 0 {
            format!(
                "{} ({:.1} per 1,000 messages)",
                int(k),
                k as f64 * 1000.0 / total.messages as f64
            )
        } else {
            int(k)
        }
    };
    facts.push(("Messages with any flag".into(), share(c.flagged_any)));
    facts.push(("Tokens".into(), int(total.tokens)));
    let covered = match c.date_range() {
        Some((a, b)) => format!(
            "{a} to {b} ({} months){}",
            months_spanned(a, b),
            if c.undated.messages > 0 {
                format!("; {} messages have no timestamp", int(c.undated.messages))
            } else {
                String::new()
            }
        ),
        None => "no message has a timestamp".into(),
    };
    facts.push(("Period covered (timestamps)".into(), esc(&covered)));
    match m {
        Some(m) => {
            let read = ju64(Some(m), &["counts", "read"]);
            let rej = ju64(Some(m), &["counts", "rejected"]);
            let ann = ju64(Some(m), &["counts", "annotated"]);
            facts.push((
                "Rows read / annotated / rejected".into(),
                format!(
                    "{} / {} / {} (rejected rows are listed in <code>rejects.jsonl</code>)",
                    read.map(int).unwrap_or_else(|| NA.into()),
                    ann.map(int).unwrap_or_else(|| NA.into()),
                    rej.map(int).unwrap_or_else(|| NA.into())
                ),
            ));
            if let Some(a) = ann {
                if a != total.messages {
                    facts.push((
                        "Note".into(),
                        format!(
                            "the manifest records {} annotated messages but the annotations file holds {}",
                            int(a),
                            int(total.messages)
                        ),
                    ));
                }
            }
            if let Some(f) = jstr(Some(m), &["finished"]) {
                facts.push(("Annotated at".into(), esc(&f)));
            }
            if let Some(w) = m.get("warnings").and_then(Value::as_array) {
                for x in w.iter().filter_map(Value::as_str) {
                    facts.push(("Warning (annotate)".into(), esc(x)));
                }
            }
        }
        None => facts.push((
            "Manifest".into(),
            "<em>no manifest.json beside the annotations</em>: rejects, redaction status and provenance are unknown".into(),
        )),
    }
    h.push("<dl class=\"facts\">\n");
    for (k, v) in &facts {
        writeln!(h.s, "<dt>{}</dt><dd>{v}</dd>", esc(k))?;
    }
    h.push("</dl>\n</section>\n");

    // --- rates ---------------------------------------------------------------------------
    h.push("<section aria-labelledby=\"rates\">\n<h2 id=\"rates\">Rates by category</h2>\n");
    h.push("<p>Flagged messages per 1,000 messages for each category over the whole corpus. A message counts once per category however many spans it has; a top-level category (dark bar) counts a message flagged for any of its sub-categories (light bars). The error bars are 95% Wilson score intervals: with few flagged messages they are wide, and the true rate may lie anywhere within them.</p>\n");
    let cats = categories();
    let rate_rows: Vec<CategoryStats> = cats
        .iter()
        .map(|cat| CategoryStats::from_counts(cat, total))
        .collect();
    let svg = rates_chart(
        &rate_rows,
        "Bar chart: flagged messages per 1,000 messages for each category, with 95% Wilson intervals",
    )?;
    let rows: Vec<Vec<Cell>> = rate_rows
        .iter()
        .map(|r| {
            vec![
                cat_cell(&r.category),
                n(int(r.flagged)),
                n(int(r.messages)),
                n(num(r.per_1000, 2)),
                n(ci(r.per_1000_lo, r.per_1000_hi, 2)),
                n(int(r.hits)),
                n(num(r.per_10k_tokens, 2)),
            ]
        })
        .collect();
    let t = table(
        "sortable",
        "Flagged messages per category (whole corpus)",
        &[
            "Category",
            "Flagged messages",
            "Messages",
            "Per 1,000",
            "95% CI",
            "Spans",
            "Spans per 10,000 tokens",
        ],
        &rows,
    );
    h.figure(
        "fig-rates",
        "Flagged messages per 1,000 messages by category, with 95% Wilson intervals.",
        &svg,
        &t,
    )?;
    h.push("</section>\n");

    // --- trend ---------------------------------------------------------------------------
    let period = c.choose_period(opts.period);
    h.push("<section aria-labelledby=\"trend\">\n<h2 id=\"trend\">Change over time</h2>\n");
    let series = c.series(period)?;
    if series.is_empty() {
        h.push("<p>No message has a timestamp, so there is no time series.</p>\n");
    } else {
        writeln!(
            h.s,
            "<p>Flagged messages per 1,000 messages for each top-level category by {p} ({k} {p}s from {a} to {b}{u}), with a shaded 95% Wilson band. {why} Periods without messages are gaps. The trend test is the Cochran–Armitage test for a linear trend in proportions across the periods in order; “none” means no trend at p &lt; 0.05, not proof that nothing changed.</p>",
            p = period.name(),
            k = series.len(),
            a = esc(&series[0].0),
            b = esc(&series[series.len() - 1].0),
            u = if c.undated.messages > 0 {
                format!("; {} undated messages left out", int(c.undated.messages))
            } else {
                String::new()
            },
            why = match (opts.period, period) {
                (Some(_), _) => "The period was chosen with <code>--period</code>.".to_string(),
                (None, Period::Term) => format!("School terms are used because the data span more than {MAX_MONTHS_FOR_MONTHLY} months (terms approximate the England and Wales calendar: autumn 1 September–31 December, spring 1 January–Easter Sunday, summer Easter Monday–31 August)."),
                (None, _) => "Months are used by default (terms when the data span more than two years).".to_string(),
            }
        )?;
        let labels: Vec<String> = series.iter().map(|(l, _)| l.clone()).collect();
        let mut p = Partial::new(vec![Dim::Period(period)]);
        for (l, cnt) in &series {
            if cnt.messages > 0 {
                p.groups.insert(vec![l.clone()], cnt.clone());
                p.total.merge(cnt);
            }
        }
        let trends: Vec<TrendRow> = trend(&p)?;
        let tops = ["sexualised", "coercive", "victim_blaming", "protective"];
        let panels: Vec<TrendPanel> = tops
            .iter()
            .map(|top| {
                let tr = trends.iter().find(|r| r.category == *top);
                let title = match tr {
                    Some(r) => format!("{top}: trend {} (p = {})", r.direction, pval(r.p)),
                    None => top.to_string(),
                };
                TrendPanel {
                    category: top.to_string(),
                    title,
                    points: series
                        .iter()
                        .map(|(_, cnt)| CategoryStats::from_counts(top, cnt))
                        .collect(),
                }
            })
            .collect();
        let svg = trend_chart(
            &labels,
            &panels,
            &format!(
                "Line charts: flagged messages per 1,000 messages by {} for each top-level category, with 95% bands",
                period.name()
            ),
        )?;
        let mut rows = Vec::new();
        for (l, cnt) in &series {
            for top in tops {
                let s = CategoryStats::from_counts(top, cnt);
                rows.push(vec![
                    txt(l),
                    cat_cell(top),
                    n(int(s.messages)),
                    n(int(s.flagged)),
                    n(num(s.per_1000, 2)),
                    n(ci(s.per_1000_lo, s.per_1000_hi, 2)),
                ]);
            }
        }
        let t = table(
            "sortable",
            &format!(
                "Flagged messages by {} and top-level category",
                period.name()
            ),
            &[
                "Period",
                "Category",
                "Messages",
                "Flagged",
                "Per 1,000",
                "95% CI",
            ],
            &rows,
        );
        h.figure(
            "fig-trend",
            &format!(
                "Flagged messages per 1,000 messages by {}, per top-level category, with 95% Wilson bands.",
                period.name()
            ),
            &svg,
            &t,
        )?;
        let rows: Vec<Vec<Cell>> = trends
            .iter()
            .map(|r| {
                vec![
                    cat_cell(&r.category),
                    n(r.periods.to_string()),
                    n(int(r.flagged)),
                    n(num(r.z, 2)),
                    n(pval(r.p)),
                    txt(r.direction),
                ]
            })
            .collect();
        h.push(&table(
            "sortable",
            "Cochran–Armitage trend test per category",
            &["Category", "Periods", "Flagged", "z", "p", "Direction"],
            &rows,
        ));
    }
    h.push("</section>\n");

    // --- co-occurrence --------------------------------------------------------------------
    h.push(
        "<section aria-labelledby=\"cooccurrence\">\n<h2 id=\"cooccurrence\">Co-occurrence</h2>\n",
    );
    h.push("<p>How often two categories are flagged in the <em>same message</em>. The diagonal counts the messages flagged for each category; off the diagonal, the messages flagged for both. Darker cells mean more messages. Only the twelve sub-categories are shown (a top-level category always co-occurs with its own sub-categories); labels given only as a bare top level are in the rates table.</p>\n");
    let mat = cooccurrence_messages(&c.whole);
    let idx: Vec<usize> = CATEGORY_IDS
        .iter()
        .filter_map(|id| mat.categories.iter().position(|c| c == id))
        .collect();
    let hcats: Vec<String> = idx.iter().map(|&i| mat.categories[i].clone()).collect();
    let hcounts: Vec<Vec<u64>> = idx
        .iter()
        .map(|&i| idx.iter().map(|&j| mat.counts[i][j]).collect())
        .collect();
    let svg = heatmap_chart(
        &hcats,
        &hcounts,
        "Heatmap: number of messages flagged for each pair of categories",
    )?;
    let mut head: Vec<&str> = vec!["Category"];
    head.extend(hcats.iter().map(String::as_str));
    let rows: Vec<Vec<Cell>> = hcats
        .iter()
        .zip(&hcounts)
        .map(|(cat, row)| {
            let mut r = vec![txt(cat)];
            r.extend(row.iter().map(|v| n(v.to_string())));
            r
        })
        .collect();
    let t = table(
        "rowhead",
        "Messages flagged for both categories (diagonal: for the category)",
        &head,
        &rows,
    );
    h.figure(
        "fig-cooccurrence",
        "Message-level co-occurrence of categories (counts of messages).",
        &svg,
        &t,
    )?;
    h.push("</section>\n");

    // --- change --------------------------------------------------------------------------
    h.push("<section aria-labelledby=\"change\">\n<h2 id=\"change\">Change between periods</h2>\n");
    let computed;
    let (rows_cmp, how): (&[CompareRow], String) = match compare_csv {
        Some(rows) => (
            rows,
            "This table is <code>compare.csv</code> from the <code>--stats</code> directory, as written by <code>c2chat stats</code>.".to_string(),
        ),
        None => match change_samples(c) {
            Some(s) => {
                computed = compare(
                    &s.label_a,
                    &s.a,
                    &s.label_b,
                    &s.b,
                    &CompareOptions {
                        basis: Basis::Messages,
                        holm: true,
                    },
                );
                (
                    computed.as_slice(),
                    format!(
                        "A = {} ({} messages), B = {} ({} messages): {}.",
                        esc(&s.label_a),
                        int(s.a.messages),
                        esc(&s.label_b),
                        int(s.b.messages),
                        esc(&s.how)
                    ),
                )
            }
            None => (&[][..], String::new()),
        },
    };
    if rows_cmp.is_empty() {
        h.push("<p>There are not enough dated messages (at least two different days are needed) to compare two periods.</p>\n");
    } else {
        writeln!(
            h.s,
            "<p>{how} For each category: flagged messages in A and B (per 1,000 messages), the signed log-likelihood G² (positive when A has the higher rate) with its p-value and the Holm-adjusted p-value across the categories compared, Hardie's Log Ratio (log₂ of the ratio of the rates; +1 means A's rate is double B's) with a 95% interval, and %DIFF. A small p with a Log Ratio interval close to 0 is a small effect; a large Log Ratio with a wide interval rests on few messages.</p>"
        )?;
        let rows: Vec<Vec<Cell>> = rows_cmp
            .iter()
            .map(|r| {
                vec![
                    cat_cell(&r.category),
                    n(format!("{} / {}", int(r.a), int(r.c))),
                    n(num(r.norm_a, 2)),
                    n(format!("{} / {}", int(r.b), int(r.d))),
                    n(num(r.norm_b, 2)),
                    n(num(r.ll, 2)),
                    n(pval(r.ll_p)),
                    n(pval(r.ll_p_holm)),
                    n(num(r.log_ratio, 2)),
                    n(ci(r.log_ratio_lo, r.log_ratio_hi, 2)),
                    n(num(r.pct_diff, 1)),
                ]
            })
            .collect();
        let (sa, sb) = (&rows_cmp[0].sample_a, &rows_cmp[0].sample_b);
        let (per, unit) = if rows_cmp[0].basis == "tokens" {
            ("per 10,000 tokens", "spans / tokens")
        } else {
            ("per 1,000", "flagged / messages")
        };
        let ha = format!("A: {unit}");
        let hb = format!("B: {unit}");
        let pa = format!("A {per}");
        let pb = format!("B {per}");
        h.push(&table(
            "sortable",
            &format!("A = {sa} compared with B = {sb}"),
            &[
                "Category",
                &ha,
                &pa,
                &hb,
                &pb,
                "G²",
                "p",
                "p (Holm)",
                "Log Ratio",
                "Log Ratio 95% CI",
                "%DIFF",
            ],
            &rows,
        ));
    }
    h.push("</section>\n");

    // --- terms ---------------------------------------------------------------------------
    h.push(
        "<section aria-labelledby=\"terms\">\n<h2 id=\"terms\">Matched terms and patterns</h2>\n",
    );
    writeln!(
        h.s,
        "<p>The lexicon terms (normalised entries) and the pattern and rule ids that produced the most spans, up to {TOP_TERMS} per category. {}</p>",
        if opts.unmask {
            "<strong>Unmasked:</strong> sexualised terms are shown as written (<code>--unmask</code>)."
        } else {
            "Terms of the sexualised categories are masked as their first letter and <code>***</code>, so different terms can look alike; use <code>--unmask</code> only where reviewers need to see them."
        }
    )?;
    let order = display_order(c.terms.keys().chain(c.ids.keys()));
    if order.is_empty() {
        h.push("<p>No spans were found.</p>\n");
    } else {
        let list = |items: Vec<(String, u64)>, code: bool| -> String {
            if items.is_empty() {
                return NA.to_string();
            }
            items
                .iter()
                .map(|(t, k)| {
                    if code {
                        format!("<code>{}</code>&nbsp;({k})", esc(t))
                    } else {
                        format!("{}&nbsp;({k})", esc(t))
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut rows = Vec::new();
        for cat in &order {
            let masked = !opts.unmask && cat.starts_with("sexualised");
            let terms: Vec<(String, u64)> = top_n(c.terms.get(cat.as_str()))
                .into_iter()
                .map(|(t, k)| (if masked { mask(&t) } else { t }, k))
                .collect();
            let spans: u64 = c
                .terms
                .get(cat.as_str())
                .map_or(0, |m| m.values().sum::<u64>())
                + c.ids
                    .get(cat.as_str())
                    .map_or(0, |m| m.values().sum::<u64>());
            rows.push(vec![
                cat_cell(cat),
                n(int(spans)),
                (list(terms, false), ""),
                (list(top_n(c.ids.get(cat.as_str())), true), ""),
            ]);
        }
        h.push(&table(
            "sortable",
            "Top matched terms and pattern ids per category",
            &[
                "Category",
                "Spans",
                "Lexicon terms (spans)",
                "Patterns and rules (spans)",
            ],
            &rows,
        ));
    }
    h.push("</section>\n");

    // --- kwic ----------------------------------------------------------------------------
    h.push("<section aria-labelledby=\"kwic\">\n<h2 id=\"kwic\">Examples in context (KWIC)</h2>\n");
    writeln!(
        h.s,
        "<p>A few key-word-in-context lines per category (up to {KWIC_LINES}, from the first messages in input order with a span of that category), six tokens either side. {} These are examples of what was flagged, not a sample of what is typical, and each one needs human review in its conversation.</p>",
        if opts.unmask {
            "<strong>Unmasked</strong> (<code>--unmask</code>)."
        } else {
            "Spans of the sexualised categories are masked (first letter + <code>***</code>) in the node and in the context."
        }
    )?;
    let kopts = KwicOptions {
        context: 6,
        sort: KwicSort::Text,
        unmask: opts.unmask,
    };
    let tokenise = |s: &str| -> Vec<String> {
        crate::normalise::word_tokens(s)
            .into_iter()
            .filter(|t| t.chars().any(char::is_alphanumeric))
            .collect()
    };
    let mut rows = Vec::new();
    for cat in display_order(c.samples.keys()) {
        let lines: Vec<KwicRow> = concordance(
            &c.samples[&cat],
            &KwicQuery::Category(cat.clone()),
            &tokenise,
            &kopts,
        )
        .into_iter()
        .filter(|r| r.category == cat)
        .take(KWIC_LINES)
        .collect();
        for l in lines {
            rows.push(vec![
                cat_cell(&cat),
                (format!("<code>{}</code>", esc(&l.message_id)), ""),
                (esc(&l.left), "l"),
                (esc(&l.node), "node"),
                (esc(&l.right), "r"),
            ]);
        }
    }
    if rows.is_empty() {
        h.push("<p>No spans were found.</p>\n");
    } else {
        h.push(&table(
            "kwic",
            "Concordance lines by category",
            &[
                "Category",
                "Message",
                "Left context",
                "Match",
                "Right context",
            ],
            &rows,
        ));
    }
    h.push("</section>\n");

    // --- methodology -----------------------------------------------------------------------
    h.push("<section aria-labelledby=\"methodology\">\n<h2 id=\"methodology\">Methodology</h2>\n");
    let mut facts: Vec<(String, String)> = Vec::new();
    match m {
        Some(m) => {
            let lex = |k: &str| jstr(Some(m), &["lexicon", k]).unwrap_or_else(|| NA.into());
            facts.push((
                "Lexicon".into(),
                format!(
                    "{} version {} (content hash <code>{}</code>)",
                    esc(&lex("name")),
                    esc(&lex("version")),
                    esc(&lex("hash"))
                ),
            ));
            match m.get("model") {
                Some(v) if !v.is_null() => {
                    let mut kv = Vec::new();
                    flatten("", v, &mut kv);
                    let mut t = String::from("<table><caption>Model (from the manifest, with any cross-validation metrics)</caption><tbody>\n");
                    for (k, x) in kv {
                        writeln!(
                            t,
                            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                            esc(&k),
                            esc(&x)
                        )?;
                    }
                    t.push_str("</tbody></table>");
                    facts.push(("Classifier".into(), t));
                }
                _ => facts.push((
                    "Classifier".into(),
                    "none: flags come from the lexicon, patterns and conversation rules only"
                        .into(),
                )),
            }
            if let Some(o) = m.get("options").and_then(Value::as_object) {
                if !o.is_empty() {
                    let s: Vec<String> = o
                        .iter()
                        .map(|(k, v)| {
                            format!(
                                "{}={}",
                                k,
                                match v {
                                    Value::String(s) => s.clone(),
                                    other => other.to_string(),
                                }
                            )
                        })
                        .collect();
                    facts.push((
                        "Options".into(),
                        format!("<code>{}</code>", esc(&s.join(" "))),
                    ));
                }
            }
            facts.push((
                "c2chat version (annotate)".into(),
                esc(&jstr(Some(m), &["c2chat_version"]).unwrap_or_else(|| NA.into())),
            ));
            if let Some(cl) = m.get("command_line").and_then(Value::as_array) {
                let args: Vec<String> = cl
                    .iter()
                    .map(|x| {
                        x.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| x.to_string())
                    })
                    .collect();
                facts.push((
                    "Command line (annotate)".into(),
                    format!("<code>{}</code>", esc(&shell_join(&args))),
                ));
            }
            let ins: Vec<String> = inputs
                .iter()
                .map(|i| {
                    format!(
                        "<code>{}</code> (SHA-256 <code>{}</code>)",
                        esc(&jstr(Some(i), &["path"]).unwrap_or_default()),
                        esc(&jstr(Some(i), &["sha256"]).unwrap_or_default())
                    )
                })
                .collect();
            if !ins.is_empty() {
                facts.push(("Inputs".into(), ins.join("<br>")));
            }
            if let (Some(s), Some(f)) = (jstr(Some(m), &["started"]), jstr(Some(m), &["finished"]))
            {
                facts.push(("Annotation run".into(), esc(&format!("{s} to {f}"))));
            }
        }
        None => facts.push((
            "Provenance".into(),
            "<em>unknown</em>: no manifest.json beside the annotations".into(),
        )),
    }
    facts.push((
        "c2chat version (report)".into(),
        esc(env!("CARGO_PKG_VERSION")),
    ));
    h.push("<dl class=\"facts\">\n");
    for (k, v) in &facts {
        writeln!(h.s, "<dt>{}</dt><dd>{v}</dd>", esc(k))?;
    }
    h.push("</dl>\n");
    h.push("<h3>How the numbers are made</h3>\n<ul>\n\
<li><strong>Flags.</strong> Each message is matched against the lexicon's terms (after one normalisation: case, look-alike characters, spacing and repeated letters), its regular-expression patterns and conversation rules (for example, pressure after a refusal); a classifier adds labels only when a model was used. A message is flagged for a category when at least one piece of evidence says so.</li>\n\
<li><strong>Rates.</strong> Flagged messages per 1,000 messages, with 95% Wilson score intervals (Wilson 1927), which behave well for small counts and rates near zero.</li>\n\
<li><strong>Trend.</strong> The Cochran–Armitage test for trend in proportions across ordered periods (gaps filled with empty periods so they are equally spaced).</li>\n\
<li><strong>Comparison.</strong> Signed log-likelihood G² (Rayson and Garside 2000) with its χ²(1) p-value, Holm's step-down adjustment across categories, Hardie's Log Ratio (2014) with a 95% interval, and %DIFF (Gabrielatos and Marchi 2012).</li>\n\
<li><strong>Periods.</strong> A timestamp is placed by its calendar date in its own UTC offset. School terms approximate the England and Wales calendar; holidays are not modelled.</li>\n\
<li>Every formula, its reference and the tests that check it: <code>docs/statistics.md</code> in the c2chat source. The same numbers, as tidy CSV, come from <code>c2chat stats</code>.</li>\n\
</ul>\n");
    h.push("</section>\n");

    // --- caution -------------------------------------------------------------------------
    h.push("<section aria-labelledby=\"caution\">\n<h2 id=\"caution\">Caution</h2>\n<ul>\n\
<li><strong>A flag is not a finding.</strong> A flag means a word, phrase or pattern matched. It does not mean that harm happened, that anyone did anything wrong, or that a child is at risk.</li>\n\
<li><strong>Automated flags can be wrong in both directions.</strong> They miss things (new slang, misspellings, images, sarcasm, anything said outside the chat) and they flag innocent messages (quotes, jokes between friends, song lyrics, someone asking for help).</li>\n\
<li><strong>Context matters.</strong> Who is speaking, to whom, their ages and relationship, what came before and after, and the platform all change what a message means. A line on its own can mislead.</li>\n\
<li><strong>Human review comes first.</strong> Trained safeguarding staff must read flagged messages in their conversations before any conclusion is drawn or any action is taken about a child, a group or a school. Follow your organisation's safeguarding procedures.</li>\n\
<li><strong>Small counts give wide intervals.</strong> A rate based on a handful of messages is uncertain; look at the interval, not only the bar. Differences between periods may be chance, and many comparisons make some “significant” results likely by chance alone.</li>\n\
<li><strong>Categories follow UK guidance definitions</strong> of peer-on-peer sexual harassment and online abuse (sexualised language, coercion, victim-blaming) and protective bystander language. They describe language, not people, and are not legal or clinical categories.</li>\n\
<li>The corpus is redacted; speaker ids are pseudonyms. Do not try to identify anyone, and keep this report as confidential as the data it describes.</li>\n\
</ul>\n</section>\n");
    h.push("</main>\n<footer class=\"muted\"><p>Made by c2chat ");
    h.push(env!("CARGO_PKG_VERSION"));
    h.push(". This file is self-contained: it loads nothing from anywhere else.</p></footer>\n<script>");
    h.push(JS);
    h.push("</script>\n</body>\n</html>\n");
    if h.s.contains("http://") || h.s.contains("https://") {
        bail!("internal error: the report would contain a URL");
    }
    Ok(h.s)
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

/// Standard base64 (for the script's CSP hash).
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut o = String::new();
    for ch in bytes.chunks(3) {
        let b = [ch[0], *ch.get(1).unwrap_or(&0), *ch.get(2).unwrap_or(&0)];
        let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= ch.len() {
                o.push(A[(v >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                o.push('=');
            }
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::stats::partial::tests::ann;
    use crate::stats::render::compare_csv;

    fn dated(id: &str, conv: &str, ts: &str, labels: &[&str]) -> Annotation {
        ann(id, conv, "s1", Some(ts), &[], labels, 4)
    }

    fn corpus() -> Vec<Annotation> {
        let mut v = vec![
            dated("1", "c1", "2024-09-10T10:00:00Z", &["coercive.threat"]),
            dated("2", "c1", "2024-11-02T10:00:00Z", &[]),
            dated("3", "c2", "2025-01-15T10:00:00Z", &["protective"]),
            dated("4", "c2", "2025-10-01T10:00:00Z", &["coercive.threat"]),
            dated(
                "5",
                "c3",
                "2025-10-20T10:00:00+01:00",
                &["coercive.pressure", "victim_blaming.blame"],
            ),
            ann("6", "c3", "s2", None, &[], &[], 3),
        ];
        // A sexualised span with a placeholder word, and a URL in the text.
        let mut a = dated("7", "c4", "2025-11-01T09:00:00Z", &[]);
        a.text = "you are placeholder see https://example.com/x".into();
        a.spans = vec![Span {
            start: 8,
            end: 19,
            text: "placeholder".into(),
            category: "sexualised.names".into(),
            severity: 1,
            source: Source::Lexicon,
            rule_id: "lex:placeholder".into(),
        }];
        a.labels = vec!["sexualised.names".into()];
        v.push(a);
        v
    }

    fn collect(anns: &[Annotation]) -> Collected {
        let mut c = Collected::default();
        for a in anns {
            c.add(a).unwrap();
        }
        c
    }

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

    #[test]
    fn compare_csv_round_trips() {
        let c = collect(&corpus());
        let s = change_samples(&c).unwrap();
        let rows = compare(
            &s.label_a,
            &s.a,
            &s.label_b,
            &s.b,
            &CompareOptions {
                basis: Basis::Messages,
                holm: true,
            },
        );
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("compare.csv");
        std::fs::write(&p, compare_csv(&rows).unwrap()).unwrap();
        let back = read_compare_csv(&p).unwrap();
        assert_eq!(back.len(), rows.len());
        for (x, y) in back.iter().zip(&rows) {
            assert_eq!(
                compare_csv(std::slice::from_ref(x)).unwrap(),
                compare_csv(std::slice::from_ref(y)).unwrap()
            );
        }
        std::fs::write(&p, "a,b\n1,2\n").unwrap();
        assert!(read_compare_csv(&p)
            .unwrap_err()
            .to_string()
            .contains(":1:"));
        let mut text = String::from_utf8(compare_csv(&rows).unwrap()).unwrap();
        text = text.replacen(",messages,", ",lines,", 1);
        std::fs::write(&p, text).unwrap();
        let e = read_compare_csv(&p).unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("lines"), "{e}");
    }

    #[test]
    fn formatting_helpers() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert!(!esc("see https://example.com").contains("://"));
        assert_eq!(int(0), "0");
        assert_eq!(int(999), "999");
        assert_eq!(int(1000), "1,000");
        assert_eq!(int(1234567), "1,234,567");
        assert_eq!(pval(Some(0.00001234)), "1.2e-5");
        assert_eq!(pval(Some(0.5)), "0.500");
        assert_eq!(pval(None), NA);
        // RFC 4648 test vectors.
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(i.as_bytes()), o);
        }
        assert_eq!(
            shell_join(&["c2chat".into(), "a b".into(), "it's".into()]),
            "c2chat 'a b' 'it'\\''s'"
        );
        assert_eq!(nice_max(0.0), 1.0);
        assert!(nice_max(143.0) >= 143.0 * 1.05 && nice_max(143.0) <= 200.0);
    }

    fn figures(html: &str) -> Vec<&str> {
        html.split("<figure")
            .skip(1)
            .map(|f| f.split("</figure>").next().unwrap())
            .collect()
    }

    #[test]
    fn report_is_self_contained_accessible_and_masked() {
        let c = collect(&corpus());
        let opts = ReportOptions::default();
        let html = render(&c, None, None, "annotations.jsonl", &opts).unwrap();
        for id in SECTIONS {
            assert!(html.contains(&format!("<h2 id=\"{id}\">")), "{id}");
        }
        let pos: Vec<usize> = SECTIONS
            .iter()
            .map(|id| html.find(&format!("<h2 id=\"{id}\">")).unwrap())
            .collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]), "sections out of order");
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(!html.contains("<script src") && !html.contains("url("));
        let figs = figures(&html);
        assert_eq!(figs.len(), 3);
        for f in &figs {
            assert!(f.contains("<figcaption>"));
            assert!(f.contains("<svg ") && f.contains("role=\"img\""));
            assert!(f.contains("aria-label=\"") && f.contains("<title>"));
            assert!(f.contains("<details><summary>") && f.contains("<table"));
        }
        // The sexualised span is masked in the terms and KWIC sections; the URL is defused.
        assert!(!html.contains("placeholder"));
        assert!(html.contains("p***"));
        assert!(html.contains("<td class=\"node\">p***</td>"));
        assert!(html.contains("no manifest.json"));
        let open = render(
            &c,
            None,
            None,
            "annotations.jsonl",
            &ReportOptions {
                unmask: true,
                ..opts.clone()
            },
        )
        .unwrap();
        assert!(open.contains("placeholder"));
        // Deterministic.
        assert_eq!(
            html,
            render(&c, None, None, "annotations.jsonl", &opts).unwrap()
        );
        // The script's CSP hash matches the script.
        let hash = base64(&Sha256::digest(JS.as_bytes()));
        assert!(html.contains(&format!("'sha256-{hash}'")));
        assert!(JS.lines().count() < 40);
    }

    #[test]
    fn manifest_facts_and_compare_csv_are_shown() {
        let c = collect(&corpus());
        let m: Value = serde_json::json!({
            "c2chat_version": "9.9.9",
            "command_line": ["c2chat", "annotate", "in dir", "--out", "o", "--note", "https://example.org/x"],
            "inputs": [{"path": "in/x.csv", "sha256": "ab12", "corpus": {"name": "tiny", "redaction_status": "redacted"}}],
            "lexicon": {"name": "lex", "version": "1.2", "hash": "cafe"},
            "model": {"kind": "logistic", "cv": {"macro_f1": 0.812345}},
            "counts": {"read": 9, "annotated": 7, "rejected": 2},
            "finished": "2025-01-01T00:00:00Z"
        });
        let rows = vec![CompareRow {
            sample_a: "platform=x".into(),
            sample_b: "platform=y".into(),
            category: "coercive".into(),
            basis: "messages",
            a: 3,
            b: 1,
            c: 10,
            d: 10,
            norm_a: Some(300.0),
            norm_b: Some(100.0),
            ll: Some(1.1),
            ll_p: Some(0.29),
            ll_p_holm: None,
            chi2: None,
            chi2_p: None,
            log_ratio: Some(1.58),
            log_ratio_lo: Some(-0.5),
            log_ratio_hi: Some(3.6),
            pct_diff: Some(200.0),
        }];
        let html = render(
            &c,
            Some(&m),
            Some(&rows),
            "a.jsonl",
            &ReportOptions::default(),
        )
        .unwrap();
        assert!(html.contains("c2chat report: tiny"));
        assert!(html.contains("9 / 7 / 2"));
        assert!(html.contains("redacted"));
        assert!(html.contains("lex version 1.2"));
        assert!(html.contains("cv.macro_f1") && html.contains("0.8123"));
        assert!(html.contains("c2chat annotate &#39;in dir&#39; --out o"));
        assert!(html.contains("example.org/x") && !html.contains("https://"));
        assert!(html.contains("A = platform=x compared with B = platform=y"));
        assert!(html.contains("compare.csv"));
        assert!(html.contains("2025-01-01T00:00:00Z"));
    }
}
