//! Episodes and bystanders: the bystander intervention rate per period (with Wilson
//! intervals) and the timelines of up to three masked example episodes.

use super::Section;
use crate::error::Result;
use crate::report::data::ReportData;
use crate::report::episode_charts::{intervention_chart, timeline_chart};
use crate::report::episodes::{EpisodeData, Example};
use crate::report::format::{ci, int, num};
use crate::report::markup::{Cell, Figures, Markup, Table};
use askama::Template;

#[derive(Template)]
#[template(path = "report/episodes.html")]
struct Body<'a> {
    d: Option<&'a EpisodeData>,
    summary: Vec<(&'static str, String)>,
    figures: Vec<Markup>,
}

fn pct(v: Option<f64>) -> String {
    num(v.map(|x| x * 100.0), 1) + "%"
}

/// The section.
pub(super) fn section(d: &ReportData, figures: &mut Figures) -> Result<Section> {
    let (summary, figs) = match &d.episodes {
        Some(e) => (summary(e), episode_figures(e, figures)?),
        None => (Vec::new(), Vec::new()),
    };
    Ok(Section {
        id: "episodes",
        title: d.ui.s("report.episodes.title"),
        body: Markup::render(&Body {
            d: d.episodes.as_ref(),
            summary,
            figures: figs,
        })?,
    })
}

fn summary(e: &EpisodeData) -> Vec<(&'static str, String)> {
    let t = &e.total;
    vec![
        ("Episodes", int(t.episodes)),
        (
            "Per 1,000 conversations / pupils",
            format!(
                "{} / {}",
                num(t.episodes_per_1000_conversations, 1),
                num(t.episodes_per_1000_pupils, 1)
            ),
        ),
        (
            "Bystander interventions",
            format!(
                "{} ({}, 95% CI {})",
                int(t.interventions),
                pct(t.intervention_rate),
                ci(
                    t.intervention_rate_lo.map(|x| x * 100.0),
                    t.intervention_rate_hi.map(|x| x * 100.0),
                    1
                )
            ),
        ),
        (
            "Median messages / minutes to the intervention",
            format!(
                "{} / {}",
                num(t.median_messages_to_intervention, 1),
                num(t.median_minutes_to_intervention, 1)
            ),
        ),
        ("Target refused", pct(t.refusal_share)),
        (
            "Refusal followed by pressure or a threat",
            pct(t.escalation_share),
        ),
    ]
}

fn episode_figures(e: &EpisodeData, figures: &mut Figures) -> Result<Vec<Markup>> {
    let mut out = Vec::new();
    if !e.by_period.is_empty() {
        let svg = intervention_chart(
            &e.by_period,
            "Chart: share of episodes with a bystander intervention per period, with 95% Wilson intervals",
        )?;
        let rows: Vec<Vec<Cell>> = e
            .by_period
            .iter()
            .map(|r| {
                vec![
                    Cell::text(&r.group),
                    Cell::num(int(r.episodes)),
                    Cell::num(int(r.interventions)),
                    Cell::num(pct(r.intervention_rate)),
                    Cell::num(ci(
                        r.intervention_rate_lo.map(|x| x * 100.0),
                        r.intervention_rate_hi.map(|x| x * 100.0),
                        1,
                    )),
                    Cell::num(num(r.median_messages_to_intervention, 1)),
                    Cell::num(pct(r.refusal_share)),
                    Cell::num(pct(r.escalation_share)),
                ]
            })
            .collect();
        let table = Table {
            class: "sortable",
            caption: "Bystander interventions per period",
            head: &[
                e.period.name(),
                "Episodes",
                "Interventions",
                "Rate",
                "95% CI (%)",
                "Median messages to intervention",
                "Target refused",
                "Escalation",
            ],
            rows: &rows,
        }
        .markup()?;
        out.push(figures.figure(
            "fig-interventions",
            "Share of episodes in which a bystander stepped in (first protective response by a bystander defender), per period, with 95% Wilson intervals; n = episodes.",
            &svg,
            &table,
        )?);
    }
    for (i, ex) in e.examples.iter().enumerate() {
        out.push(example_figure(i, ex, figures)?);
    }
    Ok(out)
}

const IDS: [&str; 3] = ["fig-episode-1", "fig-episode-2", "fig-episode-3"];

fn example_figure(i: usize, ex: &Example, figures: &mut Figures) -> Result<Markup> {
    let label = format!(
        "Timeline of example episode {}: {} acts by {} pupils",
        i + 1,
        ex.acts.len(),
        ex.pupils.len()
    );
    let svg = timeline_chart(ex, &label)?;
    let rows: Vec<Vec<Cell>> = ex
        .acts
        .iter()
        .enumerate()
        .map(|(n, (p, act))| {
            let (name, role) = &ex.pupils[*p];
            vec![
                Cell::num((n + 1).to_string()),
                Cell::text(name),
                Cell::text(role.replace('_', " ")),
                Cell::code(act),
            ]
        })
        .collect();
    let table = Table {
        class: "",
        caption: "Acts in order",
        head: &["#", "Pupil", "Role in the episode", "Act"],
        rows: &rows,
    }
    .markup()?;
    let outcome = match ex.messages_to_intervention {
        Some(m) => format!("a bystander stepped in {m} messages after the opening act"),
        None => "no bystander stepped in".to_string(),
    };
    let more = if ex.more_acts > 0 {
        format!(" ({} later acts not drawn)", ex.more_acts)
    } else {
        String::new()
    };
    let caption = format!(
        "Example episode {} ({}, severity {}): acts in order{more}; {outcome}. Speakers are renamed and no message text is shown.",
        i + 1,
        ex.episode_type.replace('_', " "),
        ex.severity
    );
    figures.figure(IDS[i.min(2)], &caption, &svg, &table)
}
