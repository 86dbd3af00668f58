//! CSV records from physical lines (csv-core does the field parsing), so that line numbers are
//! physical lines whatever the line ends, and a quote that is never closed cannot swallow the
//! rows after it: when a quoted field would run on into a line that is a complete record by
//! itself, the opening line is rejected and reading restarts at the next line.

use std::collections::VecDeque;
use std::io::BufRead;

/// One record, or a line that could not be one.
pub(crate) enum CsvItem {
    /// A record: its first physical line and its fields (raw bytes).
    Record(u64, Vec<Vec<u8>>),
    /// An opening quote that is never closed, at this line.
    Unclosed(u64),
}

/// Splits a CSV stream into records by physical lines.
pub(crate) struct CsvRecords<'r> {
    rdr: &'r mut dyn BufRead,
    core: csv_core::Reader,
    probe: csv_core::Reader,
    pending: VecDeque<(u64, Vec<u8>)>,
    next_line: u64,
    /// Fields of the header (0 until the header is read): a line "looks like a record" when
    /// it has exactly this many fields.
    pub(crate) columns: usize,
    out: Vec<u8>,
    ends: Vec<usize>,
}

/// The delimiter of a header line: the most frequent of `,` `;` tab `|` outside quotes
/// (comma on a tie or when none occurs).
pub(crate) fn sniff_delimiter(header: &[u8]) -> u8 {
    let mut counts = [0usize; 4];
    let cands = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for &b in header {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = cands.iter().position(|&c| c == b) {
                counts[i] += 1;
            }
        }
    }
    let mut best = 0;
    for i in 1..4 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    cands[best]
}

impl<'r> CsvRecords<'r> {
    pub(crate) fn new(rdr: &'r mut dyn BufRead, delimiter: u8) -> Self {
        let build = || csv_core::ReaderBuilder::new().delimiter(delimiter).build();
        CsvRecords {
            rdr,
            core: build(),
            probe: build(),
            pending: VecDeque::new(),
            next_line: 1,
            columns: 0,
            out: vec![0; 4096],
            ends: vec![0; 64],
        }
    }

    /// Physical lines read so far (the last line number handed out).
    pub(crate) fn lines_read(&self) -> u64 {
        self.next_line - 1
    }

    fn physical_line(&mut self) -> std::io::Result<Option<(u64, Vec<u8>)>> {
        if let Some(l) = self.pending.pop_front() {
            return Ok(Some(l));
        }
        let mut buf = Vec::new();
        if self.rdr.read_until(b'\n', &mut buf)? == 0 {
            return Ok(None);
        }
        if !buf.ends_with(b"\n") {
            buf.push(b'\n');
        }
        let n = self.next_line;
        self.next_line += 1;
        Ok(Some((n, buf)))
    }

    /// Whether a line is a complete record by itself with the header's field count.
    fn looks_like_record(&mut self, line: &[u8]) -> bool {
        if self.columns < 2 {
            return false;
        }
        self.probe.reset();
        let mut out = vec![0u8; line.len() + 1];
        let mut ends = vec![0usize; self.columns + 2];
        let (res, _, _, nends) = self.probe.read_record(line, &mut out, &mut ends);
        matches!(res, csv_core::ReadRecordResult::Record) && nends == self.columns
    }

    /// The next record, an unclosed quote, or `None` at the end.
    pub(crate) fn next_item(&mut self) -> std::io::Result<Option<CsvItem>> {
        use csv_core::ReadRecordResult as R;
        // Skip blank lines between records.
        let (first, bytes) = loop {
            match self.physical_line()? {
                None => return Ok(None),
                Some((_, b)) if b.iter().all(|c| matches!(c, b'\r' | b'\n')) => continue,
                Some(l) => break l,
            }
        };
        self.core.reset();
        let mut consumed: Vec<(u64, Vec<u8>)> = Vec::new();
        let (mut outlen, mut nends) = (0usize, 0usize);
        let mut input = bytes.clone();
        let mut at = 0usize;
        loop {
            let (res, nin, nout, ne) = self.core.read_record(
                &input[at..],
                &mut self.out[outlen..],
                &mut self.ends[nends..],
            );
            at += nin;
            outlen += nout;
            nends += ne;
            match res {
                R::Record => break,
                R::OutputFull => self.out.resize(self.out.len() * 2, 0),
                R::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                R::End => break,
                R::InputEmpty => {
                    // Inside a quoted field at the end of a line: read on, unless the next
                    // line is a record by itself (or there is none): then the quote was
                    // never closed.
                    let next = self.physical_line()?;
                    let unclosed = match &next {
                        None => true,
                        Some((_, l)) => self.looks_like_record(l),
                    };
                    if unclosed {
                        if let Some(n) = next {
                            self.pending.push_front(n);
                        }
                        for c in consumed.into_iter().rev() {
                            self.pending.push_front(c);
                        }
                        return Ok(Some(CsvItem::Unclosed(first)));
                    }
                    let n = next.expect("a line");
                    input = n.1.clone();
                    at = 0;
                    consumed.push(n);
                }
            }
        }
        // Field ends are offsets into `out`, relative to the record start.
        let mut fields = Vec::with_capacity(nends);
        let mut start = 0;
        for &e in &self.ends[..nends] {
            fields.push(self.out[start..e].to_vec());
            start = e;
        }
        Ok(Some(CsvItem::Record(first, fields)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(data: &str) -> Vec<String> {
        let mut r = std::io::BufReader::new(data.as_bytes());
        let mut recs = CsvRecords::new(&mut r, b',');
        recs.columns = 3;
        let mut out = Vec::new();
        while let Some(i) = recs.next_item().unwrap() {
            out.push(match i {
                CsvItem::Record(l, f) => format!(
                    "{l}:{}",
                    f.iter()
                        .map(|x| String::from_utf8_lossy(x).to_string())
                        .collect::<Vec<_>>()
                        .join("|")
                ),
                CsvItem::Unclosed(l) => format!("{l}:UNCLOSED"),
            });
        }
        out
    }

    #[test]
    fn quoted_newlines_and_crlf_keep_physical_lines() {
        assert_eq!(
            items("a,b,c\r\n1,\"x\r\ny\",3\r\n\r\n4,5,6\r\n"),
            vec!["1:a|b|c", "2:1|x\r\ny|3", "5:4|5|6"]
        );
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_records() {
        assert_eq!(
            items("a,b,c\n1,\"oops,3\n4,5,6\n7,8,9\n"),
            vec!["1:a|b|c", "2:UNCLOSED", "3:4|5|6", "4:7|8|9"]
        );
        // At the end of the file too.
        assert_eq!(
            items("a,b,c\n1,2,\"open\nmore text"),
            vec!["1:a|b|c", "2:UNCLOSED", "3:more text"]
        );
    }

    #[test]
    fn delimiters_are_sniffed_from_the_header() {
        assert_eq!(sniff_delimiter(b"id;text;speaker\n"), b';');
        assert_eq!(sniff_delimiter(b"id\ttext\tspeaker\n"), b'\t');
        assert_eq!(sniff_delimiter(b"id|text\n"), b'|');
        assert_eq!(sniff_delimiter(b"id,text\n"), b',');
        assert_eq!(sniff_delimiter(b"\"a;b\",c\n"), b',');
        assert_eq!(sniff_delimiter(b"text\n"), b',');
    }
}
