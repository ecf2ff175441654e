// Runs in Chromium: core bundled for the browser, a project in memory, the findings written into the page.
import { InMemoryFileSystem, lint, lintOptionsOf, loadProject } from '../../../src/index.js';
import { files } from './files.js';

async function main(): Promise<unknown> {
  const fs = new InMemoryFileSystem(files);
  const project = await loadProject(fs, '/ws/app/web.buildcontent');
  const text = new TextDecoder().decode(await fs.readFile(project.templatePath));
  return lint(text, lintOptionsOf(project)).map((d) => [
    d.code,
    d.severity,
    d.range.start.line,
    d.range.start.character,
  ]);
}

main().then(
  (result) => {
    document.getElementById('out')!.textContent = JSON.stringify({ userAgent: navigator.userAgent, result });
  },
  (error: Error) => {
    document.getElementById('out')!.textContent = JSON.stringify({ error: String(error) });
  },
);
