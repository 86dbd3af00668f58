//! What a reviewer needs beside the spans, shared by the annotation-tool formats: the
//! message-level labels (labels that no exported span carries, such as a classifier's), the
//! speaker at the start of each line, and the conversation around each message.
//!
//! Message-level labels are the message's labels minus the categories of its exported spans;
//! on import a message's labels are its spans' categories plus its message-level labels, so
//! the round trip keeps the label set whatever gave it.

use super::ImpMessage;
use crate::model::Annotation;
use std::collections::{BTreeSet, HashMap};

/// Earlier messages of the conversation shown with a message (Label Studio, doccano).
pub(crate) const CONTEXT_BEFORE: usize = 5;
/// Later messages of the conversation shown with a message.
pub(crate) const CONTEXT_AFTER: usize = 2;

/// The labels of `a` that none of `span_categories` (the categories of the spans actually
/// exported for it) carries, sorted.
pub(crate) fn message_labels<'a>(
    a: &Annotation,
    span_categories: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let carried: BTreeSet<&str> = span_categories.into_iter().collect();
    let mut out: Vec<String> = a
        .labels
        .iter()
        .filter(|l| !carried.contains(l.as_str()))
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The start of a message's line in a conversation document: `speaker: `. Line breaks and
/// other whitespace or control characters in the speaker id become spaces; an empty speaker
/// is shown as `?`, so that every line has a character a whole-line annotation can cover.
pub(crate) fn speaker_prefix(speaker: &str) -> String {
    let clean: String = speaker
        .chars()
        .map(|c| {
            if c.is_whitespace() || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim();
    format!("{}: ", if clean.is_empty() { "?" } else { clean })
}

/// For each annotation, the indices (into `anns`) of up to `before` earlier and `after`
/// later messages of its conversation, in input order.
pub(crate) fn neighbours(
    anns: &[Annotation],
    before: usize,
    after: usize,
) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut by_conv: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut pos = Vec::with_capacity(anns.len());
    for (i, a) in anns.iter().enumerate() {
        let v = by_conv.entry(a.conversation_id.as_str()).or_default();
        pos.push(v.len());
        v.push(i);
    }
    anns.iter()
        .zip(pos)
        .map(|(a, p)| {
            let conv = &by_conv[a.conversation_id.as_str()];
            let earlier = conv[p.saturating_sub(before)..p].to_vec();
            let later = conv[p + 1..conv.len().min(p + 1 + after)].to_vec();
            (earlier, later)
        })
        .collect()
}

/// The message whose line holds the document range `[s, e)`: a line runs from just after the
/// previous message (and its line break) to the end of the message, so it includes the
/// speaker prefix. `msgs` are sorted by start and disjoint.
pub(crate) fn locate_line(
    msgs: &[(usize, usize, ImpMessage)],
    s: usize,
    e: usize,
) -> Option<usize> {
    let k = msgs.partition_point(|(_, me, _)| *me < e);
    let (_, me, _) = msgs.get(k)?;
    let line_start = match k {
        0 => 0,
        _ => msgs[k - 1].1 + 1,
    };
    (line_start <= s && s <= e && e <= *me).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::super::tests::ann;
    use super::*;

    #[test]
    fn message_labels_are_those_without_a_span() {
        let mut a = ann("c", "m", "u owe me", &[(0, 5, "coercive.pressure")]);
        a.labels.push("coercive.secrecy".into());
        assert_eq!(
            message_labels(&a, ["coercive.pressure"]),
            vec!["coercive.secrecy".to_string()]
        );
        assert_eq!(message_labels(&a, []).len(), 2);
    }

    #[test]
    fn prefixes_and_neighbours() {
        assert_eq!(speaker_prefix("spk_01"), "spk_01: ");
        assert_eq!(speaker_prefix(" a\nb\t"), "a b: ");
        assert_eq!(speaker_prefix(""), "?: ");
        let anns: Vec<_> = ["a", "b", "a", "a", "b", "a"]
            .iter()
            .enumerate()
            .map(|(i, c)| ann(c, &format!("m{i}"), "x", &[]))
            .collect();
        let n = neighbours(&anns, 2, 1);
        assert_eq!(n[0], (vec![], vec![2]));
        assert_eq!(n[3], (vec![0, 2], vec![5]));
        assert_eq!(n[5], (vec![2, 3], vec![]));
        assert_eq!(n[4], (vec![1], vec![]));
    }

    #[test]
    fn lines_include_the_prefix() {
        let m = |s, e| (s, e, ImpMessage::default());
        // "a: xy\nb: z": messages at 3..5 and 9..10.
        let msgs = vec![m(3, 5), m(9, 10)];
        assert_eq!(locate_line(&msgs, 0, 5), Some(0));
        assert_eq!(locate_line(&msgs, 6, 10), Some(1));
        assert_eq!(locate_line(&msgs, 4, 7), None);
        assert_eq!(locate_line(&msgs, 9, 11), None);
    }
}
