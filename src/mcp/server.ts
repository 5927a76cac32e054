// The MCP host: the same engine, offered to AI agents as tools over the Model Context Protocol.
// Agents can scan code they are writing, read rule documentation, and list rules. File access is
// confined to the workspace root the server was started with.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Engine, Finding } from '../engine';
import { ruleHelpMarkdown } from '../engine/report/sarif';

export const TOOLS = [
  {
    name: 'vigil_scan_code',
    description: 'Scan source code for security problems. Give either `text` (code not yet saved, e.g. what you are about to write) with a `path` whose extension names the language, or just a workspace-relative `path` to scan the file on disk. Returns findings with rule, CWE, OWASP, severity, line and a fix hint.',
    inputSchema: {
      type: 'object',
      properties: {
        path: { type: 'string', description: 'Workspace-relative file path; its extension selects the language.' },
        text: { type: 'string', description: 'Source text to scan instead of the file on disk.' },
      },
      required: ['path'],
      additionalProperties: false,
    },
  },
  {
    name: 'vigil_scan_paths',
    description: 'Scan workspace files or folders (workspace-relative). Honours .gitignore and default excludes; reports skipped files with reasons.',
    inputSchema: {
      type: 'object',
      properties: { paths: { type: 'array', items: { type: 'string' }, minItems: 1 } },
      required: ['paths'],
      additionalProperties: false,
    },
  },
  {
    name: 'vigil_list_rules',
    description: 'List the security rules in force (id, title, CWE, OWASP, severity, languages).',
    inputSchema: { type: 'object', properties: { language: { type: 'string' } }, additionalProperties: false },
  },
  {
    name: 'vigil_explain_rule',
    description: 'Explain a rule: why the weakness matters, how to fix it, CWE and OWASP references.',
    inputSchema: { type: 'object', properties: { ruleId: { type: 'string' } }, required: ['ruleId'], additionalProperties: false },
  },
] as const;

class ToolError extends Error {}

export function createMcpServer(engine: Engine, version: string): Server {
  const server = new Server({ name: 'vigil', version }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS.map((t) => ({ ...t })) }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    try {
      const args = (request.params.arguments ?? {}) as Record<string, unknown>;
      const result = await callTool(engine, request.params.name, args);
      return { content: [{ type: 'text', text: JSON.stringify(result, null, 2) }], structuredContent: result as Record<string, unknown> };
    } catch (err) {
      if (!(err instanceof ToolError)) throw err;
      return { content: [{ type: 'text', text: err.message }], isError: true };
    }
  });
  return server;
}

async function callTool(engine: Engine, name: string, args: Record<string, unknown>): Promise<object> {
  switch (name) {
    case 'vigil_scan_code': {
      const path = requireString(args, 'path');
      const lang = engine.languageForPath(path);
      if (!lang) throw new ToolError(`Vigil has no grammar for '${path}'; supported extensions: ${engine.registry.languages.flatMap((l) => l.extensions).join(' ')}`);
      const text = typeof args.text === 'string' ? args.text : readInside(engine.workspaceRoot, path);
      const findings = await engine.scanText(path, lang.id, text);
      return { path, language: lang.id, findings: findings.map(brief) };
    }
    case 'vigil_scan_paths': {
      const paths = args.paths;
      if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) throw new ToolError('paths must be a list of strings');
      const summary = await engine.scanFiles(paths.map((p) => inside(engine.workspaceRoot, p)));
      return {
        findings: summary.files.flatMap((f) => f.findings.map((x) => ({ ...brief(x), file: engine.relativePath(x.file) }))),
        skipped: summary.skipped.map((s) => ({ file: engine.relativePath(s.file), reason: s.reason })),
        ruleErrors: summary.ruleErrors,
        filesScanned: summary.files.length,
      };
    }
    case 'vigil_list_rules': {
      const language = typeof args.language === 'string' ? args.language : undefined;
      return {
        rules: engine.rules.rules
          .filter((r) => !language || r.languages.includes(language))
          .map((r) => ({ id: r.id, title: r.title, cwe: r.cwe, owasp: r.owasp, severity: r.severity, languages: r.languages, kind: r.taint ? 'taint' : 'pattern' })),
      };
    }
    case 'vigil_explain_rule': {
      const rule = engine.rules.get(requireString(args, 'ruleId'));
      if (!rule) throw new ToolError(`no rule '${String(args.ruleId)}'; call vigil_list_rules for the ids`);
      return { id: rule.id, markdown: ruleHelpMarkdown(rule), fixGuidance: rule.fixGuidance ?? null };
    }
    default:
      throw new ToolError(`unknown tool '${name}'`);
  }
}

/** What an agent needs of a finding, 1-based lines like an editor shows. */
function brief(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    confidence: f.confidence,
    message: f.message,
    cwe: f.cwe,
    owasp: f.owasp,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    snippet: f.snippet,
    suppressed: f.suppressed ? f.suppressed.kind : null,
    trace: f.trace?.map((s) => ({ kind: s.kind, line: s.range.start.line + 1, message: s.message })) ?? [],
    fix: f.fix ? { title: f.fix.title, replacement: f.fix.edits.map((e) => e.newText) } : null,
  };
}

function requireString(args: Record<string, unknown>, key: string): string {
  const v = args[key];
  if (typeof v !== 'string' || v === '') throw new ToolError(`'${key}' is required`);
  return v;
}

/** Resolves a workspace-relative path, refusing anything outside the workspace root. */
function inside(root: string, path: string): string {
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) throw new ToolError(`'${path}' is outside the workspace`);
  return full;
}

function readInside(root: string, path: string): string {
  const full = inside(root, path);
  try {
    return readFileSync(full, 'utf8');
  } catch (err) {
    throw new ToolError(`cannot read '${path}': ${(err as Error).message}`);
  }
}
