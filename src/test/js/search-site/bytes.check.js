// The bytes a search costs on a built site (SEARCH_SITE; SearchBytesTest builds 1,000 generated notes):
// the first query's files (reader + shards + shown documents, gzip) and each further keystroke's.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { engineFor } = require('../search/reader.js');

const READER = zlib.gzipSync(fs.readFileSync(path.join(__dirname, '../../../main/resources/assets/js/search.js'))).length;
const FIRST = Number(process.env.SEARCH_FIRST_BUDGET || 40960);
const KEY = Number(process.env.SEARCH_KEY_BUDGET || 10240);
const QUERIES = (process.env.SEARCH_QUERIES || 'vector assembler|mlflow experiment|precision recall|cluster notebook job').split('|');

test('a query typed key by key fetches within the budgets', async () => {
  for (const q of QUERIES) {
    const { engine, fetched } = engineFor(process.env.SEARCH_SITE);
    let first = -1, last = 0, worst = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 1; i <= q.length; i++) {
      await engine.search(q.slice(0, i));
      const now = fetched.reduce((a, f) => a + f.gzip, 0);
      if (first < 0 && now > 0) first = now + READER;
      else if (first >= 0) worst = Math.max(worst, now - last);
      last = now;
    }
    const { engine: cold, fetched: coldFetched } = engineFor(process.env.SEARCH_SITE);
    await cold.search(q);
    const whole = coldFetched.reduce((a, f) => a + f.gzip, 0) + READER;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`search bytes: "${q}" first keystroke ${first} B, worst further keystroke ${worst} B, whole query at once ${whole} B (reader ${READER} B), ${ms.toFixed(0)} ms typed`);
    assert.ok(whole <= FIRST, `"${q}": ${whole} B > ${FIRST} B`);
    assert.ok(worst <= KEY, `"${q}": a keystroke fetched ${worst} B`);
  }
});
