import type { Diagnostic } from '@buildcontent/core';

/** One linted file, as every format receives it. */
export interface FileResult {
  /** The path as given or found (relative to the working directory unless given absolute), or the stdin name. */
  path: string;
  diagnostics: Diagnostic[];
  /** The text that was linted (without a BOM), for fix offsets and fingerprints. */
  text: string;
  /** Read from stdin without --stdin-filename: `path` is only a label. */
  stdin?: boolean;
}

export interface ReportContext {
  /** The working directory, the base of relative paths. */
  cwd: string;
  /** The CLI's version, for formats that name the tool. */
  version: string;
  color?: boolean;
}

export type Formatter = (results: FileResult[], context: ReportContext) => string;

/**
 * 1-based line and column of a finding, as every text and report format counts them. Columns are UTF-16 code
 * units, as LSP and the editors count them (core's ranges already are), so a column means the same everywhere.
 */
export function oneBased(d: Diagnostic) {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

/** Counts by severity; info and hint are reported as notes. */
export function countSeverities(results: FileResult[]) {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const result of results) for (const d of result.diagnostics) counts[d.severity]++;
  return counts;
}
