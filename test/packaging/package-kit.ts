// Shared by the packaging tests: which packages are published, and reading their manifests.
import { readFileSync } from 'node:fs';

/** The packages published to npm (the VS Code extension ships as a .vsix instead). */
export const PUBLISHED_PACKAGES = ['packages/core', 'packages/cli', 'packages/language-server'];

export const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

/** The web address of a manifest's `repository` (`git+https://host/x.git` → `https://host/x`). */
export function repositoryOf(manifest: { repository?: { url?: string } }): string | undefined {
  return manifest.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '');
}
