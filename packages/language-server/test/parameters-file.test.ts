import { buildRequest } from '@buildcontent/core';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import {
  computeParametersFileReport,
  PARAMETERS_SUMMARY_CODE,
  type ParametersFile,
} from '../src/features/parameters-file.js';
import { createDocument, LINE_ENDINGS, range, settings } from '../../../test/kit/index.js';

const FILE_URI = 'file:///work/project/build.pipeline.json';

function file(text: string): ParametersFile {
  return { uri: FILE_URI, name: 'build.pipeline.json', text };
}

describe.each(LINE_ENDINGS)('computeParametersFileReport ($name)', ({ eol }) => {
  const template = '# web image\nRUN yum install -y nginx\nRESTART\n';
  const good =
    '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-bp67acfmxazb4p0001",\n  "Name": "web"\n}\n';

  it('reports nothing for a clean parameters file, or without one', () => {
    const document = createDocument(template, eol);
    expect(computeParametersFileReport(document, settings(), file(good))).toEqual({ diagnostics: [] });
    expect(computeParametersFileReport(document, settings(), undefined)).toEqual({ diagnostics: [] });
  });

  it('places the problems in the parameters file, as core finds them, and sums them up on line 1 of the template', () => {
    const bad =
      '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-bp67acfmxazb4p0001",\n  "SystemDiskSize": 10,\n  "InstanceType": 5\n}\n';
    const document = createDocument(template, eol);
    const report = computeParametersFileReport(document, settings(), file(bad));
    const core = buildRequest(document.getText(), undefined, { paramsText: bad }).parameterDiagnostics;
    expect(core.length).toBeGreaterThanOrEqual(2);
    expect(report.diagnostics.map((d) => [d.code, d.range, d.message])).toEqual(
      core.map((d) => [d.code, d.range, d.message]),
    );
    const errors = core.filter((d) => d.severity === 'error');
    const summary = report.summary!;
    expect(summary.range).toEqual(range(0, 0, 0, 11));
    expect(summary.severity).toBe(DiagnosticSeverity.Error);
    expect(summary.code).toBe(PARAMETERS_SUMMARY_CODE);
    expect(summary.codeDescription).toEqual({ href: FILE_URI });
    expect(summary.message).toMatch(
      new RegExp(`^build\\.pipeline\\.json has ${core.length} problems \\(${errors.length} errors?[,)]`),
    );
    expect(summary.message).toContain(`First, line ${errors[0].range.start.line + 1}: ${errors[0].message}`);
    expect(summary.relatedInformation?.[0]).toEqual({
      location: { uri: FILE_URI, range: errors[0].range },
      message: errors[0].message,
    });
  });

  it('is information when the worst problem is not an error', () => {
    const document = createDocument(template, eol);
    const onlyWarnings = computeParametersFileReport(
      document,
      settings({ severity: { 'request-parameters': 'warning' } }),
      file('{ "RegionId": 5 }'),
    );
    expect(onlyWarnings.diagnostics.length).toBeGreaterThan(0);
    expect(onlyWarnings.diagnostics.every((d) => d.severity === DiagnosticSeverity.Warning)).toBe(true);
    expect(onlyWarnings.summary?.severity).toBe(DiagnosticSeverity.Information);
  });

  it('reports invalid JSON with its position', () => {
    const report = computeParametersFileReport(
      createDocument(template, eol),
      settings(),
      file('{\n  "RegionId": "cn-hangzhou",\n}\n'),
    );
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0].range).toEqual(range(2, 0, 2, 1));
    expect(report.summary?.message).toMatch(/^build\.pipeline\.json has 1 problem \(1 error\)\. First, line 3: /);
  });
});
