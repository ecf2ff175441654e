// What `buildcontent request` prints, for pipelines and components alike: the findings on stderr in the
// lint format (the content's, then the parameters' by where their value came from), then the request in
// the chosen format on stdout, or nothing while an error stands (exit 1).
import {
  emitRequest,
  type AnyRequest,
  type Diagnostic,
  type ParameterDiagnostic,
  type RequestFormat,
} from '@buildcontent/core';
import type { CliIo } from '../cli-io.js';
import type { FileResult } from '../formats/file-result.js';
import { formatStylish } from '../formats/stylish.js';

export interface RequestOutput {
  /** The template or component as named on the command line, and its text. */
  path: string;
  text: string;
  diagnostics: Diagnostic[];
  parameterDiagnostics: ParameterDiagnostic[];
  paramsPath?: string;
  paramsText?: string;
  /** The test template file (TestContent), with its findings. */
  test?: { path: string; text: string; diagnostics: Diagnostic[] };
  request?: AnyRequest;
  format: RequestFormat;
}

export function printRequest(io: CliIo, output: RequestOutput): number {
  const reports: FileResult[] = [];
  if (output.diagnostics.length)
    reports.push({ path: output.path, diagnostics: output.diagnostics, text: output.text });
  if (output.test?.diagnostics.length)
    reports.push({ path: output.test.path, diagnostics: output.test.diagnostics, text: output.test.text });
  const fromFile = output.parameterDiagnostics.filter((d) => d.origin !== 'set' && output.paramsText !== undefined);
  const fromSet = output.parameterDiagnostics.filter((d) => !fromFile.includes(d));
  if (fromFile.length) reports.push({ path: output.paramsPath!, diagnostics: fromFile, text: output.paramsText! });
  if (fromSet.length) reports.push({ path: '<--set>', diagnostics: fromSet, text: '' });
  if (reports.length) io.stderr(formatStylish(reports, io.color));

  if (!output.request) return 1;
  let text: string;
  try {
    text = emitRequest(output.request, output.format);
  } catch (error) {
    // Only a forced request can get here (e.g. a character no format can carry).
    io.stderr(`buildcontent request: cannot write the request as ${output.format}: ${(error as Error).message}\n`);
    return 1;
  }
  io.stdout(text);
  return 0;
}
