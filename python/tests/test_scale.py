"""docs/scale.md's cluster routes: the Slurm job-array script over the command line (its task
body run locally with SLURM_ARRAY_TASK_ID set) and dask-jobqueue's SLURMCluster job script."""

import csv
import os
import shutil
import subprocess
import sys
import zlib

import pytest

from conftest import DEMO, REPO, read_jsonl

SCRIPT = REPO / "scripts" / "slurm-array.sh"


def _split_by_conversation(src, out, n):
    """The demo corpus as n CSV files, each conversation in one file (with its corpus.toml)."""
    out.mkdir()
    shutil.copy(src / "corpus.toml", out / "corpus.toml")
    with open(src / "messages.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    ci = header.index("conversation_id")
    shards = [[] for _ in range(n)]
    for r in body:
        shards[zlib.crc32(r[ci].encode()) % n].append(r)
    for i, rows in enumerate(shards):
        assert rows, "every shard file has messages"
        with open(out / ("part%02d.csv" % i), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
    return len(body)


def _run(args, env, **kw):
    return subprocess.run(["bash", str(SCRIPT), *args], env=env, text=True,
                          capture_output=True, **kw)


def test_slurm_array_tasks_and_merge_equal_one_run(cli, tmp_path):
    inp = tmp_path / "in"
    messages = _split_by_conversation(DEMO, inp, 4)
    work = tmp_path / "work"
    env = {**os.environ, "C2CHAT": str(cli), "STATS_FLAGS": "--by platform --period term"}
    env.pop("SLURM_ARRAY_TASK_ID", None)
    # Without Slurm's task id the task body refuses, naming the variable.
    r = _run(["task", str(inp), str(work)], env)
    assert r.returncode != 0 and "SLURM_ARRAY_TASK_ID" in r.stderr
    # Three tasks over four files: task 0 takes files 0 and 3, tasks 1 and 2 one each.
    for task in range(3):
        r = _run(["task", str(inp), str(work)],
                 {**env, "SLURM_ARRAY_TASK_ID": str(task), "SLURM_ARRAY_TASK_COUNT": "3"})
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith("task %d: %d files" % (task, 2 if task == 0 else 1)), r.stdout
    r = _run(["merge", str(work)], env)
    assert r.returncode == 0, r.stderr
    assert "merged 3 partials" in r.stdout

    # One run over the same files.
    single = tmp_path / "single"
    subprocess.run([str(cli), "annotate", str(inp), "--out", str(single), "-q"], check=True)
    subprocess.run([str(cli), "stats", str(single / "annotations.jsonl"), "--partial", "-q",
                    "--by", "platform", "--period", "term", "--out", str(single / "stats")],
                   check=True)
    merged = (work / "merged" / "partial.json").read_bytes()
    assert merged == (single / "stats" / "partial.json").read_bytes()
    assert b'"episodes"' in merged  # episode counts travel with the partials too
    subprocess.run([str(cli), "stats", "merge", str(single / "stats" / "partial.json"),
                    "--out", str(single / "merged"), "-q"], check=True)
    for name in ("stats.csv", "episode_stats.csv", "dispersion.csv"):
        assert (work / "merged" / name).read_bytes() == (single / "merged" / name).read_bytes()

    one = {a["message_id"]: a for a in read_jsonl(single / "annotations.jsonl")}
    many = {}
    for task in range(3):
        for a in read_jsonl(work / ("task-%d" % task) / "annotations.jsonl"):
            assert a["message_id"] not in many
            many[a["message_id"]] = a
    assert len(one) == messages
    assert many == one


def test_slurm_array_task_without_files_is_a_no_op(cli, tmp_path):
    inp = tmp_path / "in"
    _split_by_conversation(DEMO, inp, 2)
    env = {**os.environ, "C2CHAT": str(cli), "SLURM_ARRAY_TASK_ID": "3",
           "SLURM_ARRAY_TASK_COUNT": "4"}
    r = _run(["task", str(inp), str(tmp_path / "work")], env)
    assert r.returncode == 0, r.stderr
    assert "no files" in r.stdout
    assert not (tmp_path / "work" / "task-3").exists()
    r = _run(["merge", str(tmp_path / "work")], env)
    assert r.returncode == 2 and "no task partials" in r.stderr


def test_slurm_cluster_job_script_runs_a_dask_worker():
    jq = pytest.importorskip("dask_jobqueue")
    cluster = jq.SLURMCluster(
        cores=4,
        processes=2,
        memory="8GB",
        walltime="02:00:00",
        queue="standard",
        account="c2chat-proj",
        job_script_prologue=["source /path/to/venv/bin/activate"],
        job_extra_directives=["--output=c2chat-dask-%j.out"],
        scheduler_options={"dashboard_address": ":0"},
        python=sys.executable,
    )
    try:
        script = cluster.job_script()
    finally:
        cluster.close()
    lines = script.splitlines()
    for directive in ("#SBATCH -p standard", "#SBATCH -A c2chat-proj",
                      "#SBATCH --cpus-per-task=4", "#SBATCH --mem=8G", "#SBATCH -t 02:00:00",
                      "#SBATCH --output=c2chat-dask-%j.out"):
        assert directive in lines, (directive, script)
    assert "source /path/to/venv/bin/activate" in lines
    worker = [x for x in lines if "dask_worker" in x or "dask worker" in x]
    assert len(worker) == 1, script
    assert worker[0].startswith(sys.executable)
    assert "--nworkers 2" in worker[0] and "--nthreads 2" in worker[0]
    assert "tcp://" in worker[0]  # the scheduler's address
