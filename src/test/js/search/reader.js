// Loads the real reader (src/main/resources/assets/js/search.js) into Node, and an engine over a built site's
// search/ folder that records the bytes (gzip) of every file it loads.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const zlib = require('node:zlib');

globalThis.window = globalThis;
require('../../../main/resources/assets/js/search.js');
const api = window.studysite.search;

function engineFor(siteDir) {
  const fetched = [];
  const engine = api.createEngine(async (k) => {
    const file = path.join(siteDir, 'search', k + '.js');
    const src = fs.readFileSync(file); // a missing shard throws: the engine treats it as empty
    fetched.push({ k, gzip: zlib.gzipSync(src).length });
    vm.runInThisContext(src.toString('utf8'));
  });
  return { engine, fetched };
}

module.exports = { api, engineFor };
