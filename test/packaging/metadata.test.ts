// The repository address is declared once, in the root package.json; every package, the VS Code extension and
// the rules' documentation links (core's DOCS_BASE) must agree with it, and the links must lead to files that exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '@buildcontent/core';
import { DOCS_BASE } from '../../packages/core/src/checks/registry.js';
import { REPO_ROOT } from '../protocol/lsp-client.js';
import { PUBLISHED_PACKAGES, readJson, repositoryOf } from './package-kit.js';

const root = readJson(join(REPO_ROOT, 'package.json'));
const repository = repositoryOf(root)!;
const manifests = [...PUBLISHED_PACKAGES, 'packages/vscode'];

describe('the repository address', () => {
  it('is declared in the root package.json, with homepage and bugs beside it', () => {
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(root.homepage).toBe(`${repository}#readme`);
    expect(root.bugs).toEqual({ url: `${repository}/issues` });
  });

  it.each(manifests)('%s/package.json agrees with it', (dir) => {
    const manifest = readJson(join(REPO_ROOT, dir, 'package.json'));
    expect(manifest.repository).toEqual({ type: 'git', url: root.repository.url, directory: dir });
    expect(manifest.homepage).toBe(`${repository}/tree/main/${dir}#readme`);
    expect(manifest.bugs).toEqual(root.bugs);
  });

  it("core's rule documentation links are pages of that repository, and each page exists", () => {
    const prefix = `${repository}/blob/main/`;
    expect(DOCS_BASE.startsWith(prefix)).toBe(true);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.href.startsWith(prefix), rule.href).toBe(true);
      const file = join(REPO_ROOT, rule.href.slice(prefix.length));
      expect(existsSync(file), `${rule.id}: ${file}`).toBe(true);
    }
  });
});

describe('licences and readmes', () => {
  const license = readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8');

  it('the root LICENSE is the MIT licence the manifests declare', () => {
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(root.license).toBe('MIT');
  });

  it.each(manifests)('%s has the same LICENSE and a README of its own', (dir) => {
    expect(readFileSync(join(REPO_ROOT, dir, 'LICENSE'), 'utf8')).toBe(license);
    expect(readJson(join(REPO_ROOT, dir, 'package.json')).license).toBe('MIT');
    const readme = readFileSync(join(REPO_ROOT, dir, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# /);
    expect(readme).not.toMatch(/\]\((?!https?:|#|images\/)[^)]*\)/); // npm shows the README away from the repo: absolute links only
  });
});
