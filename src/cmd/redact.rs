//! `c2chat redact`: replace residual PII with typed placeholders and speaker ids with keyed
//! pseudonyms.

use anyhow::Result;
use c2chat::ingest::{stream, IngestOptions};
use c2chat::io::AtomicFile;
use c2chat::redact::{
    ensure_outside, key_path_checked, redact_message_counted, DetectStats, NameList, PiiKind,
    PseudonymRegistry, Pseudonymiser,
};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Writes to --out DIR: messages.jsonl (the redacted corpus: conversation_id, message_id, timestamp, \
speaker, text and meta columns), redaction_log.jsonl (type, message and offsets, never the value), rejects.jsonl and \
manifest.json. Placeholders: [EMAIL] [URL] [PHONE] [HANDLE] [POSTCODE] [ADDRESS] [IP] [DOB] [DATE] [BANK] [NUMBER] [NAME_n]. Scores (7/10), \
times (16:30), years and ordinary numbers are kept.\n\
The key file lives outside the output directory; it is created (mode 0600) on first use. Default path: \
$C2CHAT_KEY_FILE, else $XDG_CONFIG_HOME/c2chat/key, else ~/.config/c2chat/key."
)]
pub struct Args {
    /// Input files or directories (CSV, JSONL or chat exports), or - for stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output directory.
    #[arg(long)]
    pub out: PathBuf,
    /// Names to redact (one per line; # comments), numbered [NAME_1], [NAME_2] … in list order.
    #[arg(long)]
    pub names: Option<PathBuf>,
    /// The pseudonym key file.
    #[arg(long)]
    pub key_file: Option<PathBuf>,
    /// Keep speaker ids as they are (default: replace with spk_<HMAC>).
    #[arg(long)]
    pub keep_speakers: bool,
    /// Also pseudonymise conversation ids (conv_<HMAC>).
    #[arg(long)]
    pub conversations: bool,
    /// Hex digits per pseudonym (8–64). With 8, two of about 65,000 distinct ids are likely
    /// to share one; a shared pseudonym stops the run with an error, never a silent merge.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u8).range(8..=64))]
    pub pseudonym_digits: u8,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// No progress or summary on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(a: Args) -> Result<i32> {
    let started = c2chat::output::now();
    let key = key_path_checked(a.key_file.as_deref())?;
    ensure_outside(&key, &a.out)?;
    let pseudo = std::sync::Arc::new(
        Pseudonymiser::load_or_create(&key)?.with_digits(usize::from(a.pseudonym_digits)),
    );
    let names = match &a.names {
        Some(p) => NameList::load(p)?,
        None => NameList::empty(),
    };
    let opts = IngestOptions {
        speaker_names: Some(pseudo.clone()),
        ..a.input.ingest_options()
    };
    std::fs::create_dir_all(&a.out)?;
    let mut msgs = AtomicFile::create(&a.out.join("messages.jsonl"))?;
    let mut log = AtomicFile::create(&a.out.join("redaction_log.jsonl"))?;
    let mut rej = AtomicFile::create(&a.out.join("rejects.jsonl"))?;
    let mut r = Redactor {
        names: &names,
        pseudo: &pseudo,
        registry: PseudonymRegistry::default(),
        keep_speakers: a.keep_speakers,
        conversations: a.conversations,
        tally: Tally::default(),
    };
    let inputs = stream(&a.inputs, &opts, |item| {
        match item {
            Ok(m) => {
                let line = r.message(m, &mut log)?;
                msgs.write_all(line.as_bytes())?;
                msgs.write_all(b"\n")?;
                r.tally.written += 1;
            }
            Err(mut reject) => {
                r.tally.rejected += 1;
                c2chat::pipeline::clean_reject(&mut reject, &names);
                rej.write_all(serde_json::to_string(&reject)?.as_bytes())?;
                rej.write_all(b"\n")?;
            }
        }
        Ok(())
    })?;
    msgs.commit()?;
    log.commit()?;
    rej.commit()?;
    let mut inputs = inputs;
    for i in &mut inputs {
        i.path = c2chat::redact::fields::redact_path(&i.path, &names);
    }
    let t = r.tally;
    let read: u64 = inputs.iter().map(|i| i.read).sum();
    let manifest = serde_json::json!({
        "c2chat_version": env!("CARGO_PKG_VERSION"),
        "command_line": super::command_line_redacted(&names),
        "inputs": inputs,
        "counts": {"read": read, "written": t.written, "rejected": t.rejected, "messages_redacted": t.touched, "redactions": t.by_kind,
            "ambiguous_names_kept": t.decisions.ambiguous_names_kept},
        "speakers_pseudonymised": !a.keep_speakers,
        "conversations_pseudonymised": a.conversations,
        "pseudonym_digits": a.pseudonym_digits,
        "placeholders": PiiKind::ALL.iter().map(|k| k.placeholder()).collect::<Vec<_>>(),
        "started": started,
        "finished": c2chat::output::now(),
    });
    let mut m = serde_json::to_vec_pretty(&manifest)?;
    m.push(b'\n');
    c2chat::io::write_atomic(&a.out.join("manifest.json"), &m)?;
    if !a.quiet {
        print_summary(read, &t, &a.out)?;
    }
    Ok(0)
}

/// What `redact` did, for the manifest and the summary.
#[derive(Default)]
struct Tally {
    written: u64,
    rejected: u64,
    touched: u64,
    by_kind: BTreeMap<String, u64>,
    decisions: DetectStats,
}

/// Redacts one message at a time, with the run's pseudonyms.
struct Redactor<'a> {
    names: &'a NameList,
    pseudo: &'a Pseudonymiser,
    registry: PseudonymRegistry,
    keep_speakers: bool,
    conversations: bool,
    tally: Tally,
}

impl Redactor<'_> {
    /// Redact `m` (its log lines to `log`) and return its output line.
    fn message(
        &mut self,
        mut m: c2chat::model::Message,
        log: &mut impl Write,
    ) -> c2chat::Result<String> {
        // Ids, speaker and meta first (every field an output carries), then the text.
        let fields = c2chat::redact::fields::redact_fields(&mut m, self.names, self.pseudo);
        let (entries, stats) = redact_message_counted(&mut m, self.names);
        self.tally.decisions.add(stats);
        if !entries.is_empty() || !fields.is_empty() {
            self.tally.touched += 1;
        }
        let kinds = fields.iter().map(|e| (e.kind, serde_json::to_string(e)));
        let kinds = kinds.chain(entries.iter().map(|e| (e.kind, serde_json::to_string(e))));
        for (kind, line) in kinds {
            *self
                .tally
                .by_kind
                .entry(kind.as_str().to_string())
                .or_default() += 1;
            log.write_all(line?.as_bytes())?;
            log.write_all(b"\n")?;
        }
        let at = |e: c2chat::Error| e.context(format!("message_id {}", m.message_id));
        // Chat-export speakers were pseudonymised as they were read (from the account id
        // where the platform has one, else the display name, which is what names in the
        // text are replaced with): not twice.
        if !self.keep_speakers && !m.speaker_pseudonymised {
            m.speaker = self.registry.speaker(self.pseudo, &m.speaker).map_err(at)?;
        }
        if self.conversations {
            m.conversation_id = self
                .registry
                .conversation(self.pseudo, &m.conversation_id)
                .map_err(at)?;
        }
        let mut obj = serde_json::Map::new();
        obj.insert("conversation_id".into(), m.conversation_id.into());
        obj.insert("message_id".into(), m.message_id.into());
        obj.insert(
            "timestamp".into(),
            m.timestamp
                .map(Into::into)
                .unwrap_or(serde_json::Value::Null),
        );
        obj.insert("speaker".into(), m.speaker.into());
        obj.insert("text".into(), m.text.into());
        for (k, v) in m.meta {
            obj.entry(k).or_insert(v.into());
        }
        Ok(serde_json::Value::Object(obj).to_string())
    }
}

fn print_summary(read: u64, t: &Tally, out: &std::path::Path) -> Result<()> {
    outln!(
        "c2chat redact: {read} read, {} written, {} rejected; {} messages had PII replaced",
        t.written,
        t.rejected,
        t.touched
    );
    for (k, v) in &t.by_kind {
        outln!("  {k:<10} {v}");
    }
    if t.decisions.ambiguous_names_kept > 0 {
        outln!(
            "  {} listed names that are also common words (will, may, hope …) were kept: no capital letter or name context",
            t.decisions.ambiguous_names_kept
        );
    }
    outln!(
        "outputs: {}/{{messages.jsonl, redaction_log.jsonl, rejects.jsonl, manifest.json}}",
        out.display()
    );
    Ok(())
}
