//! The PII gate: every message passes it before anything annotates or writes it.
//!
//! It scans every field an output carries (text, ids, speaker, meta, file name; phone numbers
//! split over one speaker's messages) and either refuses the run (the default), lets it
//! proceed with the finding recorded (`PiiPolicy::Allow`) or redacts in place
//! (`PiiPolicy::Redact`, with a redaction log line per change).

use super::PiiPolicy;
use crate::model::Message;
use crate::redact::fields::FieldRedaction;
use crate::redact::{NameList, PiiHit, PiiScan, Pseudonymiser, RedactionLogEntry};
use crate::Result;
use rayon::prelude::*;

/// The gate's state over one run.
pub(crate) struct Gate<'a> {
    pub names: &'a NameList,
    pub policy: PiiPolicy,
    pub pseudo: Option<&'a Pseudonymiser>,
    pub scan: PiiScan,
    pub refused: bool,
    pub redactions: u64,
}

impl<'a> Gate<'a> {
    pub fn new(names: &'a NameList, policy: PiiPolicy, pseudo: Option<&'a Pseudonymiser>) -> Self {
        Gate {
            names,
            policy,
            pseudo,
            scan: PiiScan::new(),
            refused: false,
            redactions: 0,
        }
    }

    /// Scan or redact a batch. Redaction log lines (JSON) go to `log`. True once residual PII
    /// has made the run refuse.
    pub fn check(
        &mut self,
        msgs: &mut [Message],
        log: &mut dyn FnMut(&str) -> Result<()>,
    ) -> Result<bool> {
        // Phone numbers split across messages of one speaker (within this batch).
        let split = crate::redact::fields::split_phone_hits(msgs);
        if self.policy == PiiPolicy::Redact {
            self.redact_batch(msgs, &split, log)?;
        } else {
            self.scan_batch(msgs, &split);
            if !self.scan.is_clean() && self.policy == PiiPolicy::Refuse {
                self.refused = true;
            }
        }
        Ok(self.refused)
    }

    fn redact_batch(
        &mut self,
        msgs: &mut [Message],
        split: &[(usize, PiiHit)],
        log: &mut dyn FnMut(&str) -> Result<()>,
    ) -> Result<()> {
        let mut lines = Vec::new();
        for entry in crate::redact::fields::redact_split_phones(msgs, split) {
            lines.push(serde_json::to_string(&entry)?);
        }
        let p = self
            .pseudo
            .ok_or_else(|| crate::err!("internal error: redaction needs the pseudonym key"))?;
        let names = self.names;
        let logs: Vec<(Vec<RedactionLogEntry>, Vec<FieldRedaction>)> = msgs
            .par_iter_mut()
            .map(|m| {
                let fields = crate::redact::fields::redact_fields(m, names, p);
                (crate::redact::redact_message(m, names), fields)
            })
            .collect();
        for (text, fields) in logs {
            for entry in text {
                lines.push(serde_json::to_string(&entry)?);
            }
            for entry in fields {
                lines.push(serde_json::to_string(&entry)?);
            }
        }
        for l in lines {
            self.redactions += 1;
            log(&l)?;
        }
        Ok(())
    }

    /// Every field an output carries, not only the text.
    fn scan_batch(&mut self, msgs: &[Message], split: &[(usize, PiiHit)]) {
        let names = self.names;
        let mut hits: Vec<Vec<PiiHit>> = msgs
            .par_iter()
            .map(|m| crate::redact::detect(&m.text, names))
            .collect();
        for (i, h) in crate::redact::fields::batch_field_hits(msgs, names) {
            hits[i].extend(h);
        }
        for (i, h) in split {
            hits[*i].push(*h);
        }
        for (m, h) in msgs.iter().zip(&hits) {
            if !h.is_empty() {
                let file = crate::redact::fields::redact_path(&m.file, names);
                self.scan.add(&file, m.line, h);
            }
        }
    }
}
