// Every fix and suggestion a rule offers: its title (what editors show) and the text it leaves. The language
// server shows these titles and edits as they are (its code-actions test checks that mapping once).
import { describe, expect, it } from 'vitest';
import { applyFixes, lint, type Fix, type LintOptions } from '../../src/index.js';
import { EOLS } from '../kit.js';

interface Row {
  code: string;
  text: string;
  title: string;
  fixed: string;
  options?: LintOptions;
}

/** Safe fixes: `lint --fix` and the editors' fix-all apply them. */
const FIXES: Row[] = [
  {
    code: 'NotEmptyCommandContent.RESTART',
    text: 'RUN a\nRESTART now\n',
    title: 'Remove what follows RESTART',
    fixed: 'RUN a\nRESTART\n',
  },
  {
    code: 'EmptyCommandContent.RUN',
    text: 'RUN a\nRUN\nRESTART\n',
    title: 'Remove the empty RUN command',
    fixed: 'RUN a\nRESTART\n',
  },
  {
    code: 'EmptyCommandContent.WORKDIR',
    text: 'WORKDIR\nRUN a\n',
    title: 'Remove the empty WORKDIR command',
    fixed: 'RUN a\n',
  },
  { code: 'keyword-case', text: 'RUN a\nrun b\n', title: 'Change run to RUN', fixed: 'RUN a\nRUN b\n' },
  {
    code: 'InvalidCommandContent.ENV',
    text: 'ENV a=b\n',
    title: 'Put the value in double quotes',
    fixed: 'ENV a="b"\n',
  },
  { code: 'unquoted-value', text: 'LABEL a=b\n', title: 'Put the value in double quotes', fixed: 'LABEL a="b"\n' },
  {
    code: 'empty-continuation-line',
    text: 'RUN a \\\n\n  b\n',
    title: 'Remove the empty continuation line',
    fixed: 'RUN a \\\n  b\n',
  },
  { code: 'continuation-at-eof', text: 'RUN a \\', title: 'Remove the trailing continuation', fixed: 'RUN a' },
  {
    code: 'InvalidCommandContent.FROM',
    text: 'FROM image:m-1\nRUN a\n',
    title: 'Change image to IMAGE',
    fixed: 'FROM IMAGE:m-1\nRUN a\n',
  },
  { code: 'label-content', text: 'LABEL owner ops\n', title: 'Convert to key="value"', fixed: 'LABEL owner="ops"\n' },
  {
    code: 'DuplicatedCommand.FROM',
    text: 'FROM IMAGE:m-1\nFROM IMAGE:m-1\nRUN a\n',
    title: 'Remove this FROM',
    fixed: 'FROM IMAGE:m-1\nRUN a\n',
  },
  {
    code: 'from-ignored',
    text: 'FROM IMAGE:m-1\nRUN a\n',
    title: 'Remove the ignored FROM',
    fixed: 'RUN a\n',
    options: { from: 'ignored' },
  },
];

/** Alternatives that need a person's choice: offered one by one in editors, never applied in bulk. */
const SUGGESTIONS: Row[] = [
  {
    code: 'EmptyCommandContent.RUN',
    text: 'RUN\n',
    title: 'Fill RUN with its documented form',
    fixed: 'RUN echo "TODO: the command to run"\n',
  },
  {
    code: 'parser-directive',
    text: '# syntax=docker/dockerfile:1\nRUN a\n',
    title: 'Remove the syntax directive',
    fixed: 'RUN a\n',
  },
  {
    code: 'reboot-in-run',
    text: 'RUN yum update -y && reboot\n',
    title: 'Move the restart to a RESTART command',
    fixed: 'RUN yum update -y\nRESTART\n',
  },
  { code: 'reboot-in-run', text: 'RUN reboot\n', title: 'Replace with RESTART', fixed: 'RESTART\n' },
  {
    code: 'InvalidImageTemplateCommand.NotSupported',
    text: 'ADD a.sh /tmp/\n',
    title: 'Change ADD to COPY',
    fixed: 'COPY a.sh /tmp/\n',
  },
  {
    code: 'package-install-without-yes',
    text: 'RUN yum install nginx\n',
    title: 'Add -y (answers yes to every prompt)',
    fixed: 'RUN yum install -y nginx\n',
  },
  {
    code: 'package-install-without-yes',
    text: 'RUN apt-get install curl | tee log\n',
    title: 'Add -y (answers yes to every prompt)',
    fixed: 'RUN apt-get install -y curl | tee log\n',
  },
  {
    code: 'InvalidCommandContent.CMD',
    text: "CMD ['nginx', '-g']\n",
    title: 'Convert to JSON with double quotes (runs without a shell)',
    fixed: 'CMD ["nginx", "-g"]\n',
  },
  {
    code: 'run-exec-form',
    text: 'RUN ["yum", "update"]\n',
    title: 'Convert to the shell form (runs through /bin/sh -c)',
    fixed: 'RUN yum update\n',
  },
  {
    code: 'unsupported-flag',
    text: 'COPY --chown=a:b x /y\n',
    title: 'Remove --chown=a:b (changes what COPY does)',
    fixed: 'COPY x /y\n',
  },
  {
    code: 'InvalidCommandContent.ENTRYPOINT',
    text: "ENTRYPOINT ['nginx']\n",
    title: 'Convert to JSON with double quotes (runs without a shell)',
    fixed: 'ENTRYPOINT ["nginx"]\n',
  },
  {
    code: 'DuplicatedCommand.FROM',
    text: 'FROM IMAGE:m-1\nFROM IMAGE:m-2\nRUN a\n',
    title: 'Remove this FROM (keeps the first source image)',
    fixed: 'FROM IMAGE:m-1\nRUN a\n',
  },
  {
    code: 'InvalidCommandOrder.FROM',
    text: 'RUN a\nFROM IMAGE:m-1\n',
    title: 'Move FROM to the top',
    fixed: 'FROM IMAGE:m-1\nRUN a\n',
  },
  {
    code: 'workdir-content',
    text: 'WORKDIR /opt/my app\n',
    title: 'Quote the path (if the blanks belong to it)',
    fixed: 'WORKDIR "/opt/my app"\n',
  },
];

function offered(
  row: Row,
  eol: string,
  kind: 'fix' | 'suggestions',
): { text: string; found: Fix[]; apply: (fix: Fix) => string } {
  const text = row.text.replace(/\n/g, eol);
  const findings = lint(text, row.options).filter((finding) => finding.code === row.code);
  const found = findings.flatMap((finding) =>
    kind === 'fix' ? (finding.fix ? [finding.fix] : []) : (finding.suggestions ?? []),
  );
  return { text, found, apply: (fix) => applyFixes(text, [{ ...findings[0], fix }]).text };
}

describe.each(EOLS)('fix titles (%s)', (_name, eol) => {
  it.each(FIXES)('$code: fix "$title"', (row) => {
    const { found, apply } = offered(row, eol, 'fix');
    const fix = found.find((candidate) => candidate.title === row.title);
    expect(fix, `fixes: ${found.map((candidate) => candidate.title).join(', ')}`).toBeDefined();
    expect(apply(fix!)).toBe(row.fixed.replace(/\n/g, eol));
  });

  it.each(SUGGESTIONS)('$code: suggestion "$title"', (row) => {
    const { found, apply } = offered(row, eol, 'suggestions');
    const suggestion = found.find((candidate) => candidate.title === row.title);
    expect(suggestion, `suggestions: ${found.map((candidate) => candidate.title).join(', ')}`).toBeDefined();
    expect(apply(suggestion!)).toBe(row.fixed.replace(/\n/g, eol));
  });
});
