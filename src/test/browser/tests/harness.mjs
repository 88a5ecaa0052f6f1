// Shared helpers for the browser tests: the built site, a static server under a sub-path, Chromium.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, dirname, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
export const siteDir = resolve(process.env.SITE_DIR ?? join(repo, "site-out"));
export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
/** GitHub Pages serves a project site under /<repo>/: serve it the same way so sub-path bugs show. */
export const basePath = "/site-gen/";

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml",
  ".woff2": "font/woff2", ".txt": "text/plain", ".csv": "text/csv",
};

export function requireSite() {
  if (!existsSync(join(siteDir, "index.html"))) {
    throw new Error(`no built site in ${siteDir}: run 'java -jar target/site-gen.jar build' first`);
  }
}

/** Starts a static server on a free loopback port; resolves to { url, close }. */
export async function serveSite() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(basePath)) { res.writeHead(404).end(); return; }
    let file = join(siteDir, path.slice(basePath.length));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": types[".html"] }).end(await readFile(join(siteDir, "404.html")).catch(() => ""));
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${basePath}`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Records every request a page makes to a host other than the loopback server or file://. */
export function watchForeignRequests(page) {
  const foreign = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (!(u.protocol === "file:" || u.protocol === "data:" || u.hostname === "127.0.0.1")) foreign.push(r.url());
  });
  return foreign;
}
