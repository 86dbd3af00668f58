//! Tables across the boundary, column by column: a pandas DataFrame's columns in (as the
//! rows of the library's in-memory [`Table`](c2chat::ingest::Table)) and annotations out (one Python list per column,
//! from which pandas builds the DataFrame column-wise).
//!
//! The values are those `json.loads` gave for each line of `annotations.jsonl`: a field the
//! library leaves out (`evidence` when empty, `scores` without a model, `episode_id` and
//! `role` outside episodes) is `NaN`, as `DataFrame.from_records` fills a missing key; a JSON
//! `null` (`timestamp`, a non-finite score) is `None`.

use c2chat::ingest::Row;
use c2chat::model::Annotation;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyList, PyString};
use rustc_hash::FxHashMap;

/// The annotation columns, in order: `c2chat.ANNOTATION_COLUMNS` is this list (`_c2chat.annotation_columns`).
pub const COLUMNS: [&str; 17] = [
    "message_id",
    "conversation_id",
    "speaker",
    "timestamp",
    "text",
    "labels",
    "severity",
    "spans",
    "frames",
    "episode_id",
    "role",
    "lang",
    "evidence",
    "scores",
    "tokens",
    "corpus",
    "meta",
];

/// The rows of `columns` for the library's [`Table`](c2chat::ingest::Table): each row's
/// present cells, in column order, as (the first column of its name, text). A missing cell
/// is left out; of columns with the same name, the last non-missing cell wins, in the place
/// of the first.
///
/// The rows are read a chunk at a time by whichever thread asks for the next (the
/// pipeline's reading thread), which takes the GIL for each chunk: reading the cells overlaps
/// with annotating the rows before, while the calling thread, waiting for annotations with
/// the GIL released, lets it in. A cell that cannot be read stops the rows: the Python error
/// is kept in [`Rows::error`] for the caller to raise, and the run gets a plain one.
pub struct Rows {
    columns: Vec<Py<PyList>>,
    cell: Py<PyAny>,
    ids: Vec<usize>,
    rows: usize,
    next: usize,
    chunk: std::vec::IntoIter<Row>,
    /// The Python error of a cell that could not be read.
    pub error: std::sync::Arc<std::sync::Mutex<Option<PyErr>>>,
}

/// Rows read under the GIL at a time.
const ROWS_PER_CHUNK: usize = 4096;

impl Rows {
    pub fn new(
        names: &[String],
        columns: Vec<Bound<'_, PyList>>,
        cell: &Bound<'_, PyAny>,
    ) -> PyResult<Rows> {
        if names.len() != columns.len() {
            return Err(crate::C2chatError::new_err(
                "internal error: one name per column",
            ));
        }
        let rows = columns.first().map_or(0, |c| c.len());
        if columns.iter().any(|c| c.len() != rows) {
            return Err(crate::C2chatError::new_err("columns of different lengths"));
        }
        // Each name's first column: duplicate names share one field.
        let ids: Vec<usize> = names
            .iter()
            .map(|n| names.iter().position(|m| m == n).expect("present"))
            .collect();
        Ok(Rows {
            columns: columns.into_iter().map(Bound::unbind).collect(),
            cell: cell.clone().unbind(),
            ids,
            rows,
            next: 0,
            chunk: Vec::new().into_iter(),
            error: Default::default(),
        })
    }

    /// The next chunk of rows, read with the GIL held.
    fn read_chunk(&self, py: Python<'_>, end: usize) -> PyResult<Vec<Row>> {
        let columns: Vec<Bound<'_, PyList>> =
            self.columns.iter().map(|c| c.bind(py).clone()).collect();
        let cell = self.cell.bind(py);
        (self.next..end)
            .map(|row| read_row(row, &columns, &self.ids, cell))
            .collect()
    }
}

impl Iterator for Rows {
    type Item = c2chat::Result<Row>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(row) = self.chunk.next() {
            return Some(Ok(row));
        }
        if self.next >= self.rows {
            return None;
        }
        let end = (self.next + ROWS_PER_CHUNK).min(self.rows);
        match Python::with_gil(|py| self.read_chunk(py, end)) {
            Ok(rows) => {
                self.next = end;
                self.chunk = rows.into_iter();
                self.chunk.next().map(Ok)
            }
            Err(e) => {
                self.next = self.rows;
                *self.error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                Some(Err(c2chat::Error::Invalid(
                    "a cell of the DataFrame could not be read".into(),
                )))
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.rows - self.next + self.chunk.len();
        (n, Some(n))
    }
}

fn read_row(
    row: usize,
    columns: &[Bound<'_, PyList>],
    ids: &[usize],
    cell: &Bound<'_, PyAny>,
) -> PyResult<Row> {
    let mut fields: Row = Vec::with_capacity(columns.len());
    for (col, &id) in columns.iter().zip(ids) {
        let Some(s) = cell_str(col.get_item(row)?, cell)? else {
            continue;
        };
        let s = s.to_str()?.to_owned();
        match fields.iter_mut().find(|(i, _)| *i == id) {
            Some(slot) => slot.1 = s,
            None => fields.push((id, s)),
        }
    }
    Ok(fields)
}

/// A cell as a string: a `str` as it is, `None` as missing, anything else through `cell`
/// (which returns a `str` or `None`).
fn cell_str<'py>(
    v: Bound<'py, PyAny>,
    cell: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyString>>> {
    if v.is_none() {
        return Ok(None);
    }
    let v = match v.downcast_exact::<PyString>() {
        Ok(_) => v,
        Err(_) => cell.call1((v,))?,
    };
    if v.is_none() {
        return Ok(None);
    }
    Ok(Some(v.downcast_into::<PyString>()?))
}

/// Strings that repeat (categories, sources, frames, rule ids, labels, meta keys and
/// values): one Python object each, up to a bound.
struct Strings<'py> {
    py: Python<'py>,
    map: FxHashMap<String, Bound<'py, PyString>>,
}

impl<'py> Strings<'py> {
    const MAX: usize = 1 << 16;

    fn get(&mut self, s: &str) -> Bound<'py, PyString> {
        if let Some(p) = self.map.get(s) {
            return p.clone();
        }
        let p = PyString::new(self.py, s);
        if self.map.len() < Self::MAX {
            self.map.insert(s.to_string(), p.clone());
        }
        p
    }
}

/// Floats that repeat (scores are rounded to six decimals and most lie near 0): one Python
/// object per value while it holds its slot of a direct-mapped table. A float is immutable,
/// so rows may share one.
struct Floats<'py> {
    py: Python<'py>,
    slots: Vec<Option<(u64, Bound<'py, PyFloat>)>>,
}

impl<'py> Floats<'py> {
    const BITS: u32 = 12;

    fn new(py: Python<'py>) -> Self {
        Floats {
            py,
            slots: vec![None; 1 << Self::BITS],
        }
    }

    fn get(&mut self, v: f64) -> Bound<'py, PyAny> {
        let bits = v.to_bits();
        let i = (bits.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Self::BITS)) as usize;
        match &self.slots[i] {
            Some((b, p)) if *b == bits => p.clone().into_any(),
            _ => {
                let p = PyFloat::new(self.py, v);
                self.slots[i] = Some((bits, p.clone()));
                p.into_any()
            }
        }
    }
}

/// Dicts with the same keys in the same order (every row's scores, spans, meta): each made by
/// copying a template that holds the keys, then setting the values, which spares the dict's
/// growth and a lookup of each key's string.
struct Shape<'py> {
    names: Vec<String>,
    keys: Vec<Bound<'py, PyString>>,
    template: Bound<'py, PyDict>,
}

impl<'py> Shape<'py> {
    fn new<'a>(strings: &mut Strings<'py>, names: impl Iterator<Item = &'a str>) -> PyResult<Self> {
        let names: Vec<String> = names.map(str::to_string).collect();
        let keys: Vec<_> = names.iter().map(|n| strings.get(n)).collect();
        let template = PyDict::new(strings.py);
        for k in &keys {
            template.set_item(k, strings.py.None())?;
        }
        Ok(Shape {
            names,
            keys,
            template,
        })
    }

    /// The shape in `slot` when it has exactly these keys in this order, else a new one there.
    fn fit<'s, 'a>(
        slot: &'s mut Option<Shape<'py>>,
        strings: &mut Strings<'py>,
        names: impl ExactSizeIterator<Item = &'a str> + Clone,
    ) -> PyResult<&'s Shape<'py>> {
        let fits = slot.as_ref().is_some_and(|s| {
            s.names.len() == names.len() && names.clone().zip(&s.names).all(|(a, b)| a == b)
        });
        if !fits {
            *slot = Some(Shape::new(strings, names)?);
        }
        Ok(slot.as_ref().expect("set above"))
    }

    /// A new dict of these keys with `values`, in order.
    fn dict(
        &self,
        values: impl IntoIterator<Item = Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let d = self.template.copy()?;
        for (k, v) in self.keys.iter().zip(values) {
            d.set_item(k, v)?;
        }
        Ok(d)
    }
}

/// The keys of a span's dict, in the order of `annotations.jsonl`.
const SPAN_KEYS: [&str; 8] = [
    "start", "end", "text", "category", "severity", "source", "rule_id", "frame",
];

/// The annotation columns being built, batch by batch.
pub struct Builder<'py> {
    py: Python<'py>,
    nan: Bound<'py, PyAny>,
    strings: Strings<'py>,
    floats: Floats<'py>,
    span: Shape<'py>,
    scores: Option<Shape<'py>>,
    meta: Option<Shape<'py>>,
    /// The last conversation id and episode id (consecutive messages share them).
    conversation: Option<(String, Bound<'py, PyAny>)>,
    episode: Option<(String, Bound<'py, PyAny>)>,
    cols: Vec<Vec<Bound<'py, PyAny>>>,
}

/// `s` as a Python string, reusing `last` when it holds the same text.
fn same_as_last<'py>(
    py: Python<'py>,
    last: &mut Option<(String, Bound<'py, PyAny>)>,
    s: &str,
) -> Bound<'py, PyAny> {
    match last {
        Some((l, p)) if l == s => p.clone(),
        _ => {
            let p = PyString::new(py, s).into_any();
            *last = Some((s.to_string(), p.clone()));
            p
        }
    }
}

impl<'py> Builder<'py> {
    pub fn new(py: Python<'py>) -> PyResult<Self> {
        let mut strings = Strings {
            py,
            map: FxHashMap::default(),
        };
        let span = Shape::new(&mut strings, SPAN_KEYS.into_iter())?;
        Ok(Builder {
            py,
            nan: PyFloat::new(py, f64::NAN).into_any(),
            strings,
            floats: Floats::new(py),
            span,
            scores: None,
            meta: None,
            conversation: None,
            episode: None,
            cols: COLUMNS.iter().map(|_| Vec::new()).collect(),
        })
    }

    /// Append one batch of annotations, a row each.
    pub fn push(&mut self, batch: &[Annotation]) -> PyResult<()> {
        for c in &mut self.cols {
            c.reserve(batch.len());
        }
        for a in batch {
            self.row(a)?;
        }
        Ok(())
    }

    fn row(&mut self, a: &Annotation) -> PyResult<()> {
        let py = self.py;
        let text = |v: &str| PyString::new(py, v).into_any();
        let timestamp = match &a.timestamp {
            Some(t) => text(t),
            None => py.None().into_bound(py),
        };
        let labels = PyList::new(py, a.labels.iter().map(|l| self.strings.get(l)))?;
        let cells: [Bound<'py, PyAny>; 17] = [
            text(&a.message_id),
            same_as_last(py, &mut self.conversation, &a.conversation_id),
            text(&a.speaker),
            timestamp,
            text(&a.text),
            labels.into_any(),
            a.severity.into_pyobject(py)?.into_any(),
            self.spans(a)?,
            self.frames(a)?,
            match &a.episode_id {
                Some(e) => same_as_last(py, &mut self.episode, e),
                None => self.nan.clone(),
            },
            self.optional(a.role.as_deref()),
            self.strings.get(&a.lang).into_any(),
            self.evidence(a)?,
            self.scores(a)?,
            a.tokens.into_pyobject(py)?.into_any(),
            self.strings.get(&a.corpus).into_any(),
            self.meta(a)?,
        ];
        for (col, v) in self.cols.iter_mut().zip(cells) {
            col.push(v);
        }
        Ok(())
    }

    fn optional(&mut self, v: Option<&str>) -> Bound<'py, PyAny> {
        match v {
            Some(v) => self.strings.get(v).into_any(),
            None => self.nan.clone(),
        }
    }

    fn spans(&mut self, a: &Annotation) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let list = PyList::empty(py);
        for sp in &a.spans {
            let s = &mut self.strings;
            let d = self.span.dict([
                sp.start.into_pyobject(py)?.into_any(),
                sp.end.into_pyobject(py)?.into_any(),
                s.get(&sp.text).into_any(),
                s.get(&sp.category).into_any(),
                sp.severity.into_pyobject(py)?.into_any(),
                s.get(sp.source.as_str()).into_any(),
                s.get(&sp.rule_id).into_any(),
                s.get(sp.frame.as_str()).into_any(),
            ])?;
            list.append(d)?;
        }
        Ok(list.into_any())
    }

    /// The frames of the spans, sorted by name, each once.
    fn frames(&mut self, a: &Annotation) -> PyResult<Bound<'py, PyAny>> {
        let mut f: Vec<&str> = a.spans.iter().map(|s| s.frame.as_str()).collect();
        f.sort_unstable();
        f.dedup();
        Ok(PyList::new(self.py, f.into_iter().map(|x| self.strings.get(x)))?.into_any())
    }

    fn evidence(&mut self, a: &Annotation) -> PyResult<Bound<'py, PyAny>> {
        if a.evidence.is_empty() {
            return Ok(self.nan.clone());
        }
        let d = PyDict::new(self.py);
        for (label, sources) in &a.evidence {
            let v = PyList::new(
                self.py,
                sources.iter().map(|s| self.strings.get(s.as_str())),
            )?;
            d.set_item(self.strings.get(label), v)?;
        }
        Ok(d.into_any())
    }

    fn scores(&mut self, a: &Annotation) -> PyResult<Bound<'py, PyAny>> {
        let Some(scores) = &a.scores else {
            return Ok(self.nan.clone());
        };
        let shape = Shape::fit(&mut self.scores, &mut self.strings, scores.keys())?;
        let (py, floats) = (self.py, &mut self.floats);
        // JSON has no NaN or infinity: serde_json writes them as null.
        let values = scores.values().map(|v| match v.is_finite() {
            true => floats.get(*v),
            false => py.None().into_bound(py),
        });
        Ok(shape.dict(values)?.into_any())
    }

    fn meta(&mut self, a: &Annotation) -> PyResult<Bound<'py, PyAny>> {
        let shape = Shape::fit(
            &mut self.meta,
            &mut self.strings,
            a.meta.keys().map(String::as_str),
        )?;
        let strings = &mut self.strings;
        let values = a.meta.values().map(|v| strings.get(v).into_any());
        Ok(shape.dict(values)?.into_any())
    }

    /// The columns, as a dict of lists keyed by [`COLUMNS`].
    pub fn finish(self) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(self.py);
        for (name, col) in COLUMNS.iter().zip(self.cols) {
            d.set_item(name, PyList::new(self.py, col)?)?;
        }
        Ok(d)
    }
}
