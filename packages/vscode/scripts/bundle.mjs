// Builds everything the .vsix carries into dist/, so that the package needs no node_modules:
//   dist/extension.js                  the extension (CommonJS, `vscode` left to the editor)
//   dist/server.js                     the language server with all its dependencies (CommonJS)
//   dist/syntaxes/*.tmLanguage.json    the TextMate grammar, copied from grammar/
//   dist/language-configuration.json   copied from grammar/
//   dist/schemas/pipeline.schema.json  the parameters-file schema, copied from packages/core/schemas/
//   dist/diagram.html                  the syntax diagram (the "Show syntax diagram" webview), from grammar/
// The server and core are bundled from their TypeScript sources, so no `tsc` build has to run first.
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');
const dist = join(packageDir, 'dist');

const COPIES = [
  [join(repoRoot, 'grammar', 'buildcontent.tmLanguage.json'), join(dist, 'syntaxes', 'buildcontent.tmLanguage.json')],
  [join(repoRoot, 'grammar', 'language-configuration.json'), join(dist, 'language-configuration.json')],
  [
    join(repoRoot, 'packages', 'core', 'schemas', 'pipeline.schema.json'),
    join(dist, 'schemas', 'pipeline.schema.json'),
  ],
  [
    join(repoRoot, 'packages', 'core', 'schemas', 'buildcontentrc.schema.json'),
    join(dist, 'schemas', 'buildcontentrc.schema.json'),
  ],
  [join(repoRoot, 'grammar', 'diagram.html'), join(dist, 'diagram.html')],
  [
    join(repoRoot, 'packages', 'core', 'schemas', 'component.schema.json'),
    join(dist, 'schemas', 'component.schema.json'),
  ],
  [
    join(repoRoot, 'grammar', 'component-references.injection.tmLanguage.json'),
    join(dist, 'syntaxes', 'component-references.injection.json'),
  ],
];

// The workspace packages resolve to their built dist/ through their exports maps; point them at the sources.
const workspaceSources = {
  name: 'workspace-sources',
  setup(pluginBuild) {
    const sources = {
      '@buildcontent/core': join(repoRoot, 'packages', 'core', 'src', 'index.ts'),
      '@buildcontent/core/node': join(repoRoot, 'packages', 'core', 'src', 'node', 'index.ts'),
      '@buildcontent/language-server': join(repoRoot, 'packages', 'language-server', 'src', 'index.ts'),
    };
    pluginBuild.onResolve({ filter: /^@buildcontent\/(core|core\/node|language-server)$/ }, (args) => ({
      path: sources[args.path],
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [workspaceSources],
};

for (const [source] of COPIES) {
  if (!existsSync(source)) {
    console.error(`bundle: ${relative(repoRoot, source)} is missing; it is part of the extension`);
    process.exit(1);
  }
}

rmSync(dist, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: [join(packageDir, 'src', 'extension.ts')],
    outfile: join(dist, 'extension.js'),
    external: ['vscode'],
  }),
  build({
    ...common,
    entryPoints: [join(repoRoot, 'packages', 'language-server', 'src', 'main.ts')],
    outfile: join(dist, 'server.js'),
  }),
]);
for (const [source, target] of COPIES) {
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
}
for (const file of ['extension.js', 'server.js']) {
  console.log(`bundle: dist/${file} ${(statSync(join(dist, file)).size / 1024).toFixed(0)} KB`);
}
