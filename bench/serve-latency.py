#!/usr/bin/env python3
"""Times serve from saving an edit of the digest to the edited page being served over HTTP.

Usage: bench/serve-latency.py [JAR] [CONTENT_DIR] [EDITS]  (defaults: target/site-gen.jar content 20)
JVM flags to try go in $JAVA_OPTS, which bin/site-gen adds after its own.
Copies the content to a temporary directory, starts `bin/site-gen serve` with JAR on a free port, then edits one
paper's summary field EDITS times, each time polling that paper's page every 10 ms until it shows the
edit. The page is found in the first build, before any edit, so no search of the output runs while an edit
is timed. Prints serve's first-build time and each edit's latency, then their median, min and max.
"""
import os, re, sys, time, urllib.request
from live_serve import LiveServe

jar = sys.argv[1] if len(sys.argv) > 1 else "target/site-gen.jar"
source = sys.argv[2] if len(sys.argv) > 2 else "content"
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 20
FIELD = "⭐ 主要贡献"

with LiveServe(jar, source, "serve-latency-") as serve:
    print(f"first build: {serve.first_build_ms} ms (serving after {serve.serving_after:.2f} s)", flush=True)
    digest, out, url = serve.digest, serve.out, serve.url
    original = open(digest, encoding="utf-8").read()
    # The edited field's text, as a run of Han characters that the page shows unescaped, names the page.
    line = original[original.index(FIELD) + len(FIELD):].split("\n", 1)[0]
    probe = max(re.findall(r"[\u4e00-\u9fff]+", line), key=len)
    page = None
    for root, _, files in os.walk(os.path.join(out, "papers")):
        for name in files:
            path = os.path.join(root, name)
            if page is None and probe in open(path, encoding="utf-8").read():
                page = os.path.relpath(path, out)
    if page is None:
        raise SystemExit(f"no page of {out} shows {probe!r}")
    latencies = []
    for i in range(edits):
        marker = f"LATENCY-{i}-{time.time_ns()}"
        edited = original.replace(FIELD, FIELD + marker, 1)
        saved = time.monotonic()
        with open(digest, "w", encoding="utf-8") as f:
            f.write(edited)
        while True:
            try:
                body = urllib.request.urlopen(url + page, timeout=10).read().decode("utf-8")
                if marker in body:
                    break
            except OSError:
                pass
            if time.monotonic() - saved > 60:
                raise SystemExit(f"edit {i}: not served after 60 s")
            time.sleep(0.01)
        latency = time.monotonic() - saved
        latencies.append(latency)
        print(f"edit {i}: served after {latency * 1000:.0f} ms", flush=True)
        time.sleep(0.3)
    ordered = sorted(latencies)
    print(f"edit to served page: median {ordered[len(ordered) // 2] * 1000:.0f} ms "
          f"(min {ordered[0] * 1000:.0f}, max {ordered[-1] * 1000:.0f}) over {edits} edits")
