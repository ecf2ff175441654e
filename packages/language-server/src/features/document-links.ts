// Document links: COPY sources that are URLs open the URL; COMPONENT references (ID or ARN) open the API
// reference of DescribeImageComponents, which looks components up: the console has no stable per-component
// address, and the tooltip says plainly that the link is the API reference, not a page of the component.
import type { ComponentReference } from '@buildcontent/core';
import type { DocumentLink } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';

export const DESCRIBE_IMAGE_COMPONENTS_URL = 'https://api.aliyun.com/document/Ecs/2014-05-26/DescribeImageComponents';

const URL_PATTERN = /^(https?|ftp):\/\/[^\s"']+$/i;

function componentTooltip(reference: ComponentReference): string {
  if (reference.type === 'arn' && reference.arn) {
    return `Open the DescribeImageComponents API reference (look up RegionId=${reference.arn.region}, Name=${reference.arn.name})`;
  }
  return `Open the DescribeImageComponents API reference (look up ImageComponentId=${reference.text})`;
}

export function computeDocumentLinks(document: TextDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const command of templateOf(document).commands) {
    if (command.kind === 'COPY') {
      for (const operand of command.operands) {
        // A URL split by a continuation has no single range to click; such a source is rare and left alone.
        if (URL_PATTERN.test(operand.value) && operand.range.start.line === operand.range.end.line) {
          links.push({ range: operand.range, target: operand.value, tooltip: `Open ${operand.value}` });
        }
      }
    } else if (command.kind === 'COMPONENT' && command.reference && command.reference.type !== 'other') {
      links.push({
        range: command.reference.range,
        target: DESCRIBE_IMAGE_COMPONENTS_URL,
        tooltip: componentTooltip(command.reference),
      });
    }
  }
  return links;
}
