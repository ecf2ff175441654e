import { describe, expect, it } from 'vitest';
import { computeDocumentLinks, DESCRIBE_IMAGE_COMPONENTS_URL } from '../src/features/document-links.js';
import { createDocument, LINE_ENDINGS, range } from '../../../test/kit/index.js';

describe.each(LINE_ENDINGS)('computeDocumentLinks ($name)', ({ eol }) => {
  it('links COPY URLs and COMPONENT references, not local paths', () => {
    const text =
      'RUN a\nCOPY https://example.com/setup.sh /tmp/\nCOPY ./local.sh /tmp/\nCOMPONENT ic-bp18hy47cqavewsb0001\nCOMPONENT acs:ecs:cn-hangzhou:123:imagecomponent/Nginx/1.0.*\nCOMPONENT nonsense\n';
    const links = computeDocumentLinks(createDocument(text, eol));
    expect(links.map((link) => [link.range, link.target, link.tooltip])).toEqual([
      [range(1, 5, 1, 33), 'https://example.com/setup.sh', 'Open https://example.com/setup.sh'],
      [
        range(3, 10, 3, 33),
        DESCRIBE_IMAGE_COMPONENTS_URL,
        'Open the DescribeImageComponents API reference (look up ImageComponentId=ic-bp18hy47cqavewsb0001)',
      ],
      [
        range(4, 10, 4, 60),
        DESCRIBE_IMAGE_COMPONENTS_URL,
        'Open the DescribeImageComponents API reference (look up RegionId=cn-hangzhou, Name=Nginx)',
      ],
    ]);
  });
});
