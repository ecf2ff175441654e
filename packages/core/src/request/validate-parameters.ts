// Checks request parameters against the parameter model, the way the service would refuse them,
// and reports each problem with the service's error code at the parameter's place in the file.
import type { Range } from '../syntax/ast.js';
import { closestWord } from '../util/closest-word.js';
import { isReservedName, RESERVED_NAME_MESSAGE } from './wire-assignments.js';
import type { Diagnostic, Severity } from '../checks/diagnostic.js';
import { utf8Bytes } from '../util/utf8-bytes.js';
import {
  OWN_CODES,
  PARAMETERS_DOC,
  PIPELINE_PARAMETERS,
  LINUX_REPAIR_ITEMS,
  WINDOWS_REPAIR_ITEMS,
  codeAnchor,
  formatJsonPath,
  formatWireName,
  parameterAnchor,
  type JsonPath,
  type ParameterSpec,
  type StringRule,
  type ValueSpec,
  sourceOsTypeOf,
} from './parameters.js';

/** A finding about a request parameter. */
export interface ParameterDiagnostic extends Diagnostic {
  /** JSON path of the parameter in the parameters object, e.g. `['Tag', 0, 'Key']`. */
  path: Array<string | number>;
  /** The parameter's wire name, 1-based as the service counts: `Tag.1.Key`. */
  parameter: string;
  /** Where the offending value came from: the parameters file, a `--set` override, or nowhere (it is missing). */
  origin: 'file' | 'set' | 'missing';
}

export const PARAMETER_RULE_ID = 'request-parameters';

/** Options of {@link validateParameters}. */
export interface ValidateParametersOptions {
  /** Maps a path to its range in the parameters file; without it every range is the file start. */
  rangeOf?: (path: JsonPath, part: 'value' | 'key') => Range;
  /** Whether a value came from a `--set` override rather than the file. */
  isSet?: (path: JsonPath) => boolean;
  /** The template has a FROM that decides the source image (older API rule), so BaseImage is not needed. */
  sourceImageFromTemplate?: boolean;
  /** Another action's parameter model (CreateImageComponent); default CreateImagePipeline's, with its cross checks. */
  model?: { action: string; fields: readonly ParameterSpec[] };
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** U+0000 cannot be a command-line argument and an unpaired surrogate has no UTF-8 form: neither can be sent. */
export function unsendableCharacter(text: string): { what: string; index: number } | undefined {
  const match = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (!match) return undefined;
  const what =
    match[0] === '\0' ? 'U+0000 (NUL)' : `an unpaired surrogate U+${match[0].charCodeAt(0).toString(16).toUpperCase()}`;
  return { what, index: match.index };
}

function quoteList(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** `1 character`, `2 characters`. */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What a string rule allows, in words; used in messages and docs. */
export function describeRule(rule: StringRule): string {
  switch (rule.kind) {
    case 'length':
      if (rule.min === 0) return `at most ${counted(rule.max, 'character')}`;
      return rule.min === rule.max ? `exactly ${counted(rule.max, 'character')}` : `${rule.min}-${rule.max} characters`;
    case 'bytes':
      return `at most ${counted(rule.max, 'byte')} (UTF-8)`;
    case 'enum':
      return `one of ${quoteList(rule.values)}`;
    case 'pattern':
      return rule.says;
    case 'not-prefix':
      return `must not start with ${rule.prefixes.map((p) => JSON.stringify(p)).join(' or ')}`;
    case 'not-contain':
      return `must not contain ${rule.substrings.map((p) => JSON.stringify(p)).join(' or ')}`;
    case 'ascii':
      return 'ASCII characters only';
  }
}

/** What an integer allows, in words. */
export function describeIntegerRange(minimum?: number, maximum?: number): string {
  if (minimum !== undefined && maximum !== undefined) return `an integer from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return `an integer of at least ${minimum}`;
  if (maximum !== undefined) return `an integer of at most ${maximum}`;
  return 'an integer';
}

/** Why a string breaks a rule, or undefined when it keeps it. */
function breaks(rule: StringRule, text: string): string | undefined {
  switch (rule.kind) {
    case 'length': {
      const length = codePoints(text);
      return length < rule.min || length > rule.max ? `is ${counted(length, 'character')} long` : undefined;
    }
    case 'bytes': {
      const bytes = utf8Bytes(text);
      return bytes > rule.max ? `is ${counted(bytes, 'byte')} long` : undefined;
    }
    case 'enum':
      return rule.values.includes(text) ? undefined : `is ${JSON.stringify(text)}`;
    case 'pattern':
      return new RegExp(rule.pattern, 'u').test(text) ? undefined : `is ${JSON.stringify(text)}`;
    case 'not-prefix': {
      const prefix = rule.prefixes.find((p) => text.startsWith(p));
      return prefix ? `starts with ${JSON.stringify(prefix)}` : undefined;
    }
    case 'not-contain': {
      const found = rule.substrings.find((s) => text.includes(s));
      return found ? `contains ${JSON.stringify(found)}` : undefined;
    }
    case 'ascii': {
      const other = [...text].find((ch) => ch.codePointAt(0)! > 0x7f);
      return other ? `contains the non-ASCII character ${JSON.stringify(other)}` : undefined;
    }
  }
}

function typeName(value: ValueSpec): string {
  switch (value.kind) {
    case 'string':
      return 'a string';
    case 'integer':
      return value.long ? 'an integer (or a string of digits)' : 'an integer';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    case 'list':
      return value.items.kind === 'integer' && value.items.long
        ? 'an array of integers (or strings of digits)'
        : `an array of ${typeName(value.items).replace(/^an? /, '')}s`;
  }
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    // JSON has no Infinity: 1e400 reads as Infinity, beyond what any number holds.
    if (!Number.isFinite(value)) return `an out-of-range number (beyond ${value > 0 ? '' : '-'}1.8e308)`;
    return Number.isInteger(value) ? `the number ${value}` : `the fractional number ${value}`;
  }
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'boolean') return `boolean ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

function closestName(name: string, fields: readonly ParameterSpec[]): string | undefined {
  return closestWord(
    name,
    fields.map((f) => f.name),
    2,
  );
}

type Report = (
  path: JsonPath,
  code: string,
  severity: Severity,
  problem: string,
  how?: { part?: 'value' | 'key' | 'missing'; tags?: Diagnostic['tags']; anchor?: string },
) => void;

interface Checker {
  out: ParameterDiagnostic[];
  report: Report;
  checkValue: (value: unknown, spec: ValueSpec, path: JsonPath) => void;
  checkFields: (object: Record<string, unknown>, fields: readonly ParameterSpec[], path: JsonPath) => void;
}

function createChecker(options: ValidateParametersOptions): Checker {
  const out: ParameterDiagnostic[] = [];
  const rangeOf = options.rangeOf ?? (() => START);

  const report = (
    path: JsonPath,
    code: string,
    severity: Severity,
    problem: string,
    how: { part?: 'value' | 'key' | 'missing'; tags?: Diagnostic['tags']; anchor?: string } = {},
  ): void => {
    const parameter = formatWireName(path);
    const jsonPath = formatJsonPath(path);
    const named =
      path.length === 0 ? 'The parameters' : parameter === jsonPath ? parameter : `${parameter} (at ${jsonPath})`;
    let range: Range;
    if (how.part === 'missing') {
      // Point at the opening brace of the object that lacks the parameter, not at the whole object.
      const parent = rangeOf(path.slice(0, -1), 'value');
      range = { start: parent.start, end: { line: parent.start.line, character: parent.start.character + 1 } };
    } else {
      range = rangeOf(path, how.part ?? 'value');
    }
    const ownCode = (Object.values(OWN_CODES) as string[]).includes(code);
    const anchor = how.anchor ?? (ownCode && path.length === 0 ? codeAnchor(code) : parameterAnchor(path));
    const diagnostic: ParameterDiagnostic = {
      code,
      severity,
      message: `${named} ${problem}`,
      range,
      rule: PARAMETER_RULE_ID,
      href: `${PARAMETERS_DOC}#${anchor}`,
      path: [...path],
      parameter,
      origin: how.part === 'missing' ? 'missing' : options.isSet?.(path) ? 'set' : 'file',
    };
    if (how.tags) diagnostic.tags = how.tags;
    out.push(diagnostic);
  };

  const checkValue = (value: unknown, spec: ValueSpec, path: JsonPath): void => {
    const wrongType = (extra = ''): void =>
      report(path, OWN_CODES.invalidType, 'error', `must be ${typeName(spec)}${extra}, not ${describeJson(value)}`);

    switch (spec.kind) {
      case 'string': {
        if (typeof value !== 'string') return wrongType();
        const unsendable = unsendableCharacter(value);
        if (unsendable)
          report(
            path,
            OWN_CODES.unsendableCharacter,
            'error',
            `contains ${unsendable.what}, which no request can carry`,
          );
        // One finding per value: the first rule it breaks, in model order (the service answers with one error too).
        for (const rule of spec.rules) {
          const why = breaks(rule, value);
          if (why)
            return report(
              path,
              rule.code ?? spec.code,
              rule.inferred ? 'warning' : 'error',
              `${why}; allowed: ${describeRule(rule)}`,
            );
        }
        return;
      }
      case 'integer': {
        if (spec.long && typeof value === 'string' && /^[0-9]+$/.test(value)) {
          // A long as a string of digits: exact at any length; compared as a BigInt.
          const digits = BigInt(value);
          if (
            (spec.minimum !== undefined && digits < BigInt(spec.minimum)) ||
            (spec.maximum !== undefined && digits > BigInt(spec.maximum))
          ) {
            report(
              path,
              spec.code,
              'error',
              `is ${value}; allowed: ${describeIntegerRange(spec.minimum, spec.maximum)}`,
            );
          }
          return;
        }
        if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType();
        if (!Number.isSafeInteger(value)) {
          const how = spec.long
            ? '; write it in double quotes, as a string of digits'
            : `; allowed: ${describeIntegerRange(spec.minimum, spec.maximum)}`;
          return report(
            path,
            OWN_CODES.invalidType,
            'error',
            `is beyond 2^53 and lost digits when read as a JSON number${how}`,
          );
        }
        if (
          (spec.minimum !== undefined && value < spec.minimum) ||
          (spec.maximum !== undefined && value > spec.maximum)
        ) {
          report(path, spec.code, 'error', `is ${value}; allowed: ${describeIntegerRange(spec.minimum, spec.maximum)}`);
        }
        return;
      }
      case 'boolean':
        if (typeof value !== 'boolean') wrongType();
        return;
      case 'list': {
        if (!Array.isArray(value)) return wrongType();
        if (spec.maxItems !== undefined && value.length > spec.maxItems) {
          report(
            path,
            spec.maxItemsCode ?? OWN_CODES.tooManyItems,
            'error',
            `has ${value.length} items; allowed: at most ${spec.maxItems}`,
          );
        }
        value.forEach((item, index) => checkValue(item, spec.items, [...path, index]));
        if (spec.uniqueField) {
          const seen = new Set<unknown>();
          value.forEach((item, index) => {
            if (!isPlainObject(item) || typeof item[spec.uniqueField!.name] !== 'string') return;
            const key = item[spec.uniqueField!.name];
            if (seen.has(key)) {
              report(
                [...path, index, spec.uniqueField!.name],
                spec.uniqueField!.code,
                'error',
                `repeats ${JSON.stringify(key)}; allowed: each ${spec.uniqueField!.name} once`,
              );
            }
            seen.add(key);
          });
        }
        return;
      }
      case 'object':
        if (!isPlainObject(value)) return wrongType();
        checkFields(value, spec.fields, path);
        return;
    }
  };

  const checkFields = (object: Record<string, unknown>, fields: readonly ParameterSpec[], path: JsonPath): void => {
    for (const key of Object.keys(object)) {
      if (path.length === 0 && key === '$schema') continue;
      if (isReservedName(key)) {
        report([...path, key], OWN_CODES.unknownParameter, 'error', RESERVED_NAME_MESSAGE, {
          part: 'key',
          anchor: codeAnchor(OWN_CODES.unknownParameter),
        });
        continue;
      }
      const field = fields.find((f) => f.name === key);
      if (!field) {
        const suggestion = closestName(key, fields);
        report(
          [...path, key],
          OWN_CODES.unknownParameter,
          'error',
          `is not ${path.length ? `a field of ${formatWireName(path)}` : 'a parameter of CreateImagePipeline'}${suggestion ? `; did you mean ${suggestion}?` : ''}`,
          {
            part: 'key',
            anchor: codeAnchor(OWN_CODES.unknownParameter),
          },
        );
        continue;
      }
      const fieldPath = [...path, key];
      if (field.fromTemplate) {
        report(
          fieldPath,
          OWN_CODES.buildContentInParameters,
          'error',
          'comes from the template file; remove it from the parameters',
          {
            part: 'key',
            anchor: codeAnchor(OWN_CODES.buildContentInParameters),
          },
        );
        continue;
      }
      if (object[key] === undefined) continue;
      if (field.deprecated) {
        report(fieldPath, OWN_CODES.deprecatedParameter, 'warning', `is deprecated: ${field.deprecated}`, {
          part: 'key',
          tags: ['deprecated'],
        });
      }
      const before = out.length;
      checkValue(object[key], field.value, fieldPath);
      // An empty string is sent as `Name=`: a required parameter with no value (unless its own rules said so).
      if (field.required && object[key] === '' && out.length === before) {
        report(fieldPath, field.requiredCode ?? OWN_CODES.missingParameter, 'error', 'is empty, but it is required');
      }
    }
    for (const field of fields) {
      if (field.required && object[field.name] === undefined) {
        report([...path, field.name], field.requiredCode ?? OWN_CODES.missingParameter, 'error', 'is required', {
          part: 'missing',
        });
      }
    }
  };

  return { out, report, checkValue, checkFields };
}

/** Checks one parameters object; `params` may be anything (it usually comes from JSON). */
export function validateParameters(params: unknown, options: ValidateParametersOptions = {}): ParameterDiagnostic[] {
  const { out, report, checkFields } = createChecker(options);
  if (!isPlainObject(params)) {
    report(
      [],
      OWN_CODES.invalidType,
      'error',
      `must be a JSON object of ${options.model?.action ?? 'CreateImagePipeline'} parameters, not ${describeJson(params)}`,
    );
    return out;
  }
  checkFields(params, options.model?.fields ?? PIPELINE_PARAMETERS, []);
  if (!options.model) crossCheck(params, options, report);
  return out;
}

/** Rules that tie parameters to each other (the model holds the per-parameter ones). */
function crossCheck(params: Record<string, unknown>, options: ValidateParametersOptions, report: Report): void {
  const type = params.BaseImageType;
  const importOptions = isPlainObject(params.ImportImageOptions) ? params.ImportImageOptions : undefined;

  if (type === 'OSS') {
    if (params.ImportImageOptions === undefined) {
      report(
        ['ImportImageOptions'],
        'MissingParameter.ImportImageOptions',
        'error',
        'is required when BaseImageType is "OSS"',
        { part: 'missing' },
      );
    } else if (
      importOptions &&
      (!Array.isArray(importOptions.DiskDeviceMappings) || importOptions.DiskDeviceMappings.length === 0)
    ) {
      // The service's code names ImageOptions, but its message is about ImportImageOptions.DiskDeviceMappings.
      report(
        ['ImportImageOptions', 'DiskDeviceMappings'],
        'MissingParameter.ImageOptionsDiskDeviceMappings',
        'error',
        'needs at least one item (the system disk) when BaseImageType is "OSS"',
        {
          part: importOptions.DiskDeviceMappings === undefined ? 'missing' : 'value',
        },
      );
    }
    if (params.BaseImage !== undefined) {
      report(
        ['BaseImage'],
        OWN_CODES.unusedParameter,
        'warning',
        'is not used when BaseImageType is "OSS" (the source comes from ImportImageOptions)',
        { part: 'key', tags: ['unnecessary'] },
      );
    }
  } else if (type === 'IMAGE' || type === 'IMAGE_FAMILY') {
    if (params.BaseImage === '' && !options.sourceImageFromTemplate) {
      report(
        ['BaseImage'],
        OWN_CODES.missingParameter,
        'error',
        `is empty, but BaseImageType ${JSON.stringify(type)} needs an image ${type === 'IMAGE' ? 'ID' : 'family name'}`,
      );
    }
    if (typeof params.BaseImage === 'string' && params.BaseImage !== '') {
      if (type === 'IMAGE_FAMILY' && looksLikeImageId(params.BaseImage)) {
        report(
          ['BaseImage'],
          OWN_CODES.baseImageTypeMismatch,
          'warning',
          `${JSON.stringify(params.BaseImage)} looks like an image ID, but BaseImageType is "IMAGE_FAMILY" (a family name); use BaseImageType "IMAGE" for an image ID`,
        );
      } else if (type === 'IMAGE' && !/^m-/.test(params.BaseImage) && !looksLikeImageId(params.BaseImage)) {
        report(
          ['BaseImage'],
          OWN_CODES.baseImageTypeMismatch,
          'warning',
          `${JSON.stringify(params.BaseImage)} does not look like an image ID (m-... or a public image's ....vhd), but BaseImageType is "IMAGE"; use BaseImageType "IMAGE_FAMILY" for a family name`,
        );
      }
    }
    if (params.BaseImage === undefined && !options.sourceImageFromTemplate) {
      report(
        ['BaseImage'],
        OWN_CODES.missingParameter,
        'error',
        `is required when BaseImageType is ${JSON.stringify(type)} (an image ${type === 'IMAGE' ? 'ID' : 'family name'}), unless the template starts with FROM`,
        {
          part: 'missing',
        },
      );
    }
    if (params.ImportImageOptions !== undefined) {
      report(
        ['ImportImageOptions'],
        OWN_CODES.unusedParameter,
        'warning',
        `is used only when BaseImageType is "OSS", not ${JSON.stringify(type)}`,
        { part: 'key', tags: ['unnecessary'] },
      );
    }
  }

  if (importOptions?.Architecture === 'arm64') {
    if (importOptions.BootMode === 'BIOS') {
      report(
        ['ImportImageOptions', 'BootMode'],
        'InvalidParameter.ImportImageOptionsBootMode',
        'error',
        'is "BIOS", but arm64 images boot only with UEFI; allowed: "UEFI"',
      );
    } else if (importOptions.BootMode === undefined) {
      // The newest SDK's documentation: "Default value: BIOS. If you set Architecture to arm64, set this parameter to UEFI."
      report(
        ['ImportImageOptions', 'BootMode'],
        OWN_CODES.bootModeDefault,
        'warning',
        'is not set, and its documented default is "BIOS", but arm64 images boot only with UEFI; set it to "UEFI"',
        { part: 'missing' },
      );
    }
  }

  const imageOptions = isPlainObject(params.ImageOptions) ? params.ImageOptions : {};
  const imageFeatures = isPlainObject(imageOptions.ImageFeatures) ? imageOptions.ImageFeatures : {};
  for (const [old, replacement, present] of [
    ['ImageName', 'ImageOptions.ImageName', imageOptions.ImageName !== undefined],
    ['ImageFamily', 'ImageOptions.ImageFamily', imageOptions.ImageFamily !== undefined],
    ['NvmeSupport', 'ImageOptions.ImageFeatures.NvmeSupport', imageFeatures.NvmeSupport !== undefined],
  ] as const) {
    if (present && params[old] !== undefined) {
      report(
        [old],
        OWN_CODES.deprecatedParameter,
        'warning',
        `and ${replacement} are both given; the service documents no precedence, so give only ${replacement}`,
        { part: 'key', tags: ['deprecated'] },
      );
    }
  }

  if (params.RepairItem !== undefined && params.RepairMode === undefined) {
    // The service's documented answer: MissingParameter.RepairMode, "RepairMode is missing."
    report(
      ['RepairMode'],
      'MissingParameter.RepairMode',
      'error',
      'is missing: RepairItem is given, and it is used with RepairMode "Customized"',
      { part: 'missing' },
    );
  } else if (params.RepairItem !== undefined && params.RepairMode !== 'Customized') {
    report(
      ['RepairItem'],
      OWN_CODES.unusedParameter,
      'warning',
      `is used only when RepairMode is "Customized", not ${JSON.stringify(params.RepairMode)}`,
      {
        part: 'key',
        tags: ['unnecessary'],
      },
    );
  }
  const osType = sourceOsTypeOf(params);
  if (osType && Array.isArray(params.RepairItem)) {
    // Items of the other OS only (virtio and standardizedtimezone belong to both).
    const otherOs =
      osType === 'windows'
        ? LINUX_REPAIR_ITEMS.filter((i) => !WINDOWS_REPAIR_ITEMS.includes(i))
        : WINDOWS_REPAIR_ITEMS.filter((i) => !LINUX_REPAIR_ITEMS.includes(i));
    params.RepairItem.forEach((item, index) => {
      if (typeof item === 'string' && otherOs.includes(item)) {
        const explicit = importOptions?.OSType === osType ? '' : ' (the default)';
        report(
          ['RepairItem', index],
          OWN_CODES.repairItemOs,
          'warning',
          `is ${JSON.stringify(item)}, a ${osType === 'windows' ? 'Linux' : 'Windows'} repair item, but ImportImageOptions.OSType is ${JSON.stringify(osType)}${explicit}`,
        );
      }
    });
  }
  if (params.RepairMode === 'Customized' && (!Array.isArray(params.RepairItem) || params.RepairItem.length === 0)) {
    report(
      ['RepairItem'],
      OWN_CODES.missingParameter,
      'warning',
      'lists the repair items of RepairMode "Customized"; none is given',
      { part: params.RepairItem === undefined ? 'missing' : 'value' },
    );
  }
}

/**
 * Clearly an image ID: a custom one (`m-` and 8 or more lower-case letters and digits; `*` where the docs mask
 * them) or a public image's file name. With IMAGE, anything starting with `m-` passes too (short test IDs).
 */
function looksLikeImageId(text: string): boolean {
  return /^m-[0-9a-z*]{8,}$/.test(text) || /^[A-Za-z0-9_.-]+\.(vhd|raw|qcow2)$/i.test(text);
}
