//! The annotating thread of a run, one batch ahead: while a batch is finished (the
//! conversation walks, the classifier, the annotations: the steps that read and carry the
//! stream's state), the next one goes through the PII gate and is matched (stateless), in one
//! `rayon::join`. Either side's work fills the threads while the other is in a serial part
//! (taking a batch's conversations out of the spill map, putting them back, collecting), which
//! left a tenth of two cores idle when the steps ran one after the other (issue 23).
//!
//! Invariant: the writer gets what a run one batch at a time would send, in the same order:
//! a batch's redaction lines, then its annotations (or its refusal), then the records
//! rejected while the next batch was read. Matching reads no state, and the gate reads
//! nothing the finishing side writes, so the annotations do not depend on the overlap.

use super::gate::Gate;
use super::{Progress, ToWriter};
use crate::annotate::{Annotator, BatchMatches, StreamState};
use crate::model::{Message, Reject};
use crate::Result;

/// The annotating side of a run (see the module).
pub(super) struct Ahead<'a> {
    pub gate: Gate<'a>,
    pub state: StreamState,
    annotator: &'a Annotator<'a>,
    progress: &'a dyn Progress,
    waiting: Option<Gated>,
}

/// A batch through the gate, matched unless the run is refused, waiting to be finished.
struct Gated {
    lines: Vec<String>,
    msgs: Vec<Message>,
    /// `None`: the gate has refused the run; the batch is counted, never annotated.
    matched: Option<BatchMatches>,
    /// Records rejected after this batch was read, sent after it.
    rejects: Vec<Reject>,
}

impl<'a> Ahead<'a> {
    pub fn new(
        gate: Gate<'a>,
        state: StreamState,
        annotator: &'a Annotator<'a>,
        progress: &'a dyn Progress,
    ) -> Self {
        Ahead {
            gate,
            state,
            annotator,
            progress,
            waiting: None,
        }
    }

    /// Take a batch: gate and match it while the batch before it is finished. Returns what
    /// goes to the writer now (the batch before, once finished).
    pub fn batch(&mut self, msgs: Vec<Message>) -> Result<Vec<ToWriter>> {
        let before = self.waiting.take();
        let (annotator, progress) = (self.annotator, self.progress);
        let (gate, state) = (&mut self.gate, &mut self.state);
        let (next, done) = rayon::join(
            || gated(gate, annotator, msgs),
            || before.map_or(Ok(Vec::new()), |b| finish(annotator, state, progress, b)),
        );
        // The batch before comes first in the input, so its error does too.
        let done = done?;
        self.waiting = Some(next?);
        Ok(done)
    }

    /// A rejected record: sent now, or after the batch read before it.
    pub fn reject(&mut self, r: Reject) -> Option<ToWriter> {
        match &mut self.waiting {
            Some(w) => {
                w.rejects.push(r);
                None
            }
            None => Some(ToWriter::Reject(r)),
        }
    }

    /// The end of the input: finish the batch still waiting, if any.
    pub fn flush(&mut self) -> Result<Vec<ToWriter>> {
        match self.waiting.take() {
            Some(w) => finish(self.annotator, &mut self.state, self.progress, w),
            None => Ok(Vec::new()),
        }
    }
}

/// Pass a batch through the PII gate and match it (unless the run is refused).
fn gated(gate: &mut Gate, annotator: &Annotator, mut msgs: Vec<Message>) -> Result<Gated> {
    let mut lines = Vec::new();
    let refused = gate.check(&mut msgs, &mut |line| {
        lines.push(line.to_string());
        Ok(())
    })?;
    let matched = (!refused).then(|| annotator.match_batch(&msgs));
    Ok(Gated {
        lines,
        msgs,
        matched,
        rejects: Vec::new(),
    })
}

/// Finish a gated batch: what goes to the writer, in order.
fn finish(
    annotator: &Annotator,
    state: &mut StreamState,
    progress: &dyn Progress,
    g: Gated,
) -> Result<Vec<ToWriter>> {
    let n = g.msgs.len() as u64;
    let mut out = vec![ToWriter::Redactions(g.lines)];
    match g.matched {
        // Keep counting rows so the report is complete, but annotate and write nothing.
        None => out.push(ToWriter::Refused(n)),
        Some(matched) => {
            let anns = annotator.annotate_matched(g.msgs, matched, state);
            state.take_error().map_or(Ok(()), Err)?;
            progress.advance(n);
            out.push(ToWriter::Annotations(anns));
        }
    }
    out.extend(g.rejects.into_iter().map(ToWriter::Reject));
    Ok(out)
}
