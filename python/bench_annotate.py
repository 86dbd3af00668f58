"""Time ``c2chat.Annotator().annotate(df)`` on a CSV (reading it with pandas is not counted).

    c2chat synth --messages 1000000 --seed 1 --out /tmp/1m.csv
    /usr/bin/time -f "%e s %U user %M KB" c2chat annotate /tmp/1m.csv --format jsonl -q --out /tmp/o1m
    cp python/bench_annotate.py /tmp/ && python /tmp/bench_annotate.py /tmp/1m.csv

(Run a copy outside ``python/``: from there, ``import c2chat`` would find the source tree, which has
no built extension, instead of the installed package.)

Prints the rows, the wall and CPU seconds (every thread) of the call, and the peak RSS.
"""

import resource
import sys
import time

import pandas as pd

import c2chat

df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
ann = c2chat.Annotator()
t0, c0 = time.perf_counter(), time.process_time()
out = ann.annotate(df)
t1, c1 = time.perf_counter(), time.process_time()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("rows %d  annotate %.2f s wall  %.2f s cpu  peak RSS %d KB" % (len(out), t1 - t0, c1 - c0, rss))
