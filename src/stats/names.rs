//! The names present in annotations (fields, values, categories), for checking what a user
//! typed: an unknown one is an error that suggests the closest ([`crate::suggest`]), never an
//! empty result.

use super::compare::Selector;
use super::partial::Dim;
use super::period::Period;
use crate::model::{top_level, Annotation, CATEGORY_IDS, TOP_LEVEL_IDS};
use crate::suggest::{check, Unknown};
use std::collections::{BTreeMap, BTreeSet};

/// Record fields a [`Selector`] `FIELD=VALUE` can name besides the meta fields.
pub const RECORD_FIELDS: &[&str] = &["conversation", "corpus", "lang", "speaker"];

/// The value of `field` for a message: its meta field of that name, else the record field
/// (`conversation`, `corpus`, `lang`, `speaker`).
pub fn field_value<'a>(a: &'a Annotation, field: &str) -> Option<&'a str> {
    if let Some(v) = a.meta.get(field) {
        return Some(v);
    }
    match field {
        "conversation" => Some(&a.conversation_id),
        "corpus" => Some(&a.corpus),
        "speaker" => Some(&a.speaker),
        "lang" => Some(&a.lang),
        _ => None,
    }
}

/// Names seen in a set of annotations.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Annotations seen.
    pub messages: u64,
    /// Meta field names seen.
    pub meta_keys: BTreeSet<String>,
    /// Values seen for each field asked for in [`Names::new`].
    pub values: BTreeMap<String, BTreeSet<String>>,
    /// Labels and span categories, with their top levels.
    pub categories: BTreeSet<String>,
}

impl Names {
    /// Collect the values of `fields` too (the fields of the selectors to check).
    pub fn new<'a>(fields: impl IntoIterator<Item = &'a str>) -> Names {
        Names {
            values: fields
                .into_iter()
                .map(|f| (f.to_string(), BTreeSet::new()))
                .collect(),
            ..Default::default()
        }
    }

    /// The fields of meta selectors (to pass to [`Names::new`]).
    pub fn selector_fields<'a>(sels: impl IntoIterator<Item = &'a Selector>) -> Vec<&'a str> {
        sels.into_iter()
            .filter_map(|s| match s {
                Selector::Meta { field, .. } => Some(field.as_str()),
                Selector::Range { .. } => None,
            })
            .collect()
    }

    /// The names in `anns`, with the values of `fields` ([`Names::new`]).
    pub fn from_annotations<'a>(
        fields: &[&str],
        anns: impl IntoIterator<Item = &'a Annotation>,
    ) -> Names {
        let mut n = Names::new(fields.iter().copied());
        for a in anns {
            n.add(a);
        }
        n
    }

    /// Record the names of one annotation.
    pub fn add(&mut self, a: &Annotation) {
        self.messages += 1;
        for k in a.meta.keys() {
            if !self.meta_keys.contains(k) {
                self.meta_keys.insert(k.clone());
            }
        }
        for (field, seen) in self.values.iter_mut() {
            if let Some(v) = field_value(a, field) {
                if !seen.contains(v) {
                    seen.insert(v.to_string());
                }
            }
        }
        let cats = a.labels.iter().chain(a.spans.iter().map(|s| &s.category));
        for c in cats {
            if !self.categories.contains(c) {
                self.categories.insert(c.clone());
                self.categories.insert(top_level(c).to_string());
            }
        }
    }

    /// Every meta dimension of `--by` must be a meta field present in the data (checked
    /// only when there is data).
    pub fn check_dims(&self, dims: &[Dim]) -> Result<(), Unknown> {
        if self.messages == 0 {
            return Ok(());
        }
        let mut valid: Vec<&str> = vec!["conversation", "speaker"];
        valid.extend(Period::ALL.iter().map(|p| p.name()));
        valid.extend(self.meta_keys.iter().map(String::as_str));
        for d in dims {
            if let Dim::Meta(name) = d {
                check("field", name, valid.iter().copied())?;
            }
        }
        Ok(())
    }

    /// A `FIELD=VALUE` selector must name a field and a value present in the data (checked
    /// only when there is data; date ranges are not checked). Build `self` with the
    /// selector's field in [`Names::new`].
    pub fn check_selector(&self, s: &Selector) -> Result<(), Unknown> {
        let Selector::Meta { field, value } = s else {
            return Ok(());
        };
        if self.messages == 0 {
            return Ok(());
        }
        let fields = self
            .meta_keys
            .iter()
            .map(String::as_str)
            .chain(RECORD_FIELDS.iter().copied());
        check("field", field, fields)?;
        let values = self.values.get(field.as_str()).into_iter().flatten();
        check(
            &format!("value of {field}"),
            value,
            values.map(String::as_str),
        )
    }

    /// A category must be a contract id, a top-level id, or a category in the data or in
    /// `extra` (for example the lexicon's category ids).
    pub fn check_category<'a>(
        &'a self,
        category: &str,
        extra: impl IntoIterator<Item = &'a str>,
    ) -> Result<(), Unknown> {
        let valid = CATEGORY_IDS
            .iter()
            .chain(TOP_LEVEL_IDS)
            .copied()
            .chain(self.categories.iter().map(String::as_str))
            .chain(extra);
        check("category", category, valid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::partial::tests::ann;

    fn names() -> Names {
        let anns = [
            ann("1", "c1", "s1", None, &[("platform", "snapchat")], &[], 1),
            ann(
                "2",
                "c2",
                "s2",
                None,
                &[("platform", "whatsapp")],
                &["local.custom"],
                1,
            ),
        ];
        Names::from_annotations(&["platform", "speaker"], &anns)
    }

    #[test]
    fn unknown_dims_and_selectors_are_errors_with_suggestions() {
        let n = names();
        let e = n.check_dims(&[Dim::Meta("Year".into())]).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("year"));
        assert!(n.check_dims(&[Dim::Meta("platform".into())]).is_ok());
        let s = Selector::parse("platform=whatsap").unwrap();
        let e = n.check_selector(&s).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("whatsapp"));
        assert_eq!(e.valid, vec!["snapchat", "whatsapp"]);
        let e = n
            .check_selector(&Selector::parse("platfrom=whatsapp").unwrap())
            .unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("platform"));
        assert!(n
            .check_selector(&Selector::parse("speaker=s2").unwrap())
            .is_ok());
        assert!(n
            .check_selector(&Selector::parse("2024-01-01..").unwrap())
            .is_ok());
        // No data: nothing to check against.
        assert!(Names::new([]).check_dims(&[Dim::Meta("x".into())]).is_ok());
    }

    #[test]
    fn categories_are_contract_data_or_extra_ids() {
        let n = names();
        for ok in ["coercive", "sexualised.names", "local.custom", "local"] {
            assert!(n.check_category(ok, []).is_ok(), "{ok}");
        }
        assert!(n.check_category("lex.only", ["lex.only"]).is_ok());
        let e = n.check_category("sexualised.nonsense", []).unwrap_err();
        assert_eq!(e.kind, "category");
        let e = n.check_category("coersive", []).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("coercive"));
    }
}
