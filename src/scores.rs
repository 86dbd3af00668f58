//! Classifier scores of one message ([`crate::model::Annotation::scores`]): label → score,
//! sorted by label, one allocation per message. Labels are shared: a model's labels are interned
//! once ([`intern`]) and every message's scores borrow them, so scoring a million messages does
//! not allocate fourteen million label strings.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::{Borrow, Cow};
use std::collections::{BTreeMap, HashSet};
use std::sync::{Mutex, OnceLock};

/// A score's label: borrowed from the interned set, or owned (read back from a file).
pub type Label = Cow<'static, str>;

/// The interned copy of `label`, made once per distinct label for the life of the process (a
/// model has a dozen or so; they are never freed).
pub fn intern(label: &str) -> &'static str {
    static SET: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut set = SET
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    match set.get(label) {
        Some(&s) => s,
        None => {
            let s: &'static str = Box::leak(label.to_owned().into_boxed_str());
            set.insert(s);
            s
        }
    }
}

/// Label → score, sorted by label, each label once. Reads like the `BTreeMap<String, f64>` it
/// replaces (`get`, `iter`, `keys`, `values`, indexing by label) and is written the same way (a
/// JSON object with its keys in order).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scores(Vec<(Label, f64)>);

impl Scores {
    /// No scores.
    pub fn new() -> Self {
        Self::default()
    }

    /// Scores whose labels are already sorted and unique (checked in debug builds only): for a
    /// caller that sorted its labels once for many rows.
    pub(crate) fn from_unique_sorted(pairs: Vec<(Label, f64)>) -> Self {
        debug_assert!(pairs.windows(2).all(|w| w[0].0 < w[1].0));
        Self(pairs)
    }

    /// The score of `label`.
    pub fn get(&self, label: &str) -> Option<&f64> {
        self.position(label).ok().map(|i| &self.0[i].1)
    }

    /// Set the score of `label`; the previous one, if any.
    pub fn insert(&mut self, label: impl Into<Label>, score: f64) -> Option<f64> {
        let label = label.into();
        match self.position(&label) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, score)),
            Err(i) => {
                self.0.insert(i, (label, score));
                None
            }
        }
    }

    fn position(&self, label: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(l, _)| l.as_ref().cmp(label))
    }

    /// (label, score), in label order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &f64)> + Clone {
        self.0.iter().map(|(l, v)| (l.borrow(), v))
    }

    /// The labels, in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> + Clone {
        self.0.iter().map(|(l, _)| l.borrow())
    }

    /// The scores, in label order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &f64> + Clone {
        self.0.iter().map(|(_, v)| v)
    }

    /// The scores, in label order, to change in place.
    pub fn values_mut(&mut self) -> impl ExactSizeIterator<Item = &mut f64> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    /// How many labels have a score.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no label has a score.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::ops::Index<&str> for Scores {
    type Output = f64;

    /// The score of `label`; panics if it has none (as a map's indexing does).
    fn index(&self, label: &str) -> &f64 {
        self.get(label)
            .unwrap_or_else(|| panic!("no score for label {label:?}"))
    }
}

impl<K: Into<Label>> FromIterator<(K, f64)> for Scores {
    /// Sorted by label; the last score of a repeated label wins (as collecting into a map).
    fn from_iter<I: IntoIterator<Item = (K, f64)>>(iter: I) -> Self {
        let mut pairs: Vec<(Label, f64)> = iter.into_iter().map(|(k, v)| (k.into(), v)).collect();
        // Stable: equal labels keep their order, so the last one is kept below.
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out: Vec<(Label, f64)> = Vec::with_capacity(pairs.len());
        for (l, v) in pairs {
            match out.last_mut() {
                Some(last) if last.0 == l => last.1 = v,
                _ => out.push((l, v)),
            }
        }
        Self(out)
    }
}

impl<'a> IntoIterator for &'a Scores {
    type Item = (&'a str, &'a f64);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Label, f64)>,
        fn(&'a (Label, f64)) -> (&'a str, &'a f64),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(l, v)| (l.as_ref(), v))
    }
}

impl Serialize for Scores {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Scores {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, f64>::deserialize(d)?;
        Ok(Self(
            map.into_iter().map(|(k, v)| (Cow::Owned(k), v)).collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(s: &Scores) -> BTreeMap<String, f64> {
        s.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn collecting_sorts_and_keeps_the_last_of_a_repeated_label() {
        let s: Scores = [("b", 1.0), ("a", 2.0), ("b", 3.0)].into_iter().collect();
        assert_eq!(s.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(s["b"], 3.0);
    }

    proptest::proptest! {
        /// Collected, inserted or read back from JSON, scores are what a `BTreeMap` of the same
        /// pairs holds, and are written as its JSON.
        #[test]
        fn scores_are_the_map_of_their_pairs(
            pairs in proptest::collection::vec(("[a-e]{0,3}", -1.0f64..1.0), 0..20)
        ) {
            let want: BTreeMap<String, f64> = pairs.iter().cloned().collect();
            let collected: Scores = pairs.iter().cloned().collect();
            let mut inserted = Scores::new();
            for (k, v) in &pairs {
                inserted.insert(k.clone(), *v);
            }
            let sorted = Scores::from_unique_sorted(want.iter().map(|(k, v)| (k.clone().into(), *v)).collect());
            let json = serde_json::to_string(&want).unwrap();
            // Read back as the map reads it (serde_json's float parsing is not exact).
            let read: Scores = serde_json::from_str(&json).unwrap();
            let read_map: BTreeMap<String, f64> = serde_json::from_str(&json).unwrap();
            proptest::prop_assert_eq!(&map(&read), &read_map);
            for s in [&collected, &inserted, &sorted] {
                proptest::prop_assert_eq!(&map(s), &want);
                proptest::prop_assert_eq!(s.len(), want.len());
                proptest::prop_assert_eq!(&serde_json::to_string(s).unwrap(), &json);
                for (k, v) in &want {
                    proptest::prop_assert_eq!(s.get(k), Some(v));
                }
            }
        }
    }

    #[test]
    fn unsorted_pairs_are_sorted() {
        let s: Scores = [("z", 1.0), ("a", 2.0)].into_iter().collect();
        assert_eq!(s.keys().collect::<Vec<_>>(), ["a", "z"]);
        assert_eq!(s.get("z"), Some(&1.0));
        assert_eq!(s.get("m"), None);
    }

    #[test]
    fn insert_keeps_the_order() {
        let mut s = Scores::new();
        assert_eq!(s.insert("m", 1.0), None);
        assert_eq!(s.insert("a", 2.0), None);
        assert_eq!(s.insert("z", 3.0), None);
        assert_eq!(s.insert("m", 4.0), Some(1.0));
        assert_eq!(s.keys().collect::<Vec<_>>(), ["a", "m", "z"]);
        assert_eq!(s.len(), 3);
    }

    #[test]
    fn json_is_the_maps_json_both_ways() {
        let s: Scores = [("coercive.threat", 0.25), ("a.b", f64::NAN), ("b", 1e-6)]
            .into_iter()
            .collect();
        let as_map: BTreeMap<String, f64> = map(&s);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, serde_json::to_string(&as_map).unwrap());
        let back: Scores = serde_json::from_str(r#"{"z":0.5,"a":0.25}"#).unwrap();
        assert_eq!(back.keys().collect::<Vec<_>>(), ["a", "z"]);
        assert_eq!(back["z"], 0.5);
    }

    #[test]
    fn interned_labels_are_one_copy() {
        let a = intern(&String::from("sexualised.names"));
        let b = intern(&String::from("sexualised.names"));
        assert!(std::ptr::eq(a, b));
        assert_eq!(a, "sexualised.names");
    }
}
