// A component file + its `.component.json` -> the CreateImageComponent request, through the pipeline
// request's machinery: the same parameter reading (`--set` included), validator, severities and emitters.
import type { Diagnostic } from '../checks/diagnostic.js';
import type { ComponentFormat } from '../component/component-files.js';
import { lintComponent } from '../component/lint-component.js';
import type { LintOptions } from '../options.js';
import { parse } from '../syntax/parse.js';
import { LineIndex } from '../syntax/line-index.js';
import {
  appliedDefaults,
  copyInModelOrder,
  readRequestParameters,
  withSeverity,
  type AppliedDefault,
  type BuildRequestOptions,
} from './build-request.js';
import {
  COMPONENT_ACTION,
  COMPONENT_MODEL,
  COMPONENT_PARAMETERS,
  type CreateImageComponentRequest,
} from './component-parameters.js';
import { API_VERSION, OWN_CODES, PARAMETERS_DOC, codeAnchor } from './parameters.js';
import { sentText } from '../syntax/sent-text.js';
import { escapeRewriteProblem } from './check-sent-text.js';
import { unsendableCharacter, validateParameters, type ParameterDiagnostic } from './validate-parameters.js';

/** What {@link buildComponentRequest} gives, as {@link BuildRequestResult} does for templates. */
export interface BuildComponentRequestResult {
  request?: CreateImageComponentRequest;
  /** The Content the request carries. */
  content: string;
  /** Findings in the component file. */
  diagnostics: Diagnostic[];
  /** Findings in the parameters, placed in the parameters file when its text was given. */
  parameterDiagnostics: ParameterDiagnostic[];
  blocked: boolean;
  defaults: AppliedDefault[];
}

/**
 * Builds the CreateImageComponent request for a component's text (YAML, sent as written, or Dockerfile
 * format, sent as a template is) and its parameters. Pure: no file system.
 */
export function buildComponentRequest(
  text: string,
  format: ComponentFormat,
  params: unknown,
  options: BuildRequestOptions = {},
): BuildComponentRequestResult {
  const { merged, document, isSet, rangeOf, parameterDiagnostics } = readRequestParameters(params, options);
  const lintOptions: LintOptions & { systemType?: string } = {
    ...options.lint,
    keepComments: options.keepComments ?? options.lint?.keepComments,
    systemType: typeof merged.SystemType === 'string' ? merged.SystemType : undefined,
  };
  delete lintOptions.params;
  const diagnostics = lintComponent(text, format, lintOptions);

  let content = text;
  if (format !== 'yaml') {
    const template = parse(text);
    const sent = sentText(template, { keepComments: lintOptions.keepComments });
    content = sent.text;
    const rewrite = escapeRewriteProblem(template, sent);
    if (rewrite) diagnostics.push(rewrite);
  }
  const unsendable = unsendableCharacter(content);
  if (unsendable) {
    const at = unsendableCharacter(text)?.index ?? 0;
    diagnostics.push({
      code: OWN_CODES.unsendableCharacter,
      severity: 'error',
      message: `The Content as sent contains ${unsendable.what}, which no request can carry`,
      range: new LineIndex(text).range(at, at + 1),
      rule: 'request',
      href: `${PARAMETERS_DOC}#${codeAnchor(OWN_CODES.unsendableCharacter)}`,
    });
  }

  const unreadable = params === undefined && document?.problems.some((problem) => problem.kind === 'syntax');
  if (!unreadable) {
    // Content comes from the component file, whose own rules judge it (MissingParameter.Content, the 16 KB).
    const found = validateParameters(
      { ...merged, Content: content || undefined },
      { rangeOf, isSet, model: COMPONENT_MODEL },
    );
    parameterDiagnostics.push(...found.filter((d) => d.path[0] !== 'Content'));
  }
  const kept = parameterDiagnostics.filter((d) => withSeverity(d, options.lint));
  const blocked = [...diagnostics, ...kept].some((d) => d.severity === 'error');

  let request: CreateImageComponentRequest | undefined;
  if (!blocked || options.force) {
    const { Content: _fromFile, ...parameters } = merged;
    const withContent = content === '' ? parameters : { ...parameters, Content: content };
    request = {
      Action: COMPONENT_ACTION,
      Version: API_VERSION,
      ...copyInModelOrder(withContent, COMPONENT_PARAMETERS),
    };
  }
  return {
    request,
    content,
    diagnostics,
    parameterDiagnostics: kept,
    blocked,
    defaults: appliedDefaults(merged, COMPONENT_PARAMETERS, []),
  };
}
