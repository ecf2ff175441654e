import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { expectDiagnostics } from '../../../test/kit/index.js';
import { DIAGNOSTIC_SOURCE } from '../src/features/diagnostics.js';

describe('computeDiagnostics', () => {
  it('reports an empty RUN with the service code, a link, the source and its exact range', () => {
    for (const [diagnostic] of expectDiagnostics('RUN echo a\n<|RUN|>\n', ['EmptyCommandContent.RUN'])) {
      expect(diagnostic).toMatchObject({
        source: DIAGNOSTIC_SOURCE,
        severity: DiagnosticSeverity.Error,
        codeDescription: { href: expect.stringMatching(/\/empty-command-content\.md$/) },
        data: { rule: 'empty-command-content', fixable: true },
      });
    }
  });

  it('reports what follows RESTART on the second line of the file', () => {
    expectDiagnostics('RUN echo a\nRESTART <|now|>\n', ['NotEmptyCommandContent.RESTART']);
  });

  it('reports a finding in a command with shell pipes at its exact range', () => {
    expectDiagnostics('RUN curl -s https://example.com/x | sh\nRUN <|yum install|> nginx | tee /tmp/log\n', [
      'package-install-without-yes',
    ]);
  });

  it('tags an ignored FROM as deprecated when the FROM behaviour is "ignored"', () => {
    for (const diagnostics of expectDiagnostics('<|FROM IMAGE:m-123|>\nRUN echo a\n', ['from-ignored'], {
      settings: { from: 'ignored' },
    })) {
      expect(diagnostics[0].tags).toEqual([DiagnosticTag.Deprecated]);
    }
    expectDiagnostics('FROM IMAGE:m-123\nRUN echo a\n', [], { settings: { from: 'override' } });
  });

  it('applies per-code severity overrides, off included', () => {
    const template = '<|run|> echo a\nRUN\n';
    const [overridden] = expectDiagnostics(template, ['keyword-case'], {
      settings: { severity: { 'keyword-case': 'error', 'EmptyCommandContent.RUN': 'off' } },
    });
    expect(overridden[0].severity).toBe(DiagnosticSeverity.Error);
    const [info] = expectDiagnostics('<|run|> echo a\n', ['keyword-case'], {
      settings: { severity: { 'keyword-case': 'info' } },
    });
    expect(info[0].severity).toBe(DiagnosticSeverity.Information);
  });

  it('passes the bandwidth from the parameters file to the COPY URL check', () => {
    expectDiagnostics('COPY <|https://example.com/a.sh|> /tmp/\n', ['copy-url-without-internet'], {
      context: { params: { InternetMaxBandwidthOut: 0 } },
    });
    expectDiagnostics('COPY https://example.com/a.sh /tmp/\n', [], {
      context: { params: { InternetMaxBandwidthOut: 10 } },
    });
  });

  it('reports nothing for a clean template', () => {
    expectDiagnostics('COMPONENT ic-bp18hy47cqavewsb0001\nRUN yum install -y nginx | tee /tmp/log\nRESTART\n', []);
  });
});
