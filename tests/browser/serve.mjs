// Browser test of precis serve in Debian's headless Chromium, driven through
// the DevTools protocol by puppeteer-core.  Run by tests/e2e/test_serve_browser.py
// (which starts the server and ingests the articles):
//   node serve.mjs BASE_URL OUT_DIR PASTE_FILE
// Prints one line per check; exits 1 when one fails.
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';

const [base, outDir, pasteFile] = process.argv.slice(2);
let failed = 0, passed = 0;
function check(ok, what) {
  if (ok) passed++; else { failed++; console.log('FAIL: ' + what); }
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', async d => { dialogs.push(d.message()); await d.dismiss(); });
  // what the browser fetched that was not found (an icon it looked for)
  const missing = [];
  page.on('response', r => { if (r.status() === 404 && !/\/stories\/999999$/.test(r.url())) missing.push(r.url()); });
  await page.setViewport({ width: 1100, height: 900 });

  // The list of stories.
  await page.goto(base + '/', { waitUntil: 'load' });
  const links = await page.$$eval('ol.stories a', as => as.map(a => ({ href: a.getAttribute('href'), text: a.textContent })));
  check(links.length >= 2, `the list shows the stories (${links.length})`);
  const meta = await page.$$eval('ol.stories .meta', ms => ms.map(m => m.textContent));
  check(meta.every(m => /\d+ articles?/.test(m) && !/\b0 outlets/.test(m) && /updated/.test(m)) &&
        meta.some(m => /\d+ articles? · [1-9]\d* outlets?/.test(m)),
        'each story shows its articles, its outlets when it has any, and its last update: ' +
        meta.join(' | '));

  // Click the largest story (the volcano example) and read its digest.
  const target = links.find(l => /volcano|Keldar|ash/i.test(l.text)) || links[0];
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
                     page.click(`ol.stories a[href="${target.href}"]`)]);
  check(page.url().endsWith(target.href), 'clicking a story opens its page: ' + page.url());
  const h2 = await page.$$eval('h2', hs => hs.map(h => h.textContent));
  for (const s of ['Summary', 'Sources', 'Quotes', 'Timeline'])
    check(h2.includes(s), `story page has its ${s} section (${h2.join(', ')})`);
  const markers = await page.$$eval('a.src', as => as.map(a => a.getAttribute('href')));
  check(markers.length > 0, `summary sentences carry source markers (${markers.length})`);
  const broken = [];
  for (const m of new Set(markers)) {
    const ok = await page.$(m.replace('#', '#')) !== null;
    if (!ok) broken.push(m);
  }
  check(broken.length === 0, 'every source marker links to a listed source: ' + broken.join(' '));
  // The markers' text follows the reader's default font size (rem, not
  // px), and is no smaller than 12px at the browser's default of 16px.
  const markerPx = async () => page.$eval('a.src', a => parseFloat(getComputedStyle(a).fontSize));
  const cdp = await page.target().createCDPSession();
  const small = await markerPx();
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  await page.reload({ waitUntil: 'load' });
  const large = await markerPx();
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
  await page.reload({ waitUntil: 'load' });
  check(small >= 12 && large >= small * 1.4,
        `source markers follow the default font size (${small}px at 16px, ${large}px at 24px)`);
  await page.screenshot({ path: path.join(outDir, 'serve-story.png'), fullPage: true });
  await page.setViewport({ width: 390, height: 844, isMobile: true });
  await page.reload({ waitUntil: 'load' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 2, `no sideways scrolling at phone width (${overflow}px)`);
  await page.screenshot({ path: path.join(outDir, 'serve-story-phone.png') });
  await page.setViewport({ width: 1100, height: 900 });

  // Every story page: payloads in article text, titles, URLs and quotes
  // must show as text and never run.
  for (const l of links) {
    await page.goto(base + l.href, { waitUntil: 'load' });
    await page.hover('body');
    const pwned = await page.evaluate(() => window.__xss);
    check(pwned === undefined, `no script ran on ${l.href} (window.__xss = ${pwned})`);
  }
  const xss = links.find(l => /script|onerror|<img/i.test(l.text));
  check(xss !== undefined, 'the story with payloads in its title is listed, as text');
  if (xss) {
    await page.goto(base + xss.href, { waitUntil: 'load' });
    const body = await page.evaluate(() => document.body.innerText);
    check(body.includes('onerror='), 'the payload shows as text on the story page');
    const jsLinks = await page.$$eval('a[href^="javascript:"]', as => as.length);
    check(jsLinks === 0, `no javascript: link on the page (${jsLinks})`);
    const imgs = await page.$$eval('img', is => is.length);
    check(imgs === 0, `no <img> made from article text (${imgs})`);
  }
  check(dialogs.length === 0, 'no alert() dialog ever opened: ' + dialogs.join(' | '));

  // A story with more quotes, dates and names than its digest shows: each
  // section says how many it left out, with a link that shows them all.
  const many = links.find(l => /Halden/.test(l.text));
  check(many !== undefined, 'the story with many quotes is listed');
  const allPages = [];
  if (many) {
    await page.goto(base + many.href, { waitUntil: 'load' });
    const count = () => page.evaluate(() => ({
      quotes: document.querySelectorAll('blockquote').length,
      dates: document.querySelectorAll('ol.timeline li').length,
      names: document.querySelectorAll('table tr').length - 1,
      hidden: document.body.innerText.includes('not shown'),
    }));
    const before = await count();
    const showAll = await page.$$eval('p.who a', as => as.map(a => a.textContent + ' ' + a.getAttribute('href')));
    check(before.quotes === 25 && before.dates === 25 && before.names === 25 && before.hidden &&
          showAll.length === 3 && showAll.every(t => t === 'show all ?digest=all'),
          `a bounded story page: 25 of each and a "show all" link under each: ${JSON.stringify(before)} ${showAll}`);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('p.who a')]);
    const after = await count();
    check(page.url().endsWith(many.href + '?digest=all') && after.quotes > 25 && after.dates > 25 &&
          after.names > 25 && !after.hidden,
          `"show all" shows every quote, date and name: ${page.url()} ${JSON.stringify(after)}`);
    allPages.push(many.href + '?digest=all');
  }

  // Paste a cluster and read its summary.
  await page.goto(base + '/new', { waitUntil: 'load' });
  const pasted = fs.readFileSync(pasteFile, 'utf8');
  await page.$eval('#text', (t, v) => { t.value = v; }, pasted);
  await page.$eval('#words', w => { w.value = '60'; });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
  const h2b = await page.$$eval('h2', hs => hs.map(h => h.textContent));
  check(h2b.includes('Summary'), 'pasting a cluster gives its summary: ' + h2b.join(', '));
  const sents = await page.$$eval('h2 + p, h2 ~ p', ps => ps.map(p => p.textContent));
  check(sents.length > 0 && sents[0].length > 20, `the summary has sentences (${sents.length})`);
  await page.screenshot({ path: path.join(outDir, 'serve-paste.png'), fullPage: true });

  // Every text on every page stands out from its background by the 4.5:1
  // contrast ratio of WCAG 2 AA (an unnamed speaker's grey was 2.8:1).
  await page.setViewport({ width: 1100, height: 900 });
  for (const u of ['/', '/new', '/stories/999999', ...links.map(l => l.href), ...allPages]) {
    await page.goto(base + u, { waitUntil: 'load' });
    const low = await page.evaluate(() => {
      const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => {
        const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const bg = e => {
        for (; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out = [];
      for (const e of document.querySelectorAll('body *')) {
        if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
        const a = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));
        const r = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (r < 4.5) out.push(`${e.tagName}.${e.className} ${r.toFixed(2)} "${e.textContent.slice(0, 30)}"`);
      }
      return out;
    });
    check(low.length === 0, `every text on ${u} has a contrast of 4.5:1 or more: ${low.slice(0, 3).join(' | ')}`);
  }

  // A word longer than a phone's width (a URL, a chemical name, a run of
  // letters) wraps instead of pushing the page sideways: on the list, on a
  // story's page and on a pasted digest.
  await page.setViewport({ width: 390, height: 844, isMobile: true });
  for (const u of ['/', '/new', ...links.map(l => l.href), ...allPages]) {
    await page.goto(base + u, { waitUntil: 'load' });
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(over <= 2, `no sideways scrolling at phone width on ${u} (${over}px)`);
  }
  await page.goto(base + '/new', { waitUntil: 'load' });
  const select = await page.$eval('#method', e => [e.getBoundingClientRect().right, window.innerWidth,
                                                   e.options.length]);
  check(select[2] > 1 && select[0] <= select[1],
        `the method's list offers the methods and fits a phone's width (${select})`);
  const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(8);
  await page.$eval('#text', (t, v) => { t.value = v; },
    longWord + '\n\nThe report named ' + longWord + ' as the cause, the council said on Monday.\n\n' +
    'The council met on Monday to discuss the harbour bridge and the mayor said repairs would take a year.');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
  const overPaste = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overPaste <= 2, `a long word wraps on a pasted digest at phone width (${overPaste}px)`);
  check(missing.length === 0, 'nothing the pages asked for was missing (an icon): ' + missing.join(' '));
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
