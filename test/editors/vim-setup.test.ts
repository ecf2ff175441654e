// Vim (9, Debian's) with editors/vim installed exactly as docs/editors.md says, and no vimrc (Vim then loads
// defaults.vim, which turns on filetype plugins and syntax): the template opened as `vim web.buildcontent`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { announceSkip, EDITORS_DIR, runShellBlock, userHome, which } from './editor-kit.js';
import { expectVimRuntimeBuffer, HIGHLIGHT_SAMPLE, type VimBuffer } from './highlight-sample.js';

const vim = which('vim');
if (!vim) announceSkip('vim', 'apt-get install -y vim');

describe.skipIf(!vim).each([
  ['\\n', '\n'],
  ['\\r\\n', '\r\n'],
])('Vim with editors/vim installed as docs/editors.md says (%s)', (_, eol) => {
  let home: string;
  let result: VimBuffer;

  beforeAll(() => {
    const user = userHome();
    home = user.home;
    runShellBlock('vim-runtime-vim', user.env);
    const project = join(home, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'web.buildcontent'), HIGHLIGHT_SAMPLE.join(eol));
    const resultPath = join(home, 'result.json');
    const run = spawnSync(
      vim!,
      ['--not-a-term', 'web.buildcontent', '-c', `source ${join(EDITORS_DIR, 'vim-setup-probe.vim')}`],
      {
        cwd: project,
        env: { ...user.env, RESULT_OUT: resultPath },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        timeout: 30000,
      },
    );
    if (!existsSync(resultPath)) throw new Error(`vim wrote no result (exit ${run.status}): ${run.stderr}`);
    result = JSON.parse(readFileSync(resultPath, 'utf8'));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('gives the file the buildcontent filetype, its highlight groups and commentstring, and leaves omnifunc alone', () => {
    expectVimRuntimeBuffer(result, eol, '');
  });
});
