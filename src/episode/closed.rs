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

/// One closed episode's sort key and where it is: 40 bytes, its conversation id kept once in
/// [`Closed::convs`] for a run of episodes of one conversation. As a `(String, Option<usize>)`
/// key and a place it took 72 bytes, and 357,000 episodes of a 10M run held them until its end
/// (issue 23, session 34).
struct Kept {
    /// Where its conversation id starts in [`Closed::convs`], and its length.
    conv_at: u64,
    conv_len: u64,
    /// Its number in the conversation plus one; 0 if its id has none (so it sorts first).
    /// A number of 2^64 − 1 would tie with the one before it (never made: numbers count
    /// episodes).
    n: u64,
    /// The order it was closed in: the last part of the sort key, so that the order is that
    /// of a stable sort by conversation and number.
    seq: u64,
    /// Its place in the log, unless it is in [`Closed::here`].
    place: u64,
}

/// The closed episodes of a builder (see the module).
#[derive(Default)]
pub(crate) struct Closed {
    /// The log, for a spilling builder.
    log: Option<SpillLog<Episode>>,
    /// Per episode, in the order closed.
    kept: Vec<Kept>,
    /// The conversation ids of `kept`, end to end (an id is written again only when the
    /// episode closed before is another conversation's).
    convs: String,
    /// The episodes kept in memory (all of them unless spilling), by closing order.
    here: foldhash::HashMap<u64, Episode>,
}

/// An episode's number in its conversation, from its id (`…:eN`).
fn number(e: &Episode) -> Option<usize> {
    e.episode_id
        .rsplit(":e")
        .next()
        .and_then(|n| n.parse::<usize>().ok())
}

impl Closed {
    /// A store that keeps the episodes on disk.
    pub(super) fn spilling() -> Closed {
        Closed {
            log: Some(SpillLog::default()),
            ..Closed::default()
        }
    }

    /// Keeps a closed episode (on disk when spilling, unless it cannot be placed there).
    pub(super) fn push(&mut self, e: Episode) -> Result<()> {
        let place = match self.log.as_mut() {
            Some(log) => log.push(&e)?,
            None => None,
        };
        let id = e.conversation_id.as_str();
        let conv_len = id.len() as u64;
        let conv_at = match self.kept.last() {
            Some(k) if self.conv(k) == id => k.conv_at,
            _ => {
                self.convs.push_str(id);
                self.convs.len() as u64 - conv_len
            }
        };
        let seq = self.kept.len() as u64;
        let n = number(&e).map_or(0, |n| (n as u64).saturating_add(1));
        if place.is_none() {
            self.here.insert(seq, e);
        }
        self.kept.push(Kept {
            conv_at,
            conv_len,
            n,
            seq,
            place: place.unwrap_or(0),
        });
        Ok(())
    }

    /// The conversation id of a kept episode.
    fn conv(&self, k: &Kept) -> &str {
        &self.convs[k.conv_at as usize..(k.conv_at + k.conv_len) as usize]
    }

    /// The episodes in output order (conversation id, then number; stable), handed to `f` a
    /// chunk at a time, so that the spilled ones are never all in memory at once.
    pub(crate) fn each_chunk(
        mut self,
        mut f: impl FnMut(Vec<Episode>) -> Result<()>,
    ) -> Result<()> {
        /// Episodes per chunk.
        const CHUNK: usize = 1024;
        let mut kept = std::mem::take(&mut self.kept);
        kept.sort_unstable_by(|a, b| (self.conv(a), a.n, a.seq).cmp(&(self.conv(b), b.n, b.seq)));
        let mut chunk = Vec::with_capacity(CHUNK.min(kept.len()));
        for k in kept {
            chunk.push(match self.here.remove(&k.seq) {
                Some(e) => e,
                None => self
                    .log
                    .as_mut()
                    .expect("a spilled episode has a log")
                    .read(k.place)?,
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
        // ("c10" before "c2") and numbers as numbers (e2 before e10). Keys repeat (37
        // conversations, 12 numbers), and episodes with one key keep their closing order
        // (each has its own `messages`); runs of one conversation share its id in `convs`;
        // one id has no number; one episode is too long for the log and stays in memory.
        let mut closed: Vec<Episode> = (0..2500)
            .map(|i| {
                let conv = format!("c{}", (i * 7919) % 37 / (1 + (i % 5 == 0) as usize));
                let mut e = episode(&conv, 1 + (i * 31) % 12);
                e.messages = i;
                e
            })
            .collect();
        closed[7].episode_id = "c3:x".into();
        closed[900].first_message_id = "m".repeat(1 << 24);
        let mut want = closed.clone();
        want.sort_by_key(|e| (e.conversation_id.clone(), number(e)));
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
        let mut store = Closed::spilling();
        store.push(closed[900].clone()).unwrap();
        assert_eq!(
            store.here.len(),
            1,
            "an episode the log cannot place stays in memory"
        );
        assert!(Closed::spilling().into_vec().unwrap().is_empty());
    }
}
