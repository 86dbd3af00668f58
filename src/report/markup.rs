//! The building blocks the sections share: [`Markup`] (HTML a template rendered), tables,
//! figures and the chart's `<svg>` tag, each an askama template under `templates/report/`.
//! Every value a template inserts is escaped with [`crate::html::NoLinks`] unless it is
//! [`Markup`].

use super::charts::cat_color_hex;
use super::format::NA;
use crate::error::{Error, Result};
use askama::Template;
use std::fmt;

/// HTML rendered by a template (so every text in it was escaped). Templates insert it with
/// `|safe`; nothing else is.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Markup(String);

impl Markup {
    /// Render a template.
    pub(crate) fn render(t: &impl Template) -> Result<Markup> {
        t.render().map(Markup).map_err(Error::external)
    }

    /// The HTML.
    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    /// The HTML, as a `String`.
    pub(crate) fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for Markup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The opening `<svg>` tag of a chart, with its accessible name, then plotters' drawing.
#[derive(Template)]
#[template(path = "report/svg.html")]
pub(crate) struct SvgTag<'a> {
    /// Width in pixels.
    pub(crate) w: u32,
    /// Height in pixels.
    pub(crate) h: u32,
    /// The accessible name (`aria-label` and `<title>`).
    pub(crate) label: &'a str,
    /// Plotters' SVG after its own opening tag.
    pub(crate) body: &'a str,
}

/// What a table cell shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Content {
    /// Text.
    Text(String),
    /// Text in `<code>`.
    Code(String),
    /// A category with its colour swatch: (six hex digits, category).
    Swatch(String, String),
    /// `item (count), …` or [`NA`] when empty; items in `<code>` when the flag is set.
    Counts(Vec<(String, u64)>, bool),
}

/// A table cell: its content and CSS class (`n` = right-aligned number; empty = none).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cell {
    /// The CSS class.
    pub(crate) class: &'static str,
    /// The content.
    pub(crate) content: Content,
}

impl Cell {
    /// Plain text.
    pub(crate) fn text(s: impl Into<String>) -> Cell {
        Cell::with_class("", s)
    }

    /// A right-aligned number (already formatted).
    pub(crate) fn num(s: impl Into<String>) -> Cell {
        Cell::with_class("n", s)
    }

    /// Text with a CSS class.
    pub(crate) fn with_class(class: &'static str, s: impl Into<String>) -> Cell {
        Cell {
            class,
            content: Content::Text(s.into()),
        }
    }

    /// Text in `<code>`.
    pub(crate) fn code(s: impl Into<String>) -> Cell {
        Cell {
            class: "",
            content: Content::Code(s.into()),
        }
    }

    /// A category with its colour swatch.
    pub(crate) fn category(cat: &str) -> Cell {
        Cell {
            class: "cat",
            content: Content::Swatch(cat_color_hex(cat), cat.to_string()),
        }
    }

    /// `item (count), …`, items in `<code>` with `code`.
    pub(crate) fn counts(items: Vec<(String, u64)>, code: bool) -> Cell {
        Cell {
            class: "",
            content: Content::Counts(items, code),
        }
    }
}

/// A data table in a scrolling `<div>`. Header cells wrap after the dots of category ids;
/// with class `rowhead`, the first cell of each row is a row header.
#[derive(Template)]
#[template(path = "report/table.html")]
pub(crate) struct Table<'a> {
    /// The table's CSS class (`sortable`, `rowhead`, `kwic`).
    pub(crate) class: &'a str,
    /// The caption.
    pub(crate) caption: &'a str,
    /// Column headers.
    pub(crate) head: &'a [&'a str],
    /// Rows of cells.
    pub(crate) rows: &'a [Vec<Cell>],
}

impl Table<'_> {
    /// The table's HTML.
    pub(crate) fn markup(&self) -> Result<Markup> {
        Markup::render(self)
    }
}

/// A numbered figure: caption, chart and its data table in a `<details>`.
#[derive(Template)]
#[template(path = "report/figure.html")]
struct Figure<'a> {
    id: &'a str,
    n: usize,
    caption: &'a str,
    svg: &'a Markup,
    table: &'a Markup,
    ui: &'a crate::ui::Ui,
}

/// Numbers the figures in page order, with the words of the page's interface language.
#[derive(Debug)]
pub(crate) struct Figures(usize, &'static crate::ui::Ui);

impl Figures {
    /// No figure yet.
    pub(crate) fn new(ui: &'static crate::ui::Ui) -> Figures {
        Figures(0, ui)
    }
}

impl Figures {
    /// The next figure.
    pub(crate) fn figure(
        &mut self,
        id: &str,
        caption: &str,
        svg: &Markup,
        table: &Markup,
    ) -> Result<Markup> {
        self.0 += 1;
        Markup::render(&Figure {
            id,
            n: self.0,
            caption,
            svg,
            table,
            ui: self.1,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_escape_text_and_wrap_ids() {
        let rows = vec![vec![
            Cell::text("a<b https://x"),
            Cell::num("1,000"),
            Cell::category("coercive.threat"),
            Cell::counts(vec![("p***".into(), 2), ("it's".into(), 1)], true),
            Cell::counts(Vec::new(), false),
        ]];
        let t = Table {
            class: "rowhead",
            caption: "C & D",
            head: &["Category", "coercive.threat"],
            rows: &rows,
        }
        .markup()
        .unwrap();
        assert_eq!(
            t.as_str(),
            "<div class=\"scroll\"><table class=\"rowhead\"><caption>C &amp; D</caption><thead><tr>\
<th scope=\"col\">Category</th><th scope=\"col\">coercive.<wbr>threat</th></tr></thead><tbody>\n\
<tr><th scope=\"row\">a&lt;b https&#58;//x</th><td class=\"n\">1,000</td><td class=\"cat\">\
<span class=\"swatch\" style=\"background:#66aad1\" aria-hidden=\"true\"></span>coercive.<wbr>threat</td>\
<td><code>p***</code>&nbsp;(2), <code>it&#39;s</code>&nbsp;(1)</td><td>—</td></tr>\n\
</tbody></table></div>\n"
        );
    }

    #[test]
    fn figures_are_numbered_in_order() {
        let mut f = Figures::new(crate::ui::Ui::builtin(crate::ui::UiLang::En));
        let svg = Markup("<svg></svg>".into());
        let table = Markup("<table></table>\n".into());
        f.figure("a", "A", &svg, &table).unwrap();
        let second = f.figure("b", "B \"q\"", &svg, &table).unwrap();
        assert_eq!(
            second.as_str(),
            "<figure id=\"b\"><figcaption>Figure 2. B &quot;q&quot;</figcaption>\n<svg></svg>\n\
<details><summary>Data table for figure 2</summary>\n<table></table>\n</details></figure>\n"
        );
    }
}
