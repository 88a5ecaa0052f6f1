"""`bin/site-gen serve` on a copy of some content, for the serve benchmarks (serve-latency.py, serve-rapid-edits.py)."""
import os, re, shutil, socket, subprocess, tempfile, threading, time


class LiveServe:
    """Copies SOURCE to a temporary directory and serves it with JAR through the launcher, with its serve flags,
    as a maintainer runs it (the launcher adds $JAVA_OPTS from our environment). Entering waits for the first
    build; leaving stops serve and removes the copy and the site."""

    def __init__(self, jar, source, prefix):
        self.work = tempfile.mkdtemp(prefix=prefix)
        self.content = os.path.join(self.work, "content")
        shutil.copytree(source, self.content)
        self.digest = next(os.path.join(self.content, f) for f in sorted(os.listdir(self.content))
                           if f.endswith(".txt"))
        self.out = os.path.join(self.work, "out")
        self.jar = os.path.abspath(jar)
        self.log = []
        self.last_line = time.monotonic()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]

    def __enter__(self):
        launcher = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bin", "site-gen")
        started = time.monotonic()
        self.process = subprocess.Popen(
            [launcher, "serve", "--content", self.content, "--out", self.out, "--port", str(self.port)],
            env={**os.environ, "SITE_GEN_JAR": self.jar},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        # Serve's log is read all along, so serve never blocks on a full pipe.
        self.serving = threading.Event()
        threading.Thread(target=self._read_log, daemon=True).start()
        while not self.serving.wait(0.1):
            if self.process.poll() is not None:
                shutil.rmtree(self.work, ignore_errors=True)
                raise SystemExit("serve stopped:\n" + "\n".join(self.log))
        self.serving_after = time.monotonic() - started
        return self

    def _read_log(self):
        for line in self.process.stderr:
            self.last_line = time.monotonic()
            self.log.append(line.rstrip())
            first = re.search(r"serving (\S+) \(built in (\d+) ms\)", line)
            if first and not self.serving.is_set():
                self.url, self.first_build_ms = first.group(1), int(first.group(2))
                self.serving.set()

    def stop(self):
        self.process.terminate()
        self.process.wait(10)

    def __exit__(self, *_):
        self.stop()
        shutil.rmtree(self.work, ignore_errors=True)
