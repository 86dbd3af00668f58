"""The VRT export checked with `cwb-vrt` (PyPI; the VRT tools of the CWB ecosystem).

`cwb-vrt encode` reads the file as CWB would and writes the `cwb-encode` command for it; `cwb-vrt meta`
reads every `<msg>` region's attributes back; `cwb-vrt cqpweb` rewrites a VRT into what CQPweb accepts.
The export must parse into exactly the attributes the README documents, carry each message's labels as a
CWB set attribute, and already be CQPweb-ready (the rewrite changes nothing).
"""

import gzip
import pathlib
import re
import shutil
import subprocess
import sys

import pandas as pd

from conftest import REPO, read_jsonl


def _cwb_vrt() -> str:
    exe = pathlib.Path(sys.executable).parent / "cwb-vrt"
    found = str(exe) if exe.exists() else shutil.which("cwb-vrt")
    assert found, "cwb-vrt is not installed (python/ci.sh installs it: pip install cwb-vrt)"
    return found


def _attributes(cmd: str):
    """The -P and -S attribute declarations of a cwb-encode command line, order-free."""
    p = set(re.findall(r"-P (\S+)", cmd))
    s = {}
    for decl in re.findall(r"-S (\S+)", cmd):
        name, _, rest = decl.partition(":")
        s[name] = set(rest.split("+")[1:])  # drop the nesting depth ("0")
    return p, s


def _export(cli, cli_demo, tmp_path) -> pathlib.Path:
    out = tmp_path / "vrt"
    subprocess.run(
        [str(cli), "export", str(cli_demo / "annotations.jsonl"), "--to", "vrt", "--out", str(out), "-q"],
        check=True,
    )
    return out / "corpus.vrt"


def test_cwb_vrt_reads_the_attributes_the_readme_documents(cli, cli_demo, tmp_path):
    vrt = _export(cli, cli_demo, tmp_path)
    script = tmp_path / "encode.sh"
    subprocess.run(
        [_cwb_vrt(), "encode", str(vrt), "-o", str(script), "-n", "c2demo", "-p", "norm", "cat",
         "-c", "0", "-d", str(tmp_path / "data"), "-r", str(tmp_path / "registry")],
        check=True, capture_output=True,
    )
    guessed = next(x for x in script.read_text().splitlines() if x.startswith("cwb-encode"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    documented = re.search(r"`(cwb-encode [^`]*)`", readme).group(1)
    assert _attributes(guessed) == _attributes(documented), (guessed, documented)
    p, s = _attributes(guessed)
    assert p == {"norm", "cat"}
    assert s["msg"] == {"id", "speaker", "time", "labels", "lang", "episode", "role"}


def test_cwb_vrt_reads_every_message_with_its_labels(cli, cli_demo, tmp_path):
    vrt = _export(cli, cli_demo, tmp_path)
    meta = tmp_path / "msg.tsv.gz"
    subprocess.run(
        [_cwb_vrt(), "meta", str(vrt), "-t", "msg", "-e", "text", "-c", "-o", str(meta)],
        check=True, capture_output=True,
    )
    got = pd.read_csv(meta, sep="\t", dtype=str, keep_default_na=False)
    ann = read_jsonl(cli_demo / "annotations.jsonl")
    assert list(got["id"]) == [a["message_id"] for a in ann]
    assert list(got["text_id"]) == [a["conversation_id"] for a in ann]
    for row, a in zip(got.itertuples(), ann):
        labels = [x for x in row.labels.split("|") if x]
        assert sorted(labels) == sorted(set(a["labels"])), a["message_id"]
        assert int(row.nr_tokens) > 0, a["message_id"]
    assert sum(1 for a in ann if a["labels"]) > 0


def test_the_export_is_already_cqpweb_ready(cli, cli_demo, tmp_path):
    vrt = _export(cli, cli_demo, tmp_path)
    gz = tmp_path / "corpus.vrt.gz"
    gz.write_bytes(gzip.compress(vrt.read_bytes()))
    fixed = tmp_path / "cqpweb.vrt.gz"
    subprocess.run(
        [_cwb_vrt(), "cqpweb", str(gz), "-c", "corpus", "-o", str(fixed)],
        check=True, capture_output=True,
    )
    assert gzip.decompress(fixed.read_bytes()) == vrt.read_bytes()
