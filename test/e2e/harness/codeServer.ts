// A throw-away code-server (VS Code 1.100 in the browser): fresh user data, extensions and XDG
// homes in a scratch folder, the Vigil .vsix installed, a copy of a workspace opened. Nothing it
// writes lands in the repository or in ~, and stop() kills its whole process group.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CODE_SERVER_ENTRY } from './paths';
import { GiveUp, poll } from './poll';
import { onAbnormalExit, spawnGroup, stopGroup } from './processes';

export interface CodeServerOptions {
  /** The .vsix file(s) to install before start. */
  vsix: string | string[];
  /** Folder copied into the scratch area and opened (the copy may be modified by fixes). */
  workspaceSource: string;
  /** User settings (User/settings.json in the user-data-dir). */
  settings: Record<string, unknown>;
  /** Extra environment for code-server and so for its extension host. */
  env?: Record<string, string>;
}

export class CodeServer {
  private constructor(
    readonly scratch: string,
    readonly workspace: string,
    readonly url: string,
    readonly logFile: string,
    private readonly child: ChildProcess,
    private readonly forgetScratch: () => void,
  ) {}

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    // Under the OS temp dir (short path): VS Code puts IPC sockets in TMPDIR and Unix socket
    // paths are limited to ~107 bytes.
    const scratch = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
    const forgetScratch = onAbnormalExit(() => rmSync(scratch, { recursive: true, force: true }));
    const dirs = {
      userData: join(scratch, 'user-data'),
      extensions: join(scratch, 'extensions'),
      home: join(scratch, 'home'),
      tmp: join(scratch, 'tmp'),
    };
    for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
    mkdirSync(join(dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));

    const workspace = join(scratch, 'workspace', basename(options.workspaceSource));
    cpSync(options.workspaceSource, workspace, { recursive: true });

    const env = { ...isolatedEnv(dirs.home, dirs.tmp), ...options.env };
    const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
    for (const vsix of [options.vsix].flat()) {
      const install = spawnSync(process.execPath,
        [CODE_SERVER_ENTRY, ...common, '--install-extension', vsix, '--force'],
        { env, encoding: 'utf8', timeout: 60000 });
      if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
        throw new Error(`installing ${vsix} into code-server failed (exit ${install.status}):\n`
          + `${install.stdout}\n${install.stderr}`);
      }
    }

    const port = await freePort();
    const logFile = join(scratch, 'code-server.log');
    const log = createWriteStream(logFile);
    const args = [
      CODE_SERVER_ENTRY, ...common,
      '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
      '--bind-addr', `127.0.0.1:${port}`,
      workspace,
    ];
    const child = spawnGroup(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);

    const base = `http://127.0.0.1:${port}`;
    const server = new CodeServer(scratch, workspace, `${base}/?folder=${encodeURIComponent(workspace)}`, logFile, child, forgetScratch);
    try {
      await poll('code-server to answer /healthz', async () => {
        if (child.exitCode !== null) throw new GiveUp(`code-server exited with ${child.exitCode}:\n${readFileSync(logFile, 'utf8')}`);
        const res = await fetch(`${base}/healthz`).catch(() => undefined);
        return res?.ok;
      }, 30000);
    } catch (e) {
      await server.stop();
      throw e;
    }
    return server;
  }

  /** VS Code's user data: User/settings.json, logs/ (extension host, output channels). */
  get userDataDir(): string {
    return join(this.scratch, 'user-data');
  }

  /** Where --install-extension unpacked the extensions (one folder per `publisher.name-version`). */
  get extensionsDir(): string {
    return join(this.scratch, 'extensions');
  }

  /** Kills code-server, its extension host and the language server; removes the scratch folder. */
  async stop(options: { keepScratch?: boolean } = {}): Promise<void> {
    await stopGroup(this.child);
    if (options.keepScratch) {
      this.forgetScratch();
    } else {
      rmSync(this.scratch, { recursive: true, force: true });
    }
  }
}

/** The parent's env with HOME/XDG/TMPDIR in the scratch folder, and nothing that could reach a
 * real service or an outer VS Code. */
function isolatedEnv(home: string, tmp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_|ANTHROPIC_|CODE_SERVER_)/.test(key)) continue;
    if (key === 'PASSWORD' || key === 'HASHED_PASSWORD' || key === 'PORT' || key === 'GITHUB_TOKEN') continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    TMPDIR: tmp,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
