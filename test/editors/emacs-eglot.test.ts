// Emacs 28 with Debian's elpa-eglot as a real client: the server's diagnostics reach flymake.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltServer, SERVER_MAIN } from '../protocol/lsp-client.js';
import { announceSkip, EDITORS_DIR, scratchWithExample, which } from './editor-kit.js';

const emacs = which('emacs');
const eglotInstalled =
  emacs !== undefined && spawnSync(emacs, ['--batch', '-q', '--eval', "(require 'eglot)"]).status === 0;
if (!emacs) announceSkip('emacs', 'apt-get install -y emacs-nox elpa-eglot');
else if (!eglotInstalled) announceSkip('eglot (for Emacs)', 'apt-get install -y elpa-eglot');

describe.skipIf(!eglotInstalled)('Emacs (eglot)', () => {
  let dir: string;
  beforeAll(() => {
    requireBuiltServer();
    dir = scratchWithExample();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the server diagnostics in flymake', () => {
    writeFileSync(join(dir, 'broken.buildcontent'), 'RUN echo a\nRESTART now\n');
    const resultPath = join(dir, 'emacs-result.json');
    const run = spawnSync(emacs!, ['--batch', '-q', '-l', join(EDITORS_DIR, 'eglot-diagnostics.el')], {
      cwd: dir,
      env: {
        ...process.env,
        SERVER_JS: SERVER_MAIN,
        RESULT_OUT: resultPath,
        TEMPLATE: join(dir, 'broken.buildcontent'),
      },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(run.status, `${run.stderr}${run.stdout}`).toBe(0);
    if (!existsSync(resultPath)) throw new Error(`emacs wrote no result: ${run.stderr}`);
    const diagnostics = JSON.parse(readFileSync(resultPath, 'utf8'));
    expect(diagnostics).toEqual([
      {
        line: 2,
        column: 8,
        type: 'eglot-error',
        text: expect.stringMatching(/NotEmptyCommandContent\.RESTART.*RESTART/),
      },
    ]);
  });
});

// The harness runs a code action as `M-x eglot-code-actions` does; the emit actions are run the same way by
// emacs-eglot-emit.test.ts.
// Adding -y changes what runs, so it is a suggestion with a title that says so (never in the fix-all).
const ADD_YES = 'Add -y (answers yes to every prompt)';

describe.skipIf(!eglotInstalled)('Emacs (eglot) code actions', () => {
  let dir: string;
  beforeAll(() => {
    requireBuiltServer();
    dir = scratchWithExample();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the actions in its menu and applies the one picked (a quick fix)', () => {
    const resultPath = join(dir, 'emacs-action.json');
    const run = spawnSync(emacs!, ['--batch', '-q', '-l', join(EDITORS_DIR, 'eglot-diagnostics.el')], {
      cwd: dir,
      env: {
        ...process.env,
        SERVER_JS: SERVER_MAIN,
        RESULT_OUT: resultPath,
        TEMPLATE: join(dir, 'web.buildcontent'),
        ACTION_TITLE: ADD_YES,
      },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(run.status, `${run.stderr}${run.stdout}`).toBe(0);
    const result = JSON.parse(readFileSync(resultPath, 'utf8'));
    expect(result.error).toBeNull();
    expect(result.picked).toBe(ADD_YES);
    expect(result.offered).toEqual(
      expect.arrayContaining([ADD_YES, expect.stringMatching(/^Emit CreateImagePipeline request \(aliyun CLI\)/)]),
    );
    const before = readFileSync(join(dir, 'web.buildcontent'), 'utf8');
    expect(before).toContain('yum install nginx');
    expect(result.template).toBe(before.replace('yum install nginx', 'yum install -y nginx'));
  });
});
