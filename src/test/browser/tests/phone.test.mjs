// Issue 18: at 390 px no page scrolls sideways and the stats charts fit without scrolling; the topic list
// filter works and keeps its state in the URL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { siteDir, requireSite, serveSite, launchChromium } from "./harness.mjs";

let server, browser;
before(async () => {
  requireSite();
  server = await serveSite();
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.close(); });

function firstDir(dir) {
  return readdirSync(join(siteDir, dir)).sort().find((n) => existsSync(join(siteDir, dir, n, "index.html")));
}

function phonePages() {
  const papers = readdirSync(join(siteDir, "papers")).sort();
  // The paper with the longest page: long words and math are what push a page sideways.
  const paper = papers.map((p) => [p, readFileSync(join(siteDir, "papers", p, "index.html"), "utf8").length])
    .sort((a, b) => b[1] - a[1])[0][0];
  return {
    home: "index.html", topic: `topics/${firstDir("topics")}/index.html`, "tag index": "tags/index.html",
    tag: `tags/${firstDir("tags")}/index.html`, paper: `papers/${paper}/index.html`,
    "search with a query": "search/index.html?q=reasoning", map: "map/index.html", stats: "stats/index.html",
    "reading list": "reading-list/index.html",
  };
}

for (const [kind, path] of Object.entries(existsSync(join(siteDir, "index.html")) ? phonePages() : {})) {
  test(`${kind} page does not scroll sideways at 390 px`, async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.url + path, { waitUntil: "networkidle" });
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${path}: page is ${scroll} px wide in a ${client} px window`);
    await page.close();
  });
}

test("stats charts fit 390 px: no chart scrolls and every bar is a link", async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(server.url + "stats/index.html");
  const charts = await page.$$eval("figure.chart", (fs) => fs.map((f) => ({
    over: f.scrollWidth - f.clientWidth, bars: f.querySelectorAll(".bars li").length,
    links: f.querySelectorAll(".bars li > a[href]").length,
    labelPx: Math.min(...[...f.querySelectorAll(".bar-label")].map((l) => parseFloat(getComputedStyle(l).fontSize))),
  })));
  assert.ok(charts.length >= 3);
  for (const c of charts) {
    assert.equal(c.over, 0, "chart wider than its box");
    assert.equal(c.links, c.bars);
    assert.ok(c.labelPx >= 14, `labels are ${c.labelPx} px`);
  }
  await page.close();
});

test("topic list filters by text and tag, sorts by title, and keeps the state in the URL", async () => {
  const page = await browser.newPage();
  const topic = `topics/${firstDir("topics")}/index.html`;
  await page.goto(server.url + topic);
  const cards = page.locator("[data-list] > li:not([hidden])");
  const total = await cards.count();
  assert.ok(total > 10);
  const chip = page.locator("[data-filter-tag]").first();
  const tag = await chip.getAttribute("data-filter-tag");
  await chip.click();
  const tagged = await cards.count();
  assert.ok(tagged > 0 && tagged < total, `${tagged} of ${total}`);
  for (const tags of await cards.evaluateAll((ls) => ls.map((l) => l.getAttribute("data-tags").split("|")))) {
    assert.ok(tags.includes(tag), tags.join(", "));
  }
  await page.selectOption("select[name=sort]", "title");
  const titles = await cards.evaluateAll((ls) => ls.map((l) => l.querySelector(".card-title a").textContent));
  assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b)));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("tag"), tag);
  assert.equal(url.searchParams.get("sort"), "title");

  await page.goto(server.url + topic + "?q=zzzzqqqq");
  assert.equal(await cards.count(), 0);
  assert.match(await page.textContent("[data-list-status]"), /0 \//);
  await page.fill("#filter-q", "");
  await page.waitForFunction(() => !/\//.test(document.querySelector("[data-list-status]").textContent));
  assert.equal(await cards.count(), total);
  await page.close();
});

test("without JavaScript a topic page shows its full list and no filter", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + `topics/${firstDir("topics")}/index.html?tag=x`);
  assert.equal(await page.locator("[data-list-filter]").isVisible(), false);
  const html = readFileSync(join(siteDir, "topics", firstDir("topics"), "index.html"), "utf8");
  assert.equal(await page.locator("[data-list] > li:visible").count(), (html.match(/<li class="card"/g) || []).length);
  await context.close();
});

test("the map marks the paper passed as ?p=, linked from its page; a first tap previews, a second opens", async () => {
  const paper = readdirSync(join(siteDir, "papers")).sort()[0];
  const html = readFileSync(join(siteDir, "papers", paper, "index.html"), "utf8");
  assert.ok(html.includes(`href="../../map/index.html?p=${paper}"`), "the paper page links to its dot");
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(server.url + `map/index.html?p=${paper}`);
  assert.equal(await page.locator("svg.paper-map a.marked").getAttribute("href"), `../papers/${paper}/index.html`);
  assert.match(await page.textContent("[data-map-preview]"), /已标出/);
  // A dot not covered by its neighbours, and where its centre is on the screen.
  const target = await page.evaluate(() => {
    for (const a of document.querySelectorAll("svg.paper-map a:not(.marked)")) {
      a.querySelector("circle").scrollIntoView({ block: "center" });
      const r = a.querySelector("circle").getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (document.elementFromPoint(x, y)?.closest("a") === a) return { href: a.getAttribute("href"), x, y };
    }
    return null;
  });
  assert.ok(target, "some dot can be tapped");
  await page.touchscreen.tap(target.x, target.y);
  await page.waitForTimeout(300);
  assert.ok(page.url().includes("map/index.html"), "the first tap stays on the map");
  assert.match(await page.textContent("[data-map-preview]"), /再点一次打开/);
  const box = await page.locator("svg.paper-map a.marked circle").boundingBox();
  await Promise.all([page.waitForURL((u) => u.href.endsWith(target.href.replace("../", ""))),
    page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)]);
  await context.close();
});
