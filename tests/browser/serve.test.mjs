// End-to-end test of `vanban serve` in a real browser: Debian's headless Chromium,
// driven by playwright-core (no browser download: the machine has no internet).
//
// Builds a database from corpus/ plus tests/data/serve/ (a directive whose subject and
// items carry <script> and an onerror attribute), starts `vanban serve` on a free port,
// then, as a person would: searches `chi thi 16`, opens the directive, goes to a document
// that cites it, checks that the injected markup shows as text and never runs, follows a
// citation link in the annotated text, opens the citation graph and clicks a node, and
// looks at the missing documents and the tasks. Screenshots of every step go to
// target/browser-screenshots/ (kept by CI as artifacts).
//
//   VANBAN_BIN=target/release/vanban node --test tests/browser/
//   CHROMIUM=/usr/bin/chromium (the default)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.resolve(repo, process.env.VANBAN_BIN ?? 'target/release/vanban');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const shots = path.join(repo, 'target', 'browser-screenshots');

let work, server, base, browser;

/** Start `vanban serve` on a free port; resolve with its address once it listens. */
function startServer(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['serve', '--db', db, '--addr', '127.0.0.1:0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`vanban serve did not start: ${err}`)), 20000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/http:\/\/(127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: `http://${m[1]}` });
      }
    });
    child.on('exit', (code) => reject(new Error(`vanban serve exited with ${code}: ${err}`)));
  });
}

before(async () => {
  assert.ok(fs.existsSync(bin), `no vanban binary at ${bin} (cargo build --release)`);
  assert.ok(fs.existsSync(executablePath), `no Chromium at ${executablePath} (apt-get install chromium)`);
  fs.mkdirSync(shots, { recursive: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-browser-'));
  fs.cpSync(path.join(repo, 'corpus'), path.join(work, 'in', 'corpus'), { recursive: true });
  fs.cpSync(path.join(repo, 'tests', 'data', 'serve'), path.join(work, 'in', 'serve'), { recursive: true });
  execFileSync(bin, ['process', path.join(work, 'in'), '--out', path.join(work, 'out'), '--quiet']);
  ({ child: server, base } = await startServer(path.join(work, 'out', 'vanban.sqlite')));
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('search, open a document, follow a citation, open the graph; injected script never runs', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const shot = (name) => page.screenshot({ path: path.join(shots, name), fullPage: true });

  // 1. Search without diacritics.
  await page.goto(`${base}/`);
  await page.fill('input[name=q]', 'chi thi 16');
  await Promise.all([page.waitForURL(/\?q=chi\+thi\+16/), page.press('input[name=q]', 'Enter')]);
  const first = page.locator('table.results a.doc-link').first();
  assert.equal((await first.textContent()).trim(), '16/CT-TTg');
  await shot('01-search.png');

  // 2. Open the directive.
  await Promise.all([page.waitForURL(/\/doc\/quoc-gia\/2020\/16\/CT-TTg$/), first.click()]);
  assert.match(await page.locator('h1').textContent(), /16\/CT-TTg/);
  assert.ok((await page.locator('#text .zone-subject').count()) > 0, 'zones shaded');
  assert.ok((await page.locator('#text mark.task').count()) > 0, 'tasks marked');
  await shot('02-document.png');

  // 3. A document that cites it: the one with injected markup.
  const citing = page.locator('ul.cited-by a', { hasText: '99/CT-UBND' });
  await Promise.all([page.waitForURL(/\/doc\/ben-tre\/2020\/99\/CT-UBND$/), citing.click()]);
  const text = await page.locator('#text').innerText();
  assert.ok(text.includes('<script>window.__xss = 3</script>'), 'the script shows as text');
  assert.ok(text.includes('<img src=x onerror="window.__xss=2">'), 'the tag shows as text');
  assert.ok((await page.locator('h1 + p.key + p.subject').innerText()).includes('<script>'));
  assert.equal(await page.locator('main script, main img').count(), 0, 'no element was injected');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no injected script ran');
  assert.deepEqual(dialogs, [], 'no alert was raised');
  await shot('03-injected-markup-as-text.png');

  // 4. Follow the citation in the annotated text back to Chỉ thị 16.
  const cite = page.locator('#text a.cite').first();
  assert.equal(await cite.getAttribute('href'), '/doc/quoc-gia/2020/16/CT-TTg');
  await Promise.all([page.waitForURL(/\/doc\/quoc-gia\/2020\/16\/CT-TTg$/), cite.click()]);
  assert.match(await page.locator('h1').textContent(), /16\/CT-TTg/);

  // 5. Its citation graph: the citing document below, clickable.
  await Promise.all([page.waitForURL(/\/graph\/quoc-gia\/2020\/16\/CT-TTg$/), page.click('#graph-link')]);
  assert.equal(await page.locator('svg.graph').count(), 1);
  assert.ok((await page.locator('svg.graph a.node').count()) >= 3, 'nodes drawn');
  assert.ok((await page.locator('svg.graph text.edge-label').allTextContents()).includes('implements'));
  await shot('04-graph.png');
  const node = page.locator('svg.graph a.node[data-key="ben-tre/2020/99/CT-UBND"]');
  await Promise.all([page.waitForURL(/\/doc\/ben-tre\/2020\/99\/CT-UBND$/), node.click()]);

  // 6. A deeper chain, from the Ban Bí thư down to a chi bộ.
  await page.goto(`${base}/graph/trung-uong/2020/44-CT/TW`);
  assert.ok((await page.locator('svg.graph a.node').count()) >= 6);
  await shot('05-graph-chain.png');

  // 7. Missing documents, and one entry.
  await page.goto(`${base}/missing`);
  const entry = page.locator('table.missing tbody tr').first().locator('a').first();
  await Promise.all([page.waitForURL(/\/missing\?key=/), entry.click()]);
  assert.ok((await page.locator('ul.cited-by li').count()) >= 1, 'who cites it');
  await shot('06-missing.png');

  // 8. Tasks by assignee, without diacritics.
  await page.goto(`${base}/tasks`);
  await page.fill('input[name=assignee]', 'so y te');
  await Promise.all([page.waitForURL(/assignee=so\+y\+te/), page.click('form button[type=submit]')]);
  assert.ok((await page.locator('table.tasks tbody tr').count()) >= 1);
  assert.match(await page.locator('#csv').getAttribute('href'), /^\/tasks\.csv\?assignee=/);
  await shot('07-tasks.png');

  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, [], 'no script error on any page');
  await page.close();
});
