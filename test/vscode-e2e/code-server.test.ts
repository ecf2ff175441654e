// End to end in the real editor: VS Code 1.100.3 (code-server 4.100.3, in the browser) with the built
// .vsix installed, driven by Debian's Chromium through playwright-core the way a person would use it:
// open a template, see the error squiggle and the Problems entry with our code, run "BuildContent: Emit
// CreateImagePipeline request" (refused while the error is there, with the reason), delete the bad line,
// run it again and read the request in the new editor; find a command by its text with Go to Symbol, complete
// `$` with the template's ENV variables, and see a broken parameters file reported on the template.
// Screenshots are saved for the README and docs/vscode.md.
// Needs test/vscode-e2e/setup.sh (code-server, playwright-core, chromium) and the packaged .vsix
// (`npm run package -w buildcontent-vscode`, which CI runs first); skipped, with a message, without.
// The test does not build the .vsix itself: packages/vscode/test/bundle.test.ts rewrites dist/ meanwhile.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(e2eDir, '..', '..');
const extensionDir = join(repoRoot, 'packages', 'vscode');
const codeServer = join(e2eDir, 'node_modules', '.bin', 'code-server');
const work = join(e2eDir, '.cs');
const screenshotPath = join(work, 'results', 'code-server.png');
const diagnosticsShotPath = join(work, 'results', 'diagnostics.png');
const completionShotPath = join(work, 'results', 'completion.png');
const parametersShotPath = join(work, 'results', 'parameters.png');
const extensionManifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
const vsix = join(extensionDir, `${extensionManifest.name}-${extensionManifest.version}.vsix`);

// The template opened in the editor: the web-server example with a Docker habit (EXPOSE, an error, on
// line 7) and a lower-case keyword (a warning), and its parameters file so that a request can be emitted.
const TEMPLATE_NAME = 'web-server.buildcontent';
const ERROR_CODE = 'InvalidImageTemplateCommand.NotSupported';
const ERROR_LINE = 7;
const WARNING_CODE = 'keyword-case';
// A YAML component beside it, with a misspelt action (an error on line 3): VS Code opens it as yaml.
const COMPONENT_NAME = 'web.component.yaml';
const COMPONENT_TEXT =
  'Tasks:\n  - Name: install\n    Action: RunShellComand\n    Properties:\n      commandContent: echo {{ port }}\n';

function findChromium(): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

type Playwright = typeof import('playwright-core');
function loadPlaywright(): Playwright | undefined {
  try {
    return createRequire(join(e2eDir, 'package.json'))('playwright-core') as Playwright;
  } catch {
    return undefined;
  }
}

const chromium = findChromium();
const playwright = loadPlaywright();
const missing = [
  ...(chromium ? [] : ['chromium']),
  ...(existsSync(codeServer) ? [] : ['code-server']),
  ...(playwright ? [] : ['playwright-core']),
];
if (missing.length > 0) {
  console.log(`[vscode-e2e] SKIPPED: ${missing.join(', ')} not installed; run test/vscode-e2e/setup.sh`);
} else if (!existsSync(vsix)) {
  missing.push('the .vsix');
  console.log(`[vscode-e2e] SKIPPED: ${vsix} not built; run npm run package -w buildcontent-vscode`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

describe.skipIf(missing.length > 0)('the extension in VS Code 1.100.3 (code-server)', () => {
  let server: ChildProcess | undefined;
  let serverLog = '';
  let browser: import('playwright-core').Browser | undefined;
  let page: import('playwright-core').Page;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    const workspace = join(work, 'workspace');
    const userData = join(work, 'data');
    const extensions = join(work, 'extensions');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(join(userData, 'User'), { recursive: true });
    mkdirSync(dirname(screenshotPath), { recursive: true });

    // The .vsix as CI builds it, installed the way a user does.
    console.log(`[vscode-e2e] installing ${vsix}`);
    const codeServerArgs = [
      '--config',
      join(work, 'config.yaml'),
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
    ];
    writeFileSync(join(work, 'config.yaml'), 'auth: none\n');
    execFileSync(codeServer, [...codeServerArgs, '--install-extension', vsix], { stdio: 'pipe' });

    const example = readFileSync(join(repoRoot, 'examples', TEMPLATE_NAME), 'utf8');
    const template = example.replace(/^WORKDIR /m, 'EXPOSE 80\nWORKDIR ').replace(/^RUN tar /m, 'run tar ');
    expect(template.split('\n')[ERROR_LINE - 1]).toBe('EXPOSE 80');
    writeFileSync(join(workspace, TEMPLATE_NAME), template);
    copyFileSync(join(repoRoot, 'examples', 'web-server.pipeline.json'), join(workspace, 'web-server.pipeline.json'));
    writeFileSync(join(workspace, COMPONENT_NAME), COMPONENT_TEXT);
    writeFileSync(
      join(userData, 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.colorTheme': 'Default Dark Modern',
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'security.workspace.trust.enabled': false,
          // The workspace sits inside this repository; git's "open the parent repository?" would cover our notifications.
          'git.enabled': false,
          'git.openRepositoryInParentFolders': 'never',
          'chat.commandCenter.enabled': false,
          'workbench.secondarySideBar.defaultVisibility': 'hidden',
          'editor.minimap.enabled': false,
          'window.zoomLevel': 0,
        },
        null,
        2,
      ),
    );

    const port = await freePort();
    server = spawn(
      codeServer,
      [
        ...codeServerArgs,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        workspace,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    server.stdout?.on('data', (chunk) => (serverLog += chunk));
    server.stderr?.on('data', (chunk) => (serverLog += chunk));
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 30_000);

    browser = await playwright!.chromium.launch({
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    timings.workbenchMs = Date.now() - started;
    await page.waitForTimeout(2000);
  }, 240_000);

  afterAll(async () => {
    if (page) await page.screenshot({ path: join(work, 'results', 'last.png') }).catch(() => undefined);
    await browser?.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    console.log(`[vscode-e2e] screenshot: ${screenshotPath}; timings ${JSON.stringify(timings)}`);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      const shots = [
        [screenshotPath, 'screenshot.png'],
        [diagnosticsShotPath, 'diagnostics.png'],
        [completionShotPath, 'completion.png'],
        [parametersShotPath, 'parameters.png'],
      ] as const;
      for (const [from, name] of shots) if (existsSync(from)) copyFileSync(from, join(extensionDir, 'images', name));
      console.log('[vscode-e2e] copied the screenshots to packages/vscode/images/');
    }
  });

  it('opens the template with our language, shows the error squiggle and the Problems entry with our code', async () => {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { timeout: 10_000 });
    await page.keyboard.type(TEMPLATE_NAME);
    // On a busy machine the file search answers late: wait for the file's row, not a fixed time.
    await page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: TEMPLATE_NAME })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const opened = Date.now();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.squiggly-error', { timeout: 60_000 });
    timings.openToSquiggleMs = Date.now() - opened;

    const language = await page.locator('.statusbar-item[id="status.editor.mode"]').innerText();
    expect(language).toContain('BuildContent');

    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-tl-contents', { timeout: 15_000 });
    await page.waitForTimeout(1000);
    const problems = await page.locator('.markers-panel .monaco-tl-contents').allInnerTexts();
    console.log(`[vscode-e2e] Problems panel:\n  ${problems.join('\n  ').replace(/\n(?! {2})/g, ' ')}`);
    expect(problems.some((row) => row.includes(ERROR_CODE) && row.includes('EXPOSE'))).toBe(true);

    // Where users look: a code lens on line 1 says the request is blocked, labelled as the short emit entry.
    await page.waitForSelector('.codelens-decoration', { timeout: 20_000 });
    timings.openToLensMs = Date.now() - opened;
    const lens = (await page.locator('.codelens-decoration').first().innerText()).replace(/\u00a0/g, ' ');
    expect(lens).toBe('Emit CreateImagePipeline request: unavailable: 1 error');
  }, 120_000);

  it('opens a YAML component (language yaml) and shows its diagnostic with our code', async () => {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { timeout: 10_000 });
    await page.keyboard.type(COMPONENT_NAME);
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tabs-container .tab.active:has-text("web.component.yaml")', { timeout: 30_000 });
    // The status bar follows the active editor a moment after its tab: wait for it rather than read it at once.
    const mode = '.statusbar-item[id="status.editor.mode"]';
    await page
      .waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes('YAML'), mode, {
        timeout: 20_000,
      })
      .catch(() => undefined);
    expect(await page.locator(mode).innerText()).toContain('YAML');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.markers-panel .monaco-tl-contents')].some((row) =>
          row.textContent?.includes('InvalidParameter.Content'),
        ),
      undefined,
      { timeout: 60_000 },
    );
    const problems = await page.locator('.markers-panel .monaco-tl-contents').allInnerTexts();
    expect(problems.some((row) => row.includes('InvalidParameter.Content') && row.includes('RunShellComand'))).toBe(
      true,
    );
    await page.locator('.tabs-container .tab', { hasText: TEMPLATE_NAME }).first().click();
  }, 120_000);

  /** Runs a command from the palette by its title. */
  async function runCommand(title: string): Promise<void> {
    // On a loaded machine a key press sometimes opens nothing (1 of 6 runs here): press again, twice at most.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      const opened = await page.waitForSelector('.quick-input-widget .quick-input-box input', { timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (opened) break;
      if (attempt === 3) throw new Error(`F1 did not open the command palette (${attempt} presses)`);
    }
    await page.keyboard.type(title);
    await page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title.replace(/^.*: /, '') })
      .first()
      .waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
  }

  /** Runs the emit command on the template and picks JSON. */
  async function emitJson(): Promise<void> {
    await page.locator('.tabs-container .tab', { hasText: TEMPLATE_NAME }).first().click();
    await runCommand('BuildContent: Emit CreateImagePipeline request');
    await page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row', { timeout: 10_000 });
    await page.keyboard.type('JSON');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
  }

  const toasts = async () =>
    (await page.locator('.notifications-toasts .notification-toast').allInnerTexts()).join('\n');

  it('refuses to emit while the template has an error, and says why', async () => {
    await emitJson();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.notifications-toasts .notification-toast')].some((t) =>
          t.textContent?.includes('no request for'),
        ),
      undefined,
      { timeout: 20_000 },
    );
    const text = await toasts();
    expect(text).toContain(`no request for ${TEMPLATE_NAME}`);
    expect(text).toContain(`line ${ERROR_LINE}`);
    expect(await page.locator('.tabs-container .tab', { hasText: 'Untitled-1' }).count()).toBe(0);
    await page.mouse.move(200, 600);
    await page.waitForTimeout(1000); // the toast slides in
    await page.screenshot({ path: diagnosticsShotPath });
    await runCommand('Notifications: Clear All Notifications');
  }, 120_000);

  it('after the bad line is deleted, shows the request in a new editor beside the template', async () => {
    // Delete line 7 (EXPOSE) like a person: go to the line, delete it, save.
    await page.locator('.tabs-container .tab', { hasText: TEMPLATE_NAME }).first().click();
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(ERROR_LINE));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+K');
    await page.keyboard.press('Control+S');
    await page.waitForFunction(() => document.querySelectorAll('.squiggly-error').length === 0, undefined, {
      timeout: 20_000,
    });
    await page.waitForSelector('.squiggly-warning', { timeout: 20_000 });
    // The Problems panel follows the squiggles a moment later.
    await page.waitForFunction(
      (code) =>
        ![...document.querySelectorAll('.markers-panel .monaco-tl-contents')].some((row) =>
          row.textContent?.includes(code),
        ),
      ERROR_CODE,
      { timeout: 20_000 },
    );
    const problems = await page.locator('.markers-panel .monaco-tl-contents').allInnerTexts();
    expect(problems.some((row) => row.includes(ERROR_CODE))).toBe(false);
    expect(problems.some((row) => row.includes(WARNING_CODE))).toBe(true);

    await emitJson();
    const requestTab = page.locator('.tabs-container .tab', { hasText: 'Untitled-1' });
    await requestTab.first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    const requestEditor = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    const text = (await requestEditor.innerText()).replace(/\u00a0/g, ' ');
    console.log(`[vscode-e2e] request editor:\n${text.split('\n').slice(0, 8).join('\n')}`);
    expect(text).toContain('"Action": "CreateImagePipeline"');
    expect(text).toContain('"RegionId"');
    expect(text).toContain('"BuildContent"');
    expect(await page.locator('.editor-group-container').count()).toBe(2);
    const notification = await toasts();
    expect(notification).toContain(`CreateImagePipeline request (JSON) for ${TEMPLATE_NAME}`);
    expect(notification).toContain('Copy to Clipboard');
    await page.mouse.move(200, 600); // no hover popup in the picture
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath });
    await runCommand('Notifications: Clear All Notifications');
  }, 120_000);

  /** Focuses the template's editor. */
  async function focusTemplate(): Promise<void> {
    await page.locator('.tabs-container .tab', { hasText: TEMPLATE_NAME }).first().click();
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  }

  it('finds a command by its text with Go to Symbol in Editor', async () => {
    await focusTemplate();
    await page.keyboard.press('Control+Shift+O');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { timeout: 10_000 });
    await page.keyboard.type('nginx');
    await page.waitForTimeout(1500);
    const rows = await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
    console.log(`[vscode-e2e] Go to Symbol "nginx":\n  ${rows.join('\n  ').replace(/\n(?! {2})/g, ' ')}`);
    expect(rows.some((row) => row.includes('RUN yum install -y nginx'))).toBe(true);
    await page.keyboard.press('Escape');
  }, 60_000);

  it('completes $ in RUN with the ENV variables, not with words', async () => {
    await focusTemplate();
    // Line 9 after the deletion: `run tar -xzf ... rm -f /tmp/site.tar.gz`.
    await page.keyboard.press('Control+G');
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(' && ls $');
    await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 20_000 });
    await page.waitForTimeout(800);
    const rows = (await page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts()).map(
      (row) => row.trim(),
    );
    console.log(`[vscode-e2e] completion after $: ${rows.join(', ')}`);
    expect(rows).toEqual(['SITE_ROOT', 'APP_ENV']);
    await page.screenshot({ path: completionShotPath });
    await page.keyboard.press('Escape');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Home'); // scrolls the editor back for the next picture
  }, 60_000);

  it('reports a broken parameters file on the template, with a link to the file', async () => {
    const parametersPath = join(work, 'workspace', 'web-server.pipeline.json');
    const good = readFileSync(parametersPath, 'utf8');
    writeFileSync(parametersPath, good.replace('"BaseImageType": "IMAGE"', '"BaseImageType": "DISK"'));
    await page.keyboard.press('Control+Shift+M');
    // writeFileSync truncates first: the server may read the file half written (not JSON) before the next
    // change event, so wait for the summary of the file as written, not for the first summary.
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('.markers-panel .monaco-tl-contents')].some(
            (row) => row.textContent?.includes('parameters-file') && row.textContent.includes('2 problems'),
          ),
        undefined,
        { timeout: 30_000 },
      )
      .catch(() => undefined);
    const problems = await page.locator('.markers-panel .monaco-tl-contents').allInnerTexts();
    console.log(
      `[vscode-e2e] Problems with a broken parameters file:\n  ${problems.join('\n  ').replace(/\n(?! {2})/g, ' ')}`,
    );
    const summary = problems.find((row) => row.includes('parameters-file'))!;
    // DISK is no BaseImageType, and it also names another source image than the template's FROM: two errors.
    expect(summary).toContain('web-server.pipeline.json has 2 problems (2 errors). First, line 3: ');
    expect(summary).toContain('[Ln 1, Col 1]');
    await page.mouse.move(200, 600);
    await page.waitForTimeout(500);
    await page.screenshot({ path: parametersShotPath });
    writeFileSync(parametersPath, good);
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('.markers-panel .monaco-tl-contents')].some((row) =>
          row.textContent?.includes('parameters-file'),
        ),
      undefined,
      { timeout: 30_000 },
    );
  }, 90_000);
});
