// `.buildcontentrc.json` is validated like a parameters file: every problem is an error at its line and
// column, named without echoing the file's content beyond the offending key. One table below gives both
// the validator and the JSON Schema (settings-schema.ts), so the two cannot disagree.
import type { SeveritySetting } from '../checks/diagnostic.js';
import { rules } from '../checks/registry.js';
import type { FromBehavior, ProjectSettings, RequestDefaults } from '../options.js';
import { parseJsonDocument, type JsonNode } from '../request/json-locator.js';
import type { Range } from '../syntax/ast.js';
import { LineIndex } from '../syntax/line-index.js';
import { closestWord } from '../util/closest-word.js';
import { TEST_CONTENT_TWICE_CODE } from './test-content.js';

/** The settings file name, found in the template's folder or its nearest parent. */
export const SETTINGS_FILE = '.buildcontentrc.json';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error', 'hint'];
export const FROM_BEHAVIOURS: readonly FromBehavior[] = ['override', 'ignored'];

/** Request defaults: camelCase as the editor writes them, or the API's PascalCase as request files do. */
export const REQUEST_DEFAULT_KEYS: ReadonlyArray<{
  key: keyof RequestDefaults;
  aliases: string[];
  description: string;
}> = [
  {
    key: 'regionId',
    aliases: ['regionId', 'RegionId'],
    description: 'RegionId when the parameters file does not give one.',
  },
  {
    key: 'baseImageType',
    aliases: ['baseImageType', 'BaseImageType'],
    description: 'BaseImageType when the parameters file does not give one.',
  },
  {
    key: 'baseImage',
    aliases: ['baseImage', 'BaseImage'],
    description: 'BaseImage when the parameters file does not give one.',
  },
];

export const SETTINGS_KEYS: Readonly<Record<string, string>> = {
  $schema: 'The JSON Schema of this file (editors read it).',
  from: 'How FROM is treated: "override" (the older API pages, the default) or "ignored" (the newer ones).',
  severity: 'Severity per code or rule id: "off", "info", "warning", "error" or "hint".',
  keepComments: 'Count the 16 KB limit on the text with comment and blank lines kept, and send them.',
  request: 'Request parameters used where <name>.pipeline.json does not give them.',
  components:
    'Component ids (ic-...) mapped to the local component file that holds them, relative to this file (docs/components.md).',
};

/** Codes of findings made outside the rules, which settings may turn off or re-level too. */
const PROJECT_CODES = ['parameters-file', TEST_CONTENT_TWICE_CODE];

/** Every code and rule id a severity setting or a suppression comment may name. */
export function knownCodes(): string[] {
  return [...new Set([...rules.flatMap((rule) => [...rule.codes, rule.id]), ...PROJECT_CODES])];
}

/** A key as a message shows it: quoted and escaped, and shortened when long (never the file's content). */
function quoteKey(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
}

/**
 * Codes the severity policy renamed (docs/decisions.md "Severity policy"): inferred findings left the
 * service-looking codes for our own. `InvalidCommandContent.COPY` is not here: it still names COPY with one operand.
 */
export const RENAMED_CODES: Readonly<Record<string, string>> = {
  'InvalidCommandContent.LABEL': 'label-content',
  'InvalidCommandContent.WORKDIR': 'workdir-content',
  'InvalidCommandContent.USER': 'user-content',
};

/** Why a code or rule id is unknown (with "did you mean" or the code it was renamed to), or undefined when it is known. */
export function unknownCodeProblem(code: string): string | undefined {
  const codes = knownCodes();
  if (codes.includes(code)) return undefined;
  const renamed = Object.hasOwn(RENAMED_CODES, code) ? RENAMED_CODES[code] : undefined;
  if (renamed)
    return `${quoteKey(code)} is now "${renamed}" (the service documents no such refusal, so the finding is a warning with our own code): write "${renamed}"`;
  const near = closestWord(code, codes, Math.max(2, Math.floor(code.length / 4)));
  return `unknown code or rule id ${quoteKey(code)}${near ? ` (did you mean "${near}"?)` : ''}`;
}

/** A problem of a settings file: a one-line message and, where there is one, its position. */
export interface SettingsProblem {
  message: string;
  range: Range;
}

/** What {@link validateSettings} gives: the settings it could read, and every problem. */
export interface ValidatedSettings {
  settings: ProjectSettings;
  problems: SettingsProblem[];
}

function typeName(node: JsonNode): string {
  return node.kind === 'array'
    ? 'an array'
    : node.kind === 'object'
      ? 'an object'
      : node.kind === 'null'
        ? 'null'
        : `a ${node.kind}`;
}

function unknownKeyMessage(key: string, where: string, known: readonly string[]): string {
  const near = closestWord(key, known, Math.max(2, Math.floor(key.length / 3)));
  return `unknown key ${quoteKey(key)}${where}${near ? ` (did you mean "${near}"?)` : ''}`;
}

/**
 * Reads and validates the text of a settings file. What is valid is kept, what is not is left out and
 * reported; the text is never executed or echoed.
 */
export function validateSettings(text: string): ValidatedSettings {
  const document = parseJsonDocument(text);
  const lines = new LineIndex(text);
  const problems: SettingsProblem[] = [];
  const at = (offset: number, endOffset: number, message: string) =>
    problems.push({ message, range: lines.range(offset, endOffset) });
  const settings: ProjectSettings = {};

  for (const problem of document.problems) {
    at(
      problem.offset,
      problem.endOffset,
      problem.kind === 'syntax' ? `not valid JSON: ${problem.message}` : problem.message,
    );
  }
  const root = document.root;
  if (!root || document.problems.some((p) => p.kind === 'syntax')) return { settings, problems };
  if (root.kind !== 'object') {
    at(root.offset, root.endOffset, `expected an object of settings, not ${typeName(root)}`);
    return { settings, problems };
  }

  for (const { key, keyOffset, keyEndOffset, value } of root.properties) {
    const wrong = (expected: string) =>
      at(value.offset, value.endOffset, `"${key}" must be ${expected}, not ${typeName(value)}`);
    switch (key) {
      case '$schema':
        if (value.kind !== 'string') wrong('a string');
        break;
      case 'from':
        if (value.kind === 'string' && (FROM_BEHAVIOURS as readonly string[]).includes(value.value))
          settings.from = value.value as FromBehavior;
        else at(value.offset, value.endOffset, `"from" must be "override" or "ignored"`);
        break;
      case 'keepComments':
        if (value.kind === 'boolean') settings.keepComments = value.value;
        else wrong('true or false');
        break;
      case 'severity': {
        if (value.kind !== 'object') {
          wrong('an object of code or rule id -> "off" | "info" | "warning" | "error" | "hint"');
          break;
        }
        const severity: Record<string, SeveritySetting> = {};
        for (const entry of value.properties) {
          const unknown = unknownCodeProblem(entry.key);
          if (unknown) at(entry.keyOffset, entry.keyEndOffset, `severity: ${unknown}`);
          else if (
            entry.value.kind === 'string' &&
            (SEVERITY_SETTINGS as readonly string[]).includes(entry.value.value)
          ) {
            Object.defineProperty(severity, entry.key, {
              value: entry.value.value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          } else {
            at(
              entry.value.offset,
              entry.value.endOffset,
              `severity of ${quoteKey(entry.key)} must be "off", "info", "warning", "error" or "hint"`,
            );
          }
        }
        settings.severity = severity;
        break;
      }
      case 'request': {
        if (value.kind !== 'object') {
          wrong('an object');
          break;
        }
        const request: RequestDefaults = {};
        const aliases = REQUEST_DEFAULT_KEYS.flatMap((entry) => entry.aliases);
        for (const entry of value.properties) {
          const spec = REQUEST_DEFAULT_KEYS.find((candidate) => candidate.aliases.includes(entry.key));
          if (!spec) at(entry.keyOffset, entry.keyEndOffset, unknownKeyMessage(entry.key, ' in "request"', aliases));
          else if (entry.value.kind !== 'string')
            at(
              entry.value.offset,
              entry.value.endOffset,
              `"request.${entry.key}" must be a string, not ${typeName(entry.value)}`,
            );
          else if (entry.value.value.trim() !== '') request[spec.key] = entry.value.value.trim();
        }
        settings.request = request;
        break;
      }
      case 'components': {
        if (value.kind !== 'object') {
          wrong('an object of component id -> component file');
          break;
        }
        const components: Record<string, string> = {};
        for (const entry of value.properties) {
          if (entry.value.kind !== 'string' || entry.value.value.trim() === '')
            at(
              entry.value.offset,
              entry.value.endOffset,
              `components: the file of ${quoteKey(entry.key)} must be a path (a non-empty string)`,
            );
          else
            Object.defineProperty(components, entry.key, {
              value: entry.value.value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
        settings.components = components;
        break;
      }
      default:
        at(keyOffset, keyEndOffset, unknownKeyMessage(key, '', Object.keys(SETTINGS_KEYS)));
    }
  }
  return { settings, problems };
}
