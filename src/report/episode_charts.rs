//! The two drawings of the "Episodes and bystanders" section, laid out here and drawn by
//! `templates/report/shapes.html` (lines, circles and escaped text): the intervention rate
//! per period with its Wilson interval, and the timeline of one masked example episode.

use super::charts::cat_color_hex;
use super::episodes::Example;
use super::markup::Markup;
use crate::error::Result;
use crate::model::CATEGORY_IDS;
use crate::stats::episodes::EpisodeRow;
use askama::Template;

/// A line.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    x1: f64,
    y1: f64,
    x2: f64,
    y2: f64,
    stroke: &'static str,
    width: f64,
}

/// A filled circle.
#[derive(Debug, Clone)]
pub(crate) struct Circle {
    cx: f64,
    cy: f64,
    r: f64,
    fill: String,
}

/// A text.
#[derive(Debug, Clone)]
pub(crate) struct Text {
    x: f64,
    y: f64,
    size: u32,
    anchor: &'static str,
    s: String,
}

/// An SVG of lines, circles and texts with an accessible name.
#[derive(Template, Default)]
#[template(path = "report/shapes.html")]
struct Shapes {
    w: u32,
    h: u32,
    label: String,
    lines: Vec<Line>,
    circles: Vec<Circle>,
    texts: Vec<Text>,
}

const GRID: &str = "cccccc";
const INK: &str = "333333";
const REFUSAL: &str = "999999";

fn text(x: f64, y: f64, size: u32, anchor: &'static str, s: impl Into<String>) -> Text {
    Text {
        x,
        y,
        size,
        anchor,
        s: s.into(),
    }
}

fn line(x1: f64, y1: f64, x2: f64, y2: f64, stroke: &'static str, width: f64) -> Line {
    Line {
        x1,
        y1,
        x2,
        y2,
        stroke,
        width,
    }
}

/// The intervention rate per period (points) with 95% Wilson intervals (whiskers), 0–100%.
pub(crate) fn intervention_chart(rows: &[EpisodeRow], label: &str) -> Result<Markup> {
    let (left, top, plot_h) = (50.0, 15.0, 180.0);
    let step = (720.0 / rows.len().max(1) as f64).clamp(14.0, 80.0);
    let w = (left + step * rows.len() as f64 + 20.0).max(320.0);
    let h = top + plot_h + 80.0;
    let y = |v: f64| top + plot_h * (1.0 - v);
    let mut s = Shapes {
        w: w as u32,
        h: h as u32,
        label: label.to_string(),
        ..Default::default()
    };
    for k in 0..=4 {
        let v = k as f64 / 4.0;
        s.lines.push(line(left, y(v), w - 10.0, y(v), GRID, 1.0));
        s.texts.push(text(
            left - 6.0,
            y(v) + 4.0,
            11,
            "end",
            format!("{}%", k * 25),
        ));
    }
    let every = (rows.len() / 24).max(1);
    for (i, r) in rows.iter().enumerate() {
        let x = left + step * (i as f64 + 0.5);
        if let (Some(lo), Some(hi)) = (r.intervention_rate_lo, r.intervention_rate_hi) {
            s.lines.push(line(x, y(lo), x, y(hi), INK, 1.5));
        }
        if let Some(v) = r.intervention_rate {
            s.circles.push(Circle {
                cx: x,
                cy: y(v),
                r: 4.0,
                fill: cat_color_hex("protective"),
            });
        }
        if i % every == 0 {
            // Long labels on narrow steps alternate between two rows.
            let row = usize::from(step < 6.5 * r.group.len() as f64) * ((i / every) % 2);
            let ly = top + plot_h + 16.0 + 13.0 * row as f64;
            s.texts.push(text(x, ly, 10, "middle", r.group.clone()));
            s.texts.push(text(
                x,
                top + plot_h + 46.0,
                10,
                "middle",
                format!("n={}", r.episodes),
            ));
        }
    }
    Markup::render(&s)
}

/// The colour of an act: its category's (`refusal` grey).
fn act_color(act: &str) -> String {
    match CATEGORY_IDS
        .iter()
        .find(|id| id.rsplit('.').next() == Some(act))
    {
        Some(id) => cat_color_hex(id),
        None => REFUSAL.to_string(),
    }
}

/// One example's acts as numbered, labelled markers in order on one lane per pupil.
pub(crate) fn timeline_chart(e: &Example, label: &str) -> Result<Markup> {
    let (left, top, lane, step) = (190.0, 30.0, 44.0, 70.0);
    let w = left + step * e.acts.len().max(1) as f64 + 40.0;
    let h = top + lane * e.pupils.len().max(1) as f64 + 10.0;
    let mut s = Shapes {
        w: w as u32,
        h: h as u32,
        label: label.to_string(),
        ..Default::default()
    };
    let lane_y = |i: usize| top + lane * i as f64 + lane / 2.0;
    for (i, (name, role)) in e.pupils.iter().enumerate() {
        let y = lane_y(i);
        s.texts.push(text(
            8.0,
            y + 4.0,
            12,
            "start",
            format!("{name} ({})", role.replace('_', " ")),
        ));
        s.lines.push(line(left - 10.0, y, w - 20.0, y, GRID, 1.0));
    }
    for (n, (p, act)) in e.acts.iter().enumerate() {
        let x = left + step * (n as f64 + 0.5);
        let y = lane_y(*p);
        s.lines.push(line(x, top - 8.0, x, h - 6.0, GRID, 0.5));
        s.circles.push(Circle {
            cx: x,
            cy: y,
            r: 7.0,
            fill: act_color(act),
        });
        s.texts
            .push(text(x, top - 12.0, 11, "middle", format!("{}", n + 1)));
        s.texts
            .push(text(x, y - 11.0, 11, "middle", act.replace('_', " ")));
    }
    Markup::render(&s)
}
