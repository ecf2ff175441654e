// The public surface of @buildcontent/core is committed (packages/core/api/*.api.md): a change to it is a
// decision, accepted with `npm run api:update`, never an accident.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiReports } from '../scripts/api-report.js';

describe('API report', () => {
  const reports = apiReports();

  it.each(reports.map((report) => [report.name, report] as const))('%s matches the committed report (npm run api:update accepts a change)', (_name, report) => {
    expect(report.text).toBe(readFileSync(report.path, 'utf8'));
  });

  it.each(reports.map((report) => [report.name, report] as const))('%s exports every type its declarations name', (_name, report) => {
    expect(report.text).not.toContain('## Named but not exported');
  });
});
