// The findings tree view (`vigil.findings` in the Vigil activity-bar container): every Vigil
// diagnostic, grouped by severity, CWE or file (setting `vigil.findings.groupBy`, toggled from the
// view's title bar). Selecting a finding opens it.
import * as vscode from 'vscode';
import { onConfigChange, readConfig, setGroupBy, type GroupBy } from '../config';
import { shownFindings, type ShownFinding } from '../state';

type Node = { kind: 'group'; label: string; findings: ShownFinding[] } | { kind: 'finding'; finding: ShownFinding };

const SEVERITY_ORDER = ['error', 'warning', 'info'];

export class FindingsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private groupBy: GroupBy) {}

  setGroupBy(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    this.refresh();
  }

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'finding') return [];
    if (node) return node.findings.map((finding) => ({ kind: 'finding', finding }));
    const groups = new Map<string, ShownFinding[]>();
    for (const f of shownFindings()) {
      const key = this.groupBy === 'severity' ? f.severity : this.groupBy === 'cwe' ? f.cwe : vscode.workspace.asRelativePath(f.uri);
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const keys = [...groups.keys()].sort((a, b) => this.groupBy === 'severity' ? SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b) : a.localeCompare(b, undefined, { numeric: true }));
    return keys.map((label) => ({ kind: 'group', label, findings: groups.get(label)!.sort(byLocation) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.findings.length}`;
      item.contextValue = 'vigil.group';
      if (this.groupBy === 'severity') item.iconPath = new vscode.ThemeIcon(node.label === 'info' ? 'info' : node.label);
      return item;
    }
    const { finding } = node;
    const d = finding.diagnostic;
    const item = new vscode.TreeItem(d.message, vscode.TreeItemCollapsibleState.None);
    item.description = `${this.groupBy === 'file' ? '' : vscode.workspace.asRelativePath(finding.uri) + ':'}${d.range.start.line + 1} · ${finding.ruleId}`;
    item.tooltip = `${finding.ruleId} (${finding.cwe}): ${d.message}`;
    item.iconPath = new vscode.ThemeIcon(finding.severity === 'info' ? 'info' : finding.severity);
    item.contextValue = 'vigil.finding';
    item.command = { command: 'vscode.open', title: 'Open', arguments: [finding.uri, { selection: d.range }] };
    return item;
  }
}

function byLocation(a: ShownFinding, b: ShownFinding): number {
  return a.uri.toString().localeCompare(b.uri.toString()) || a.diagnostic.range.start.line - b.diagnostic.range.start.line;
}

export function registerFindingsTree(context: vscode.ExtensionContext): FindingsTree {
  const tree = new FindingsTree(readConfig().findingsGroupBy);
  let timer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    vscode.window.createTreeView('vigil.findings', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.languages.onDidChangeDiagnostics(() => { clearTimeout(timer); timer = setTimeout(() => tree.refresh(), 150); }),
    onConfigChange((changed, config) => { if (changed.includes('findingsGroupBy')) tree.setGroupBy(config.findingsGroupBy); }),
    vscode.commands.registerCommand('vigil.findings.groupBySeverity', () => setGroupBy('severity')),
    vscode.commands.registerCommand('vigil.findings.groupByCwe', () => setGroupBy('cwe')),
    vscode.commands.registerCommand('vigil.findings.groupByFile', () => setGroupBy('file')),
    { dispose: () => clearTimeout(timer) },
  );
  return tree;
}
