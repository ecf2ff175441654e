// Neovim 0.7.2 (Debian's) set up exactly as docs/editors.md says: its tested blocks are read from the docs and
// installed in a scratch home folder, and the template is opened as a user opens it (`nvim web.buildcontent`).
// What the user would see is recorded by nvim-setup-probe.lua: filetype, highlight groups, options, the attached
// server and its diagnostics.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltServer } from '../protocol/lsp-client.js';
import { announceSkip, EDITOR_RUN_MS, EDITORS_DIR, runShellBlock, testedBlock, userHome, which } from './editor-kit.js';
import { expectVimRuntimeBuffer, HIGHLIGHT_SAMPLE, SAMPLE_DIAGNOSTICS, type VimBuffer } from './highlight-sample.js';

const nvim = which('nvim');
if (!nvim) announceSkip('nvim', 'apt-get install -y neovim');

interface ProbeResult extends VimBuffer {
  timed_out: boolean;
  clients: string[];
  diagnostics: Array<{ code: string; lnum: number; col: number; end_lnum: number; end_col: number; severity: number }>;
}

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

/** Sets up a user's home with the given docs blocks, opens `web.buildcontent` holding `text` and probes it. */
function openAsUser(text: string, { runtime }: { runtime: boolean }): ProbeResult {
  const { home, env } = userHome();
  homes.push(home);
  if (runtime) runShellBlock('vim-runtime-neovim', env);
  mkdirSync(join(home, '.config/nvim'), { recursive: true });
  writeFileSync(join(home, '.config/nvim/init.lua'), testedBlock('neovim-0.7-init'));
  const project = join(home, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'web.buildcontent'), text);
  const resultPath = join(home, 'result.json');
  const run = spawnSync(
    nvim!,
    ['--headless', 'web.buildcontent', '-c', `luafile ${join(EDITORS_DIR, 'nvim-setup-probe.lua')}`],
    {
      cwd: project,
      env: { ...env, RESULT_OUT: resultPath, WANT_DIAGNOSTICS: String(SAMPLE_DIAGNOSTICS.length) },
      encoding: 'utf8',
      timeout: EDITOR_RUN_MS - 10000,
    },
  );
  if (!existsSync(resultPath)) throw new Error(`nvim wrote no result (exit ${run.status}): ${run.stderr}${run.stdout}`);
  return JSON.parse(readFileSync(resultPath, 'utf8')) as ProbeResult;
}

describe.skipIf(!nvim)('Neovim 0.7 set up as docs/editors.md says', () => {
  beforeAll(() => requireBuiltServer());

  describe.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])('with editors/vim installed (%s)', (_, eol) => {
    let result: ProbeResult;
    beforeAll(() => {
      result = openAsUser(HIGHLIGHT_SAMPLE.join(eol), { runtime: true });
    }, EDITOR_RUN_MS);

    it('gives the file the buildcontent filetype, its highlight groups, commentstring and the LSP omnifunc', () => {
      expectVimRuntimeBuffer(result, eol, 'v:lua.vim.lsp.omnifunc');
    });

    it('starts the server, which publishes its diagnostics with the settings of the block applied', () => {
      expect(result.timed_out).toBe(false);
      expect(result.clients).toEqual(['buildcontent']);
      expect(result.diagnostics).toEqual(SAMPLE_DIAGNOSTICS);
    });
  });

  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])(
    'without editors/vim, the init.lua block alone still detects the file and starts the server (%s)',
    (_, eol) => {
      // The bug this block once had: 0.7 ignored vim.filetype.add, the template (which starts with a comment)
      // became `conf`, and the server never started.
      const result = openAsUser(HIGHLIGHT_SAMPLE.join(eol), { runtime: false });
      expect(result.filetype).toBe('buildcontent');
      expect(result.syntax).toBe('');
      expect(result.clients).toEqual(['buildcontent']);
      expect(result.diagnostics).toEqual(SAMPLE_DIAGNOSTICS);
    },
    EDITOR_RUN_MS,
  );
});
