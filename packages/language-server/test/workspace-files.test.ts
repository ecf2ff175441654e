import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filePathOf, findRcFile, parametersPathOf, requestPathOf, templateBaseName, uriOf } from '../src/workspace-files.js';

describe('workspace files', () => {
  const root = mkdtempSync(join(tmpdir(), 'bc-ls-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the files beside a template', () => {
    expect(templateBaseName('/a/web.buildcontent')).toBe('web');
    expect(templateBaseName('/a/web.ImageBuilder')).toBe('web');
    expect(templateBaseName('/a/Dockerfile')).toBe('Dockerfile');
    expect(parametersPathOf('/a/web.buildcontent')).toBe('/a/web.pipeline.json');
    expect(requestPathOf('/a/web.imagebuilder', 'sh')).toBe('/a/web.request.sh');
  });

  it('maps file URIs to paths and back, and nothing else', () => {
    expect(filePathOf('file:///a/b%20c.buildcontent')).toBe('/a/b c.buildcontent');
    expect(filePathOf('untitled:Untitled-1')).toBeUndefined();
    expect(uriOf('/a/b c.buildcontent')).toBe('file:///a/b%20c.buildcontent');
  });

  it('finds the nearest .buildcontentrc.json, stopping at the workspace root', () => {
    const nested = join(root, 'w', 'images', 'web');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(root, '.buildcontentrc.json'), '{}');
    expect(findRcFile(join(nested, 't.buildcontent'))).toBe(join(root, '.buildcontentrc.json'));
    expect(findRcFile(join(nested, 't.buildcontent'), join(root, 'w'))).toBeUndefined();
    writeFileSync(join(root, 'w', 'images', '.buildcontentrc.json'), '{}');
    expect(findRcFile(join(nested, 't.buildcontent'), join(root, 'w'))).toBe(join(root, 'w', 'images', '.buildcontentrc.json'));
  });
});
