//! The report's charts: plotters' SVG backend, drawn into strings and wrapped by
//! `templates/report/svg.html` with an accessible name. Colours are the Okabe–Ito palette.

use super::format::num;
use super::markup::{Markup, SvgTag};
use crate::error::Result;
use crate::model::top_level;
use crate::stats::aggregate::CategoryStats;
use crate::{bail, err};
use plotters::chart::MeshStyle;
use plotters::coord::ranged1d::Ranged;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A chart backend error.
fn de<E: std::fmt::Display>(e: E) -> crate::Error {
    err!("drawing chart: {e}")
}

/// The colour of a top-level category.
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

/// `c` moved towards white by `t` (0 = unchanged, 1 = white).
fn lighten(c: RGBColor, t: f64) -> RGBColor {
    let f = |x: u8| (x as f64 + (255.0 - x as f64) * t).round() as u8;
    RGBColor(f(c.0), f(c.1), f(c.2))
}

/// The colour of a category: its top level's, lighter for a sub-category.
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
fn finish_svg(raw: &str, w: u32, h: u32, label: &str) -> Result<Markup> {
    let start = raw.find("<svg").ok_or_else(|| err!("chart has no <svg>"))?;
    let end = raw[start..]
        .find('>')
        .map(|i| start + i + 1)
        .ok_or_else(|| err!("chart has an unterminated <svg> tag"))?;
    let body = &raw[end..];
    if body.contains("://") {
        bail!("chart unexpectedly contains a URL");
    }
    Markup::render(&SvgTag {
        w,
        h,
        label,
        body: body.trim_start(),
    })
}

/// The label fonts and grid lines of the bar and line charts.
fn axes_style<'m, 'a, 'b, X: Ranged, Y: Ranged, DB: DrawingBackend>(
    mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    font_size: u32,
) -> &'m mut MeshStyle<'a, 'b, X, Y, DB> {
    mesh.label_style(("sans-serif", font_size))
        .axis_desc_style(("sans-serif", font_size))
        .bold_line_style(RGBColor(225, 225, 225))
        .light_line_style(WHITE)
}

/// A round axis maximum at least 5% above `x`.
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

/// Horizontal bars of flagged messages per 1,000 with 95% error bars, one per category: the
/// conversation-clustered interval when known ([`CategoryStats::interval`]), else Wilson's.
pub(crate) fn rates_chart(rows: &[CategoryStats], label: &str) -> Result<Markup> {
    let n = rows.len().max(1);
    let (w, h) = (940u32, 80 + 30 * n as u32);
    let xmax = nice_max(
        rows.iter()
            .filter_map(|r| r.interval().1.or(r.per_1000))
            .fold(0.0, f64::max),
    );
    let clustered = rows.iter().any(|r| r.per_1000_hi_clustered.is_some());
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
        let mut mesh = chart.configure_mesh();
        mesh.disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&fmt_y)
            .x_labels(8)
            .x_label_formatter(&|x: &f64| format!("{x:.0}"))
            .x_desc(if clustered {
                "flagged messages per 1,000 messages (bars: 95% interval clustered by conversation)"
            } else {
                "flagged messages per 1,000 messages (bars: 95% Wilson interval)"
            });
        axes_style(&mut mesh, 17).draw().map_err(de)?;
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
            if let (Some(lo), Some(hi)) = r.interval() {
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
pub(crate) struct TrendPanel {
    /// The category (its top level picks the colour).
    pub(crate) category: String,
    /// The panel's caption.
    pub(crate) title: String,
    /// One per period label (same order as the labels).
    pub(crate) points: Vec<CategoryStats>,
}

/// The font size (plotters units; the SVG gets `size / 1.24` px) of the trend chart's
/// period labels.
const PERIOD_FONT: u32 = 15;

/// A generous estimate of the width in px of `text` at SVG font size `px` in a sans-serif
/// font (0.62 em per character; digits and lower-case letters are narrower).
pub(crate) fn text_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * 0.62
}

/// How the period labels of one trend panel are laid out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PeriodLabels {
    /// Written vertically (reading downwards) because they do not fit side by side.
    pub(crate) rotated: bool,
    /// Every `step`-th period is labelled (1 = every period).
    pub(crate) step: usize,
    /// The height of the label area below the plot, px.
    pub(crate) area: u32,
}

/// Lay out `k` period labels under a plot `plot_w` px wide: horizontal when every label fits
/// its slot, otherwise rotated; thinned (every `step`-th) when even rotated labels collide.
pub(crate) fn period_labels(labels: &[String], plot_w: f64) -> PeriodLabels {
    let px = PERIOD_FONT as f64 / 1.24;
    let k = labels.len().max(1);
    let slot = plot_w / k as f64;
    let widest = labels.iter().map(|l| text_width(l, px)).fold(0.0, f64::max);
    if widest + 8.0 <= slot {
        return PeriodLabels {
            rotated: false,
            step: 1,
            area: 36,
        };
    }
    // A rotated label is about one line high; keep a gap of most of a line between labels.
    let pitch = px * 2.0 + 2.0;
    let step = ((pitch / slot).ceil() as usize).max(1);
    PeriodLabels {
        rotated: true,
        step,
        area: (widest.ceil() as u32) + 20,
    }
}

/// Small multiples (2 × 2): rate per 1,000 by period with a 95% Wilson band, per category.
/// Every period is labelled when the labels fit (rotated when they do not fit side by side,
/// thinned when even rotated they collide); no label leaves its panel.
pub(crate) fn trend_chart(labels: &[String], panels: &[TrendPanel], label: &str) -> Result<Markup> {
    let rows = panels.len().div_ceil(2).max(1);
    let k = labels.len().max(1);
    // Panel 470 px wide: 10 px margins and a 64 px y label area leave the plot.
    let layout = period_labels(labels, 470.0 - 20.0 - 64.0);
    let panel_h = 294 + layout.area;
    let (w, h) = (940u32, panel_h * rows as u32);
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
                .x_label_area_size(layout.area)
                .y_label_area_size(64)
                .build_cartesian_2d(-0.5f64..(k as f64 - 0.5), 0f64..ymax)
                .map_err(de)?;
            let mut mesh = chart.configure_mesh();
            mesh.x_labels(0)
                .disable_x_mesh()
                .y_labels(6)
                .y_label_formatter(&|y: &f64| format!("{y:.0}"))
                .y_desc("per 1,000 messages");
            axes_style(&mut mesh, 15).draw().map_err(de)?;
            draw_period_labels(&root, &chart, labels, layout)?;
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

/// The period labels (and a tick for each) under one trend panel, as laid out by
/// [`period_labels`].
fn draw_period_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    chart: &ChartContext<
        DB,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    labels: &[String],
    layout: PeriodLabels,
) -> Result<()> {
    let style = TextStyle::from(("sans-serif", PERIOD_FONT).into_font()).color(&BLACK);
    let style = if layout.rotated {
        style
            .transform(FontTransform::Rotate90)
            .pos(Pos::new(HPos::Left, VPos::Center))
    } else {
        style.pos(Pos::new(HPos::Center, VPos::Top))
    };
    for (i, l) in labels.iter().enumerate().step_by(layout.step) {
        let (x, y) = chart.backend_coord(&(i as f64, 0.0));
        root.draw(&PathElement::new(
            vec![(x, y), (x, y + 5)],
            BLACK.stroke_width(1),
        ))
        .map_err(de)?;
        root.draw(&Text::new(l.clone(), (x, y + 8), style.clone()))
            .map_err(de)?;
    }
    Ok(())
}

/// A heatmap of a symmetric count matrix; darker = more messages.
pub(crate) fn heatmap_chart(cats: &[String], counts: &[Vec<u64>], label: &str) -> Result<Markup> {
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

/// A category's colour as six hex digits (`d55e00`), for the swatches in tables.
pub(crate) fn cat_color_hex(cat: &str) -> String {
    let c = cat_color(cat);
    format!("{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_maxima_are_round_and_above_the_data() {
        assert_eq!(nice_max(0.0), 1.0);
        assert!(nice_max(143.0) >= 143.0 * 1.05 && nice_max(143.0) <= 200.0);
    }

    /// (text, x extent) of every `<text>` of an SVG whose content is one of `labels`; the
    /// extent is estimated as the chart does (a rotated label is one line high).
    fn label_extents(svg: &str, labels: &[String]) -> Vec<(String, f64, f64)> {
        let attr = |tag: &str, name: &str| -> Option<String> {
            let i = tag.find(&format!(" {name}=\""))? + name.len() + 3;
            Some(tag[i..i + tag[i..].find('"')?].to_string())
        };
        let mut out = Vec::new();
        for part in svg.split("<text").skip(1) {
            let (tag, rest) = part.split_once('>').unwrap();
            let content = rest.split("</text>").next().unwrap().trim().to_string();
            if !labels.contains(&content) {
                continue;
            }
            let x: f64 = attr(tag, "x").unwrap().parse().unwrap();
            let px: f64 = attr(tag, "font-size").unwrap().parse().unwrap();
            let (lo, hi) = if attr(tag, "transform").is_some_and(|t| t.starts_with("rotate(90")) {
                (x - px, x + px)
            } else {
                let w = text_width(&content, px);
                match attr(tag, "text-anchor").as_deref() {
                    Some("middle") => (x - w / 2.0, x + w / 2.0),
                    Some("end") => (x - w, x),
                    _ => (x, x + w),
                }
            };
            out.push((content, lo, hi));
        }
        out
    }

    fn panels(labels: &[String]) -> Vec<TrendPanel> {
        let c = crate::stats::Counts::default();
        ["sexualised", "coercive", "victim_blaming", "protective"]
            .iter()
            .map(|cat| TrendPanel {
                category: cat.to_string(),
                title: cat.to_string(),
                points: labels
                    .iter()
                    .map(|_| CategoryStats::from_counts(cat, &c))
                    .collect(),
            })
            .collect()
    }

    /// Each label inside the panel it belongs to (left: 0..470, right: 470..940).
    fn assert_inside_panels(found: &[(String, f64, f64)]) {
        for (text, lo, hi) in found {
            let panel = if *hi <= 470.0 { 0.0 } else { 470.0 };
            assert!(
                *lo >= panel && *hi <= panel + 470.0,
                "{text}: {lo}..{hi} leaves its panel"
            );
        }
    }

    #[test]
    fn every_term_is_labelled_and_no_label_leaves_the_chart() {
        let labels: Vec<String> = ["2023/24", "2024/25"]
            .iter()
            .flat_map(|y| ["autumn", "spring", "summer"].map(|t| format!("{y}-{t}")))
            .collect();
        let svg = trend_chart(&labels, &panels(&labels), "t")
            .unwrap()
            .to_string();
        assert!(svg.contains("viewBox=\"0 0 940 "), "{svg:.200}");
        let found = label_extents(&svg, &labels);
        // Four panels, each with all six labels (the last one complete).
        assert_eq!(found.len(), 4 * labels.len());
        for l in &labels {
            assert_eq!(found.iter().filter(|f| &f.0 == l).count(), 4, "{l}");
        }
        assert_inside_panels(&found);
        // Few short labels sit side by side, not rotated.
        let short: Vec<String> = ["2024", "2025", "2026"].map(String::from).to_vec();
        let svg = trend_chart(&short, &panels(&short), "t")
            .unwrap()
            .to_string();
        assert!(!svg.contains("rotate(90"));
        assert_eq!(label_extents(&svg, &short).len(), 12);
    }

    #[test]
    fn many_periods_are_thinned_evenly_and_stay_inside() {
        let labels: Vec<String> = (0..60)
            .map(|i| format!("{}-{:02}", 2020 + i / 12, 1 + i % 12))
            .collect();
        let svg = trend_chart(&labels, &panels(&labels), "t")
            .unwrap()
            .to_string();
        let found = label_extents(&svg, &labels);
        let per_panel = found.len() / 4;
        assert!((8..60).contains(&per_panel), "{per_panel} labels per panel");
        assert_eq!(found[0].0, labels[0]);
        // Evenly thinned: the labelled periods are every step-th.
        let l = period_labels(&labels, 386.0);
        assert!(l.step > 1);
        for (i, f) in found.iter().take(per_panel).enumerate() {
            assert_eq!(f.0, labels[i * l.step]);
        }
        assert_inside_panels(&found);
        // Neighbouring labels in a panel do not overlap.
        for w in found[..per_panel].windows(2) {
            assert!(w[0].2 <= w[1].1, "{w:?}");
        }
    }

    #[test]
    fn sub_categories_are_lighter() {
        assert_eq!(cat_color_hex("sexualised"), "d55e00");
        assert_ne!(cat_color_hex("sexualised.names"), "d55e00");
        assert_eq!(cat_color_hex("unknown"), "6e6e6e");
    }
}
