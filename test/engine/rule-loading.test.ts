// Broken rule files are rejected with their file and position; the other rules keep working.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRule } from '../../src/engine';
import { makeEngine } from '../helpers/engine';

const GOOD = `id: good-rule
title: Good rule
languages: [javascript]
severity: warning
confidence: high
message: "call to {{fn}}"
cwe: CWE-676
owasp: A06:2021-Vulnerable and Outdated Components
explanation: A rule that is correct in every field, used to check the loader accepts it.
references: [https://cwe.mitre.org/data/definitions/676.html]
query: |
  (call_expression function: (identifier) @fn (#eq? @fn "dangerous")) @finding
`;

describe('rule loading', () => {
  it('accepts a well-formed rule and records the line its query starts on', () => {
    const { rule, errors } = parseRule(GOOD, '/p/good-rule.yaml', 'test');
    assert.deepEqual(errors, []);
    assert.equal(rule?.id, 'good-rule');
    assert.equal(rule?.queryLine, 12);
  });

  it('names the field and line of each metadata problem', () => {
    const text = GOOD.replace('severity: warning', 'severity: fatal').replace('cwe: CWE-676', 'cwe: "676"');
    const { rule, errors } = parseRule(text, '/p/good-rule.yaml', 'test');
    assert.equal(rule, undefined);
    const messages = errors.map((e) => `${e.line}: ${e.message}`);
    assert.ok(messages.some((m) => m.startsWith('4:') && m.includes("'severity' must be one of")), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('7:') && m.includes('cwe must look like CWE-89')), messages.join('\n'));
  });

  it('rejects invalid YAML with its position', () => {
    const { errors } = parseRule('id: x\nlanguages: [javascript\n', '/p/x.yaml', 'test');
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /invalid YAML/);
    assert.ok(errors[0].line && errors[0].line >= 2);
  });

  it('requires the id to match the file name and a @finding capture', () => {
    const { errors } = parseRule(GOOD.replace('@finding', '@found'), '/p/other-name.yaml', 'test');
    const messages = errors.map((e) => e.message).join('\n');
    assert.match(messages, /must match its file name 'other-name'/);
    assert.match(messages, /@finding/);
  });

  it('reports a bad query at tree-sitter\'s position in the rule file, and keeps the good rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    mkdirSync(join(dir, 'pack'));
    writeFileSync(join(dir, 'pack', 'good-rule.yaml'), GOOD);
    writeFileSync(join(dir, 'pack', 'bad-rule.yaml'), GOOD.replace('good-rule', 'bad-rule').replace('(call_expression function: (identifier)', '(call_expression function: (identifer)'));
    const engine = makeEngine({ builtinRuleDirs: [join(dir, 'pack')] });
    const findings = await engine.scanText('a.js', 'javascript', 'dangerous(1);\n');
    assert.deepEqual(findings.map((f) => f.ruleId), ['good-rule']);
    const errors = engine.ruleErrors;
    assert.equal(errors.length, 1);
    assert.equal(errors[0].ruleId, 'bad-rule');
    assert.match(errors[0].file, /bad-rule\.yaml$/);
    assert.equal(errors[0].line, 12);
    assert.equal(errors[0].column, 31, errors[0].message); // 2 spaces of block indent + 29
    assert.match(errors[0].message, /Bad node name 'identifer'/);
  });

  it('reports a #match? expression that is no regular expression at its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    writeFileSync(join(dir, 'bad-regex.yaml'), GOOD.replace('good-rule', 'bad-regex').replace('(#eq? @fn "dangerous")', '(#match? @fn "^(dangerous))")'));
    const engine = makeEngine({ builtinRuleDirs: [dir] });
    await engine.compileAll();
    const [error] = engine.ruleErrors;
    assert.equal(error?.ruleId, 'bad-regex');
    assert.match(error.message, /Invalid regular expression/);
    assert.equal(error.line, 12);
    // 2 spaces of block indent, then the query up to the expression's first character.
    assert.equal(error.column, 2 + '(call_expression function: (identifier) @fn (#match? @fn "'.length + 1, error.message);
  });

  it('rejects unknown Vigil predicates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    writeFileSync(join(dir, 'good-rule.yaml'), GOOD.replace('(#eq? @fn "dangerous")', '(#vigil-tainted? @fn)'));
    const engine = makeEngine({ builtinRuleDirs: [dir] });
    await engine.compileAll();
    assert.match(engine.ruleErrors.map((e) => e.message).join(), /unknown predicate #vigil-tainted\?/);
  });
});
