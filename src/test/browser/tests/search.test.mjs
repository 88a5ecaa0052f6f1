// The search page as a reader uses it, on the real site under a sub-path: synonyms, word forms, exact
// phrases, complete matches counted apart from partial ones, the designed results page on a phone and
// a desktop in light and dark, the no-results page, the download budget, and file://.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { siteDir, requireSite, serveSite, launchChromium } from "./harness.mjs";

let server, browser;
before(async () => {
  requireSite();
  server = await serveSite();
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(query, { width = 1366, height = 900, scheme = "light" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(server.url + "search/index.html?q=" + encodeURIComponent(query));
  await page.waitForSelector(".search-status");
  await page.waitForFunction(() => !/^输入/.test(document.querySelector(".search-status").textContent));
  return { page, close: () => context.close() };
}

/** The number the status line reports, the titles of the complete matches, and whether partial ones are listed. */
async function results(page) {
  return page.evaluate(() => ({
    count: Number((document.querySelector(".search-status strong") || { textContent: "0" }).textContent),
    titles: [...document.querySelectorAll("#search-hits .search-hit-title")].map((a) => a.textContent),
    docs: [...document.querySelectorAll("#search-hits .search-hit")].map((li) => li.dataset.doc),
    partialCards: document.querySelectorAll(".search-partial .search-hit").length,
    partialHeading: (document.querySelector(".search-partial-title") || { textContent: "" }).textContent,
  }));
}

test("投机解码 finds the speculative-decoding papers (a curated synonym)", async () => {
  const zh = await open("投机解码");
  const en = await open("speculative decoding");
  try {
    const a = await results(zh.page);
    const b = await results(en.page);
    assert.ok(a.count >= 10, `投机解码 finds ${a.count} papers`);
    const cards = await zh.page.$$eval("#search-hits .search-hit", (li) => li.slice(0, 5).map((x) => x.textContent));
    assert.ok(cards.every((t) => /speculative|推测|投机/i.test(t)), cards.join(" | "));
    const shared = a.docs.filter((d) => b.docs.includes(d));
    assert.ok(shared.length >= 10, `${shared.length} papers in common with "speculative decoding"`);
  } finally { await zh.close(); await en.close(); }
});

test("tokenizer, tokenizers, tokenization and tokenize find the same papers (stemming)", async () => {
  const counts = [];
  for (const q of ["tokenizer", "tokenizers", "tokenization", "tokenize"]) {
    const { page, close } = await open(q);
    counts.push((await results(page)).count);
    await close();
  }
  assert.ok(counts[0] >= 8, `tokenizer finds ${counts[0]}`);
  assert.deepEqual(new Set(counts).size, 1, counts.join(", "));
});

test("a paper with the exact phrase ranks first (Warmup-Stable and Merge → WSM)", async () => {
  const { page, close } = await open("Warmup-Stable and Merge");
  try {
    assert.match((await results(page)).titles[0], /^WSM\b/);
  } finally { await close(); }
});

test("counts the papers with all terms; partial matches wait behind a button below", async () => {
  const { page, close } = await open("reward hacking");
  try {
    const r = await results(page);
    assert.ok(r.count > 0 && r.count < 100, `reward hacking: ${r.count} complete matches`);
    assert.equal(r.partialCards, 0);
    assert.match(r.partialHeading, /另有 \d+ 篇论文只包含部分关键词/);
    await page.click(".search-partial .search-more");
    await page.waitForSelector(".search-partial .search-hit");
    const top = await page.locator("#search-hits .search-hit").first().boundingBox();
    const partial = await page.locator(".search-partial .search-hit").first().boundingBox();
    assert.ok(partial.y > top.y);
  } finally { await close(); }
});

test("filter chips show their pressed state and keep counts apart; the keyboard selection is visible", async () => {
  const { page, close } = await open("强化学习 推理");
  try {
    const chip = page.locator(".search-facet .search-filter").first();
    const look = (el) => el.evaluate((b) => {
      const s = getComputedStyle(b);
      const count = b.querySelector(".search-count");
      return { bg: s.backgroundColor, label: b.firstChild.textContent, countLeft: count.getBoundingClientRect().left,
        gap: parseFloat(s.columnGap), countBg: getComputedStyle(count).backgroundColor };
    });
    const before = await look(chip);
    assert.ok(before.gap > 0 && before.countBg !== before.bg, "the count is set apart");
    await chip.click();
    await page.waitForFunction(() => location.search.includes("topic="));
    const pressed = page.locator('.search-filter[aria-pressed="true"]');
    await pressed.waitFor();
    const after = await look(pressed);
    assert.equal(after.label, before.label);
    assert.notEqual(after.bg, before.bg, "pressed looks different");

    await page.focus("[data-search-input]");
    await page.keyboard.press("ArrowDown");
    const ring = await page.evaluate(() => {
      const [a, b] = document.querySelectorAll(".search-hit");
      return [getComputedStyle(a).boxShadow, getComputedStyle(b).boxShadow];
    });
    assert.notEqual(ring[0], ring[1], `selected ${ring[0]} vs ${ring[1]}`);
  } finally { await close(); }
});

for (const scheme of ["light", "dark"]) {
  test(`on a 390×844 phone (${scheme}) the first result is above the fold and filters fold behind a toggle`, async () => {
    const { page, close } = await open("强化学习 推理", { width: 390, height: 844, scheme });
    try {
      await page.waitForSelector(".search-hit");
      const first = await page.locator(".search-hit").first().boundingBox();
      assert.ok(first.y + 60 < 844, `first result at ${first.y}px`);
      assert.equal(await page.locator(".search-filters").isVisible(), false);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `no sideways scrolling (${width}px)`);
      await page.click(".search-filters-toggle");
      assert.equal(await page.locator(".search-filters").isVisible(), true);
      assert.equal(await page.getAttribute(".search-filters-toggle", "aria-expanded"), "true");
      const colors = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.querySelector(".search-hit-title")).color]);
      assert.notEqual(colors[0], colors[1]);
      if (scheme === "dark") assert.equal(colors[0], "rgb(13, 17, 23)");
    } finally { await close(); }
  });
}

test("no results: did-you-mean from the lexicon, and topic links without the failed query", async () => {
  const { page, close } = await open("xyzzy spekulatve");
  try {
    await page.waitForSelector(".search-suggestion a");
    assert.equal(await page.textContent(".search-suggestion a"), "speculative");
    const hrefs = await page.$$eval(".search-browse a", (as) => as.map((a) => a.getAttribute("href")));
    assert.ok(hrefs.length >= 5);
    for (const h of hrefs) {
      assert.match(h, /[?&]topic=/);
      assert.doesNotMatch(h, /[?&]q=/);
    }
    await page.click(".search-browse a");
    await page.waitForSelector("#search-hits .search-hit");
  } finally { await close(); }
});

/** The files a page fetched before its first result appeared, and their gzip sizes (read from the site). */
async function bytesBeforeFirstResult(query) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + "search/index.html?q=" + encodeURIComponent(query));
  await page.waitForSelector(".search-hit");
  // search.js marks "search-results" when it puts the first results on screen: every file it asked
  // for before then was needed for them (snippet text is asked for just after).
  const urls = await page.evaluate(() => {
    const shown = performance.getEntriesByName("search-results")[0].startTime;
    return [location.href].concat(performance.getEntriesByType("resource")
      .filter((e) => e.startTime < shown).map((e) => e.name));
  });
  await context.close();
  const files = urls.map((u) => decodeURIComponent(new URL(u).pathname).slice("/site-gen/".length));
  const sizes = files.map((f) => gzipSync(readFileSync(join(siteDir, f)), { level: 9 }).length);
  return { files, total: sizes.reduce((a, b) => a + b, 0) };
}

test("downloads at most 100 KB (gzip) before the first result", async () => {
  for (const q of ["强化学习 推理", "speculative decoding", "投机解码", "diffusion language model", "tokenizer", "奖励模型"]) {
    const { files, total } = await bytesBeforeFirstResult(q);
    assert.ok(files.includes("assets/search-engine.js") && files.some((f) => f.startsWith("search/c/")), files.join(" "));
    assert.ok(total <= 100 * 1024, `${q}: ${(total / 1024).toFixed(1)} KB in ${files.length} files`);
  }
});

test("searches from file:// with synonyms", async () => {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(join(siteDir, "search", "index.html")).href + "?q=" + encodeURIComponent("投机解码"));
    await page.waitForSelector(".search-hit");
    assert.ok(await page.locator("#search-hits .search-hit").count() >= 10);
  } finally { await page.close(); }
});
