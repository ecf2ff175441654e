// GitLab Code Quality JSON (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format), the
// subset of the Code Climate spec GitLab reads: description, check_name, fingerprint, severity and
// location.path / location.lines.begin. Paths are relative to the working directory (the repository root in CI).
// Fingerprints are stable: a hash of the path, the code and the text the finding covers, numbered among equal
// ones, so adding lines above a finding does not make GitLab report it as new.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { offsetAt } from '@buildcontent/core';
import { safeJson } from '../terminal/safe-text.js';
import { oneBased, type Formatter } from './file-result.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info', hint: 'info' } as const;

export const formatGitlab: Formatter = (results, context) => {
  const issues = results.flatMap((result) => {
    const path = (isAbsolute(result.path) ? relative(context.cwd, result.path) : result.path).split(sep).join('/');
    const seen = new Map<string, number>();
    return result.diagnostics.map((d) => {
      const covered = result.text.slice(offsetAt(result.text, d.range.start), offsetAt(result.text, d.range.end));
      const key = `${path}\0${d.code}\0${covered}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const { line, endLine } = oneBased(d);
      return {
        type: 'issue',
        description: d.message,
        check_name: d.code,
        fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
        severity: SEVERITY[d.severity],
        location: { path, lines: { begin: line, end: endLine } },
      };
    });
  });
  return `${safeJson(issues)}\n`;
};
