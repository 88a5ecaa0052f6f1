// Issue 18, the paper map: ?topic=<slug> highlights a topic (linked from its topic page); on a phone the
// map scrolls inside its frame, never the page, with names and dots big enough to read and tap; axe finds
// nothing serious with a topic highlighted, light or dark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { siteDir, requireSite, serveSite, launchChromium } from "./harness.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let server, browser;
before(async () => {
  requireSite();
  server = await serveSite();
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.close(); });

const topic = () => readdirSync(join(siteDir, "topics")).sort().find((n) => existsSync(join(siteDir, "topics", n, "index.html")));

test("map/?topic= keeps that topic's dots and dims the others; the topic page links there", async () => {
  const slug = topic();
  const html = readFileSync(join(siteDir, "topics", slug, "index.html"), "utf8");
  assert.ok(html.includes(`href="../../map/index.html?topic=${slug}"`), "the topic page links to the map");
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(server.url + `topics/${slug}/index.html`);
  await Promise.all([page.waitForURL(/map\/index\.html\?topic=/), page.click(`a[href$="?topic=${slug}"]`)]);
  const state = await page.evaluate((s) => {
    const groups = [...document.querySelectorAll("svg.paper-map g[data-topic]")];
    return {
      focused: groups.filter((g) => g.classList.contains("focused")).map((g) => g.dataset.topic),
      opacities: Object.fromEntries(groups.map((g) => [g.dataset.topic, parseFloat(getComputedStyle(g).opacity)])),
      legend: document.querySelector(`.legend li[data-topic="${s}"]`).classList.contains("focused"),
      note: document.querySelector("[data-map-preview]").textContent,
    };
  }, slug);
  assert.deepEqual(state.focused, [slug]);
  for (const [t, opacity] of Object.entries(state.opacities)) {
    if (t === slug) assert.equal(opacity, 1);
    else assert.ok(opacity < 0.5, `${t} is dimmed (${opacity})`);
  }
  assert.ok(state.legend, "the legend marks the topic");
  assert.match(state.note, /突出显示/);
  // the note leads back to every topic
  await Promise.all([page.waitForURL((u) => !u.search), page.click("[data-map-preview] a")]);
  assert.equal(await page.locator("svg.paper-map.focusing").count(), 0);
  await page.close();
});

test("an unknown or malformed ?topic= changes nothing", async () => {
  const page = await browser.newPage();
  for (const q of ["no-such-topic", "a\"]b"]) {
    await page.goto(server.url + `map/index.html?topic=${encodeURIComponent(q)}`);
    assert.equal(await page.locator("svg.paper-map.focusing").count(), 0, q);
    assert.equal(await page.locator("[data-map-preview]").isVisible(), false, q);
  }
  await page.close();
});

test("at 390 px the map scrolls inside its frame, with readable names and tappable dots", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(server.url + "map/index.html");
  const m = await page.evaluate(() => {
    const frame = document.querySelector(".map-frame");
    const labels = [...document.querySelectorAll("svg.paper-map .map-label tspan:not(.minor)")];
    const dots = [...document.querySelectorAll("svg.paper-map g[data-topic] circle")];
    return {
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      frameScrolls: frame.scrollWidth > frame.clientWidth,
      startsScrolled: frame.scrollLeft > 0,
      labels: labels.length,
      smallestLabelPx: Math.min(...labels.map((t) => t.getBoundingClientRect().height)),
      smallestDotPx: Math.min(...dots.map((c) => c.getBoundingClientRect().width)),
    };
  });
  assert.ok(m.pageOverflow <= 1, `the page scrolls sideways by ${m.pageOverflow}px`);
  assert.ok(m.frameScrolls, "the map keeps its width and scrolls in its frame");
  assert.ok(m.startsScrolled, "the frame starts at the middle of the map");
  assert.ok(m.labels >= 4, `${m.labels} region names`);
  assert.ok(m.smallestLabelPx >= 12, `names ${m.smallestLabelPx}px tall`);
  assert.ok(m.smallestDotPx >= 14, `dots ${m.smallestDotPx}px wide`);
  // with a topic highlighted, the frame starts where that topic's dots are
  for (const slug of readdirSync(join(siteDir, "topics")).filter((n) => existsSync(join(siteDir, "topics", n, "index.html")))) {
    await page.goto(server.url + `map/index.html?topic=${slug}`);
    const seen = await page.evaluate(() => {
      const frame = document.querySelector(".map-frame").getBoundingClientRect();
      const g = document.querySelector("svg.paper-map g.focused").getBoundingClientRect();
      const centre = g.left + g.width / 2;
      return centre >= frame.left && centre <= frame.right;
    });
    assert.ok(seen, `${slug}: its dots start in view`);
  }
  await context.close();
});

test("the map with a topic highlighted has no serious axe violations, light or dark", async () => {
  for (const scheme of ["light", "dark"]) {
    for (const width of [390, 1366]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(server.url + `map/index.html?topic=${topic()}`, { waitUntil: "networkidle" });
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      assert.deepEqual(bad, [], `${width}/${scheme}`);
      await page.close();
    }
  }
});
