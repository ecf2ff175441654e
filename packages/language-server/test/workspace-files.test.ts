import { describe, expect, it } from 'vitest';
import { filePathOf, parametersPathOf, requestPathOf, templateBaseName, uriOf } from '../src/workspace-files.js';

describe('workspace files', () => {
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
});
