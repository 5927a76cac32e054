// Drives the VS Code workbench in headless chromium the way a user does: Explorer, editor,
// hover, Ctrl+., Ctrl+Shift+P, Problems panel. Only keyboard and real mouse moves, no VS Code API,
// so a test proves what a developer would see. Selectors are VS Code 1.100's DOM classes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM } from './paths';
import { poll, sleep } from './poll';

export interface Box { x: number; y: number; width: number; height: number }

/** One rendered row of a list or tree, as the user sees it. */
export interface ListRow {
  index: number;
  /** Tree depth, 1 for top-level rows. */
  level: number;
  ariaLabel: string;
  label: string;
  description: string;
  /** For file rows: the file's path (the resource label's aria-label). */
  resource: string;
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export class Workbench {
  private shots = 0;

  private constructor(private readonly context: BrowserContext, readonly page: Page) {}

  /** `home` becomes chromium's HOME/XDG dirs: its crash handler otherwise writes into ~/.config. */
  static async open(url: string, profileDir: string, home: string): Promise<Workbench> {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
      viewport: { width: 1400, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
      return new Workbench(context, page);
    } catch (e) {
      await context.close().catch(() => undefined);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }

  /** Saves test-artifacts/e2e/NN-name.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    this.shots += 1;
    const file = join(ARTIFACTS, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  // ---- Explorer and editor --------------------------------------------------------------------

  /** Expands the folders of `relPath` in the Explorer and double-clicks the file. */
  async openFromExplorer(relPath: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+E');
    const parts = relPath.split('/');
    for (const [i, name] of parts.entries()) {
      const row = this.page
        .locator(`.explorer-folders-view .monaco-list-row[aria-level="${i + 1}"][aria-label="${name}"]`).first();
      await row.waitFor({ timeout: 20000 });
      if (i < parts.length - 1) {
        if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
        await poll(`${name}/ to expand`, async () => (await row.getAttribute('aria-expanded')) === 'true', 10000);
      } else {
        await row.dblclick();
      }
    }
    const fileName = parts[parts.length - 1];
    await poll(`an editor tab for ${fileName}`, async () =>
      (await this.page.locator('.tabs-container .tab.active').getAttribute('aria-label'))?.startsWith(fileName), 20000);
    await this.activeEditor().locator('.view-line').first().waitFor({ timeout: 20000 });
  }

  /** The rendered lines of the active editor. */
  private activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  editorLine(text: string): Locator {
    return this.activeEditor().locator('.view-line').filter({ hasText: text });
  }

  /** Text of the visible lines of the active editor, top to bottom (Monaco uses nbsp for spaces). */
  async visibleText(): Promise<string> {
    const lines = await this.activeEditor().locator('.view-line').evaluateAll((els) =>
      els.map((el) => ({ top: parseFloat((el as unknown as { style: { top: string } }).style.top || '0'), text: el.textContent ?? '' })));
    return lines.sort((a, b) => a.top - b.top).map((l) => l.text.replace(/\u00a0/g, ' ')).join('\n');
  }

  /** Puts the cursor on a line by Ctrl+G, so it is visible and focused. */
  async goToLine(line: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
  }

  /** The squiggle (error or warning) drawn on the rendered line containing `text`. */
  async squiggleOn(text: string, kinds = ['squiggly-error', 'squiggly-warning']): Promise<Box | undefined> {
    // One snapshot of the DOM (no auto-waiting locators): squiggles come and go as scans finish.
    return this.activeEditor().evaluate((editor, args) => {
      type El = { textContent: string | null; getBoundingClientRect(): Box };
      type Box = { x: number; y: number; width: number; height: number };
      const root = editor as unknown as { querySelectorAll(s: string): Iterable<El> };
      const norm = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');
      const line = [...root.querySelectorAll('.view-line')].find((l) => norm(l.textContent).includes(args.text));
      if (!line) return undefined;
      const lb = line.getBoundingClientRect();
      for (const sq of root.querySelectorAll(args.selector)) {
        const b = sq.getBoundingClientRect();
        if (b.width > 0 && Math.abs(b.y + b.height / 2 - (lb.y + lb.height / 2)) < lb.height / 2) {
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
      }
      return undefined;
    }, { text, selector: kinds.map((k) => `.${k}`).join(', ') });
  }

  async waitForSquiggleOn(text: string, timeoutMs = 45000): Promise<Box> {
    return poll(`a squiggle on the line "${text}"`, () => this.squiggleOn(text), timeoutMs);
  }

  /** Moves the mouse onto a squiggle and returns the hover's text once it has content. */
  async hoverAndRead(box: Box, mustContain: RegExp, timeoutMs = 20000): Promise<string> {
    const hover = this.page.locator('.monaco-hover:not(.hidden)').first();
    return poll(`a hover matching ${mustContain}`, async () => {
      // Re-hover each try: a hover can be dismissed by a late re-render of the decorations.
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 2, { steps: 3 });
      await sleep(400);
      if (!(await hover.isVisible())) return undefined;
      const text = (await hover.innerText()).trim();
      return mustContain.test(text) ? text : undefined;
    }, timeoutMs, 300);
  }

  /** The cursor's line as the status bar shows it ("Ln 13, Col 17"), or undefined. */
  async cursorLine(): Promise<number | undefined> {
    const text = await this.page.locator('[id="status.editor.selection"]').innerText({ timeout: 2000 }).catch(() => '');
    const m = /Ln (\d+)/.exec(text);
    return m ? Number(m[1]) : undefined;
  }

  /**
   * Clicks on the middle of the squiggle on the line containing `text`, so the cursor sits inside
   * the diagnostic's range, and checks the status bar. A click that lands while a freshly opened
   * editor is still restoring its view state is lost, so it is repeated until the cursor is there.
   */
  async placeCursorOnSquiggle(text: string, line: number, timeoutMs = 20000): Promise<Box> {
    return poll(`the cursor on the squiggle of line ${line}`, async () => {
      const box = await this.squiggleOn(text);
      if (!box) return undefined;
      await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const landed = await poll('the status bar', async () => (await this.cursorLine()) === line, 1500, 100).catch(() => false);
      return landed ? box : undefined;
    }, timeoutMs, 300);
  }

  // ---- Quick fixes and commands --------------------------------------------------------------

  /**
   * Ctrl+. at the cursor, then moves to the action whose title matches and presses Enter (mouse
   * clicks on the action widget are swallowed by .context-view-pointerBlock). The first Ctrl+.
   * of a session can answer "No code actions available" while language features still load, so
   * it retries until the deadline.
   */
  async applyCodeAction(title: RegExp, timeoutMs = 30000): Promise<string> {
    const widget = this.page.locator('.action-widget');
    const chosen = await poll(`a code action matching ${title}`, async () => {
      await this.page.keyboard.press('Control+.');
      const rows = widget.locator('.monaco-list-row.action');
      const appeared = await rows.first().waitFor({ timeout: 4000 }).then(() => true, () => false);
      if (!appeared) {
        await this.page.keyboard.press('Escape');
        return undefined;
      }
      const titles = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''));
      const index = titles.findIndex((t) => title.test(t));
      if (index < 0) {
        await this.page.keyboard.press('Escape');
        return undefined;
      }
      return { index, title: titles[index] };
    }, timeoutMs, 1000);
    await this.focusActionRow(chosen.index);
    await this.page.keyboard.press('Enter');
    await poll('the code action menu to close', async () => !(await widget.isVisible()), 10000);
    return chosen.title;
  }

  private async focusActionRow(index: number): Promise<void> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    for (let step = 0; step < 30; step++) {
      const focused = await rows.evaluateAll((els) => els.findIndex((el) => el.classList.contains('focused')));
      if (focused === index) return;
      await this.page.keyboard.press(focused < index ? 'ArrowDown' : 'ArrowUp');
    }
    throw new Error(`could not focus code action #${index}`);
  }

  /**
   * Runs a command from the Command Palette by its full title (e.g. "Vigil: Scan Workspace").
   * The palette lists the commands known when it opens; right after start-up an extension's
   * contributions may not be there yet, so it is closed and reopened until the title appears.
   */
  async runCommand(title: string, timeoutMs = 30000): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    const rows = widget.locator('.quick-input-list .monaco-list-row');
    const labels = () => rows.evaluateAll((els) => els.map((el) => ({
      label: el.querySelector('.label-name')?.textContent ?? '',
      focused: el.classList.contains('focused'),
    })));
    await poll(`"${title}" in the command palette`, async () => {
      if (await widget.isVisible()) await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+Shift+P');
      await input.waitFor({ timeout: 5000 });
      await input.fill(`>${title}`);
      const found = await poll('the entry', async () => (await labels()).some((r) => r.label === title), 3000)
        .catch(() => false);
      return found;
    }, timeoutMs, 500);
    await poll(`"${title}" to be the focused entry`, async () => {
      const all = await labels();
      const index = all.findIndex((r) => r.label === title);
      const focused = all.findIndex((r) => r.focused);
      if (index >= 0 && focused === index) return true;
      await this.page.keyboard.press(focused < index ? 'ArrowDown' : 'ArrowUp');
      return false;
    }, 10000, 150);
    await this.page.keyboard.press('Enter');
    await poll('the command palette to close', async () => !(await widget.isVisible()), 10000);
  }

  /** Answers the quick input's text box (e.g. an API key prompt) and submits it. */
  async answerInputBox(value: string, promptMatches: RegExp, timeoutMs = 20000): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    await poll(`an input box matching ${promptMatches}`, async () =>
      (await widget.isVisible()) && promptMatches.test(await widget.innerText()), timeoutMs);
    await widget.locator('.quick-input-box input').fill(value);
    await this.page.keyboard.press('Enter');
    await poll('the input box to close', async () => !(await widget.isVisible()), 10000);
  }

  // ---- Dialogs and notifications ---------------------------------------------------------------

  /** Waits for a modal dialog whose message matches; returns its message and detail text. */
  async waitForDialog(message: RegExp, timeoutMs = 30000): Promise<{ message: string; detail: string }> {
    const box = this.page.locator('.monaco-dialog-box');
    return poll(`a dialog matching ${message}`, async () => {
      if (!(await box.isVisible())) return undefined;
      const text = (await box.locator('.dialog-message-text').innerText()).trim();
      if (!message.test(text)) return undefined;
      const detail = (await box.locator('.dialog-message-detail').innerText().catch(() => '')).trim();
      return { message: text, detail };
    }, timeoutMs);
  }

  /**
   * Presses a button of the open dialog by its label, with the keyboard: Tab until the button has
   * focus, then Enter. (A tall dialog can push its buttons below the window, out of mouse reach.)
   */
  async pressDialogButton(label: string): Promise<void> {
    const box = this.page.locator('.monaco-dialog-box');
    const focusedLabel = () => this.page.evaluate(() => {
      const el = (globalThis as unknown as { document: { activeElement: { textContent: string | null; className: string } | null } }).document.activeElement;
      return el && /monaco-button/.test(el.className) ? (el.textContent ?? '').trim() : undefined;
    });
    await poll(`the dialog button "${label}" to have focus`, async () => {
      if ((await focusedLabel()) === label) return true;
      await this.page.keyboard.press('Tab');
      return false;
    }, 10000, 100);
    await this.page.keyboard.press('Enter');
    await poll('the dialog to close', async () => !(await box.isVisible()), 10000);
  }

  // ---- Panels and views ------------------------------------------------------------------------

  /**
   * Every row of a (virtualised) Monaco list: only the visible rows exist in the DOM, so the list
   * is scrolled with the mouse wheel from top to bottom, collecting rows by their data-index.
   */
  async listRows(list: Locator): Promise<ListRow[]> {
    const rowsNow = () => list.locator('.monaco-list-row').evaluateAll((els) => els.map((el) => ({
      index: Number(el.getAttribute('data-index')),
      level: Number(el.getAttribute('aria-level') ?? '0'),
      ariaLabel: el.getAttribute('aria-label') ?? '',
      label: el.querySelector('.label-name')?.textContent ?? '',
      description: el.querySelector('.label-description')?.textContent ?? '',
      resource: el.querySelector('.monaco-icon-label[aria-label]')?.getAttribute('aria-label') ?? '',
    })));
    const box = await list.boundingBox();
    if (!box) return [];
    // Wheel events dispatched on the list itself: a hover or notification over the list would
    // swallow real mouse-wheel events, and a list left scrolled down would hide its first rows.
    const wheel = (deltaY: number) => list.evaluate((el, dy) => {
      const target = el.querySelector('.monaco-scrollable-element') ?? el;
      const Wheel = (globalThis as unknown as { WheelEvent: new (type: string, init: object) => Event }).WheelEvent; // runs in the page
      target.dispatchEvent(new Wheel('wheel', { deltaY: dy, deltaMode: 0, bubbles: true, cancelable: true }));
    }, deltaY);
    await this.page.keyboard.press('Escape');
    for (let i = 0; i < 20; i++) await wheel(-5000);
    const seen = new Map<number, ListRow>();
    let unchanged = 0;
    while (unchanged < 2) {
      await sleep(150);
      const before = seen.size;
      for (const row of await rowsNow()) seen.set(row.index, row);
      unchanged = seen.size === before ? unchanged + 1 : 0;
      await wheel(Math.max(100, box.height - 44));
    }
    return [...seen.values()].sort((a, b) => a.index - b.index);
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and returns all its rows: files (level 1) and markers. */
  async problemRows(): Promise<ListRow[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: 10000 });
    // Taint traces add related-information rows: give the panel the whole window while reading.
    const maximized = await this.page.locator('.part.panel .maximize-panel-action, .part.panel [aria-label^="Restore Panel"]').count() > 0;
    if (!maximized) await this.runCommand('View: Toggle Maximized Panel').catch(() => undefined);
    try {
      return await this.listRows(panel.locator('.monaco-list').first());
    } finally {
      if (!maximized) await this.runCommand('View: Toggle Maximized Panel').catch(() => undefined);
    }
  }

  /** Rows of a contributed tree view, shown through its "Focus on … View" command. */
  async viewRows(focusCommand: string, viewContainerId: string): Promise<ListRow[]> {
    await this.runCommand(focusCommand);
    const list = this.page.locator(`[id="${viewContainerId}"] .monaco-list`).first();
    await list.waitFor({ timeout: 10000 });
    return this.listRows(list);
  }

  async notifications(): Promise<string[]> {
    return this.page.locator('.notifications-toasts .notification-toast').allInnerTexts();
  }
}
