import { defineRule } from '../rule.js';

/** `scheme://` at the start of a COPY source (RFC 3986 scheme characters). */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

export const copySourceScheme = defineRule({
  id: 'copy-source-scheme',
  codes: ['copy-unsupported-scheme'],
  severity: 'warning',
  description:
    'COPY downloads only http(s) URLs (with wget); oss://, s3:// and other schemes need an OSSDownload component or a RUN.',
  commands: {
    COPY: (command, context) => {
      const source = command.operands[0];
      const scheme = source && SCHEME.exec(source.value)?.[1];
      if (!scheme || /^https?$/i.test(scheme)) return;
      const how = /^oss$/i.test(scheme)
        ? "use a YAML component with an OSSDownload task (bucketName, objectName, destinationDir; the bucket needs the tag allowImageBuilderAccess:true), or the object's public https URL"
        : `download it in a RUN with a ${scheme} client, or put the file in OSS and use a YAML component with an OSSDownload task`;
      context.report({
        code: 'copy-unsupported-scheme',
        message: `COPY takes a network file address (downloaded with wget over http or https) or a path on the build instance; ${scheme}:// is neither, so ${source.value} would be read as a local path. To fetch it, ${how}.`,
        range: source.range,
      });
    },
  },
});
