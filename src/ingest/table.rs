//! A table already in memory (the Python package's DataFrame) read as one input: rows of
//! named cells go straight to [`build`](super::build), with the same checks and reject
//! reasons as a file's records, and no file written or parsed on the way.

use super::{build, resolve_columns, Fields, FileCtx, IngestOptions, InputFormat, InputSummary};
use super::{Item, SeenIds};
use crate::error::Result;
use crate::{bail, err};

/// One row of a [`Table`]: each cell it has, as (the index of its column in
/// [`Table::names`], text), each column at most once. A missing cell is left out.
pub type Row = Vec<(usize, String)>;

/// Rows held in memory, read as one input (for a binding, which has its rows as values and
/// would otherwise write them to a file for ingest to parse).
///
/// Row `n` (from 1) is the input's line `n` in rejects. A row without an id is given
/// `m<n>`; without a conversation id, a row is a conversation of its own (as a file without
/// a conversation column). The input's `sha256` is of the cells in order, each as its
/// column's name, a unit separator (U+001F), its text and a record separator (U+001E), with a
/// newline after each row.
pub struct Table<'a> {
    /// The input's name in rejects and the manifest (`<records>`, say).
    pub name: String,
    /// The corpus the messages belong to.
    pub corpus: String,
    /// The column names; meta columns keep these names.
    pub names: Vec<String>,
    /// The rows, in order; an error stops the run with it.
    pub rows: Box<dyn Iterator<Item = Result<Row>> + Send + 'a>,
}

/// Read every row of `table` into `sink`, in order, with the duplicate check of
/// `opts.dedupe`; the input's account.
pub fn stream_table(
    table: Table<'_>,
    opts: &IngestOptions,
    mut sink: impl FnMut(Item) -> Result<()>,
) -> Result<InputSummary> {
    use sha2::Digest;
    let Table {
        name,
        corpus,
        names,
        rows,
    } = table;
    let cols = resolve_columns(None, &opts.columns);
    if !names.contains(&cols.text) {
        bail!(
            "{name}: no text column {:?} (columns: {})",
            cols.text,
            names.join(", ")
        );
    }
    let roles: Vec<Option<usize>> = names.iter().map(|n| cols.role(n)).collect();
    let conversation = names.iter().position(|n| *n == cols.conversation);
    let ctx = FileCtx {
        name: &name,
        policy: None,
        names: opts.speaker_names.as_deref(),
        delimiter: None,
        corpus: &corpus,
        stem: "m",
        stem_sep: "",
        cols: &cols,
        time: &opts.time,
    };
    let mut seen = SeenIds::new(opts.dedupe)?;
    let mut hasher = sha2::Sha256::new();
    let (mut read, mut rejected) = (0u64, 0u64);
    for row in rows {
        let row = row?;
        read += 1;
        let mut fields = Fields::new(row.len());
        let mut per_row = true;
        for (i, v) in row {
            let column = names
                .get(i)
                .ok_or_else(|| err!("{name}: row {read}: no column {i}"))?;
            hasher.update(column.as_bytes());
            hasher.update([0x1F]);
            hasher.update(v.as_bytes());
            hasher.update([0x1E]);
            per_row &= Some(i) != conversation;
            fields.put(roles[i], column, v);
        }
        hasher.update(b"\n");
        let item = build(&ctx, read, fields, &mut seen, per_row)?;
        rejected += u64::from(item.is_err());
        sink(item)?;
    }
    Ok(InputSummary {
        path: name.clone(),
        sha256: hex::encode(hasher.finalize()),
        format: InputFormat::Table,
        read,
        rejected,
        system: 0,
        corpus: None,
    })
}
