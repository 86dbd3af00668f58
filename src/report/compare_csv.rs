//! Reading a `compare.csv` written by `c2chat stats` (`report --stats DIR`).

use crate::error::{Context, Result};
use crate::stats::compare::{Basis, CompareRow};
use crate::stats::render::{COMPARE_COLUMNS, COMPARE_COLUMNS_V1};
use crate::{bail, err};
use std::path::Path;

/// Parse a `compare.csv` written by `c2chat stats` (errors name the file and line).
pub(crate) fn read_compare_csv(path: &Path) -> Result<Vec<CompareRow>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = r
        .headers()
        .with_context(|| format!("{}:1: reading header", path.display()))?
        .iter()
        .map(str::to_string)
        .collect();
    // Files from before the clustered columns (the first 19) are read too.
    let full = header == COMPARE_COLUMNS;
    if !full && header != COMPARE_COLUMNS[..COMPARE_COLUMNS_V1] {
        bail!(
            "{}:1: not a c2chat compare.csv (expected columns {})",
            path.display(),
            COMPARE_COLUMNS.join(",")
        );
    }
    let mut out = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let line = i + 2;
        let rec = rec.with_context(|| format!("{}:{line}", path.display()))?;
        let get = |k: usize| rec.get(k).unwrap_or("").trim();
        let int = |k: usize| -> Result<u64> {
            get(k).parse::<u64>().map_err(|_| {
                err!(
                    "{}:{line}: column {} is not a count: {:?}",
                    path.display(),
                    COMPARE_COLUMNS[k],
                    get(k)
                )
            })
        };
        let float = |k: usize| -> Result<Option<f64>> {
            let s = get(k);
            if s.is_empty() {
                return Ok(None);
            }
            s.parse::<f64>().map(Some).map_err(|_| {
                err!(
                    "{}:{line}: column {} is not a number: {s:?}",
                    path.display(),
                    COMPARE_COLUMNS[k]
                )
            })
        };
        let basis = match get(3) {
            "messages" => Basis::Messages.name(),
            "tokens" => Basis::Tokens.name(),
            other => bail!("{}:{line}: unknown basis {other:?}", path.display()),
        };
        out.push(CompareRow {
            sample_a: get(0).to_string(),
            sample_b: get(1).to_string(),
            category: get(2).to_string(),
            basis,
            a: int(4)?,
            b: int(5)?,
            c: int(6)?,
            d: int(7)?,
            norm_a: float(8)?,
            norm_b: float(9)?,
            ll: float(10)?,
            ll_p: float(11)?,
            ll_p_holm: float(12)?,
            chi2: float(13)?,
            chi2_p: float(14)?,
            log_ratio: float(15)?,
            log_ratio_lo: float(16)?,
            log_ratio_hi: float(17)?,
            pct_diff: float(18)?,
            design_effect_a: if full { float(19)? } else { None },
            design_effect_b: if full { float(20)? } else { None },
            ll_clustered: if full { float(21)? } else { None },
            ll_p_clustered: if full { float(22)? } else { None },
            log_ratio_lo_clustered: if full { float(23)? } else { None },
            log_ratio_hi_clustered: if full { float(24)? } else { None },
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::collect::change_samples;
    use crate::report::testdata::{collect, corpus};
    use crate::stats::render::compare_csv;

    #[test]
    fn compare_csv_round_trips() {
        let c = collect(&corpus());
        let rows = change_samples(&c, crate::stats::Period::SchoolYear)
            .unwrap()
            .compare();
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("compare.csv");
        std::fs::write(&p, compare_csv(&rows).unwrap()).unwrap();
        let back = read_compare_csv(&p).unwrap();
        assert_eq!(back.len(), rows.len());
        for (x, y) in back.iter().zip(&rows) {
            assert_eq!(
                compare_csv(std::slice::from_ref(x)).unwrap(),
                compare_csv(std::slice::from_ref(y)).unwrap()
            );
        }
        // A file written before the clustered columns is still read (they are empty).
        let old: String = String::from_utf8(compare_csv(&rows).unwrap())
            .unwrap()
            .lines()
            .map(|l| {
                let cells: Vec<&str> = l.split(',').collect();
                format!("{}\n", cells[..COMPARE_COLUMNS_V1].join(","))
            })
            .collect();
        std::fs::write(&p, old).unwrap();
        let back = read_compare_csv(&p).unwrap();
        assert_eq!(back.len(), rows.len());
        assert!(back.iter().all(|r| r.ll_clustered.is_none()));
        assert_eq!(back[0].ll, rows[0].ll);
        std::fs::write(&p, "a,b\n1,2\n").unwrap();
        assert!(read_compare_csv(&p)
            .unwrap_err()
            .to_string()
            .contains(":1:"));
        let mut text = String::from_utf8(compare_csv(&rows).unwrap()).unwrap();
        text = text.replacen(",messages,", ",lines,", 1);
        std::fs::write(&p, text).unwrap();
        let e = read_compare_csv(&p).unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("lines"), "{e}");
    }
}
