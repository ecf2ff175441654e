// Template + parameters -> the CreateImagePipeline request, with every finding that would make the
// service refuse it. The template is parsed once; the AST answers the cross checks (FROM, command
// count) and the template's own rules run through `lint`, which also gets InternetMaxBandwidthOut.
import { MAX_COMMANDS } from '../checks/rules/command-count.js';
import type { Diagnostic, Severity, TextEdit } from '../checks/diagnostic.js';
import { deleteCommand } from '../checks/fix-helpers.js';
import { lint } from '../checks/registry.js';
import type { LintOptions } from '../options.js';
import type { FromCommand, Range, Template } from '../syntax/ast.js';
import { LineIndex } from '../syntax/line-index.js';
import { parse } from '../syntax/parse.js';
import { parseJsonDocument } from './json-locator.js';
import {
  ACTION,
  API_VERSION,
  OWN_CODES,
  PARAMETERS_DOC,
  PIPELINE_PARAMETERS,
  codeAnchor,
  formatWireName,
  type CreateImagePipelineRequest,
  type JsonPath,
  type ParameterSpec,
  type ValueSpec,
  sourceOsTypeOf,
} from './parameters.js';
import { lintAsSent } from './check-sent-text.js';
import type { BuildContentOptions } from './strip-comments.js';
import {
  PARAMETER_RULE_ID,
  unsendableCharacter,
  validateParameters,
  type ParameterDiagnostic,
} from './validate-parameters.js';
import { applyWireAssignments } from './wire-assignments.js';
import { testContentOf } from '../project/test-content.js';

/** Options of {@link buildRequest}: how the content is sent, whether findings block it, and the lint options. */
export interface BuildRequestOptions extends BuildContentOptions {
  /** Build the request even though errors stand (they are still reported). */
  force?: boolean;
  /** The template's lint settings (FROM behaviour, severities); severities apply to the request's findings too. */
  lint?: LintOptions;
  /** The parameters file's text: places parameter findings in it, and is read when `params` is undefined. */
  paramsText?: string;
  /** Overrides by wire name, applied after the file: `{ 'Name': 'web', 'Tag.1.Key': 'team' }`. */
  set?: Record<string, string> | ReadonlyArray<readonly [string, string]>;
  /** The test template file's text (`<name>.test.buildcontent`, `--test`): linted, sent as TestContent. */
  testTemplate?: string;
}

/** The source image the build starts from, after the API's FROM rule. */
export interface EffectiveSource {
  baseImageType?: string;
  baseImage?: string;
  /** `template`: a FROM in the template overrides the parameters; `parameters`: the service prepends `FROM <type>:<image>`. */
  origin: 'template' | 'parameters';
}

/** A parameter left out whose documented default applies. */
export interface AppliedDefault {
  parameter: string;
  /** The value the service fills in, when the docs give one. */
  value?: string | number | boolean;
  /** The default in words, as documented. */
  text: string;
}

/** What {@link buildRequest} gives: the request (unless blocked), the findings and parameter problems that decided it, and the defaults it filled. */
export interface BuildRequestResult {
  /** The request, wire-named and structured; absent while an error stands, unless forced. */
  request?: CreateImagePipelineRequest;
  /** The BuildContent the request carries. */
  buildContent: string;
  /** Findings in the template: its own rules, plus the cross checks with the parameters. */
  diagnostics: Diagnostic[];
  /** Findings in the parameters, placed in the parameters file when its text was given. */
  parameterDiagnostics: ParameterDiagnostic[];
  /** The TestContent the request carries (the test template as sent), when there is one. */
  testContent?: string;
  /** Findings in the test template file (inline TestContent's are parameter findings). */
  testDiagnostics: Diagnostic[];
  /** An error stands (in any list). */
  blocked: boolean;
  source: EffectiveSource;
  /** Parameters left out whose documented defaults apply, for display. */
  defaults: AppliedDefault[];
}

const REQUEST_RULE_ID = 'request';
const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrefix(prefix: JsonPath, path: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

/** Copies the model's parameters in model order (nested too); keys the model does not know are left out. */
export function copyInModelOrder(
  object: Record<string, unknown>,
  fields: readonly ParameterSpec[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (object[field.name] !== undefined) out[field.name] = copyValue(object[field.name], field.value);
  }
  return out;
}

function copyValue(value: unknown, spec: ValueSpec): unknown {
  if (spec.kind === 'object' && isPlainObject(value)) return copyInModelOrder(value, spec.fields);
  if (spec.kind === 'list' && Array.isArray(value)) return value.map((item) => copyValue(item, spec.items));
  return value;
}

export function appliedDefaults(
  params: Record<string, unknown>,
  fields: readonly ParameterSpec[],
  prefix: JsonPath,
): AppliedDefault[] {
  const out: AppliedDefault[] = [];
  for (const field of fields) {
    const value = params[field.name];
    const path = [...prefix, field.name];
    if (value === undefined && field.default) {
      out.push({
        parameter: formatWireName(path),
        ...(field.default.value !== undefined ? { value: field.default.value } : {}),
        text: field.default.text,
      });
    } else if (field.value.kind === 'object' && isPlainObject(value)) {
      out.push(...appliedDefaults(value, field.value.fields, path));
    }
  }
  return out;
}

export function withSeverity(diagnostic: Diagnostic, lintOptions: LintOptions | undefined): boolean {
  const setting = lintOptions?.severity?.[diagnostic.code] ?? lintOptions?.severity?.[diagnostic.rule];
  if (setting === 'off') return false;
  if (setting) diagnostic.severity = setting;
  return true;
}

/** The parameters of a request: the object given, or the file's text read here; then the `set` overrides. */
export function readRequestParameters(params: unknown, options: Pick<BuildRequestOptions, 'paramsText' | 'set'>) {
  const parameterDiagnostics: ParameterDiagnostic[] = [];

  const document = options.paramsText !== undefined ? parseJsonDocument(options.paramsText) : undefined;
  let fileParams: unknown = params;
  if (fileParams === undefined && document) fileParams = document.value ?? {};
  for (const problem of document?.problems ?? []) {
    const lines = new LineIndex(document!.text);
    const duplicate = problem.kind === 'duplicate-key';
    parameterDiagnostics.push({
      code: duplicate ? OWN_CODES.duplicateJsonKey : OWN_CODES.invalidJson,
      severity: duplicate ? 'warning' : 'error',
      message: duplicate
        ? `The parameters file gives ${problem.message}`
        : `The parameters file is not valid JSON: ${problem.message}`,
      range: lines.range(problem.offset, problem.endOffset),
      rule: PARAMETER_RULE_ID,
      href: `${PARAMETERS_DOC}#${codeAnchor(duplicate ? OWN_CODES.duplicateJsonKey : OWN_CODES.invalidJson)}`,
      path: [],
      parameter: '',
      origin: 'file',
    });
  }
  const assignments =
    options.set === undefined ? [] : Array.isArray(options.set) ? options.set : Object.entries(options.set);
  const applied = applyWireAssignments(fileParams ?? {}, assignments as ReadonlyArray<readonly [string, string]>);
  const merged = applied.params;
  const isSet = (path: JsonPath): boolean => applied.assignedPaths.some((assigned) => isPrefix(assigned, path));
  for (const problem of applied.problems) {
    parameterDiagnostics.push({
      code: OWN_CODES.invalidSet,
      severity: 'error',
      message: `--set ${problem.name}: ${problem.message}`,
      range: START,
      rule: PARAMETER_RULE_ID,
      href: `${PARAMETERS_DOC}#${codeAnchor(OWN_CODES.invalidSet)}`,
      path: [problem.name],
      parameter: problem.name,
      origin: 'set',
    });
  }
  const rangeOf = (path: JsonPath, part: 'value' | 'key'): Range =>
    isSet(path) || !document ? START : document.rangeOf(path, part);

  return { merged, document, isSet, rangeOf, parameterDiagnostics };
}

/** The source image a FROM names, when it is one the service accepts (else the FROM checks report it). */
function sourceImageOf(from: FromCommand): { BaseImageType: string; BaseImage: string } | undefined {
  const type = from.sourceType?.value;
  const image = from.image?.value;
  if ((type !== 'IMAGE' && type !== 'IMAGE_FAMILY') || !image) return undefined;
  return { BaseImageType: type, BaseImage: image };
}

/** A parameter's value in a message: a string as it is, anything else as JSON. */
function shownValue(value: unknown): string {
  if (value === undefined || value === null) return '(absent)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Deletes the FROM's lines (comment lines inside it stay), as the from-ignored fix does. */
function removeFromEdit(ast: Template, from: FromCommand): TextEdit {
  const lines = new LineIndex(ast.text);
  const context = {
    template: ast,
    lines,
    options: {},
    report: () => undefined,
    range: (offset: number, end: number) => lines.range(offset, end),
  };
  return deleteCommand(from, context);
}

/**
 * Builds the CreateImagePipeline request for a template and its parameters, and checks both
 * together. Pure: no file system; pass the parameters file's text as `paramsText` for ranges.
 *
 * @param template - the template's text (the BuildContent).
 * @param params - the request parameters: a `PipelineParameters` object, or any parsed JSON value (what is
 *   not an object is reported, not thrown).
 * @param options - the parameters file's text, `set` overrides, lint options.
 */
export function buildRequest(template: string, params: unknown, options: BuildRequestOptions = {}): BuildRequestResult {
  // 1. The parameters: the object given, or the file's text read here; then the `set` overrides.
  const { merged, document, isSet, rangeOf, parameterDiagnostics } = readRequestParameters(params, options);

  // 2. The template: parsed once, linted with the bandwidth the build instance will have.
  const ast: Template = parse(template);
  const lintOptions: LintOptions = {
    ...options.lint,
    keepComments: options.keepComments ?? options.lint?.keepComments,
    // Absent stays absent: the rule then says "not set (default 0)".
    params: {
      ...options.lint?.params,
      InternetMaxBandwidthOut:
        typeof merged.InternetMaxBandwidthOut === 'number' ? merged.InternetMaxBandwidthOut : undefined,
      sourceOsType: sourceOsTypeOf(merged),
    },
  };
  // The template's own rules, the 16 KB limit of the BuildContent as sent and COPY URL vs bandwidth among them.
  const diagnostics = lint(ast, lintOptions);

  // 3. The source image, the same under both API rules (spec 2.10): a valid FROM fills BaseImageType/BaseImage
  // when the parameters leave them out (the older service takes the FROM, today's the parameters), and
  // parameters that name another image are an error: the image built would depend on the API version.
  const fromBehavior = options.lint?.from ?? 'override';
  const from = ast.commands.find((command): command is FromCommand => command.kind === 'FROM');
  const fromImage = from && sourceImageOf(from);
  const ownTemplateDiagnostic = (code: string, severity: Severity, message: string, range: Range): Diagnostic => ({
    code,
    severity,
    message,
    range,
    rule: REQUEST_RULE_ID,
    href: `${PARAMETERS_DOC}#${codeAnchor(code)}`,
  });
  const ownDiagnostics: Diagnostic[] = [];
  let sent: Record<string, unknown> = merged;
  if (fromImage) {
    const differing = (['BaseImageType', 'BaseImage'] as const).filter(
      (name) => merged[name] !== undefined && merged[name] !== fromImage[name],
    );
    if (differing.length === 0) {
      sent = { ...merged, BaseImageType: fromImage.BaseImageType, BaseImage: fromImage.BaseImage };
    } else {
      const given = `BaseImageType=${shownValue(merged.BaseImageType)}, BaseImage=${shownValue(merged.BaseImage)}`;
      const message = `FROM ${fromImage.BaseImageType}:${fromImage.BaseImage} and the parameters (${given}) name different source images: the older API builds from the FROM, today's from the parameters`;
      ownDiagnostics.push({
        ...ownTemplateDiagnostic(OWN_CODES.fromParametersMismatch, 'error', message, from.range),
        suggestions: [
          { title: "Remove the FROM (build from the parameters' image)", edits: [removeFromEdit(ast, from)] },
        ],
      });
      // The same conflict in the parameters file, where the fix that keeps the FROM's image applies.
      const edits = differing
        .filter((name) => !isSet([name]) && document)
        .map((name) => ({ range: rangeOf([name], 'value'), newText: JSON.stringify(fromImage[name]) }));
      parameterDiagnostics.push({
        code: OWN_CODES.fromParametersMismatch,
        severity: 'error',
        message,
        range: rangeOf([differing[0]], 'value'),
        rule: PARAMETER_RULE_ID,
        href: `${PARAMETERS_DOC}#${codeAnchor(OWN_CODES.fromParametersMismatch)}`,
        path: [differing[0]],
        parameter: differing[0],
        origin: isSet([differing[0]]) ? 'set' : 'file',
        ...(edits.length > 0
          ? {
              suggestions: [
                {
                  title: `Take the FROM's image into the parameters (${fromImage.BaseImageType}:${fromImage.BaseImage})`,
                  edits,
                },
              ],
            }
          : {}),
      });
    }
  }
  const source: EffectiveSource =
    fromBehavior === 'override' && fromImage
      ? { baseImageType: fromImage.BaseImageType, baseImage: fromImage.BaseImage, origin: 'template' }
      : {
          ...(typeof sent.BaseImageType === 'string' ? { baseImageType: sent.BaseImageType } : {}),
          ...(typeof sent.BaseImage === 'string' ? { baseImage: sent.BaseImage } : {}),
          origin: 'parameters',
        };

  // 4. The command count, once the service has prepended its FROM line.
  const prepends = fromBehavior === 'override' && !from;
  const lintCountedAlready = diagnostics.some((d) => d.code === 'InvalidImageTemplateCommandSize.ExceededMaxNumber');
  if (prepends && !lintCountedAlready && ast.commands.length === MAX_COMMANDS) {
    ownDiagnostics.push(
      ownTemplateDiagnostic(
        OWN_CODES.prependedFromExceedsCommandLimit,
        'warning',
        `The template has ${MAX_COMMANDS} commands, and the service prepends FROM ${source.baseImageType ?? '<BaseImageType>'}:${source.baseImage ?? '<BaseImage>'}: ${MAX_COMMANDS + 1} commands if it counts (undocumented; the limit is ${MAX_COMMANDS})`,
        ast.commands[ast.commands.length - 1].range,
      ),
    );
  }

  // 5. The BuildContent as sent, linted as sent (its errors the template's findings do not show, and refusals a
  // suppression comment hides), and what no request can carry.
  const asSent = lintAsSent(ast, diagnostics, lintOptions);
  const buildContent = asSent.sent.text;
  ownDiagnostics.push(...asSent.diagnostics);
  const unsendable = unsendableCharacter(buildContent);
  if (unsendable) {
    // The same character is in the template (the sent text is made of its lines): point at it there.
    const at = unsendableCharacter(template)?.index ?? 0;
    ownDiagnostics.push(
      ownTemplateDiagnostic(
        OWN_CODES.unsendableCharacter,
        'error',
        `The BuildContent as sent contains ${unsendable.what}, which no request can carry`,
        new LineIndex(template).range(at, at + 1),
      ),
    );
  }

  // 6. The parameters themselves (unless the file is not JSON: every parameter would look missing).
  const unreadable = params === undefined && document?.problems.some((problem) => problem.kind === 'syntax');
  if (!unreadable)
    parameterDiagnostics.push(
      ...validateParameters(sent, { rangeOf, isSet, sourceImageFromTemplate: fromImage !== undefined }),
    );

  // 7. The test template (a file, or inline TestContent): the same rules, the same sent-text processing.
  const test = testContentOf({
    testTemplate: options.testTemplate,
    parameters: sent,
    document,
    isSet,
    rangeOf,
    lint: lintOptions,
  });
  parameterDiagnostics.push(...test.parameterDiagnostics);

  const ownKept = ownDiagnostics.filter((d) => withSeverity(d, options.lint));
  const parametersKept = parameterDiagnostics.filter((d) => withSeverity(d, options.lint));
  const allTemplate = [...diagnostics, ...ownKept].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const blocked = [...allTemplate, ...parametersKept, ...test.diagnostics].some((d) => d.severity === 'error');

  let request: CreateImagePipelineRequest | undefined;
  if (!blocked || options.force) {
    // BuildContent is the template's, never the file's; an empty template sends none.
    const { BuildContent: _fromFile, TestContent: _test, ...parameters } = sent;
    const withContent = {
      ...parameters,
      ...(buildContent === '' ? {} : { BuildContent: buildContent }),
      ...(test.content === undefined ? {} : { TestContent: test.content }),
    };
    request = { Action: ACTION, Version: API_VERSION, ...copyInModelOrder(withContent, PIPELINE_PARAMETERS) };
  }

  return {
    request,
    buildContent,
    ...(test.content === undefined ? {} : { testContent: test.content }),
    testDiagnostics: test.diagnostics,
    diagnostics: allTemplate,
    parameterDiagnostics: parametersKept,
    blocked,
    source,
    defaults: appliedDefaults(sent, PIPELINE_PARAMETERS, []),
  };
}
