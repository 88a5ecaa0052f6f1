// Screenshots of the search page (not a test): node i17-shots.mjs <outdir>
import { serveSite, launchChromium } from "./tests/harness.mjs";
const out = process.argv[2];
const server = await serveSite();
const browser = await launchChromium();
const queries = [["rl", "强化学习 推理"], ["sd", "speculative decoding"], ["none", "xyzzy spekulatve"], ["partial", "qwertyuiop tokenizaton"]];
for (const [w, h] of [[390, 844], [1366, 900]]) {
  for (const scheme of ["light", "dark"]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    for (const [name, q] of queries) {
      await page.goto(server.url + "search/index.html?q=" + encodeURIComponent(q), { waitUntil: "networkidle" });
      await page.waitForSelector(".search-status", { timeout: 10000 });
      await page.waitForTimeout(300);
      if (name === "rl") { await page.focus("[data-search-input]"); await page.keyboard.press("ArrowDown"); await page.keyboard.press("ArrowDown"); }
      await page.screenshot({ path: `${out}/${name}-${w}-${scheme}.png` });
    }
    await ctx.close();
  }
}
await browser.close();
await server.close();
