//! `c2chat._c2chat`: the native half of the Python package.
//!
//! A thin layer over the c2chat library: [`Pipeline`](c2chat::pipeline::Pipeline) for
//! annotation (the same run as `c2chat annotate`) and [`c2chat::stats`] for statistics.
//! A DataFrame crosses the boundary column by column ([`columns`]): its columns become the
//! rows of a [`Table`](c2chat::ingest::Table) that the library reads in memory (no file is
//! written or parsed on the way), and the annotations come back as one Python list per
//! column, with the values `json.loads` gives for `annotations.jsonl`, so the annotations a
//! notebook sees are field for field those the command line writes; the Python half
//! (`c2chat/__init__.py`) builds pandas DataFrames. The GIL is released while the library works.

use c2chat::defaults::ModelRef;
use c2chat::episode::Episode;
use c2chat::lexicon::LexiconRef;
use c2chat::model::Annotation;
use c2chat::model::Reject;
use c2chat::output::Manifest;
use c2chat::pipeline::{DirSink, NoProgress, Options, Outcome, PiiPolicy, Pipeline, Sink};
use c2chat::redact::NameList;
use c2chat::stats::{self, Basis, CompareOptions, EpisodeCollector, Names, Partial, Selector};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::json;
use std::path::PathBuf;

mod columns;

/// The command line's allocator (`src/main.rs`) for the library's allocations (Python's own
/// objects keep Python's allocator): with the system allocator the same pipeline run takes
/// about a third longer.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    _c2chat,
    C2chatError,
    PyException,
    "An error from the c2chat library."
);
create_exception!(
    _c2chat,
    PiiRefused,
    C2chatError,
    "The PII gate found residual personal data and the policy is \"refuse\"."
);

/// The library error as the command line prints it: each layer, then its source.
fn err(e: c2chat::Error) -> PyErr {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        let part = s.to_string();
        if !msg.ends_with(&part) {
            msg.push_str(": ");
            msg.push_str(&part);
        }
        src = s.source();
    }
    C2chatError::new_err(msg)
}

fn json_err(e: serde_json::Error) -> PyErr {
    err(c2chat::Error::from(e))
}

/// A loaded pipeline (lexicon automata, rules, model), reusable across calls.
#[pyclass(module = "c2chat._c2chat", name = "Pipeline", frozen)]
struct PyPipeline {
    inner: Pipeline,
}

fn pii_policy(pii: &str) -> PyResult<PiiPolicy> {
    match pii {
        "refuse" => Ok(PiiPolicy::Refuse),
        "allow" => Ok(PiiPolicy::Allow),
        "redact" => Ok(PiiPolicy::Redact),
        other => Err(err(c2chat::Error::from(
            c2chat::suggest::check("PII policy", other, ["refuse", "allow", "redact"])
                .expect_err("not a policy"),
        ))),
    }
}

#[pymethods]
impl PyPipeline {
    #[new]
    #[pyo3(signature = (lexicon=None, model=None, no_model=false, min_score=None, rule_window=None, pii="refuse", names=None, key_file=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        lexicon: Option<String>,
        model: Option<PathBuf>,
        no_model: bool,
        min_score: Option<f64>,
        rule_window: Option<usize>,
        pii: &str,
        names: Option<PathBuf>,
        key_file: Option<PathBuf>,
    ) -> PyResult<Self> {
        let pii = pii_policy(pii)?;
        let inner = py.allow_threads(|| -> c2chat::Result<Pipeline> {
            let names = match &names {
                Some(p) => NameList::load(p)?,
                None => NameList::empty(),
            };
            let mut record = std::collections::BTreeMap::new();
            record.insert("strict".to_string(), json!(false));
            record.insert("python".to_string(), json!(true));
            Pipeline::new(Options {
                lexicon: match &lexicon {
                    Some(s) => LexiconRef::parse(s)?,
                    None => LexiconRef::default_core(),
                },
                model: ModelRef::choose(model.as_deref(), no_model),
                min_score: min_score.unwrap_or(c2chat::defaults::DEFAULT_MIN_SCORE),
                rule_window,
                pii,
                names,
                key_file,
                command_line: vec!["c2chat (python)".into(), "annotate".into()],
                record,
                ..Options::default()
            })
        });
        Ok(PyPipeline {
            inner: inner.map_err(err)?,
        })
    }

    /// The lexicon's manifest record (name, version, hash, path), as JSON.
    fn lexicon_json(&self) -> PyResult<String> {
        serde_json::to_string(self.inner.lexicon()).map_err(json_err)
    }

    /// Annotate a table given as columns: `names[i]` is the name of `columns[i]`, a list of
    /// cells (`str`, `None` for a missing cell, or anything else, which `cell` turns into a
    /// `str` or `None`). Each row becomes one row of the library's in-memory
    /// [`Table`](c2chat::ingest::Table) (`text`, and optionally `message_id`,
    /// `conversation_id`, `speaker`, `timestamp`; other columns become `meta`; a missing or
    /// empty `message_id` is `m<row>`), read as corpus `corpus` named `<records>` in rejects.
    /// The pipeline runs with the GIL released in a thread of its own while this thread turns
    /// each batch of annotations into Python objects. Returns the annotation columns (a dict
    /// of lists, see [`columns::COLUMNS`]), episodes and rejects as JSON Lines, and a JSON
    /// summary.
    fn annotate_columns<'py>(
        &self,
        py: Python<'py>,
        names: Vec<String>,
        columns: Vec<Bound<'py, PyList>>,
        cell: Bound<'py, PyAny>,
        corpus: &str,
    ) -> PyResult<(Bound<'py, PyDict>, String, String, String)> {
        check_corpus_name(corpus)?;
        let rows = columns::Rows::new(&names, columns, &cell)?;
        let cell_error = rows.error.clone();
        let table = c2chat::ingest::Table {
            name: "<records>".into(),
            corpus: corpus.into(),
            names,
            rows: Box::new(rows),
        };
        let mut out = columns::Builder::new(py)?;
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Annotation>>(2);
        let rx = std::sync::Mutex::new(rx);
        let run = std::thread::scope(|s| {
            let worker = s.spawn(move || {
                let sink = ChannelSink {
                    tx,
                    rejects: Vec::new(),
                    episodes: Vec::new(),
                };
                self.inner.run_table(table, sink, &NoProgress)
            });
            let mut converted = Ok(());
            loop {
                let next = py.allow_threads(|| rx.lock().ok().and_then(|r| r.recv().ok()));
                let Some(batch) = next else { break };
                // Ctrl-C in a notebook stops the run at the next batch.
                if let Err(e) = out.push(&batch).and_then(|()| py.check_signals()) {
                    converted = Err(e);
                    break;
                }
            }
            // A conversion error: the pipeline's next send fails and the run stops.
            drop(rx);
            let run = py.allow_threads(|| worker.join());
            converted.map(|()| run)
        })?;
        let run = run.map_err(|_| C2chatError::new_err("internal error: the pipeline panicked"))?;
        if let Some(e) = cell_error.lock().unwrap_or_else(|p| p.into_inner()).take() {
            return Err(e);
        }
        let outcome = run.map_err(err)?;
        refused(&outcome)?;
        let summary = summary(&outcome, None)?;
        let ((rejects, episodes), _manifest) = outcome.output.expect("not refused");
        Ok((out.finish()?, jsonl(&episodes)?, jsonl(&rejects)?, summary))
    }

    /// Run over files or directories into `out`, as `c2chat annotate INPUTS --out OUT`.
    /// Returns a JSON summary.
    fn annotate_files(
        &self,
        py: Python<'_>,
        inputs: Vec<PathBuf>,
        out: PathBuf,
    ) -> PyResult<String> {
        let outcome = py.allow_threads(|| -> c2chat::Result<_> {
            let sink = DirSink::create(&out, self.inner.options().pii == PiiPolicy::Redact)?;
            self.inner.run(&inputs, sink, &NoProgress)
        });
        let outcome = outcome.map_err(err)?;
        refused(&outcome)?;
        summary(&outcome, outcome.output.as_deref())
    }
}

/// A sink handing each batch of annotations to the converting thread as it comes
/// ([`PyPipeline::annotate_columns`]); rejects and episodes are kept for the end.
struct ChannelSink {
    tx: std::sync::mpsc::SyncSender<Vec<Annotation>>,
    rejects: Vec<Reject>,
    episodes: Vec<Episode>,
}

impl Sink for ChannelSink {
    type Output = ((Vec<Reject>, Vec<Episode>), Manifest);

    fn annotations(&mut self, batch: Vec<Annotation>) -> c2chat::Result<()> {
        self.tx
            .send(batch)
            .map_err(|_| c2chat::Error::Invalid("annotation stopped by the caller".into()))
    }

    fn reject(&mut self, reject: &Reject) -> c2chat::Result<()> {
        self.rejects.push(reject.clone());
        Ok(())
    }

    fn episodes(&mut self, episodes: &[Episode]) -> c2chat::Result<()> {
        self.episodes.extend_from_slice(episodes);
        Ok(())
    }

    fn finish(self, manifest: Manifest) -> c2chat::Result<Self::Output> {
        Ok(((self.rejects, self.episodes), manifest))
    }
}

/// A corpus name is a plain name, as the command line takes one from a directory: one path
/// component.
fn check_corpus_name(corpus: &str) -> PyResult<()> {
    let plain = !corpus.is_empty()
        && corpus != "."
        && corpus != ".."
        && !corpus.contains(['/', '\\', '\0']);
    if plain {
        Ok(())
    } else {
        Err(C2chatError::new_err(format!(
            "corpus name {corpus:?} must be a plain name (no slashes)"
        )))
    }
}

fn refused<T>(o: &Outcome<T>) -> PyResult<()> {
    if o.refused() {
        return Err(PiiRefused::new_err(format!(
            "refusing to annotate: residual PII found (values not shown). Redact first (c2chat redact), or use pii=\"redact\" or pii=\"allow\".\n{}",
            o.pii
        )));
    }
    Ok(())
}

fn summary<T>(o: &Outcome<T>, out: Option<&std::path::Path>) -> PyResult<String> {
    let v = json!({
        "counts": o.counts,
        "warnings": o.warnings,
        "first_reject": o.first_reject,
        "redactions": o.redactions,
        "out": out.map(|p| p.display().to_string()),
    });
    serde_json::to_string(&v).map_err(json_err)
}

fn jsonl<T: serde::Serialize>(items: &[T]) -> PyResult<String> {
    let mut s = String::new();
    for i in items {
        s.push_str(&serde_json::to_string(i).map_err(json_err)?);
        s.push('\n');
    }
    Ok(s)
}

/// JSON Lines records (blank lines skipped); errors name the record by its line.
fn parse_records<T: serde::de::DeserializeOwned>(text: &str, what: &str) -> c2chat::Result<Vec<T>> {
    let mut v = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let r: T = serde_json::from_str(line)
            .map_err(|e| c2chat::Error::Invalid(format!("{what} {}: {e}", i + 1)))?;
        v.push(r);
    }
    Ok(v)
}

/// The partial of the annotations in `paths` and `records`, with the episode counts of
/// `c2chat stats` when every source has its episodes: the `episodes.jsonl` beside each path
/// (as the command line reads it) and, for `records`, the episode records `episodes` (JSON
/// Lines, as `Annotator.run` returns them for the same messages). Without them for some source
/// the episode counts are left out. The categories of the lexicon named in a manifest beside a
/// path are declared, as the command line does. Returns the annotations read too.
fn partial_of(
    dims: Vec<stats::Dim>,
    paths: &[PathBuf],
    records: Option<&str>,
    episodes: Option<&str>,
) -> c2chat::Result<(Partial, Vec<Annotation>)> {
    let mut p = Partial::new(dims.clone());
    let mut eps = EpisodeCollector::new(dims);
    let mut complete = true;
    let mut all = Vec::new();
    let mut add_all = |anns: Vec<Annotation>, eps: &mut EpisodeCollector| -> c2chat::Result<()> {
        for a in &anns {
            eps.add(a, true)?;
            p.add(a)?;
        }
        eps.end_file()?;
        all.extend(anns);
        Ok(())
    };
    for path in paths {
        match c2chat::output::episodes_beside(path) {
            Some(e) => eps.begin_file(path, &e, c2chat::output::read_episodes(&e)?),
            None => complete = false,
        }
        add_all(c2chat::output::read_annotations(path)?, &mut eps)?;
    }
    if let Some(text) = records {
        match episodes {
            Some(e) => eps.begin_file(
                std::path::Path::new("the annotation records"),
                std::path::Path::new("the episode records"),
                parse_records::<Episode>(e, "episode record")?,
            ),
            None => complete = false,
        }
        add_all(parse_records(text, "annotation record")?, &mut eps)?;
    }
    for path in paths {
        let extra = c2chat::output::extra_categories_beside(path);
        p.declare_categories(extra.iter().map(String::as_str));
    }
    if complete {
        p.episodes = Some(eps.finish());
    }
    Ok((p, all))
}

/// The statistics of `c2chat stats` over annotations, as one JSON object of tables:
/// `stats` (long rows), `trend` (one period), `dispersion`, `cooccurrence_message`,
/// `cooccurrence_conversation`, `speakers`, and `compare` when asked.
#[pyfunction]
#[pyo3(signature = (paths, records=None, by=vec![], period=None, compare=None, between=None, basis="messages", holm=false, episodes=None))]
#[allow(clippy::too_many_arguments)]
fn stats_tables(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    records: Option<String>,
    by: Vec<String>,
    period: Option<String>,
    compare: Option<String>,
    between: Option<(String, String)>,
    basis: &str,
    holm: bool,
    episodes: Option<String>,
) -> PyResult<String> {
    let basis = match basis {
        "messages" => Basis::Messages,
        "tokens" => Basis::Tokens,
        other => {
            return Err(err(c2chat::Error::from(
                c2chat::suggest::check("basis", other, ["messages", "tokens"])
                    .expect_err("not a basis"),
            )))
        }
    };
    let out = py.allow_threads(|| -> c2chat::Result<serde_json::Value> {
        let by: Vec<&str> = by
            .iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        let dims = stats::parse_dims(&by, period.as_deref())?;
        let between = between.as_ref().map(|(a, b)| [a.clone(), b.clone()]);
        let sel = Selector::pair(compare.as_deref(), between.as_ref().map(|b| &b[..]))?;
        let (p, anns) = partial_of(
            dims.clone(),
            &paths,
            records.as_deref(),
            episodes.as_deref(),
        )?;
        let names = Names::from_annotations(
            &Names::selector_fields(sel.iter().flat_map(|(x, y)| [x, y])),
            &anns,
        );
        names.check_dims(&dims)?;
        let mut v = tables(&p)?;
        if let Some((sa, sb)) = &sel {
            names.check_selector(sa)?;
            names.check_selector(sb)?;
            let pick = |s: &Selector| -> c2chat::Result<Partial> {
                let mut kept = Vec::new();
                for a in &anns {
                    if s.matches(a)? {
                        kept.push(a);
                    }
                }
                Partial::from_annotations(Vec::new(), kept)
            };
            let (pa, pb) = (pick(sa)?, pick(sb)?);
            let declared = pa.lexicon_categories.union(&pb.lexicon_categories);
            let mut rows = stats::compare_declared(
                &sa.label(),
                &pa.total,
                &sb.label(),
                &pb.total,
                &CompareOptions { basis, holm },
                declared.map(String::as_str),
            );
            stats::add_clustered(
                &mut rows,
                pa.conversations.values(),
                pb.conversations.values(),
            );
            v["compare"] = serde_json::to_value(rows)?;
        }
        Ok(v)
    });
    serde_json::to_string(&out.map_err(err)?).map_err(json_err)
}

/// The partial statistics (`partial.json`, format `c2chat-stats-partial/2`) of annotations,
/// grouped by `by` and `period`: the bytes `c2chat stats FILES --partial` writes for the same
/// annotations, episode counts included when every source has its episodes ([`partial_of`]).
/// An unknown grouping field is an error when there are annotations.
#[pyfunction]
#[pyo3(signature = (paths, records=None, by=vec![], period=None, episodes=None))]
fn stats_partial(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    records: Option<String>,
    by: Vec<String>,
    period: Option<String>,
    episodes: Option<String>,
) -> PyResult<String> {
    let out = py.allow_threads(|| -> c2chat::Result<Vec<u8>> {
        let by: Vec<&str> = by
            .iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        let dims = stats::parse_dims(&by, period.as_deref())?;
        let (p, anns) = partial_of(
            dims.clone(),
            &paths,
            records.as_deref(),
            episodes.as_deref(),
        )?;
        if !anns.is_empty() {
            Names::from_annotations(&[], &anns).check_dims(&dims)?;
        }
        p.to_json()
    });
    String::from_utf8(out.map_err(err)?).map_err(|e| C2chatError::new_err(e.to_string()))
}

/// Merge partials (JSON text, as `stats_partial` or `stats --partial` writes them) as
/// `c2chat stats merge` does: entry-wise addition, equal to one run over all the annotations.
#[pyfunction]
fn merge_partials(py: Python<'_>, partials: Vec<String>) -> PyResult<String> {
    let out = py.allow_threads(|| -> c2chat::Result<Vec<u8>> {
        let mut acc: Option<Partial> = None;
        for (i, text) in partials.iter().enumerate() {
            let name = format!("partial {}", i + 1);
            let p = Partial::from_json(text.as_bytes(), &name)?;
            match &mut acc {
                None => acc = Some(p),
                Some(a) => a
                    .merge_from(&p)
                    .map_err(|e| c2chat::Error::Invalid(format!("merging {name}: {e}")))?,
            }
        }
        match acc {
            Some(p) => p.to_json(),
            None => Err(c2chat::Error::Invalid(
                "merge_partials needs at least one partial".into(),
            )),
        }
    });
    String::from_utf8(out.map_err(err)?).map_err(|e| C2chatError::new_err(e.to_string()))
}

/// The tables of a partial (JSON text), as `stats_tables` gives them (no `compare`).
#[pyfunction]
fn partial_tables(py: Python<'_>, partial: String) -> PyResult<String> {
    let out = py.allow_threads(|| -> c2chat::Result<serde_json::Value> {
        let p = Partial::from_json(partial.as_bytes(), "partial")?;
        tables(&p)
    });
    serde_json::to_string(&out.map_err(err)?).map_err(json_err)
}

/// `stats.csv` as `{columns, rows}`: one column per grouping field, then category, measure
/// and value (a number or null), in the CLI's order.
fn stats_long_json(t: &stats::StatsTable) -> serde_json::Value {
    let (header, rows) = stats::render::stats_long(t);
    let rows: Vec<serde_json::Value> = rows
        .into_iter()
        .map(|(cells, v)| {
            let mut r: Vec<serde_json::Value> =
                cells.into_iter().map(serde_json::Value::from).collect();
            r.push(
                v.filter(|x| x.is_finite())
                    .map_or(serde_json::Value::Null, serde_json::Value::from),
            );
            serde_json::Value::Array(r)
        })
        .collect();
    json!({"columns": header, "rows": rows})
}

/// Every table derivable from a partial (as `stats::render::corpus_files`, as values).
fn tables(p: &Partial) -> c2chat::Result<serde_json::Value> {
    let t = stats::stats_table(p);
    let mut v = json!({
        "group_by": t.group_by,
        "dimensions": t.dimensions,
        "messages": p.total.messages,
        "tokens": p.total.tokens,
        "stats": stats_long_json(&t),
        "dispersion": stats::dispersion(p),
        "cooccurrence_message": stats::cooccurrence_messages(p),
        "cooccurrence_conversation": stats::cooccurrence_conversations(p),
        "speakers": stats::speaker_profiles(p),
    });
    let periods = p
        .dims
        .iter()
        .filter(|d| matches!(d, stats::Dim::Period(_)))
        .count();
    if periods == 1 {
        v["trend"] = serde_json::to_value(stats::trend(p)?)?;
    }
    if let Some(e) = &p.episodes {
        v["episodes"] = serde_json::to_value(stats::episodes::episode_rows(&p.dims, e))?;
    }
    Ok(v)
}

/// The c2chat version the package was built from.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The columns of `compare.csv`, in order (the names of a compare row's fields).
#[pyfunction]
fn compare_columns() -> Vec<&'static str> {
    stats::render::COMPARE_COLUMNS.to_vec()
}

/// The fields of an episode record (`episodes.jsonl`), in order (`c2chat.EPISODE_COLUMNS`).
#[pyfunction]
fn episode_columns() -> PyResult<Vec<String>> {
    let e = Episode {
        episode_id: String::new(),
        conversation_id: String::new(),
        first_message_id: String::new(),
        last_message_id: String::new(),
        start: None,
        end: None,
        acts: Vec::new(),
        episode_type: String::new(),
        severity: 0,
        participants: Vec::new(),
        first_protective_response: None,
        messages: 0,
    };
    match serde_json::to_value(e).map_err(json_err)? {
        serde_json::Value::Object(m) => Ok(m.keys().cloned().collect()),
        _ => Err(C2chatError::new_err("an episode is not a JSON object")),
    }
}

/// The columns of `Annotator.annotate`, in order (`c2chat.ANNOTATION_COLUMNS`).
#[pyfunction]
fn annotation_columns() -> Vec<&'static str> {
    columns::COLUMNS.to_vec()
}

#[pymodule]
fn _c2chat(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyPipeline>()?;
    m.add_function(wrap_pyfunction!(stats_tables, m)?)?;
    m.add_function(wrap_pyfunction!(stats_partial, m)?)?;
    m.add_function(wrap_pyfunction!(merge_partials, m)?)?;
    m.add_function(wrap_pyfunction!(partial_tables, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(compare_columns, m)?)?;
    m.add_function(wrap_pyfunction!(annotation_columns, m)?)?;
    m.add_function(wrap_pyfunction!(episode_columns, m)?)?;
    m.add("C2chatError", m.py().get_type::<C2chatError>())?;
    m.add("PiiRefused", m.py().get_type::<PiiRefused>())?;
    Ok(())
}
