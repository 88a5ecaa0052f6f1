// The tag index's filter box in headless Chromium on the real built site, served under a sub-path: typing
// filters as you type (name and other spellings), opens the single-paper tags when they hold a match, keeps the
// text in the address so a reload shows the same list, and without JavaScript the box is hidden and every tag
// is listed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { requireSite, serveSite, launchChromium, watchForeignRequests } from "./harness.mjs";

let server, browser;
before(async () => {
  requireSite();
  server = await serveSite();
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await server?.close(); });

const visible = (page, scope) => page.locator(`${scope} li[data-tag]:not([hidden])`).count();

test("filters as you type, opens single-paper tags on a match, keeps the query in the URL", async () => {
  const page = await browser.newPage();
  const foreign = watchForeignRequests(page);
  await page.goto(server.url + "tags/index.html");
  const box = page.getByLabel("筛选标签");
  assert.equal(await box.isVisible(), true, "the filter box is shown when scripts run");
  const all = await page.locator("li[data-tag]").count();
  assert.equal(await visible(page, "main"), all, "nothing is hidden before typing");
  assert.equal(await page.locator("details.tag-singletons").evaluate((d) => d.open), false);

  await box.pressSequentially("kv cach");
  const shown = await visible(page, "main");
  assert.ok(shown > 0 && shown < 20, `a few tags match "kv cach", got ${shown}`);
  const labels = await page.locator("main li[data-tag]:not([hidden]) a").allTextContents();
  assert.ok(labels.some((l) => /^KV cache \d+$/.test(l.trim())), labels.join(" / "));
  assert.ok(labels.every((l) => /kv/i.test(l) || /key.value/i.test(l)), labels.join(" / "));
  assert.equal(await page.locator("details.tag-singletons").evaluate((d) => d.open), true,
    "single-paper tags that match are shown");
  assert.match(page.url(), /[?&]q=kv\+cach|[?&]q=kv%20cach/);
  assert.match(await page.locator("#tag-filter-status").textContent(), new RegExp(`匹配 ${shown} 个标签`));

  // Another spelling finds the tag under its display name: "llms" is one of Large Language Models' spellings.
  await box.fill("llms");
  const llm = await page.locator("main li[data-tag]:not([hidden]) a").allTextContents();
  assert.ok(llm.some((l) => l.startsWith("Large Language Models")), llm.join(" / "));

  await page.reload();
  assert.equal(await page.getByLabel("筛选标签").inputValue(), "llms", "the query survives a reload");
  assert.ok(await visible(page, "main") < all);

  await page.getByLabel("筛选标签").fill("");
  assert.equal(await visible(page, "main"), all, "clearing shows every tag again");
  assert.equal(await page.locator("details.tag-singletons").evaluate((d) => d.open), false,
    "clearing closes the single-paper tags again");
  assert.doesNotMatch(page.url(), /[?&]q=/);

  await page.getByLabel("筛选标签").fill("zzzzqx");
  assert.equal(await visible(page, "main"), 0);
  assert.equal(await page.locator("[data-tag-empty]").isVisible(), true, "says when nothing matches");
  assert.deepEqual(foreign, []);
  await page.close();
});

test("without JavaScript the box is hidden and the full list is there", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + "tags/index.html?q=kv");
  assert.equal(await page.locator("form[data-tag-filter]").isVisible(), false);
  const all = await page.locator("li[data-tag]").count();
  assert.ok(all > 1000, `every tag is listed, got ${all}`);
  assert.equal(await page.locator("#common-tags ~ ul li[data-tag]").first().isVisible(), true);
  await context.close();
});
