// Judged queries for the default site: each expected section must be in the top 3 (run by SearchSiteTest,
// which builds content/ and passes the site folder in SEARCH_SITE). Prints the mean reciprocal rank.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { engineFor } = require('../search/reader.js');

const JUDGED = [
  ['champion aliases', 'domains/deployment.html#aliases-and-stages'],
  ['VectorAssembler handleInvalid', 'domains/feature-engineering.html#vectorassembler'],
  ['spark_udf', 'domains/deployment.html#batch-inference-with-spark_udf'],
  ['mlflow.pyfunc.spark_udf', 'domains/deployment.html#batch-inference-with-spark_udf'],
  ['vector assembler', 'domains/feature-engineering.html#vectorassembler'],
  ['time travel', 'experimentation/delta-lake.html#time-travel'],
  ['"time travel"', 'experimentation/delta-lake.html#time-travel'],
  ['vacum', 'experimentation/delta-lake.html#vacuum'],
  ['optimize z-ordering', 'experimentation/delta-lake.html#optimize-and-z-ordering'],
  ['nested runs', 'experimentation/mlflow-tracking.html#nested-runs'],
  ['autologging', 'experimentation/mlflow-tracking.html#autologging'],
  ['stringindexer', 'domains/feature-engineering.html#stringindexer-and-onehotencoder'],
  ['one hot encoder', 'domains/feature-engineering.html#stringindexer-and-onehotencoder'],
  ['imputer', 'domains/feature-engineering.html#imputer'],
  ['feature scaling', 'domains/feature-engineering.html#feature-scaling'],
  ['data leakage', 'domains/feature-engineering.html#data-leakage'],
  ['pandas udf', 'domains/feature-engineering.html#pandas-udfs'],
  ['mapInPandas', 'domains/deployment.html#mapinpandas'],
  ['unity catalog model names', 'domains/deployment.html#unity-catalog-model-names'],
  ['loading models by uri', 'domains/deployment.html#loading-models-by-uri'],
  ['bias variance', 'domains/ml-fundamentals.html#bias-variance-tradeoff'],
  ['overfiting', 'domains/ml-fundamentals.html#overfitting-and-underfitting'],
  ['grid search model count', 'domains/training-evaluation.html#grid-search-model-count'],
  ['hyperopt legacy', 'domains/training-evaluation.html#hyperopt-legacy'],
  ['optuna', 'domains/training-evaluation.html#optuna'],
  ['log transformed targets', 'domains/training-evaluation.html#log-transformed-targets'],
  ['regression metrics', 'domains/training-evaluation.html#regression-metrics'],
  ['imbalanced data', 'domains/training-evaluation.html#imbalanced-data'],
  ['restore table', 'experimentation/delta-lake.html#restoring-a-table'],
  ['schema enforcement', 'experimentation/delta-lake.html#schema-enforcement'],
  ['acid transactions', 'experimentation/delta-lake.html#acid-transactions'],
  ['real-time serving', 'domains/deployment.html#real-time-serving'],
  ['git folders', 'domains/mlops.html#git-folders'],
  ['debugging failed jobs', 'domains/mlops.html#debugging-failed-jobs'],
  ['model monitoring', 'domains/mlops.html#model-monitoring'],
  ['feature lookup inference', 'domains/deployment.html#feature-lookup-at-inference'],
  ['hyperparamter tuning', 'domains/training-evaluation.html#hyperparameter-tuning'],
  ['train test split', 'domains/training-evaluation.html#train-test-split'],
  ['vectorassem', 'domains/feature-engineering.html#vectorassembler'],
];

test('each judged query finds its section in the top 3', async () => {
  const site = process.env.SEARCH_SITE;
  assert.ok(site, 'SEARCH_SITE (the built default site) is set');
  let rr = 0;
  const misses = [];
  for (const [q, expected] of JUDGED) {
    const { engine } = engineFor(site);
    const r = await engine.search(q);
    const rank = r.results.findIndex((x) => x.url === expected) + 1;
    rr += rank ? 1 / rank : 0;
    if (!rank || rank > 3) misses.push(`${q} → ${expected} at ${rank || 'none'}: ${r.results.slice(0, 3).map((x) => x.url)}`);
  }
  console.log(`search relevance: ${JUDGED.length} queries, MRR ${(rr / JUDGED.length).toFixed(3)}`);
  assert.deepEqual(misses, []);
});

test('the filter keeps only questions, linked to their anchor', async () => {
  const { engine } = engineFor(process.env.SEARCH_SITE);
  const r = await engine.search('time travel', { filter: 'questions' });
  assert.ok(r.results.length > 0);
  for (const x of r.results) assert.match(x.url, /^quizzes\/[^#]+(#q-.+)?$/);
});
