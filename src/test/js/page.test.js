'use strict';
// Drives the search page in headless Chromium over the DevTools protocol, from file://.
// Needs SEARCH_INDEX_DIR (a site dir as bench/search-size.sh writes it: search/index.html, assets/),
// chromium on PATH, and node's WebSocket (node 22+, or node 20 with --experimental-websocket).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');

function why() {
  const dir = process.env.SEARCH_INDEX_DIR;
  if (!dir) return 'SEARCH_INDEX_DIR is not set: run bench/search-size.sh and set SEARCH_INDEX_DIR=target/search-site';
  if (!fs.existsSync(path.join(dir, 'search/index.html'))) return `${dir}/search/index.html is missing: run bench/search-size.sh`;
  if (typeof WebSocket === 'undefined') return 'no WebSocket in this node: run with node --experimental-websocket';
  try {
    execFileSync('chromium', ['--version'], { stdio: 'ignore' });
  } catch (e) {
    return 'chromium is not installed';
  }
  return false;
}
const skip = why();

async function browser(url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-chromium-'));
  const proc = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0',
    '--user-data-dir=' + profile, url], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const port = await new Promise((resolve, reject) => {
    let err = '';
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) resolve(m[1]);
    });
    proc.on('exit', () => reject(new Error('chromium exited: ' + err)));
  });
  const pages = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const ws = new WebSocket(pages.find((p) => p.type === 'page').webSocketDebuggerUrl);
  await new Promise((resolve) => ws.addEventListener('open', resolve));
  let id = 0;
  const pending = new Map();
  const navigations = [];
  ws.addEventListener('message', (m) => {
    const msg = JSON.parse(m.data);
    if (pending.has(msg.id)) pending.get(msg.id)(msg);
    if (msg.method === 'Page.frameNavigated') navigations.push(msg.params.frame.unreachableUrl || msg.params.frame.url);
  });
  const send = (method, params = {}) => new Promise((resolve) => {
    pending.set(++id, resolve);
    ws.send(JSON.stringify({ id, method, params }));
  });
  // A page that navigates away while an expression runs answers with an error instead of a result: that
  // reads as undefined, so until() polls again on the next page rather than the test failing on a race.
  const evaluate = async (expression) => {
    const answer = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    return answer.result && answer.result.result ? answer.result.result.value : undefined;
  };
  const until = async (expression, what) => {
    for (let i = 0; i < 100; i++) {
      const v = await evaluate(expression);
      if (v) return v;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('timed out waiting for ' + what);
  };
  const key = (k, vk, text) => send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', key: k, windowsVirtualKeyCode: vk, text })
    .then(() => send('Input.dispatchKeyEvent', { type: 'keyUp', key: k, windowsVirtualKeyCode: vk }));
  const close = async () => {
    ws.close();
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    // Chromium's helper processes may still write to the profile after the main one exits: stop its
    // whole process group, and do not fail a search test because a temporary directory outlived it.
    try { process.kill(-proc.pid, 'SIGKILL'); } catch (e) { proc.kill('SIGKILL'); }
    await exited;
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      console.error('could not remove ' + profile + ': ' + e.message);
    }
  };
  await send('Page.enable');
  const navigated = async (url) => {
    for (let i = 0; i < 100 && !navigations.includes(url); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(navigations.includes(url), 'navigated to ' + url);
  };
  return { send, evaluate, until, key, close, navigated };
}

test('searches as you type, highlights, keeps state in the URL and moves with the keyboard', { skip }, async () => {
  const page = path.resolve(process.env.SEARCH_INDEX_DIR, 'search/index.html');
  const b = await browser('file://' + page);
  try {
    await b.until('document.querySelector(".search-status") !== null', 'the empty state');
    await b.key('/', 191, '/');
    assert.ok(await b.evaluate('document.activeElement === document.querySelector("[data-search-input]")'), '/ focuses the box');
    await b.send('Input.insertText', { text: 'guardsp' });
    await b.until('document.querySelector(".search-hit mark") !== null', 'results for guardsp');
    assert.match(await b.evaluate('document.querySelector(".search-hit-title").textContent'), /GuardSpace/);
    assert.match(await b.evaluate('location.search'), /q=guardsp/);

    await b.evaluate('document.querySelector("[data-search-input]").focus()');
    await b.key('ArrowDown', 40);
    assert.ok(await b.evaluate('document.querySelector(".search-hit.is-active") !== null'), 'arrow down marks a result');
    const target = await b.evaluate('document.querySelector(".search-hit.is-active a").href');
    await b.key('Enter', 13, '\r');
    await b.navigated(target); // the paper page is not in this index-only site: an error page, but the right URL
    await b.evaluate('setTimeout(() => history.back(), 0)'); // after this call returns, not during it
    await b.until('location.pathname.endsWith("/search/index.html") && document.querySelector("[data-search-input]") && document.querySelector("[data-search-input]").value === "guardsp"', 'back to the query');

    await b.evaluate('var i = document.querySelector("[data-search-input]"); i.value = "<img src=x onerror=alert(1)> 强化学习"; i.dispatchEvent(new Event("input"))');
    await b.until('document.querySelectorAll(".search-hit").length > 0', 'results for 强化学习');
    assert.strictEqual(await b.evaluate('document.querySelectorAll("#search-results img").length'), 0);
    // No paper holds every term of that query, so the filter is tried on one that many papers match in full.
    await b.evaluate('var i = document.querySelector("[data-search-input]"); i.value = "强化学习"; i.dispatchEvent(new Event("input"))');
    await b.until('/^\\d+/.test(document.querySelector(".search-status").textContent)', 'a count for 强化学习');
    const before = await b.evaluate('document.querySelector(".search-status").textContent');
    await b.evaluate('document.querySelector(".search-facet .search-filter").click()');
    await b.until('location.search.indexOf("topic=") >= 0', 'the topic filter in the URL');
    await b.until(`document.querySelector(".search-status").textContent !== ${JSON.stringify(before)}`, 'filtered results');
    await b.evaluate('setTimeout(() => history.back(), 0)'); // after this call returns, not during it
    await b.until('location.search.indexOf("topic=") < 0', 'back removes the filter');
  } finally {
    await b.close();
  }
});
