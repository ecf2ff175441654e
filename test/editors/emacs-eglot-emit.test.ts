// Emacs 28 with Debian's eglot 1.9 runs the emit-request action: eglot 1.9 can neither create files through a
// workspace edit nor show documents, so the action's command has the server write the file. The file must hold
// the bytes core's emitter (and `buildcontent request`) produces.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildRequest, emitRequest } from '@buildcontent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltServer, SERVER_MAIN } from '../protocol/lsp-client.js';
import { announceSkip, EDITORS_DIR, scratchWithExample, which } from './editor-kit.js';

const emacs = which('emacs');
const eglotInstalled =
  emacs !== undefined && spawnSync(emacs, ['--batch', '-q', '--eval', "(require 'eglot)"]).status === 0;
if (!eglotInstalled) announceSkip('emacs with eglot', 'apt-get install -y emacs-nox elpa-eglot');

describe.skipIf(!eglotInstalled)('Emacs (eglot 1.9): the emit-request action', () => {
  let dir: string;
  beforeAll(() => {
    requireBuiltServer();
    dir = scratchWithExample();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('offers every format enabled and writes the request file the action names', () => {
    const resultPath = join(dir, 'emacs-emit.json');
    const run = spawnSync(emacs!, ['--batch', '-q', '-l', join(EDITORS_DIR, 'eglot-emit-request.el')], {
      cwd: dir,
      env: { ...process.env, SERVER_JS: SERVER_MAIN, RESULT_OUT: resultPath, TEMPLATE: join(dir, 'web.buildcontent') },
      encoding: 'utf8',
      timeout: 60000,
    });
    if (!existsSync(resultPath)) throw new Error(`emacs wrote no result (exit ${run.status}): ${run.stderr}`);
    const result = JSON.parse(readFileSync(resultPath, 'utf8'));
    expect(run.status, `${JSON.stringify(result)}\n${run.stderr}`).toBe(0);
    expect(result.offered).toEqual(
      expect.arrayContaining([
        'Emit CreateImagePipeline request (aliyun CLI)',
        'Emit CreateImagePipeline request (JSON)',
        'Emit CreateImagePipeline request (query)',
        'Emit CreateImagePipeline request (TypeScript SDK)',
      ]),
    );
    expect(result.offered.some((title: string) => title.includes('unavailable'))).toBe(false);
    expect(result.modified_buffers).toEqual([]);
    const built = buildRequest(readFileSync(join(dir, 'web.buildcontent'), 'utf8'), undefined, {
      paramsText: readFileSync(join(dir, 'web.pipeline.json'), 'utf8'),
    });
    expect(readFileSync(join(dir, 'web.request.sh'), 'utf8')).toBe(emitRequest(built.request!, 'cli'));
  });
});
