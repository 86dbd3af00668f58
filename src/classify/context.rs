//! A message's conversation context, as the classifier sees it: the labels and speakers of the
//! earlier messages of its conversation within a window, and the context tokens made of them.
//!
//! The labels come from the lexicon, pattern and rule evidence of those messages (never from
//! the classifier, never from gold), so that training and annotation see the same kind of
//! context. [`crate::annotate`] computes a [`MessageContext`] for every message in one conversation
//! walk, used both by `annotate` and, through [`crate::annotate::Annotator::fill_contexts`],
//! by `c2chat train` and `c2chat evaluate`; this module only turns a context into tokens.
//!
//! Tokens, each a binary feature (sorted, de-duplicated), for every earlier message within the
//! window that carries labels, `SIDE` being `same` (the same speaker wrote it) or `other`:
//! * `ctx:SIDE:LABEL` for each of its labels (`ctx:other:coercive.image_request`);
//! * `ctx:SIDE:TOP` for each label's top-level category when the label has one
//!   (`ctx:other:coercive`, `ctx:same:protective`);
//! * `ctx:SIDE:any_harm` when a label is not protective.
//!
//! Imports no sibling.

use crate::model::top_level;
use std::collections::BTreeSet;

/// The top-level category whose labels are not harm.
const PROTECTIVE: &str = "protective";

/// One earlier message of the conversation that carries labels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContextItem {
    /// How many messages back it is (1: the message just before).
    pub distance: usize,
    /// Whether the speaker of the message being scored wrote it.
    pub same_speaker: bool,
    /// Its labels from lexicon, pattern and rule evidence: category ids, sorted.
    pub labels: Vec<String>,
}

/// The labelled earlier messages of a message's conversation, nearest first. Earlier messages
/// without labels contribute no token and are left out; so is everything further back than
/// the window it was computed with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageContext {
    /// The labelled earlier messages, nearest first.
    pub items: Vec<ContextItem>,
}

impl MessageContext {
    /// Whether no earlier labelled message is known.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The context tokens of the earlier messages at most `window` messages back (sorted,
    /// de-duplicated); none when `window` is 0.
    pub fn tokens(&self, window: usize) -> Vec<String> {
        let mut out: BTreeSet<String> = BTreeSet::new();
        for item in self.items.iter().filter(|i| i.distance <= window) {
            let side = if item.same_speaker { "same" } else { "other" };
            for label in &item.labels {
                out.insert(format!("ctx:{side}:{label}"));
                let top = top_level(label);
                if top != label {
                    out.insert(format!("ctx:{side}:{top}"));
                }
                if top != PROTECTIVE {
                    out.insert(format!("ctx:{side}:any_harm"));
                }
            }
        }
        out.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(distance: usize, same_speaker: bool, labels: &[&str]) -> ContextItem {
        ContextItem {
            distance,
            same_speaker,
            labels: labels.iter().map(|l| l.to_string()).collect(),
        }
    }

    #[test]
    fn tokens_name_side_label_top_level_and_harm() {
        let c = MessageContext {
            items: vec![
                item(1, false, &["coercive.image_request"]),
                item(2, true, &["protective.support"]),
                item(3, false, &["protective"]),
                item(5, false, &["sexualised.names"]),
            ],
        };
        assert_eq!(
            c.tokens(4),
            vec![
                "ctx:other:any_harm",
                "ctx:other:coercive",
                "ctx:other:coercive.image_request",
                "ctx:other:protective",
                "ctx:same:protective",
                "ctx:same:protective.support",
            ]
        );
        // The window is a distance bound: the message 5 back counts only with a window of 5.
        assert!(c
            .tokens(5)
            .contains(&"ctx:other:sexualised.names".to_string()));
        assert_eq!(c.tokens(1).len(), 3);
        assert!(c.tokens(0).is_empty());
        assert!(MessageContext::default().tokens(4).is_empty());
    }
}
