// The labelled corpus keeps its precision, recall and false-positive rate (per language and CWE)
// at or above the figures recorded in test/corpus/quality-baseline.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEngine, REPO_ROOT } from '../helpers/engine';
import { formatQuality, measureQuality, regressions, type Baseline } from '../helpers/quality';

describe('detection quality on the labelled corpus', () => {
  it('does not fall below the recorded baseline', async function () {
    this.timeout(60000);
    const corpus = join(REPO_ROOT, 'test', 'corpus');
    const report = await measureQuality(makeEngine(), corpus);
    const baseline = JSON.parse(readFileSync(join(corpus, 'quality-baseline.json'), 'utf8')) as Baseline;
    assert.ok(report.files >= 5, `only ${report.files} corpus files`);
    assert.ok(Object.keys(baseline.languages).length >= 5, 'baseline records fewer than 5 languages');
    assert.deepEqual(regressions(report, baseline), [], formatQuality(report));
  });
});
