//! The episodes a run has closed, kept until its end, when they are written in order of
//! conversation id and then number. A spilling builder keeps each on disk
//! ([`crate::spill::SpillLog`]) with only its sort key and place in memory: held whole, they
//! were the part of a run's memory that grew with the corpus (issue 23, session 32).
//!
//! Invariant: the episodes come back equal to those closed (the spill's serde round trip), in
//! the same order, whether or not they were spilled.

use super::Episode;
use crate::error::Result;
use crate::spill::SpillLog;

/// Where a closed episode is.
enum Kept {
    Here(Box<Episode>),
    /// Its place in the log.
    There(u64),
}

/// The closed episodes of a builder (see the module).
#[derive(Default)]
pub(crate) struct Closed {
    /// The log, for a spilling builder.
    log: Option<SpillLog<Episode>>,
    /// Per episode in the order closed: its sort key (conversation, number) and where it is.
    kept: Vec<((String, Option<usize>), Kept)>,
}

/// An episode's place in the output: its conversation, then its number in it.
fn key(e: &Episode) -> (String, Option<usize>) {
    let n = e
        .episode_id
        .rsplit(":e")
        .next()
        .and_then(|n| n.parse::<usize>().ok());
    (e.conversation_id.clone(), n)
}

impl Closed {
    /// A store that keeps the episodes on disk.
    pub(super) fn spilling() -> Closed {
        Closed {
            log: Some(SpillLog::default()),
            kept: Vec::new(),
        }
    }

    /// Keeps a closed episode (on disk when spilling, unless it cannot be placed there).
    pub(super) fn push(&mut self, e: Episode) -> Result<()> {
        let place = match self.log.as_mut() {
            Some(log) => log.push(&e)?,
            None => None,
        };
        let k = key(&e);
        let kept = match place {
            Some(p) => Kept::There(p),
            None => Kept::Here(Box::new(e)),
        };
        self.kept.push((k, kept));
        Ok(())
    }

    /// The episodes in output order (conversation id, then number; stable), handed to `f` a
    /// chunk at a time, so that the spilled ones are never all in memory at once.
    pub(crate) fn each_chunk(
        mut self,
        mut f: impl FnMut(Vec<Episode>) -> Result<()>,
    ) -> Result<()> {
        /// Episodes per chunk.
        const CHUNK: usize = 1024;
        self.kept.sort_by(|a, b| a.0.cmp(&b.0));
        let mut chunk = Vec::with_capacity(CHUNK.min(self.kept.len()));
        for (_, kept) in self.kept {
            chunk.push(match kept {
                Kept::Here(e) => *e,
                Kept::There(p) => self
                    .log
                    .as_mut()
                    .expect("a spilled episode has a log")
                    .read(p)?,
            });
            if chunk.len() == CHUNK {
                f(std::mem::take(&mut chunk))?;
            }
        }
        if !chunk.is_empty() {
            f(chunk)?;
        }
        Ok(())
    }

    /// Every episode in output order, in memory.
    pub(crate) fn into_vec(self) -> Result<Vec<Episode>> {
        let mut out = Vec::new();
        self.each_chunk(|c| {
            out.extend(c);
            Ok(())
        })?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn episode(conv: &str, n: usize) -> Episode {
        Episode {
            episode_id: format!("{conv}:e{n}"),
            conversation_id: conv.to_string(),
            first_message_id: format!("{conv}-m{n}"),
            last_message_id: format!("{conv}-m{n}"),
            start: None,
            end: Some("2025-01-01T10:00:00Z".into()),
            acts: Vec::new(),
            episode_type: "exposure".into(),
            severity: 2,
            participants: Vec::new(),
            first_protective_response: None,
            messages: n,
        }
    }

    #[test]
    fn closed_episodes_come_back_equal_in_order_spilled_or_not() {
        // Closed out of order, across more than one chunk; conversation ids sort as strings
        // ("c10" before "c2") and numbers as numbers (e2 before e10).
        let closed: Vec<Episode> = (0..2500)
            .map(|i| episode(&format!("c{}", (i * 7919) % 37), 1 + (i * 31) % 12))
            .collect();
        let mut want = closed.clone();
        want.sort_by_key(key);
        for mut store in [Closed::default(), Closed::spilling()] {
            for e in &closed {
                store.push(e.clone()).unwrap();
            }
            let mut chunks = Vec::new();
            store
                .each_chunk(|c| {
                    chunks.push(c);
                    Ok(())
                })
                .unwrap();
            assert!(chunks.iter().all(|c| !c.is_empty() && c.len() <= 1024));
            assert_eq!(chunks.concat(), want);
        }
        assert!(Closed::spilling().into_vec().unwrap().is_empty());
    }
}
