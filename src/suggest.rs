//! "Did you mean …?": one helper for every unknown field, value or category a user types.
//!
//! A typing mistake is an error ([`Unknown`], exit code 2) that lists the valid names and
//! suggests the closest one by edit distance, never an empty result.

use std::collections::BTreeSet;

/// At most this many valid names are listed in an error (the rest are counted).
const LIST_MAX: usize = 30;

/// Levenshtein distance in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The valid name closest to `given` (case-insensitive edit distance), if it is close
/// enough to be a plausible typo: at most a third of the longer name's length, and at least 1
/// edit allowed. Ties go to the first in `valid` order (callers pass sorted names).
pub fn closest<'a>(given: &str, valid: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let g = given.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for v in valid {
        let d = edit_distance(&g, &v.to_lowercase());
        let limit = (g.chars().count().max(v.chars().count()) / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, v));
        }
    }
    best.map(|(_, v)| v)
}

/// An unknown name typed by the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub struct Unknown {
    /// What kind of name: `field`, `value of platform`, `category`, ...
    pub kind: String,
    /// What the user typed.
    pub given: String,
    /// The valid names, sorted and de-duplicated.
    pub valid: Vec<String>,
    /// The closest valid name, if one is close enough to be a plausible typo.
    pub suggestion: Option<String>,
}

impl Unknown {
    fn message(&self) -> String {
        let mut shown: Vec<String> = self
            .valid
            .iter()
            .take(LIST_MAX)
            .map(|v| format!("{v:?}"))
            .collect();
        if self.valid.len() > LIST_MAX {
            shown.push(format!("… ({} more)", self.valid.len() - LIST_MAX));
        }
        let list = if shown.is_empty() {
            "none in the data".to_string()
        } else {
            shown.join(", ")
        };
        let mut m = format!("unknown {} {:?}; valid: {list}", self.kind, self.given);
        if let Some(s) = &self.suggestion {
            m.push_str(&format!("; did you mean {s:?}?"));
        }
        m
    }
}

/// `Ok` when `given` is one of `valid`, else an [`Unknown`] error listing them (sorted) with
/// the closest as a suggestion. `kind` names what was looked up (`field`, `category`, …).
pub fn check<'a>(
    kind: &str,
    given: &str,
    valid: impl IntoIterator<Item = &'a str>,
) -> Result<(), Unknown> {
    let valid: BTreeSet<&str> = valid.into_iter().collect();
    if valid.contains(given) {
        return Ok(());
    }
    Err(Unknown {
        kind: kind.to_string(),
        given: given.to_string(),
        suggestion: closest(given, valid.iter().copied()).map(str::to_string),
        valid: valid.into_iter().map(str::to_string).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("whatsap", "whatsapp"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("ünï", "uni"), 2);
    }

    #[test]
    fn closest_is_a_plausible_typo_only() {
        let v = ["snapchat", "whatsapp"];
        assert_eq!(closest("whatsap", v), Some("whatsapp"));
        assert_eq!(closest("Year", ["month", "year"]), Some("year"));
        assert_eq!(closest("zzzz", v), None);
    }

    #[test]
    fn error_lists_valid_names_and_suggests() {
        let e = check("value of platform", "whatsap", ["whatsapp", "snapchat"]).unwrap_err();
        let m = e.to_string();
        assert!(m.contains(r#"unknown value of platform "whatsap""#), "{m}");
        assert!(m.contains(r#""snapchat", "whatsapp""#), "{m}");
        assert!(m.ends_with(r#"did you mean "whatsapp"?"#), "{m}");
        assert!(check("field", "platform", ["platform"]).is_ok());
        let many: Vec<String> = (0..40).map(|i| format!("v{i:02}")).collect();
        let m = check("x", "q", many.iter().map(String::as_str))
            .unwrap_err()
            .to_string();
        assert!(m.contains("(10 more)"), "{m}");
    }
}
