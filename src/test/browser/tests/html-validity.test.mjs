// Every HTML page of the built site through the Nu Html Checker (vnu.jar from npm, run with our JDK).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { siteDir, requireSite } from "./harness.mjs";

const vnu = join(dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");

test("the Nu Html Checker reports zero errors on every page", () => {
  requireSite();
  let out;
  try {
    out = execFileSync("java", ["-jar", vnu, "--errors-only", "--skip-non-html", "--format", "json", siteDir],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
  } catch (e) {
    out = e.stderr || e.stdout; // vnu exits 1 when it found errors and writes JSON to stderr
  }
  const messages = out.trim() ? JSON.parse(out).messages : [];
  const errors = messages.filter((m) => m.type === "error");
  assert.deepEqual(errors.slice(0, 20).map((m) => `${m.url.replace(/^.*site-out/, "")}:${m.lastLine}: ${m.message}`), []);
});
