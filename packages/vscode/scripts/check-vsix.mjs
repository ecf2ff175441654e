// Checks a built .vsix: it must hold the manifest, both bundles, the grammar, the language configuration,
// the parameters-file schema, the syntax diagram, the icon and a README whose pictures render wherever the
// README is shown (absolute https links: the Marketplace, Open VSX and code-server show relative ones as alt
// text when the package names no repository) and are the package's own images; nothing from node_modules or
// the sources. Every file the manifest points at must be there.
// Usage: node scripts/check-vsix.mjs <file.vsix>   (exit 1 and a list of problems when it fails)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip file (a .vsix is one): name -> contents. Reads the central directory; no dependency. */
export function readZip(buffer) {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error('not a zip file (no end of central directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith('/')) entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const REQUIRED = [
  'extension.vsixmanifest',
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/syntaxes/buildcontent.tmLanguage.json',
  'extension/dist/language-configuration.json',
  'extension/dist/schemas/pipeline.schema.json',
  'extension/dist/schemas/buildcontentrc.schema.json',
  'extension/dist/diagram.html',
  'extension/dist/schemas/component.schema.json',
  'extension/dist/syntaxes/component-references.injection.json',
  'extension/images/icon.png',
];

/** Problems found in the .vsix at `path` (empty when it is fine), and what it holds. */
export function checkVsix(path) {
  const buffer = readFileSync(path);
  const entries = readZip(buffer);
  const names = [...entries.keys()];
  const problems = [];
  const text = (name) => entries.get(name)?.toString('utf8');

  for (const name of REQUIRED) if (!entries.has(name)) problems.push(`missing ${name}`);
  for (const name of names) {
    if (/(^|\/)node_modules\//.test(name)) problems.push(`carries ${name} (node_modules must not be packaged)`);
    if (/^extension\/(src|test|scripts)\//.test(name)) problems.push(`carries ${name} (sources and tests stay out)`);
  }

  const manifestText = text('extension/package.json');
  if (manifestText) {
    const manifest = JSON.parse(manifestText);
    const pointed = [
      manifest.main,
      manifest.icon,
      ...(manifest.contributes?.languages ?? []).map((l) => l.configuration),
      ...(manifest.contributes?.grammars ?? []).map((g) => g.path),
      ...(manifest.contributes?.snippets ?? []).map((s) => s.path),
      ...(manifest.contributes?.jsonValidation ?? []).map((j) => j.url),
    ].filter((p) => typeof p === 'string' && !/^https?:/.test(p));
    for (const relative of pointed) {
      const name = `extension/${relative.replace(/^\.\//, '')}`;
      if (!entries.has(name)) problems.push(`the manifest points at ${relative}, which is not in the package`);
    }
    for (const file of [
      'extension/dist/syntaxes/buildcontent.tmLanguage.json',
      'extension/dist/schemas/pipeline.schema.json',
    ]) {
      try {
        if (entries.has(file)) JSON.parse(text(file));
      } catch (error) {
        problems.push(`${file} is not valid JSON: ${error.message}`);
      }
    }
  }

  // vsce stores the README as extension/readme.md.
  const readmeName = names.find((name) => /^extension\/readme\.md$/i.test(name));
  if (!readmeName) problems.push('missing extension/README.md');
  const readme = (readmeName && text(readmeName)) ?? '';
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  if (images.length === 0)
    problems.push('README.md shows no picture (a screenshot of diagnostics and the emit action is expected)');
  const manifest = manifestText ? JSON.parse(manifestText) : {};
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const github = /github\.com[/:]([^/]+)\/([^/.]+)/.exec(repository ?? '');
  for (const src of images) {
    if (!/^https:\/\//.test(src)) {
      problems.push(
        `README.md shows ${src}: use an absolute https link (relative ones show as alt text in the Marketplace, Open VSX and code-server)`,
      );
      continue;
    }
    // The picture must be one of ours: the URL ends with the package-relative path of a packaged file.
    const packaged = /\/packages\/vscode\/(.+)$/.exec(src)?.[1];
    if (!packaged || !entries.has(`extension/${packaged}`))
      problems.push(`README.md shows ${src}, which is not a file of this package`);
    if (github && !src.startsWith(`https://raw.githubusercontent.com/${github[1]}/${github[2]}/`)) {
      problems.push(`README.md shows ${src}, which is not in the repository the manifest names (${repository})`);
    }
  }

  return { problems, names, size: buffer.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: node scripts/check-vsix.mjs <file.vsix>');
    process.exit(2);
  }
  const { problems, names, size } = checkVsix(path);
  console.log(`${path}: ${(size / 1024).toFixed(0)} KB, ${names.length} files`);
  for (const name of names.sort()) console.log(`  ${name}`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-vsix: ${problem}`);
    process.exit(1);
  }
  console.log('check-vsix: ok');
}
