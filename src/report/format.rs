//! Plain-text formatting of numbers for the report (no markup: the templates escape it).
//! The helpers the templates call take `impl Borrow<…>`, as askama passes fields by reference.

use std::borrow::Borrow;

/// What a missing or undefined value is shown as.
pub(crate) const NA: &str = "—";

/// `v` with `dp` decimals, or [`NA`].
pub(crate) fn num(v: impl Borrow<Option<f64>>, dp: usize) -> String {
    match *v.borrow() {
        Some(x) if x.is_finite() => crate::stats::render::fixed(x, dp),
        _ => NA.to_string(),
    }
}

/// A p-value: three decimals, or scientific notation below 0.001; [`NA`] when undefined.
pub(crate) fn pval(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() && x < 0.001 => format!("{x:.1e}"),
        Some(x) if x.is_finite() => format!("{x:.3}"),
        _ => NA.to_string(),
    }
}

/// 12,345.
pub(crate) fn int(n: impl Borrow<u64>) -> String {
    let s = n.borrow().to_string();
    let mut o = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            o.push(',');
        }
        o.push(ch);
    }
    o
}

/// [`int`] of a count that may be missing, or [`NA`].
pub(crate) fn int_or_na(n: impl Borrow<Option<u64>>) -> String {
    n.borrow().map(int).unwrap_or_else(|| NA.into())
}

/// The text, or [`NA`] when missing.
pub(crate) fn or_na(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or(NA)
}

/// An interval `lo – hi` with `dp` decimals, or [`NA`] unless both ends are known.
pub(crate) fn ci(lo: Option<f64>, hi: Option<f64>, dp: usize) -> String {
    match (lo, hi) {
        (Some(_), Some(_)) => format!("{} – {}", num(lo, dp), num(hi, dp)),
        _ => NA.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_formatted() {
        assert_eq!(int(0), "0");
        assert_eq!(int(999), "999");
        assert_eq!(int(1000), "1,000");
        assert_eq!(int(1234567), "1,234,567");
        assert_eq!(int_or_na(None), NA);
        assert_eq!(pval(Some(0.00001234)), "1.2e-5");
        assert_eq!(pval(Some(0.5)), "0.500");
        assert_eq!(pval(None), NA);
        assert_eq!(num(Some(f64::NAN), 2), NA);
        // A change that rounds to zero is not shown as a negative zero.
        assert_eq!(num(Some(-0.001), 2), "0.00");
        assert_eq!(num(Some(-0.0), 2), "0.00");
        assert_eq!(ci(Some(-0.004), Some(0.5), 2), "0.00 – 0.50");
        assert_eq!(ci(Some(1.0), Some(2.5), 1), "1.0 – 2.5");
        assert_eq!(ci(None, Some(2.5), 1), NA);
        assert_eq!(or_na(&Some("x".into())), "x");
    }
}
