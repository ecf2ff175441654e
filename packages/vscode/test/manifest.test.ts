// The manifest (package.json) against what the code registers and reads: commands, settings, the
// language id; the versions VS Code and vsce require; the request forms named as the server names them. No build needed.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMAT_LABELS } from '../../language-server/src/features/emit-request.js';
import { normalizeSettings } from '../../language-server/src/settings.js';
import {
  COMMANDS,
  CONFIGURATION_SECTION,
  LANGUAGE_ID,
  REQUEST_FORMATS,
  SERVER_EMIT_COMMAND,
  SYNTAX_DIAGRAM_VIEW_TYPE,
} from '../src/ids.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const settings: Record<
  string,
  { type?: string | string[]; default?: unknown; enum?: unknown[]; description?: string; markdownDescription?: string }
> = contributes.configuration.properties;
const sources = readdirSync(join(packageDir, 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(packageDir, 'src', f), 'utf8'))
  .join('\n');

/** The settings (dotted, under `buildcontent.`) that the server's settings reader looks at. */
function settingsTheServerReads(): string[] {
  const reads = new Set<string>();
  const recorder = (prefix: string): object =>
    new Proxy(
      {},
      {
        get(_target, property) {
          if (typeof property !== 'string') return undefined;
          reads.add(`${prefix}${property}`);
          // Answer with a nested recorder where the reader expects a group of settings.
          return property === 'request' ? recorder(`${prefix}${property}.`) : undefined;
        },
      },
    );
  normalizeSettings(recorder(''));
  return [...reads].map((key) => `${CONFIGURATION_SECTION}.${key}`);
}

describe('versions', () => {
  it('engines.vscode and @types/vscode name the same version, at most 1.100 (code-server 4.100.3)', () => {
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    expect(manifest.devDependencies['@types/vscode'].replace(/^\^/, '')).toBe(engine);
    const [major, minor] = engine.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeLessThanOrEqual(100);
  });

  it('@vscode/vsce is 3.x (4.x needs Node 22) and vscode-languageclient is bundled, not a dependency', () => {
    expect(manifest.devDependencies['@vscode/vsce']).toMatch(/^\^?3\./);
    expect(manifest.devDependencies['vscode-languageclient']).toBeDefined();
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});

describe('identity and activation', () => {
  it('has the npm name, a publisher, a display name and an icon', () => {
    expect(manifest.name).toBe('buildcontent-vscode');
    expect(manifest.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(manifest.displayName.length).toBeGreaterThan(0);
    const icon = readFileSync(join(packageDir, manifest.icon));
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
  });

  it('activates on the language, declared explicitly (VS Code 1.100 does not infer it)', () => {
    // And on a workspace with YAML image components (opened as yaml, served by name: docs/components.md).
    expect(manifest.activationEvents).toEqual([
      `onLanguage:${LANGUAGE_ID}`,
      'workspaceContains:**/*.component.{yaml,yml}',
    ]);
    expect(manifest.main).toBe('./dist/extension.js');
  });
});

describe('language and grammar', () => {
  it('contributes the language the code selects, with both extensions and no first-line detection', () => {
    expect(contributes.languages).toHaveLength(1);
    const [language] = contributes.languages;
    expect(language.id).toBe(LANGUAGE_ID);
    expect(language.extensions).toEqual(['.buildcontent', '.imagebuilder']);
    expect(language.firstLine).toBeUndefined();
    expect(language.configuration).toBe('./dist/language-configuration.json');
    expect(sources).toContain('language: LANGUAGE_ID');
  });

  it('contributes the grammar under its own scope name, with shell embedded in RUN/CMD/ENTRYPOINT', () => {
    const grammar = JSON.parse(readFileSync(join(repoRoot, 'grammar', 'buildcontent.tmLanguage.json'), 'utf8'));
    expect(contributes.grammars).toEqual([
      {
        language: LANGUAGE_ID,
        scopeName: grammar.scopeName,
        path: './dist/syntaxes/buildcontent.tmLanguage.json',
        embeddedLanguages: { 'meta.embedded.block.shell': 'shellscript' },
      },
      // {{ }} references in YAML components (docs/components.md).
      {
        scopeName: 'buildcontent.component-references.injection',
        path: './dist/syntaxes/component-references.injection.json',
        injectTo: ['source.yaml'],
      },
    ]);
    expect(JSON.stringify(grammar)).toContain('meta.embedded.block.shell');
  });

  it('validates the parameters, component and settings files with the packaged schemas', () => {
    expect(contributes.jsonValidation).toEqual([
      { fileMatch: '*.pipeline.json', url: './dist/schemas/pipeline.schema.json' },
      { fileMatch: '*.component.json', url: './dist/schemas/component.schema.json' },
      { fileMatch: '.buildcontentrc.json', url: './dist/schemas/buildcontentrc.schema.json' },
    ]);
    // Each schema is one the bundle copies into dist/.
    const bundle = readFileSync(new URL('../scripts/bundle.mjs', import.meta.url), 'utf8');
    for (const { url } of contributes.jsonValidation as Array<{ url: string }>)
      expect(bundle).toContain(`'${url.split('/').pop()}'`);
  });

  it('every language id named in menus is the contributed one', () => {
    const whens = Object.values(contributes.menus as Record<string, { when?: string }[]>)
      .flat()
      .map((m) => m.when ?? '');
    for (const when of whens) {
      for (const match of when.matchAll(/editorLangId == (\S+)/g)) expect(match[1]).toBe(LANGUAGE_ID);
    }
  });
});

describe('commands', () => {
  const declared = (contributes.commands as { command: string; title: string; category: string }[])
    .map((c) => c.command)
    .sort();

  it('declares exactly the commands the extension registers', () => {
    expect(declared).toEqual(Object.values(COMMANDS).sort());
    for (const key of Object.keys(COMMANDS)) expect(sources).toContain(`registerCommand(COMMANDS.${key}`);
  });

  it('has the titles users look for, in the BuildContent category', () => {
    const titles = Object.fromEntries(
      (contributes.commands as { command: string; title: string; category: string }[]).map((c) => [
        c.command,
        `${c.category}: ${c.title}`,
      ]),
    );
    expect(titles).toEqual({
      [COMMANDS.showEmittedRequest]: 'BuildContent: Emit CreateImagePipeline request',
      [COMMANDS.restartServer]: 'BuildContent: Restart language server',
      [COMMANDS.showOutput]: 'BuildContent: Show output',
      [COMMANDS.showSyntaxDiagram]: 'BuildContent: Show syntax diagram',
    });
  });

  it('menus name declared commands only', () => {
    const used = Object.values(contributes.menus as Record<string, { command: string }[]>)
      .flat()
      .map((m) => m.command);
    for (const command of used) expect(declared).toContain(command);
  });

  it('no other buildcontent.* identifier appears in the code than declared commands, the section, the server command and the webview', () => {
    const literals = [...sources.matchAll(/'(buildcontent\.[A-Za-z.]+)'/g)].map((m) => m[1]);
    const known = new Set([...declared, SERVER_EMIT_COMMAND, SYNTAX_DIAGRAM_VIEW_TYPE]);
    expect(literals.filter((id) => !known.has(id))).toEqual([]);
    // The server's command is sent to the server, never registered as a VS Code command of ours.
    expect(declared).not.toContain(SERVER_EMIT_COMMAND);
  });

  it('offers every format the core can emit', async () => {
    const { REQUEST_FORMATS: coreFormats } = await import('../../core/src/request/emit-request.js');
    expect(REQUEST_FORMATS.map((f) => f.format).sort()).toEqual([...coreFormats].sort());
  });
});

describe('settings', () => {
  const declared = Object.keys(settings).sort();

  it('declares every setting the server reads, and the server reads every declared one but the client trace', () => {
    const read = settingsTheServerReads();
    // PascalCase aliases (RegionId) are accepted for files copied from requests; they are not separate settings.
    const lowered = new Set(declared.map((key) => key.toLowerCase()));
    const isGroup = (key: string) => declared.some((d) => d.startsWith(`${key}.`));
    expect(read.filter((key) => !lowered.has(key.toLowerCase()) && !isGroup(key))).toEqual([]);
    expect(read).toContain(`${CONFIGURATION_SECTION}.request.regionId`);
    const readLowered = new Set(read.map((key) => key.toLowerCase()));
    expect(declared.filter((key) => !readLowered.has(key.toLowerCase()))).toEqual([
      `${CONFIGURATION_SECTION}.trace.server`,
    ]);
  });

  it('the client id is the section, so vscode-languageclient reads buildcontent.trace.server', () => {
    expect(sources).toMatch(/new LanguageClient\(\s*CONFIGURATION_SECTION,/);
    expect(settings[`${CONFIGURATION_SECTION}.trace.server`].enum).toEqual(['off', 'messages', 'verbose']);
  });

  it('each setting has a description, and a default of its type that the server accepts', () => {
    const defaults: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(settings)) {
      expect(spec.markdownDescription ?? spec.description, key).toBeTruthy();
      expect(spec.default, key).toBeDefined();
      if (spec.enum) expect(spec.enum, key).toContain(spec.default);
      expect(typeof spec.default === 'object' ? 'object' : typeof spec.default, key).toBe(spec.type);
      const path = key.split('.').slice(1);
      let node = defaults;
      for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[path[path.length - 1]] = spec.default;
    }
    expect(normalizeSettings(defaults).problems).toEqual([]);
  });

  it('the severity values are the ones the server accepts', () => {
    const values = (settings[`${CONFIGURATION_SECTION}.severity`] as { additionalProperties: { enum: string[] } })
      .additionalProperties.enum;
    // Codes that exist: the server refuses unknown ones, as it does in .buildcontentrc.json.
    const codes = ['keyword-case', 'heredoc', 'copy-url-query', 'reboot-in-run', 'from-ignored'];
    const severity = Object.fromEntries(values.map((value, i) => [codes[i], value]));
    const { settings: normalized, problems } = normalizeSettings({ severity });
    expect(problems).toEqual([]);
    expect(normalized.severity).toEqual(severity);
    expect(normalizeSettings({ severity: { x: 'loud' } }).problems).toHaveLength(1);
  });
});

describe('snippets', () => {
  it('come from the server, which offers them only where a command starts (VS Code snippets show everywhere)', () => {
    expect(contributes.snippets).toBeUndefined();
  });
});

describe('request forms', () => {
  it('are named in the picker as the server names its source actions', () => {
    expect(Object.fromEntries(REQUEST_FORMATS.map((form) => [form.format, form.label]))).toEqual(FORMAT_LABELS);
  });
});

describe('README', () => {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

  it('shows a screenshot that exists and documents the install command', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    const base = 'https://raw.githubusercontent.com/buildcontent/buildcontent/main/packages/vscode/';
    expect(images).toEqual(expect.arrayContaining([`${base}images/screenshot.png`, `${base}images/diagnostics.png`]));
    for (const image of images)
      expect(
        readFileSync(join(packageDir, image.slice(base.length)))
          .subarray(1, 4)
          .toString('ascii'),
      ).toBe('PNG');
    expect(readme).toContain(`code --install-extension ${manifest.name}-${manifest.version}.vsix`);
  });

  it('lists every command title and every setting', () => {
    for (const command of contributes.commands as { title: string; category: string }[])
      expect(readme).toContain(`${command.category}: ${command.title}`);
    for (const key of Object.keys(settings)) expect(readme).toContain(`\`${key}\``);
  });
});

describe('test templates', () => {
  it('a test template (<name>.test.buildcontent) opens in the BuildContent language, by its extension', () => {
    const language = contributes.languages.find((entry: { id: string }) => entry.id === LANGUAGE_ID);
    // VS Code matches the end of a file name against the extensions.
    expect(
      (language.extensions as string[]).filter((extension) => 'web.test.buildcontent'.endsWith(extension)),
    ).toEqual(['.buildcontent']);
  });
});
