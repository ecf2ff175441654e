import { describe, expect, it } from 'vitest';
import { computeFromInlayHints } from '../src/features/from-inlay-hint.js';
import { createDocument, LINE_ENDINGS, settings } from '../../../test/kit/index.js';

const file = (value: unknown) => ({
  uri: 'file:///work/project/build.pipeline.json',
  name: 'build.pipeline.json',
  text: JSON.stringify(value),
});

describe.each(LINE_ENDINGS)('computeFromInlayHints ($name)', ({ eol }) => {
  it('without a FROM: the line the older service prepends, before line 1, and where it comes from', () => {
    const hints = computeFromInlayHints(
      createDocument('# web\nRUN echo hi\n', eol),
      settings(),
      file({ BaseImageType: 'IMAGE', BaseImage: 'm-bp1' }),
    );
    expect(hints).toEqual([
      {
        position: { line: 0, character: 0 },
        label: 'FROM IMAGE:m-bp1',
        paddingRight: true,
        tooltip:
          'FROM IMAGE:m-bp1: the line the older CreateImagePipeline API prepends to a BuildContent without FROM, made from BaseImageType and ' +
          "BaseImage in build.pipeline.json. Today's API builds from those parameters directly; either way the build starts from this image.",
      },
    ]);
  });

  it('follows BaseImageType, and the settings request defaults under the file', () => {
    const family = computeFromInlayHints(
      createDocument('RUN a\n', eol),
      settings(),
      file({ BaseImageType: 'IMAGE_FAMILY', BaseImage: 'acs:alibaba_cloud_linux_3' }),
    );
    expect(family.map((hint) => hint.label)).toEqual(['FROM IMAGE_FAMILY:acs:alibaba_cloud_linux_3']);
    const defaults = computeFromInlayHints(
      createDocument('RUN a\n', eol),
      settings({ request: { baseImageType: 'IMAGE', baseImage: 'm-default' } }),
      file({ RegionId: 'cn-hangzhou' }),
    );
    expect(defaults.map((hint) => hint.label)).toEqual(['FROM IMAGE:m-default']);
  });

  it('says nothing with a FROM, without a parameters file, without an image, or for an OSS import', () => {
    expect(
      computeFromInlayHints(
        createDocument('FROM IMAGE:m-1\nRUN a\n', eol),
        settings(),
        file({ BaseImageType: 'IMAGE', BaseImage: 'm-1' }),
      ),
    ).toEqual([]);
    expect(computeFromInlayHints(createDocument('RUN a\n', eol), settings(), undefined)).toEqual([]);
    expect(computeFromInlayHints(createDocument('RUN a\n', eol), settings(), file({ BaseImageType: 'IMAGE' }))).toEqual(
      [],
    );
    expect(
      computeFromInlayHints(createDocument('RUN a\n', eol), settings(), file({ BaseImageType: 'OSS', BaseImage: 'x' })),
    ).toEqual([]);
  });
});
