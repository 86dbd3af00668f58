"""Shared fixtures: the repository, the demo corpus and the c2chat command-line binary."""

import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
DEMO = REPO / "corpora" / "demo"


@pytest.fixture(scope="session")
def cli() -> pathlib.Path:
    """The command-line binary (C2CHAT_BIN, else target/release/c2chat, built when missing)."""
    path = pathlib.Path(os.environ.get("C2CHAT_BIN", REPO / "target" / "release" / "c2chat"))
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "--bin", "c2chat"], cwd=REPO, check=True)
    return path


@pytest.fixture(autouse=True)
def key_file(tmp_path_factory, monkeypatch):
    """A pseudonym key of the test's own, never the user's."""
    key = tmp_path_factory.mktemp("key") / "key"
    monkeypatch.setenv("C2CHAT_KEY_FILE", str(key))
    return key


@pytest.fixture(scope="session")
def cli_demo(cli, tmp_path_factory) -> pathlib.Path:
    """`c2chat annotate corpora/demo --out DIR`, run once."""
    out = tmp_path_factory.mktemp("cli") / "demo"
    subprocess.run([str(cli), "annotate", str(DEMO), "--out", str(out), "-q"], check=True)
    return out


def read_jsonl(path: pathlib.Path):
    import json

    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
