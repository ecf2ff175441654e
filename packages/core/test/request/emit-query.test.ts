import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyWireAssignments,
  emitRequest,
  flattenRequest,
  percentEncode,
  type CreateImagePipelineRequest,
} from '../../src/request/index.js';
import { FULL_PARAMETERS, NASTY_CONTENTS, OSS_PARAMETERS, requestWith } from './fixtures.js';

/** Reads a query string back into a request, typing each value by the parameter model. */
function requestFromQuery(query: string): Record<string, unknown> {
  const pairs = query
    .replace(/\n$/, '')
    .split('&')
    .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]);
  const common = pairs.filter(([name]) => name === 'Action' || name === 'Version');
  const { params, problems } = applyWireAssignments(
    {},
    pairs.filter(([name]) => name !== 'Action' && name !== 'Version'),
  );
  expect(problems).toEqual([]);
  return { ...Object.fromEntries(common), ...params };
}

describe('emitQuery', () => {
  it('flattens, sorts by key and percent-encodes as the RPC signature does', () => {
    const query = emitRequest(
      requestWith(
        {
          RegionId: 'cn-hangzhou',
          BaseImageType: 'IMAGE',
          BaseImage: 'm-x****',
          Tag: [{ Key: "it's (a) test!", Value: 'a b~c' }],
        },
        'RUN a\nRESTART',
      ),
      'query',
    );
    expect(query).toBe(
      'Action=CreateImagePipeline&BaseImage=m-x%2A%2A%2A%2A&BaseImageType=IMAGE&BuildContent=RUN%20a%0ARESTART&RegionId=cn-hangzhou' +
        '&Tag.1.Key=it%27s%20%28a%29%20test%21&Tag.1.Value=a%20b~c&Version=2014-05-26\n',
    );
  });

  it('encodes exactly the unreserved set as is', () => {
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    const kept = percentEncode(all).replace(/%[0-9A-F]{2}/g, '');
    expect(kept).toBe('-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~');
    expect(percentEncode('é🚀')).toBe('%C3%A9%F0%9F%9A%80');
  });

  it('has the keys sorted', () => {
    const keys = emitRequest(requestWith(FULL_PARAMETERS, 'RUN x'), 'query')
      .trim()
      .split('&')
      .map((pair) => pair.split('=')[0]);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('ImageOptions.ImageTags.2.Key');
    expect(keys).toContain('AdvancedOptions.RetainCloudAssistant');
  });

  describe('round trip: the query read back equals the request', () => {
    const cases: Array<[string, CreateImagePipelineRequest]> = [
      ['every top-level kind of parameter', requestWith(FULL_PARAMETERS, NASTY_CONTENTS.join('\n'))],
      ['an OSS import', requestWith(OSS_PARAMETERS, 'RUN echo imported')],
      ...NASTY_CONTENTS.map((content, i): [string, CreateImagePipelineRequest] => [
        `nasty content ${i}`,
        requestWith({ RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'm' }, content),
      ]),
    ];
    it.each(cases)('%s', (_name, request) => {
      expect(requestFromQuery(emitRequest(request, 'query'))).toEqual(request);
    });

    it('holds for any text in any string parameter', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 60 }),
          (content, description) => {
            const request = requestWith(
              {
                RegionId: 'r',
                BaseImageType: 'IMAGE',
                BaseImage: 'm',
                Description: description,
                Tag: [{ Key: content, Value: description }],
              },
              content,
            );
            expect(requestFromQuery(emitRequest(request, 'query'))).toEqual(request);
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  it('flattens in model order with Action and Version first (the order cli uses)', () => {
    expect(flattenRequest(requestWith(OSS_PARAMETERS)).slice(0, 6)).toEqual([
      ['Action', 'CreateImagePipeline'],
      ['Version', '2014-05-26'],
      ['RegionId', 'cn-hangzhou'],
      ['BaseImageType', 'OSS'],
      ['ImportImageOptions.DiskDeviceMappings.1.OSSBucket', 'images'],
      ['ImportImageOptions.DiskDeviceMappings.1.OSSObject', 'linux/system.qcow2'],
    ]);
  });
});

describe('emitJson', () => {
  it('is the structured request with Action and Version first', () => {
    const request = requestWith(FULL_PARAMETERS, 'RUN a\nRESTART');
    const text = emitRequest(request, 'json');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(request);
    expect(Object.keys(JSON.parse(text)).slice(0, 3)).toEqual(['Action', 'Version', 'RegionId']);
    expect(JSON.parse(text).AddAccount).toEqual([1234567890, 1234567890123456]);
  });
});
