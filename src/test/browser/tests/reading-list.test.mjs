// The reading list and keyboard reading in headless Chromium on the built site, served under a sub-path:
// star two papers (button and "s"), see them on reading-list/, export Markdown and JSON, unstar one;
// j/k move within the topic; "?" opens and Esc closes the shortcuts dialog.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { siteDir, requireSite, serveSite, launchChromium } from "./harness.mjs";
import { join } from "node:path";

let server, browser;
before(async () => {
  requireSite();
  server = await serveSite();
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.close(); });

/** The first topic page and the first two papers listed on it, as written by the build. */
function firstTopic() {
  const home = readFileSync(join(siteDir, "index.html"), "utf8");
  const topic = home.match(/href="(topics\/[^"]+\/index\.html)"/)[1];
  const html = readFileSync(join(siteDir, topic), "utf8");
  const stars = [...html.matchAll(/data-star="([^"]+)" data-title="([^"]*)" data-topic="[^"]*" data-path="([^"]+)"/g)]
    .map((m) => ({ id: m[1], path: m[3] }));
  return { topic, papers: stars.slice(0, 2) };
}

async function textOf(download) {
  return readFileSync(await download.path(), "utf8");
}

test("stars two papers, lists and exports them, unstars one", async () => {
  const { topic, papers: [first, second] } = firstTopic();
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(server.url + topic);
  const firstStar = page.locator(`button.star[data-star="${first.id}"]`);
  assert.equal(await firstStar.isVisible(), true, "stars are shown when scripts run");
  assert.equal(await firstStar.getAttribute("aria-pressed"), "false");
  await firstStar.click();
  assert.equal(await firstStar.getAttribute("aria-pressed"), "true");

  await page.goto(server.url + second.path);
  const mainStar = page.locator(".star-big");
  assert.equal(await mainStar.getAttribute("aria-pressed"), "false");
  await page.keyboard.press("s");
  assert.equal(await mainStar.getAttribute("aria-pressed"), "true");

  await page.goto(server.url + "reading-list/index.html");
  const links = page.locator("[data-reading-list-items] a");
  assert.equal(await links.count(), 2);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.href));
  assert.deepEqual(hrefs, [server.url + first.path, server.url + second.path]);

  const [md] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=markdown]")]);
  const markdown = await textOf(md);
  assert.match(markdown, /^# /);
  for (const p of [first, second]) assert.ok(markdown.includes(`](${server.url}${p.path})`), markdown);
  // Issue 18: each entry carries its topic and, on an indented line of the same item, its one-line summary.
  const items = markdown.split("\n- ").slice(1);
  assert.equal(items.length, 2, markdown);
  for (const item of items) assert.match(item, /）\n  \S/, markdown);
  assert.equal(await page.locator("[data-reading-list-items] .card-summary").count(), 2);
  assert.equal(await page.locator("[data-reading-list-items] .card-topic").count(), 2);

  const [js] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=json]")]);
  const exported = JSON.parse(await textOf(js));
  assert.deepEqual(exported.papers.map((p) => p.id), [first.id, second.id]);
  assert.ok(exported.papers.every((p) => p.summary && p.topic), JSON.stringify(exported));
  assert.equal(exported.papers[1].url, server.url + second.path);

  await page.locator(`[data-reading-list-items] button[data-star="${first.id}"]`).click();
  assert.equal(await links.count(), 1);
  await page.reload();
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.href)), [server.url + second.path]);

  // Clearing is undoable: the notice's button brings the list back.
  await page.click("[data-clear]");
  assert.equal(await links.count(), 0);
  await page.click("[data-undo] button");
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.href)), [server.url + second.path]);
  await context.close();
});

test("j and k go to the next and previous paper of the topic, not while typing", async () => {
  const { papers: [first, second] } = firstTopic();
  const page = await browser.newPage();
  await page.goto(server.url + first.path);
  await Promise.all([page.waitForURL(server.url + second.path), page.keyboard.press("j")]);
  await Promise.all([page.waitForURL(server.url + first.path), page.keyboard.press("k")]);
  // Issue 18: the arrow keys scroll and never change the paper.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await page.waitForTimeout(300);
  assert.equal(page.url(), server.url + first.path);
  await page.focus("#header-q");
  await page.keyboard.press("j");
  await page.waitForTimeout(200);
  assert.equal(page.url(), server.url + first.path);
  assert.equal(await page.inputValue("#header-q"), "j");
  await page.close();
});

test("? opens the shortcuts dialog with focus inside, Esc closes it", async () => {
  const page = await browser.newPage();
  await page.goto(server.url + "index.html");
  await page.keyboard.press("?");
  const dialog = page.locator("#shortcuts");
  assert.equal(await dialog.evaluate((d) => d.open), true);
  assert.equal(await page.evaluate(() => document.getElementById("shortcuts").contains(document.activeElement)), true);
  assert.ok((await dialog.innerText()).includes("j"));
  await page.keyboard.press("Escape");
  assert.equal(await dialog.evaluate((d) => d.open), false);
  await page.keyboard.press("?");
  await page.keyboard.press("?");
  assert.equal(await dialog.evaluate((d) => d.open), false);
  await page.close();
});

test("without scripts the stars stay hidden and the reading list explains why", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { topic } = firstTopic();
  await page.goto(server.url + topic);
  assert.equal(await page.locator("button.star").first().isVisible(), false);
  await page.goto(server.url + "reading-list/index.html");
  assert.ok((await page.locator("noscript").innerText()).length > 0 || (await page.content()).includes("<noscript>"));
  assert.equal(await page.locator("[data-reading-list]").isVisible(), false);
  await context.close();
});
