// .buildcontentrc.json is validated with positions; the committed JSON Schema is the validator's table.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { settingsJsonSchema, unknownCodeProblem, validateSettings } from '../../src/index.js';
import { settingsSchemaFileText, SETTINGS_SCHEMA_FILE } from '../../scripts/generate-schema.js';
import { EOLS, marked } from '../kit.js';

describe('validateSettings', () => {
  it('keeps every valid setting', () => {
    const { settings, problems } = validateSettings(
      '{ "$schema": "x", "from": "ignored", "severity": { "keyword-case": "off", "copy-url-query": "error" }, "keepComments": true, "request": { "RegionId": "cn-hangzhou", "baseImage": "m-1" } }',
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      from: 'ignored',
      severity: { 'keyword-case': 'off', 'copy-url-query': 'error' },
      keepComments: true,
      request: { regionId: 'cn-hangzhou', baseImage: 'm-1' },
    });
  });

  const cases: Array<[name: string, source: string, message: string]> = [
    [
      'an unknown key, with did-you-mean',
      '{\n  «"keepComment"»: true\n}',
      'unknown key "keepComment" (did you mean "keepComments"?)',
    ],
    [
      'a string where a boolean goes',
      '{\n  "keepComments": «"false"»\n}',
      '"keepComments" must be true or false, not a string',
    ],
    ['a FROM behaviour that does not exist', '{ "from": «"overide"» }', '"from" must be "override" or "ignored"'],
    [
      'an unknown code in severity',
      '{\n  "severity": {\n    «"copy-url-qery"»: "off"\n  }\n}',
      'severity: unknown code or rule id "copy-url-qery" (did you mean "copy-url-query"?)',
    ],
    [
      'an unknown severity level',
      '{ "severity": { "keyword-case": «"silent"» } }',
      'severity of "keyword-case" must be "off", "info", "warning", "error" or "hint"',
    ],
    [
      'an unknown request key',
      '{ "request": { «"region"»: "x" } }',
      'unknown key "region" in "request" (did you mean "regionId"?)',
    ],
    [
      'a request value that is not a string',
      '{ "request": { "regionId": «7» } }',
      '"request.regionId" must be a string, not a number',
    ],
    [
      'severity that is not an object',
      '{ "severity": «[]» }',
      '"severity" must be an object of code or rule id -> "off" | "info" | "warning" | "error" | "hint", not an array',
    ],
    ['not an object at all', '«[1]»', 'expected an object of settings, not an array'],
    [
      'JSON that does not parse',
      '{ "from": "override",\n  «}»',
      'not valid JSON: a property name in double quotes was expected',
    ],
  ];
  for (const [eolName, eol] of EOLS) {
    for (const [name, source, message] of cases) {
      it(`reports ${name} at its exact range (${eolName})`, () => {
        const { text, range } = marked(source, eol);
        expect(validateSettings(text).problems).toEqual([{ message, range }]);
      });
    }
  }

  it('never echoes the file content beyond the offending key', () => {
    const secret = 'sk-live-0123456789';
    const { problems } = validateSettings(
      `{ "keepComments": "${secret}", "from": "${secret}", "severity": { "keyword-case": "${secret}" }, oops ${secret} }`,
    );
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.message).not.toContain(secret);
  });

  it('shortens a very long key in the message', () => {
    const key = 'k'.repeat(5000);
    const [problem] = validateSettings(`{ "${key}": 1 }`).problems;
    expect(problem.message).toBe(`unknown key "${'k'.repeat(60)}…"`);
  });

  it('names unknown codes for --severity with did-you-mean, and accepts codes and rule ids', () => {
    expect(unknownCodeProblem('copy-url')).toBeUndefined();
    expect(unknownCodeProblem('EmptyCommandContent.RUN')).toBeUndefined();
    expect(unknownCodeProblem('EmptyCommandContent.RNU')).toBe(
      'unknown code or rule id "EmptyCommandContent.RNU" (did you mean "EmptyCommandContent.RUN"?)',
    );
    expect(unknownCodeProblem('zzz')).toBe('unknown code or rule id "zzz"');
  });

  it('names the new code of each code the severity policy renamed', () => {
    for (const [old, now] of [
      ['InvalidCommandContent.LABEL', 'label-content'],
      ['InvalidCommandContent.WORKDIR', 'workdir-content'],
      ['InvalidCommandContent.USER', 'user-content'],
    ]) {
      expect(unknownCodeProblem(old)).toBe(
        `"${old}" is now "${now}" (the service documents no such refusal, so the finding is a warning with our own code): write "${now}"`,
      );
      expect(unknownCodeProblem(now)).toBeUndefined();
    }
    // Still a code: COPY with one operand; three operands are copy-operands (docs/decisions.md).
    expect(unknownCodeProblem('InvalidCommandContent.COPY')).toBeUndefined();
    const { problems, settings } = validateSettings('{ "severity": { "InvalidCommandContent.WORKDIR": "off" } }');
    expect(problems.map((p) => p.message)).toEqual([
      'severity: "InvalidCommandContent.WORKDIR" is now "workdir-content" (the service documents no such refusal, so the finding is a warning with our own code): write "workdir-content"',
    ]);
    expect(settings.severity).toEqual({});
  });
});

describe('buildcontentrc.schema.json', () => {
  it('is what scripts/generate-schema.ts writes today (run `npx tsx packages/core/scripts/generate-schema.ts` when this fails)', () => {
    expect(readFileSync(SETTINGS_SCHEMA_FILE, 'utf8')).toBe(settingsSchemaFileText());
  });

  it('agrees with the validator on valid and invalid settings (checked with ajv, draft-07)', () => {
    const validate = new Ajv({ strict: false }).compile(settingsJsonSchema());
    const samples = [
      '{ "from": "override", "severity": { "keyword-case": "off" }, "keepComments": false }',
      '{ "request": { "RegionId": "cn-beijing", "baseImageType": "IMAGE" } }',
      '{ "keepComments": "false" }',
      '{ "severty": {} }',
      '{ "severity": { "no-such-code": "off" } }',
      '{ "severity": { "keyword-case": "loud" } }',
      '{ "request": { "zone": "x" } }',
    ];
    for (const sample of samples) {
      expect(validate(JSON.parse(sample)), sample).toBe(validateSettings(sample).problems.length === 0);
    }
  });

  it('is exported by the package as @buildcontent/core/schemas/buildcontentrc.schema.json', () => {
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8'));
    expect(manifest.exports['./schemas/buildcontentrc.schema.json']).toBe('./schemas/buildcontentrc.schema.json');
  });
});
