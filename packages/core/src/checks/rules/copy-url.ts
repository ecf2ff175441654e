import { defineRule } from '../rule.js';

const isUrl = (text: string) => /^https?:\/\//i.test(text);

export const copyUrl = defineRule({
  id: 'copy-url',
  codes: ['copy-url-query', 'copy-url-without-internet'],
  severity: 'warning',
  description: 'COPY URLs: no query strings (wget drops them); the build instance needs internet access.',
  commands: {
    COPY: (command, context) => {
      const source = command.operands[0];
      if (!source || !isUrl(source.value)) return;
      if (source.value.includes('?')) {
        context.report({
          code: 'copy-url-query',
          message:
            'Image Builder downloads COPY URLs with wget and does not support query strings (pre-signed OSS URLs included); use a public URL without "?", or an OSSDownload component for private objects.',
          range: source.range,
        });
      }
      const params = context.options.params;
      if (params && !(Number(params.InternetMaxBandwidthOut) > 0)) {
        context.report({
          code: 'copy-url-without-internet',
          message: `COPY downloads ${source.value}, but InternetMaxBandwidthOut is ${params.InternetMaxBandwidthOut === undefined ? 'not set (default 0)' : params.InternetMaxBandwidthOut}: the build instance has no public network access. Set InternetMaxBandwidthOut above 0 (or use a vSwitch with a NAT gateway).`,
          range: source.range,
        });
      }
    },
  },
});
