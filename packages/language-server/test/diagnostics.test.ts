import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { computeDiagnostics, DIAGNOSTIC_SOURCE } from '../src/features/diagnostics.js';
import { createDocument, LINE_ENDINGS, range, settings } from './test-kit.js';

describe.each(LINE_ENDINGS)('computeDiagnostics ($name)', ({ eol }) => {
  it('reports an empty RUN with the service code, a link, the source and its exact range', () => {
    const document = createDocument('RUN echo a\nRUN\n', eol);
    const [diagnostic, ...rest] = computeDiagnostics(document, settings());
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      code: 'EmptyCommandContent.RUN',
      source: DIAGNOSTIC_SOURCE,
      severity: DiagnosticSeverity.Error,
      range: range(1, 0, 1, 3),
      codeDescription: { href: expect.stringMatching(/\/empty-command-content\.md$/) },
      data: { rule: 'empty-command-content', fixable: true },
    });
  });

  it('reports what follows RESTART on the second line of the file', () => {
    const document = createDocument('RUN echo a\nRESTART now\n', eol);
    const diagnostics = computeDiagnostics(document, settings());
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([['NotEmptyCommandContent.RESTART', range(1, 8, 1, 11)]]);
  });

  it('tags an ignored FROM as deprecated when the FROM behaviour is "ignored"', () => {
    const document = createDocument('FROM IMAGE:m-123\nRUN echo a\n', eol);
    const diagnostics = computeDiagnostics(document, settings({ from: 'ignored' }));
    const from = diagnostics.find((d) => d.code === 'from-ignored');
    expect(from?.tags).toEqual([DiagnosticTag.Deprecated]);
    expect(from?.range.start).toEqual({ line: 0, character: 0 });
    expect(computeDiagnostics(document, settings({ from: 'override' })).find((d) => d.code === 'from-ignored')).toBeUndefined();
  });

  it('applies per-code severity overrides, off included', () => {
    const document = createDocument('run echo a\nRUN\n', eol);
    const overridden = computeDiagnostics(document, settings({ severity: { 'keyword-case': 'error', 'EmptyCommandContent.RUN': 'off' } }));
    expect(overridden.map((d) => [d.code, d.severity])).toEqual([['keyword-case', DiagnosticSeverity.Error]]);
    const info = computeDiagnostics(document, settings({ severity: { 'keyword-case': 'info' } }));
    expect(info.find((d) => d.code === 'keyword-case')?.severity).toBe(DiagnosticSeverity.Information);
  });

  it('passes the bandwidth from the parameters file to the COPY URL check', () => {
    const document = createDocument('COPY https://example.com/a.sh /tmp/\n', eol);
    const withoutInternet = computeDiagnostics(document, settings(), { params: { InternetMaxBandwidthOut: 0 } });
    expect(withoutInternet.map((d) => d.code)).toContain('copy-url-without-internet');
    const withInternet = computeDiagnostics(document, settings(), { params: { InternetMaxBandwidthOut: 10 } });
    expect(withInternet.map((d) => d.code)).not.toContain('copy-url-without-internet');
  });

  it('reports nothing for a clean template', () => {
    const document = createDocument('COMPONENT ic-bp18hy47cqavewsb0001\nRUN yum install -y nginx\nRESTART\n', eol);
    expect(computeDiagnostics(document, settings())).toEqual([]);
  });
});
