// Writes grammar/diagram.html: the railroad (syntax) diagram of templates, drawn by Chevrotain's own diagram
// code at the level a template author thinks in: one diagram per command with its documented forms
// (`FROM IMAGE:<imageId>` or `IMAGE_FAMILY:<familyName>`, COMPONENT by ID or by ARN with `--name value`
// parameters, RESTART alone), not the lexer's tokens (the parser is permissive by design and would show none
// of that). The VS Code command "BuildContent: Show syntax diagram" opens it. Run with
// `npx tsx grammar/scripts/generate-diagram.ts`; `--check` exits 1 instead of writing when the committed file is
// out of date.
//
// Chevrotain's page loads its scripts and CSS from a CDN by default. This machine is offline and a
// committed file must not name a path on one machine, so the scripts and CSS are inlined: the page is
// self-contained and the same wherever it is generated.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSyntaxDiagramsCode, type ISerializedGast } from 'chevrotain';
import { COMMAND_KINDS } from '../../packages/core/src/syntax/ast.js';

export const diagramPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'diagram.html');

// Stand-ins handed to Chevrotain, replaced by the inlined files afterwards.
const RESOURCE_BASE = 'chevrotain-diagrams/';
const CSS_HREF = 'chevrotain-diagrams/diagrams.css';
const SCRIPTS = ['vendor/railroad-diagrams.js', 'src/diagrams_builder.js', 'src/diagrams_behavior.js', 'src/main.js'];

// Chevrotain's serialized grammar format, written by hand. Literal text is a terminal (`IMAGE:`); what the
// author fills in is a terminal in angle brackets (`<imageId>`), as the service documentation writes it.
let terminals = 0;
const text = (label: string): ISerializedGast =>
  ({ type: 'Terminal', name: `t${terminals++}`, label, idx: 0 }) as ISerializedGast;
const rule = (name: string): ISerializedGast => ({ type: 'NonTerminal', name, idx: 0 }) as ISerializedGast;
const seq = (...definition: ISerializedGast[]): ISerializedGast => ({ type: 'Alternative', definition });
const choice = (...alternatives: ISerializedGast[][]): ISerializedGast =>
  ({
    type: 'Alternation',
    idx: 0,
    definition: alternatives.map((definition) => seq(...definition)),
  }) as ISerializedGast;
const many = (...definition: ISerializedGast[]): ISerializedGast =>
  ({ type: 'Repetition', idx: 0, definition }) as ISerializedGast;
const oneOrMore = (...definition: ISerializedGast[]): ISerializedGast =>
  ({ type: 'RepetitionMandatory', idx: 0, definition }) as ISerializedGast;
const diagram = (name: string, ...definition: ISerializedGast[]): DiagramRule =>
  ({ type: 'Rule', name, orgText: '', definition }) as DiagramRule;

const execOrShell = (keyword: string) => [
  text(keyword),
  choice(
    [text('['), text('"<executable>"'), many(text(','), text('"<param>"')), text(']')],
    [text('<command>'), many(text('<param>'))],
  ),
];

/** Every command with its documented forms (core's syntax/command-reference.ts words them for hovers and completion). */
/** A drawn rule: chevrotain's serialized production, with the name the diagram shows. */
export type DiagramRule = ISerializedGast & { name: string };

export function authorGrammar(): DiagramRule[] {
  terminals = 0;
  return [
    diagram('template', many(choice([rule('command')], [text('# comment')], [text('<blank line>')]))),
    diagram('command', choice(...COMMAND_KINDS.map((kind) => [rule(kind)]))),
    diagram(
      'FROM',
      text('FROM'),
      choice([text('IMAGE:'), text('<imageId>')], [text('IMAGE_FAMILY:'), text('<familyName>')]),
    ),
    diagram(
      'COMPONENT',
      text('COMPONENT'),
      choice([text('<componentId> (ic-...)')], [rule('componentArn')]),
      many(text('--<name>'), text('<value>')),
    ),
    diagram(
      'componentArn',
      text('acs:ecs:'),
      text('<RegionId>'),
      text(':'),
      text('<AliUid>'),
      text(':imagecomponent/'),
      text('<Name>'),
      text('/'),
      choice([text('<major>')], [text('*')]),
      text('.'),
      choice([text('<minor>')], [text('*')]),
      text('.'),
      choice([text('<patch>')], [text('*')]),
    ),
    diagram(
      'RUN',
      text('RUN'),
      text('<shell command>'),
      many(text('\\ line break'), text('<shell command, continued>')),
    ),
    diagram(
      'ENV',
      text('ENV'),
      choice(
        [text('<key>'), text('<value: rest of the line>')],
        [oneOrMore(text('<key>'), text('='), text('"<value>"'))],
      ),
    ),
    diagram('WORKDIR', text('WORKDIR'), choice([text('/<path>')], [text('<path1>/<path2>')])),
    diagram(
      'COPY',
      text('COPY'),
      choice([text('<http(s) URL, no query string>')], [text('<path on the instance>')]),
      text('<destination directory>'),
    ),
    diagram('USER', text('USER'), text('<username>')),
    diagram('LABEL', text('LABEL'), oneOrMore(text('<key>'), text('='), text('"<value>"'))),
    diagram('CMD', ...execOrShell('CMD')),
    diagram('ENTRYPOINT', ...execOrShell('ENTRYPOINT')),
    diagram('RESTART', text('RESTART')),
  ];
}

function chevrotainDiagramsDir(): string {
  // The package's exports map hides package.json, so resolve the entry point and walk up to the package root.
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve('chevrotain'));
  while (!readFileSafe(join(dir, 'package.json'))?.includes('"name": "chevrotain"')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('chevrotain package root not found');
    dir = parent;
  }
  return join(dir, 'diagrams');
}

function readFileSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function replaceOnce(html: string, search: string, replacement: string): string {
  const at = html.indexOf(search);
  if (at === -1 || html.indexOf(search, at + 1) !== -1) {
    throw new Error(`expected exactly one ${JSON.stringify(search)} in Chevrotain's diagram page`);
  }
  return html.slice(0, at) + replacement + html.slice(at + search.length);
}

/** The diagram page for the parser as it is now. */
export function generateDiagramHtml(): string {
  const serialized = authorGrammar();
  if (JSON.stringify(serialized).includes('</'))
    throw new Error('the serialized grammar would close the inline <script>');
  const diagramsDir = chevrotainDiagramsDir();

  let html = createSyntaxDiagramsCode(serialized, { resourceBase: RESOURCE_BASE, css: CSS_HREF });
  html = replaceOnce(
    html,
    '<!-- This is a generated file -->',
    '<!-- Generated by `npx tsx grammar/scripts/generate-diagram.ts`. Do not edit. -->',
  );
  html = replaceOnce(
    html,
    '<meta charset="utf-8">',
    '<meta charset="utf-8">\n<title>BuildContent template syntax</title>',
  );
  const css = readFileSync(join(diagramsDir, 'diagrams.css'), 'utf8').trimEnd();
  html = replaceOnce(html, `<link rel='stylesheet' href='${CSS_HREF}'>`, `<style>\n${css}\n</style>`);
  for (const script of SCRIPTS) {
    const code = readFileSync(join(diagramsDir, script), 'utf8').trimEnd();
    if (code.includes('</script')) throw new Error(`${script} cannot be inlined`);
    html = replaceOnce(html, `<script src='${RESOURCE_BASE}${script}'></script>`, `<script>\n${code}\n</script>`);
  }
  return html.replace(/[ \t]+$/gm, '');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const html = generateDiagramHtml();
  if (process.argv.includes('--check')) {
    if (readFileSafe(diagramPath) !== html) {
      console.error(`${diagramPath} is out of date: run npx tsx grammar/scripts/generate-diagram.ts`);
      process.exit(1);
    }
    console.log(`${diagramPath} is up to date`);
  } else {
    writeFileSync(diagramPath, html);
    console.log(`wrote ${diagramPath} (${html.length} bytes)`);
  }
}
