//! Where annotations go: the [`Sink`] trait and its implementations.
//!
//! A sink receives, in input order, every batch of annotations and every reject, and, when
//! the run is complete, the manifest. A run that fails or is refused never reaches
//! [`Sink::finish`], so a directory sink leaves no half-written output set behind.

use crate::episode::Episode;
use crate::io::AtomicFile;
use crate::model::{Annotation, Reject};
use crate::output::{write_jsonl, Manifest, MessagesCsv};
use crate::Result;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The receiving end of a pipeline run.
pub trait Sink {
    /// What [`Sink::finish`] hands back (the path written, the annotations collected, ...).
    type Output;

    /// One batch of annotations, in input order.
    fn annotations(&mut self, batch: Vec<Annotation>) -> Result<()>;

    /// Every episode of the run (`episodes.jsonl`), once, after the last batch, ordered by
    /// conversation id and number.
    fn episodes(&mut self, _episodes: &[Episode]) -> Result<()> {
        Ok(())
    }

    /// Whether the sink keeps the episode records ([`Sink::episodes`]); when it does not, the
    /// run does not hold them in memory until the end (the annotations' episode ids and roles
    /// are the same).
    fn wants_episodes(&self) -> bool {
        true
    }

    /// One rejected record; its file name and id have been checked for personal data.
    fn reject(&mut self, _reject: &Reject) -> Result<()> {
        Ok(())
    }

    /// One line (JSON) of the redaction log, when the run redacts.
    fn redaction(&mut self, _line: &str) -> Result<()> {
        Ok(())
    }

    /// The directory the sink writes into, if any (the pseudonym key must live outside it).
    fn dir(&self) -> Option<&Path> {
        None
    }

    /// The run is complete: commit, given the run's manifest.
    fn finish(self, manifest: Manifest) -> Result<Self::Output>;
}

/// The five files of an output directory — `annotations.jsonl`, `episodes.jsonl`,
/// `messages.csv`, `rejects.jsonl`, `manifest.json` — plus `redaction_log.jsonl` when the run redacts,
/// written to temporaries and committed as one set ([`crate::io::commit_set`]): the old
/// manifest is removed first and the new one, with every file's length, is written last.
pub struct DirSink {
    out: PathBuf,
    ann: AtomicFile,
    eps: AtomicFile,
    csv: MessagesCsv<AtomicFile>,
    rej: AtomicFile,
    log: Option<AtomicFile>,
    stale: usize,
}

impl DirSink {
    /// Give the categories of the lexicon in use their columns in `messages.csv`
    /// ([`MessagesCsv::with_categories`]).
    pub fn with_categories<'a>(mut self, ids: impl IntoIterator<Item = &'a str>) -> Self {
        self.csv = self.csv.with_categories(ids);
        self
    }

    /// Open the output set in `out` (created if missing). Temporaries left there by an
    /// interrupted run are removed (and reported in the manifest's warnings). `redaction_log`
    /// adds `redaction_log.jsonl` to the set.
    pub fn create(out: &Path, redaction_log: bool) -> Result<DirSink> {
        let stale = crate::io::remove_stale_temporaries(out);
        Ok(DirSink {
            out: out.to_path_buf(),
            log: match redaction_log {
                true => Some(AtomicFile::create(&out.join("redaction_log.jsonl"))?),
                false => None,
            },
            ann: AtomicFile::create(&out.join("annotations.jsonl"))?,
            eps: AtomicFile::create(&out.join("episodes.jsonl"))?,
            csv: MessagesCsv::new(AtomicFile::create(&out.join("messages.csv"))?),
            rej: AtomicFile::create(&out.join("rejects.jsonl"))?,
            stale,
        })
    }
}

impl Sink for DirSink {
    type Output = PathBuf;

    fn annotations(&mut self, batch: Vec<Annotation>) -> Result<()> {
        write_jsonl(&mut self.ann, &batch)?;
        self.csv.write(&batch)?;
        // Freed on rayon's pool rather than on this thread, which writes while the next batch
        // is annotated (freeing a batch was a tenth of the writer's time).
        rayon::spawn(move || drop(batch));
        Ok(())
    }

    fn episodes(&mut self, episodes: &[Episode]) -> Result<()> {
        for e in episodes {
            serde_json::to_writer(&mut self.eps, e)?;
            self.eps.write_all(b"\n")?;
        }
        Ok(())
    }

    fn reject(&mut self, reject: &Reject) -> Result<()> {
        self.rej
            .write_all(serde_json::to_string(reject)?.as_bytes())?;
        self.rej.write_all(b"\n")?;
        Ok(())
    }

    fn redaction(&mut self, line: &str) -> Result<()> {
        if let Some(f) = self.log.as_mut() {
            f.write_all(line.as_bytes())?;
            f.write_all(b"\n")?;
        }
        Ok(())
    }

    fn dir(&self) -> Option<&Path> {
        Some(&self.out)
    }

    fn finish(self, mut manifest: Manifest) -> Result<PathBuf> {
        if self.stale > 0 {
            manifest.warnings.push(format!(
                "removed {} temporary files left in the output directory by an interrupted run",
                self.stale
            ));
        }
        let late = self.csv.late_meta_keys();
        if !late.is_empty() {
            manifest.warnings.push(format!(
                "meta keys first seen after the first batch of {} messages have no column in messages.csv (they are in annotations.jsonl): {}",
                super::BATCH,
                late.join(", ")
            ));
        }
        manifest.outputs = [
            "annotations.jsonl",
            "episodes.jsonl",
            "messages.csv",
            "rejects.jsonl",
            "manifest.json",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain(
            self.log
                .is_some()
                .then(|| "redaction_log.jsonl".to_string()),
        )
        .collect();
        let mut staged = vec![
            self.ann.stage()?,
            self.eps.stage()?,
            self.csv.into_inner()?.stage()?,
            self.rej.stage()?,
        ];
        if let Some(f) = self.log {
            staged.push(f.stage()?);
        }
        crate::io::commit_set(&self.out, staged, |sizes| {
            manifest.output_bytes = sizes.iter().cloned().collect();
            let mut m = serde_json::to_vec_pretty(&manifest)?;
            m.push(b'\n');
            Ok(m)
        })?;
        Ok(self.out)
    }
}

/// Annotations as JSON Lines to any writer (standard output when streaming). Rejects and the
/// manifest are not written; the run's [`super::Outcome`] still counts them.
pub struct JsonlSink<W: Write> {
    w: W,
}

impl<W: Write> JsonlSink<W> {
    /// Write to `w`.
    pub fn new(w: W) -> Self {
        JsonlSink { w }
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    type Output = W;

    fn annotations(&mut self, batch: Vec<Annotation>) -> Result<()> {
        write_jsonl(&mut self.w, &batch)
    }

    fn wants_episodes(&self) -> bool {
        false
    }

    fn finish(mut self, _manifest: Manifest) -> Result<W> {
        self.w.flush()?;
        Ok(self.w)
    }
}

/// Everything in memory: for the Python package, notebooks and tests.
#[derive(Debug, Default)]
pub struct MemorySink {
    /// The annotations, in input order.
    pub annotations: Vec<Annotation>,
    /// The rejected records, in input order.
    pub rejects: Vec<Reject>,
    /// The episodes, in the order they closed.
    pub episodes: Vec<Episode>,
}

impl Sink for MemorySink {
    type Output = (MemorySink, Manifest);

    fn annotations(&mut self, batch: Vec<Annotation>) -> Result<()> {
        self.annotations.extend(batch);
        Ok(())
    }

    fn reject(&mut self, reject: &Reject) -> Result<()> {
        self.rejects.push(reject.clone());
        Ok(())
    }

    fn episodes(&mut self, episodes: &[Episode]) -> Result<()> {
        self.episodes.extend_from_slice(episodes);
        Ok(())
    }

    fn finish(self, manifest: Manifest) -> Result<(MemorySink, Manifest)> {
        Ok((self, manifest))
    }
}
