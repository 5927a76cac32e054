// One Engine per workspace folder (its own .vigil/config.json, rule packs and baseline), plus one
// for documents outside every folder. Engines are rebuilt when trust or rule settings change.
import { dirname, resolve, sep } from 'node:path';
import { Engine } from '../engine';
import type { ServerSettings } from './protocol';
import { uriToPath } from './uri';

export interface Folder {
  uri: string;
  path: string;
  engine: Engine;
}

export class Workspaces {
  private folders: Folder[] = [];
  private loose?: Engine;
  private folderUris: string[] = [];

  constructor(
    private trusted: boolean,
    private settings: ServerSettings,
    /** Where grammars/ and rules/ are (undefined: found from the bundle's location). */
    private readonly assetRoot?: string,
  ) {}

  get all(): readonly Folder[] {
    return this.folders;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  setFolders(uris: string[]): void {
    this.folderUris = uris;
    this.rebuild();
  }

  addFolders(added: string[], removed: string[]): void {
    this.setFolders([...this.folderUris.filter((u) => !removed.includes(u)), ...added.filter((u) => !this.folderUris.includes(u))]);
  }

  /** Returns true when the engines had to be rebuilt (rules may differ: rescan open documents). */
  configure(trusted: boolean, settings: ServerSettings): boolean {
    const rulesChanged = trusted !== this.trusted || JSON.stringify([settings.rulePacks, settings.disabledRules]) !== JSON.stringify([this.settings.rulePacks, this.settings.disabledRules]);
    this.trusted = trusted;
    this.settings = settings;
    if (rulesChanged) this.rebuild();
    return rulesChanged;
  }

  /** The folder holding a document: the longest folder path that contains it. */
  folderFor(uri: string): Folder | undefined {
    const path = uriToPath(uri);
    if (!path) return undefined;
    let best: Folder | undefined;
    for (const f of this.folders) {
      if ((path === f.path || path.startsWith(f.path.endsWith(sep) ? f.path : f.path + sep)) && (!best || f.path.length > best.path.length)) best = f;
    }
    return best;
  }

  engineFor(uri: string): Engine {
    return this.folderFor(uri)?.engine ?? this.looseEngine(uri);
  }

  dispose(): void {
    for (const f of this.folders) f.engine.dispose();
    this.loose?.dispose();
    this.folders = [];
    this.loose = undefined;
  }

  private looseEngine(uri: string): Engine {
    // Files outside every folder get the built-in rules only: their neighbourhood is not a workspace the user trusted.
    this.loose ??= new Engine({ assetRoot: this.assetRoot, workspaceRoot: dirname(uriToPath(uri) ?? process.cwd()), trustWorkspace: false, disabledRules: this.settings.disabledRules });
    return this.loose;
  }

  private rebuild(): void {
    this.dispose();
    this.folders = this.folderUris.flatMap((uri) => {
      const path = uriToPath(uri);
      if (!path) return [];
      const root = resolve(path);
      const engine = new Engine({
        assetRoot: this.assetRoot,
        workspaceRoot: root,
        trustWorkspace: this.trusted,
        // Extra packs are code the workspace chose to run on the user's machine: only when trusted.
        extraRuleDirs: this.trusted ? this.settings.rulePacks.map((d) => resolve(root, d)) : [],
        disabledRules: this.settings.disabledRules,
      });
      return [{ uri, path: root, engine }];
    });
  }
}
