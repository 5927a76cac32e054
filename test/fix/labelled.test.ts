// The gate's error rates on the labelled candidate fixes must not regress: no wrong fix that it
// rejected when the figures were recorded may be accepted now, and no right fix it accepted may
// be rejected. Improvements are allowed (re-record with `node scripts/fix-gate-report.mjs --write`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/engine';
import { evaluateLabelled, figures, type Figures } from './labelled/evaluate';

describe('AI-fix gate on the labelled candidate set', function () {
  this.timeout(60000);

  it('accepts no more wrong fixes and rejects no more right fixes than recorded', async () => {
    const recorded = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fix', 'labelled', 'recorded.json'), 'utf8')) as Figures;
    const now = figures(await evaluateLabelled(REPO_ROOT));
    assert.equal(now.right, recorded.right, 'the number of right candidates changed: re-record the figures');
    assert.equal(now.wrong, recorded.wrong, 'the number of wrong candidates changed: re-record the figures');
    assert.deepEqual(now.wrongAccepted.filter((id) => !recorded.wrongAccepted.includes(id)), [], 'wrong fixes newly accepted');
    assert.deepEqual(now.rightRejected.filter((id) => !recorded.rightRejected.includes(id)), [], 'right fixes newly rejected');
    // The set must keep exercising both directions, or the figures mean nothing.
    assert.ok(now.wrong >= 30 && now.right >= 10);
  });
});
