// Shared by the AI-fix tests: an engine with the built-in rules plus the test-local rule packs, a
// fixture file full of planted secrets (assembled at run time so that this repository holds no
// secret-shaped literals), and helpers to read what the fake server received.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine, type Finding } from '../../src/engine';
import { makeEngine, REPO_ROOT } from '../helpers/engine';
import type { RecordedRequest } from './fake-anthropic';

export const TEST_RULES = join(REPO_ROOT, 'test', 'fix', 'labelled', 'rules');

export function makeFixEngine(): Engine {
  return makeEngine({ builtinRuleDirs: [join(REPO_ROOT, 'rules'), TEST_RULES] });
}

const rep = (s: string, n: number) => s.repeat(n);

/** One secret of each supported format; every one must be absent from every request. */
export function plantedSecrets() {
  return {
    aws: 'AKIA' + 'Q3EXAMPLE7TESTKEY'.slice(0, 16).toUpperCase().replace(/[^A-Z0-9]/g, 'X'),
    awsSecret: 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY',
    gcp: 'AIza' + 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY',
    github: 'ghp_' + '1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ',
    githubInFunction: 'ghp_' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0PpOoNn',
    slack: 'xoxb-' + '2048-4096-' + 'aBcDeFgHiJkLmNoPqRsTuVwX',
    anthropic: 'sk-ant-' + 'api03-' + 'Tz1' + rep('xQ9', 10),
    stripe: 'sk_' + 'live_' + '51HqLyjWDarjtT1zdp7dc' + 'Hx2',
    jwt: 'eyJ' + 'hbGciOiJIUzI1NiJ9' + '.eyJ' + 'zdWIiOiIxMjM0NTY3ODkwIn0' + '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    dbPassword: 'Pg' + 'Pass-77-ultra',
    entropy: 'q8Zr2LmX0vP4tB7nK1wY' + '9cD3fH6jS5aE',
    privateKeyBody: 'MIIEowIBAAKCAQEA' + 'u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0',
  };
}

export function fixtureSource(): string {
  const s = plantedSecrets();
  return [
    "const express = require('express');",
    "const { exec } = require('child_process');",
    '',
    `const AWS_ACCESS_KEY_ID = '${s.aws}';`,
    'const config = {',
    `  aws_secret_access_key: '${s.awsSecret}',`,
    `  gcp: '${s.gcp}',`,
    `  github: '${s.github}',`,
    `  slack: '${s.slack}',`,
    `  anthropic: '${s.anthropic}',`,
    `  stripe: '${s.stripe}',`,
    `  session: '${s.jwt}',`,
    `  db: 'postgres://admin:${s.dbPassword}@db.internal:5432/app',`,
    `  signing: '${s.entropy}',`,
    '};',
    'const PRIVATE_KEY = `-----BEGIN RSA PRIVATE KEY-----',
    s.privateKeyBody,
    '-----END RSA PRIVATE KEY-----`;',
    '',
    'function other(req) {',
    '  return req.query.name;',
    '}',
    '',
    'function handler(req, res) {',
    `  const token = '${s.githubInFunction}';`,
    '  // the expression comes from the calculator widget',
    '  const result = eval(req.query.expr);',
    '  res.json({ result, size: token.length });',
    '}',
    '',
    'module.exports = { handler, other, config, PRIVATE_KEY, AWS_ACCESS_KEY_ID, exec };',
    '',
  ].join('\n');
}

/** Writes `text` to a fresh temp folder and returns the path (documents are checked byte for byte afterwards). */
export function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-fix-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}

export async function findingAt(engine: Engine, path: string, languageId: string, text: string, line: number, ruleId?: string): Promise<Finding> {
  const all = await engine.scanText(path, languageId, text);
  const f = all.find((x) => x.range.start.line + 1 === line && (!ruleId || x.ruleId === ruleId));
  if (!f) throw new Error(`no finding at line ${line}: ${all.map((x) => `${x.ruleId}@${x.range.start.line + 1}`).join(', ')}`);
  return f;
}

/** The user message text of a recorded request. */
export function userText(req: RecordedRequest): string {
  const first = req.body.messages[0].content;
  return typeof first === 'string' ? first : first.map((b: { text?: string }) => b.text ?? '').join('');
}

/** The placeholder the model saw for the in-function token. */
export function tokenPlaceholder(req: RecordedRequest): string {
  const m = /const token = '(__VIGIL_SECRET_\d+__)'/.exec(userText(req));
  if (!m) throw new Error('token placeholder not found in the request');
  return m[1];
}
