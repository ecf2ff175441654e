// __proto__, constructor and prototype are refused wherever a parameter name comes in, and nothing is ever
// written to Object.prototype (parse() used to throw afterwards, though it never throws).
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { applyWireAssignments, buildRequest, OWN_CODES } from '../../src/request/index.js';

const PARAMS = { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-params' };
const polluted = () =>
  Object.getOwnPropertyNames(Object.prototype).filter((name) =>
    ['x', 'polluted', 'kind', 'length', 'type'].includes(name),
  );

afterEach(() => {
  // If a case did pollute, later tests must not inherit it.
  for (const name of polluted()) delete (Object.prototype as Record<string, unknown>)[name];
});

describe('reserved names', () => {
  const NAMES = [
    '__proto__.x',
    '__proto__.polluted',
    'constructor.prototype.x',
    'prototype',
    'Tag.1.__proto__',
    'ImageOptions.constructor',
    'Tag.1.Key.__proto__.length',
  ];

  it.each(NAMES)(
    'applyWireAssignments refuses %s with a clear problem, and Object.prototype stays as it was',
    (name) => {
      const result = applyWireAssignments({}, [[name, 'yes']]);
      expect(result.problems).toEqual([
        { name, message: `"${name}" is refused: __proto__, constructor and prototype are never parameter names` },
      ]);
      expect(result.assignedPaths).toEqual([]);
      expect(polluted()).toEqual([]);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
      // parse() still works (it used to throw once Object.prototype held `kind` or `length`).
      expect(parse('RUN a\nENV b="c"').commands.map((c) => c.kind)).toEqual(['RUN', 'ENV']);
    },
  );

  it('--set: refused as invalid-set, the request is blocked, parse still works', () => {
    const result = buildRequest('RUN a\n', PARAMS, {
      set: [
        ['__proto__.kind', 'x'],
        ['constructor.prototype.length', '1'],
      ],
    });
    expect(result.parameterDiagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        OWN_CODES.invalidSet,
        '--set __proto__.kind: "__proto__.kind" is refused: __proto__, constructor and prototype are never parameter names',
      ],
      [
        OWN_CODES.invalidSet,
        '--set constructor.prototype.length: "constructor.prototype.length" is refused: __proto__, constructor and prototype are never parameter names',
      ],
    ]);
    expect(result.blocked).toBe(true);
    expect(polluted()).toEqual([]);
    expect(parse('RUN a').commands).toHaveLength(1);
  });

  it('a parameters file: __proto__, constructor and prototype keys are refused where they stand, with their exact range', () => {
    const paramsText =
      '{\n  "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-1",\n  "__proto__": { "x": 1 },\n  "ImageOptions": { "constructor": { "prototype": 1 } }\n}';
    const result = buildRequest('RUN a\n', JSON.parse(paramsText), { paramsText });
    const refused = result.parameterDiagnostics.filter((d) => d.message.includes('never parameter names'));
    expect(refused.map((d) => [d.code, d.parameter, d.range])).toEqual([
      [OWN_CODES.unknownParameter, '__proto__', { start: { line: 2, character: 2 }, end: { line: 2, character: 13 } }],
      [
        OWN_CODES.unknownParameter,
        'ImageOptions.constructor',
        { start: { line: 3, character: 20 }, end: { line: 3, character: 33 } },
      ],
    ]);
    expect(polluted()).toEqual([]);
    expect(parse('RUN a').commands).toHaveLength(1);
  });
});
