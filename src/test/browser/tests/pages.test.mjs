// Every page kind of the built site in headless Chromium: axe-core finds no serious or critical
// violation, no request leaves the machine, math renders, and screenshots are kept for people to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { siteDir, repo, requireSite, serveSite, launchChromium, watchForeignRequests } from "./harness.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const shots = join(repo, "target", "screenshots");

/** One representative page per kind, chosen from what the build wrote. */
function pageKinds() {
  const firstIn = (dir) => {
    const names = existsSync(join(siteDir, dir)) ? readdirSync(join(siteDir, dir)).sort() : [];
    const name = names.find((n) => existsSync(join(siteDir, dir, n, "index.html")));
    return name && `${dir}/${name}/index.html`;
  };
  const papers = readdirSync(join(siteDir, "papers")).sort();
  const withMath = papers.find((p) => readFileSync(join(siteDir, "papers", p, "index.html"), "utf8").includes('class="math'));
  const kinds = {
    home: "index.html", topic: firstIn("topics"), tags: "tags/index.html", tag: firstIn("tags"),
    paper: `papers/${papers[0]}/index.html`, "paper-math": withMath && `papers/${withMath}/index.html`,
    search: "search/index.html", "search-results": "search/index.html?q=LoRA%20%E5%BE%AE%E8%B0%83", "not-found": "404.html",
  };
  for (const extra of ["map", "stats", "reading-list"]) {
    if (existsSync(join(siteDir, extra, "index.html"))) kinds[extra] = `${extra}/index.html`;
  }
  return Object.entries(kinds).filter(([, path]) => path);
}

let server, browser;
before(async () => {
  requireSite();
  mkdirSync(shots, { recursive: true });
  server = await serveSite();
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.close(); });

for (const [kind, path] of (existsSync(join(siteDir, "index.html")) ? pageKinds() : [["home", "index.html"]])) {
  test(`${kind} page (${path}) has no serious axe violations and stays on this host`, async () => {
    for (const [device, viewport] of [["phone", { width: 375, height: 812 }], ["desktop", { width: 1280, height: 900 }]]) {
      for (const scheme of ["light", "dark"]) {
        const page = await browser.newPage({ viewport, colorScheme: scheme });
        const foreign = watchForeignRequests(page);
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.goto(server.url + path, { waitUntil: "networkidle" });
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
        const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
        assert.deepEqual(bad, [], `${device}/${scheme}`);
        assert.deepEqual(foreign, [], "requests to other hosts");
        assert.deepEqual(errors, [], "script errors");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${device}/${scheme}: page scrolls sideways by ${overflow}px`);
        if (scheme === "light" || kind === "paper-math") {
          await page.screenshot({ path: join(shots, `${kind}-${device}-${scheme}.png`), fullPage: false });
        }
        await page.close();
      }
    }
  });
}

test("math is typeset by KaTeX from the site itself, with no raw TeX left", async (t) => {
  const math = pageKinds().find(([kind]) => kind === "paper-math");
  if (!math) return t.skip("the digest has no math");
  const page = await browser.newPage();
  await page.goto(server.url + math[1], { waitUntil: "networkidle" });
  const counts = await page.evaluate(() => ({
    math: document.querySelectorAll(".math").length,
    typeset: document.querySelectorAll(".math .katex").length,
  }));
  assert.ok(counts.math > 0);
  assert.equal(counts.typeset, counts.math, "every .math element rendered by KaTeX");
  await page.close();
});

test("pages open from disk (file://) with working relative links and styles", async () => {
  const page = await browser.newPage();
  await page.goto("file://" + join(siteDir, "index.html"));
  const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert.ok(!/^"?Times/.test(styled), `the stylesheet did not load from disk: ${styled}`);
  const href = await page.evaluate(() => document.querySelector("main a[href*='topics/']").getAttribute("href"));
  await page.click(`main a[href="${href}"]`);
  assert.match(page.url(), /^file:.*topics\/.+\/index\.html$/);
  assert.ok((await page.title()).length > 0);
  await page.close();
});

test("a hyphenated query (kv-cache) shows results on the search page", async () => {
  // Regression: an invalid regular-expression escape made every hyphenated query fail in the browser.
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + "search/index.html?q=kv-cache", { waitUntil: "networkidle" });
  await page.waitForSelector(".search-hit", { timeout: 10000 });
  assert.ok(await page.locator(".search-hit").count() > 0);
  assert.equal(await page.locator(".search-error").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
