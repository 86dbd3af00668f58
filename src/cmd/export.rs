//! `c2chat export` and `c2chat import`: annotation tools out and back.

use anyhow::{bail, Result};
use c2chat::export::{export, import_with, read_annotations, Format, ImportOptions, MARKER_FILE};
use c2chat::output::write_jsonl;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "brat and WebAnno write one document per conversation plus a <name>.c2chat.json sidecar \
(keep it beside the document for import); their lines start with the speaker (spk_01: ...). Nothing is dropped: labels \
no span carries (e.g. the classifier's) go out as message-level labels (brat Message attributes, WebAnno layer C2chatMessage, \
Label Studio <Choices name=\"message_labels\">, doccano cats), with the episode and role; Label Studio and doccano tasks \
carry the conversation around the message; import reads it all back. Offsets: code points, except WebAnno TSV (UTF-16 units), converted both ways. \
c2chat-export.json is written last, once every file is on disk: import refuses a directory without it (an interrupted export). \
For corpus tools (export only): --to vrt writes corpus.vrt for CWB/CQPweb and (No)Sketch Engine (<text id corpus> per conversation, \
<msg id speaker time labels lang episode role> per message, labels a set attribute |a|b|; one token per line: word as written, \
normalised form, span category or _; encode with cwb-encode -c utf8 -xsB -P norm -P cat -S text:0+id+corpus \
-S msg:0+id+speaker+time+labels+lang+episode+role). --to txt writes <category>/<conversation>.txt (one message per line; \
unlabelled messages under unflagged/) for AntConc and #LancsBox. \
For qualitative-analysis tools: --to qdpx writes project.qdpx, a REFI-QDA project that NVivo, ATLAS.ti, MAXQDA and QualCoder \
import: the c2chat categories as a codebook (sub-categories nested under the four top-level codes, in the report's colours), \
one text source per conversation (one line per message, `speaker: text`), a coded selection (code points) for every labelling \
span and one over the whole line for every label without a span (e.g. the classifier's), and one case per conversation with \
its metadata (columns with one value per conversation: school, year group, platform, period...) as variables. \
The same annotations give the same bytes; `import --from qdpx` reads it back."
)]
pub struct ExportArgs {
    /// annotations.jsonl from annotate (or annotate's --out directory).
    #[arg(value_parser = super::annotations_path)]
    pub annotations: PathBuf,
    /// brat | webanno | labelstudio | doccano | vrt | txt | qdpx
    #[arg(long)]
    pub to: Format,
    /// Output directory (must be empty or absent).
    #[arg(long)]
    pub out: PathBuf,
    /// No summary on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "A directory must be a finished c2chat export (it holds c2chat-export.json, which lists every file); \
use --foreign for a directory made elsewhere (a brat collection annotated from scratch). A single file (Label Studio \
JSON, doccano JSONL, WebAnno TSV, a .qdpx) is read as given. A brat .txt without its .ann is always an error. \
--from qdpx reads a REFI-QDA project (from c2chat, or coded and exported again by NVivo, ATLAS.ti, MAXQDA or QualCoder): \
codes below the four c2chat top-level codes become labels (a code there that is not a category is an error with a suggestion; \
other codes are left out), a selection becomes a span within the message it covers, a selection over a whole line \
(speaker included) a message-level label. Without c2chat's message map (c2chat/ in the zip) each line is a message \
`speaker: text` with id <source>:<line>. Errors name the file, line and field (for a .qdpx: the file, the entry and its \
line), never message text."
)]
pub struct ImportArgs {
    /// A directory or file exported by (or edited in) the tool.
    pub input: PathBuf,
    /// brat | webanno | labelstudio | doccano | qdpx
    #[arg(long)]
    pub from: Format,
    /// Gold annotations (JSONL, one annotation per message; spans have source "gold"),
    /// usable by evaluate (--gold), train and agree.
    #[arg(long)]
    pub out: PathBuf,
    /// No summary on the terminal.
    #[arg(long, short)]
    pub quiet: bool,
    /// Read a directory that c2chat did not export (no c2chat-export.json): every document
    /// found is taken as complete.
    #[arg(long)]
    pub foreign: bool,
}

pub fn run_export(a: ExportArgs) -> Result<i32> {
    if a.out.exists() && std::fs::read_dir(&a.out)?.next().is_some() {
        bail!("{}: the output directory is not empty (import reads every document in it); choose an empty one", a.out.display());
    }
    let anns = read_annotations(&a.annotations)?;
    let s = export(&anns, a.to, &a.out)?;
    if a.quiet {
        return Ok(0);
    }
    outln!(
        "exported {} messages ({} spans, {} documents) as {} to {}",
        s.messages,
        s.spans,
        s.documents,
        a.to.as_str(),
        a.out.display()
    );
    outln!("completion marker: {}", a.out.join(MARKER_FILE).display());
    if s.merged_duplicate_spans > 0 || s.skipped_spans > 0 {
        outln!(
            "merged {} duplicate spans; skipped {} empty spans",
            s.merged_duplicate_spans,
            s.skipped_spans
        );
    }
    Ok(0)
}

pub fn run_import(a: ImportArgs) -> Result<i32> {
    let opts = ImportOptions { foreign: a.foreign };
    let anns = import_with(a.from, &a.input, opts)?;
    let mut f = c2chat::io::AtomicFile::create(&a.out)?;
    write_jsonl(&mut f, &anns)?;
    f.commit()?;
    if a.quiet {
        return Ok(0);
    }
    let spans: usize = anns.iter().map(|x| x.spans.len()).sum();
    outln!(
        "imported {} messages ({} spans) from {} to {}",
        anns.len(),
        spans,
        a.from.as_str(),
        a.out.display()
    );
    Ok(0)
}
