// Writes docs/request-parameters.md from the parameter model, so the reference cannot drift from
// what the validator checks. Run: npx tsx packages/core/scripts/generate-parameter-docs.ts
// (a test fails when the committed file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  OWN_CODES,
  PIPELINE_PARAMETERS,
  codeAnchor,
  formatWireName,
  parameterAnchor,
  type JsonPath,
  type ParameterSpec,
  type ValueSpec,
} from '../src/request/parameters.js';
import { describeIntegerRange, describeRule } from '../src/request/validate-parameters.js';

export const DOCS_FILE = fileURLToPath(new URL('../../../docs/request-parameters.md', import.meta.url));

/** What each code of ours means; the service's own codes are explained where they are used. */
const OWN_CODE_DOCS: Record<(typeof OWN_CODES)[keyof typeof OWN_CODES], string> = {
  'invalid-json':
    'The parameters file is not JSON. Reported once, at the place the reader stopped; the parameters are not checked further.',
  'duplicate-json-key':
    'A key appears twice in one object of the parameters file. The last one counts, as with `JSON.parse` (warning).',
  'invalid-parameter-type':
    'A value has the wrong JSON type (a string where the API takes an integer, `null`, a fraction, a number beyond 1.8e308 such as `1e400`), or an integer is beyond 2^53 and lost digits when read. `long` parameters (`AddAccount.N`, account IDs) also take a string of digits, which carries any ID exactly.',
  'unknown-parameter':
    'The name is not a CreateImagePipeline parameter (nor a field of the object it is in); the closest name is suggested. The service would ignore or refuse it, and no emitter could send it.',
  'missing-parameter':
    'A required parameter is absent or an empty string (sent as `Name=`): `RegionId`, `BaseImageType`; `BaseImage` for `IMAGE`/`IMAGE_FAMILY` unless the template starts with FROM (older API rule). As a warning: `RepairItem` for `RepairMode=Customized`. The service documents no code for these; a required field with a code of its own (`Tag.N.Key`, `OSSBucket`, `OSSObject`) reports that code when empty.',
  'invalid-parameter-value':
    'A value breaks a documented constraint for which the service documents no error code (ClientToken, RepairItem, ImportImageOptions.Features.ImdsSupport, ImportImageOptions.RetentionStrategy, AddAccount items).',
  'too-many-items':
    'A list is longer than documented (`Tag.N`, `ImageOptions.ImageTags.N`: at most 20), and the service documents no code for it.',
  'deprecated-parameter':
    'The parameter is deprecated; its replacement is named (warning, tagged deprecated). Also reported when both the old and the new parameter are given.',
  'unused-parameter':
    'The parameter has no effect with the others given: `BaseImage` with `BaseImageType=OSS`, `ImportImageOptions` without it, `RepairItem` without `RepairMode=Customized` (warning).',
  'build-content-in-parameters':
    '`BuildContent` comes from the template file; the parameters file must not carry it. The template wins when forced.',
  'escape-not-sendable':
    "The template uses ``# escape=` ``. The request sends its continuations as `\\` (the one the service documents) and drops the directive; when a command would then read differently (a `\\` at a line's end, an escaped quote), no request is built (error, ours, on the directive).",
  'unsendable-character':
    'A value (or the BuildContent as sent) holds U+0000 or an unpaired UTF-16 surrogate: neither can be a command-line argument or UTF-8 text, so no format can carry it.',
  'invalid-set':
    'A `--set Name=value` cannot be applied: an empty name, a list item numbered past the next free one (`Tag.3.Key` when `Tag` has one item), or a path through a value of another shape.',
  'from-parameters-mismatch':
    "The template's FROM and `BaseImageType`/`BaseImage` name different source images: the older API builds from the FROM, today's from the parameters, so the image would depend on the API version (error, ours; on the FROM line and on the parameter). Suggestions: remove the FROM, or take its image into the parameters file.",
  'prepended-from-exceeds-command-limit':
    'The template has exactly 127 commands and no FROM: the service prepends `FROM <BaseImageType>:<BaseImage>`, which makes 128 if it counts (undocumented; warning).',
  'base-image-type-mismatch':
    "`BaseImage` looks like an image ID (`m-...`, or a public image's `....vhd`) while `BaseImageType` is `IMAGE_FAMILY`, or does not look like one while it is `IMAGE` (warning: custom family names may look like anything).",
  'boot-mode-default-bios':
    '`ImportImageOptions.Architecture` is `arm64` and `BootMode` is not set. The newest SDK documents the default as `BIOS` and asks for `UEFI` with arm64 ("Default value: BIOS. If you set Architecture to arm64, set this parameter to UEFI."), so set it (warning; an explicit `BIOS` is the service\'s `InvalidParameter.ImportImageOptionsBootMode`).',
  'repair-item-os':
    'A `RepairItem` of the other operating system: a Linux-only item (`fstab`, `grub`, `dhcp`, `selinux`, `growpart`, `cloudinit`, `aegis`, `nvme`) while `ImportImageOptions.OSType` is `windows`, or a Windows-only item while the OSS source is `linux` (the default). `virtio` and `standardizedtimezone` belong to both (warning).',
};

function typeOf(value: ValueSpec): string {
  switch (value.kind) {
    case 'string':
      return 'string';
    case 'integer':
      return value.long ? 'integer (long)' : 'integer';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    case 'list':
      return `list of ${typeOf(value.items)}${value.maxItems !== undefined ? `, N 1-${value.maxItems}` : ''}`;
  }
}

/** Each constraint in words with the code the service answers with. */
function constraintLines(value: ValueSpec, prefix = ''): string[] {
  switch (value.kind) {
    case 'string':
      return value.rules.map(
        (rule) =>
          `${prefix}${describeRule(rule)}${rule.inferred ? ' (assumed: a warning)' : ''}: \`${rule.code ?? value.code}\``,
      );
    case 'integer':
      return value.minimum !== undefined || value.maximum !== undefined
        ? [`${prefix}${describeIntegerRange(value.minimum, value.maximum)}: \`${value.code}\``]
        : [`${prefix}an integer`];
    case 'list':
      return [
        ...(value.maxItems !== undefined
          ? [`${prefix}at most ${value.maxItems} items: \`${value.maxItemsCode}\``]
          : []),
        ...(value.uniqueField ? [`${prefix}each ${value.uniqueField.name} once: \`${value.uniqueField.code}\``] : []),
        ...(value.items.kind === 'object' ? [] : constraintLines(value.items, `${prefix}each item: `)),
      ];
    default:
      return [];
  }
}

function sdkPath(path: JsonPath, specs: ParameterSpec[]): string {
  let out = '';
  path.forEach((segment, i) => {
    if (typeof segment === 'number') out += '[]';
    else out += `${out ? '.' : ''}${specs[i]?.sdkName ?? segment}`;
  });
  return out;
}

function parameterSections(): string[] {
  const out: string[] = [];
  const walk = (
    fields: readonly ParameterSpec[],
    path: JsonPath,
    chain: ParameterSpec[],
    sdkClass: string,
    depth: number,
  ): void => {
    for (const field of fields) {
      const fieldPath = [...path, field.name];
      const fieldChain = [...chain, field];
      // The SDK path needs a spec per path segment: list indexes repeat their list's spec.
      const specsBySegment: ParameterSpec[] = [];
      let c = 0;
      for (const segment of fieldPath)
        specsBySegment.push(typeof segment === 'number' ? fieldChain[c - 1] : fieldChain[c++]);
      const wire = formatWireName(fieldPath).replace(/\.1(?=\.|$)/g, '.N');
      const lines = [`${'#'.repeat(Math.min(depth + 3, 5))} <a id="${parameterAnchor(fieldPath)}"></a>\`${wire}\``, ''];
      lines.push(field.doc, '');
      lines.push(
        `- SDK field: \`${sdkPath(fieldPath, specsBySegment)}\` of \`${sdkClass}\`; type: ${typeOf(field.value)}`,
      );
      if (field.required)
        lines.push(
          `- Required${field.requiredCode ? `: \`${field.requiredCode}\` when missing` : ` (\`${OWN_CODES.missingParameter}\` when missing)`}`,
        );
      if (field.default)
        lines.push(
          `- Default: ${field.default.text}${field.default.value === undefined ? ' (described, not a value we send)' : ''}`,
        );
      if (field.deprecated) lines.push(`- Deprecated: ${field.deprecated} (\`${OWN_CODES.deprecatedParameter}\`)`);
      if (field.internal) lines.push('- Internal: present in every SDK, undocumented; passed through unchecked');
      if (field.fromTemplate)
        lines.push(
          `- Taken from the template, never from the parameters file (\`${OWN_CODES.buildContentInParameters}\`)`,
        );
      for (const constraint of constraintLines(field.value)) lines.push(`- ${constraint}`);
      out.push(lines.join('\n'));

      let value: ValueSpec = field.value;
      let valuePath: JsonPath = fieldPath;
      while (value.kind === 'list') {
        valuePath = [...valuePath, 0];
        value = value.items;
      }
      if (value.kind === 'object') walk(value.fields, valuePath, fieldChain, value.sdkClass, depth + 1);
    }
  };
  walk(PIPELINE_PARAMETERS, [], [], 'CreateImagePipelineRequest', 0);
  return out;
}

export function parameterDocsText(): string {
  const summary = PIPELINE_PARAMETERS.map((p) => {
    const flags = [
      p.required ? 'required' : '',
      p.deprecated ? 'deprecated' : '',
      p.internal ? 'internal' : '',
      p.fromTemplate ? 'from the template' : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `| [\`${p.name}\`](#${parameterAnchor([p.name])}) | ${typeOf(p.value)} | ${flags} | ${p.default?.text ?? ''} |`;
  });
  const ownCodes = Object.entries(OWN_CODE_DOCS).map(
    ([code, text]) => `### <a id="${codeAnchor(code)}"></a>\`${code}\`\n\n${text}`,
  );
  return `# CreateImagePipeline request parameters

<!-- Generated from the parameter model (packages/core/src/request/parameters.ts) by
     packages/core/scripts/generate-parameter-docs.ts. Do not edit by hand: edit the model and run
     npx tsx packages/core/scripts/generate-parameter-docs.ts -->

Every parameter of the ECS \`CreateImagePipeline\` API (version 2014-05-26), as \`buildcontent request\`
and the language server check them in \`*.pipeline.json\` files. Names are the API's wire names; lists are
JSON arrays (\`Tag.N.Key\` is \`"Tag": [{"Key": ...}]\`, numbered from 1 on the wire), nested options are
JSON objects. Lengths count characters (Unicode code points). Each constraint is listed with the error code
the service answers with; that code is also the code of our finding. Where the service documents no code,
the code is one of ours (see [Codes of our own](#codes-of-our-own)). A constraint marked *assumed* is implied
by the sources but not stated for that parameter: it is a warning, never an error.

Findings are errors unless said otherwise; an error stops \`buildcontent request\` from printing the
request (unless \`--force\`). Severity settings (\`severity\` in \`.buildcontentrc.json\`) apply by code
or by the rule id \`request-parameters\`.

A parameter left out is not sent: the service applies its documented default, listed here. Defaults that
are values also appear as \`default\` in the JSON Schema (\`packages/core/schemas/pipeline.schema.json\`),
which is generated from the same model.

## Summary

| Parameter | Type | | Default |
|---|---|---|---|
${summary.join('\n')}

## Checks across parameters

- \`BaseImageType=OSS\` needs \`ImportImageOptions\` (\`MissingParameter.ImportImageOptions\`) with at least
  one \`DiskDeviceMappings\` item (\`MissingParameter.ImageOptionsDiskDeviceMappings\`, the service's code).
  \`BaseImage\` is then unused (\`${OWN_CODES.unusedParameter}\`, warning).
- \`BaseImageType=IMAGE\` or \`IMAGE_FAMILY\` needs \`BaseImage\` (\`${OWN_CODES.missingParameter}\`), unless the
  template starts with a valid FROM: then, under both \`from\` settings, the request carries the FROM's type and
  image as \`BaseImageType\`/\`BaseImage\`; parameters that name another image are an error
  (\`${OWN_CODES.fromParametersMismatch}\`).
  \`ImportImageOptions\` is then unused (warning).
- \`ImportImageOptions.Architecture=arm64\` needs \`BootMode=UEFI\`: \`BIOS\` is an error
  (\`InvalidParameter.ImportImageOptionsBootMode\`); an absent BootMode is a warning (\`${OWN_CODES.bootModeDefault}\`): the newest
  SDK documents the default as BIOS and asks for UEFI with arm64.
- \`BaseImage\` that looks like an image ID with \`IMAGE_FAMILY\`, or not like one with \`IMAGE\`: warning
  (\`${OWN_CODES.baseImageTypeMismatch}\`).
- With an OSS source whose \`ImportImageOptions.OSType\` is \`windows\`: Linux-only \`RepairItem\` entries are a warning
  (\`${OWN_CODES.repairItemOs}\`, and Windows-only ones on a \`linux\` source), and so is every template command other
  than COMPONENT and RESTART (the template rule \`linux-only-command\`): the commands page marks them Linux only.
- A deprecated parameter beside its replacement (\`ImageName\` and \`ImageOptions.ImageName\`, ...): warning.
- \`RepairItem\` without \`RepairMode\`: the service's \`MissingParameter.RepairMode\` ("RepairMode is missing.").
  \`RepairItem\` with \`RepairMode\` \`Standard\` or \`All\`, or \`Customized\` without items: warning.
- With the template: a COPY from an \`http(s)://\` URL while \`InternetMaxBandwidthOut\` is 0 or absent is the
  template rule \`copy-url-without-internet\` (warning); the 16 KB limit of the BuildContent as sent is the
  template rule \`InvalidBuildContent.LengthExceeded\`; 127 commands is \`InvalidImageTemplateCommandSize.ExceededMaxNumber\`.

## Parameters

${parameterSections().join('\n\n')}

## <a id="codes-of-our-own"></a>Codes of our own

${ownCodes.join('\n\n')}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DOCS_FILE, parameterDocsText());
  console.log(`wrote ${DOCS_FILE}`);
}
