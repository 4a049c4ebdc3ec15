import { AttributeError, documentAttributes, parseAttributeAssignments, writeDocumentAttributes } from '../../core/documents/documentAttributes';
import { markdownTable } from '../../core/lib/markdownTable';
import { Command, PROGRAM } from '../command';
import { NodeFileSystem } from '../../platform/nodeFileSystem';
import { displayWidth } from '../text/width';
import { UsageError } from '../usageError';
import { localized } from '../../core/l10n/localized';

export const attributesCommand: Command = {
  name: 'attributes',
  summary: "shows a document's attributes, or sets them (name=value; name= removes one) in its document.yaml",
  details:
    'Attributes group and compare documents in matrix, report --where and the Provisions view. year, type, status and issuer ' +
    'are derived from the facts; others (level=national, region=上海, field=data) are kept under attributes: in document.yaml, ' +
    'which is rewritten in place with its comments. --json prints { document, attributes: { name: value }, derived: { name: [values] } }.',
  operands: [
    { name: 'id' },
    { name: 'name=value', optional: true, rest: true },
  ],
  async run({ operands: [id, ...assignments] }, context) {
    const library = await context.library();
    if (!library.document(id)) {
      throw new UsageError(localized('cli.noDocument', id, PROGRAM));
    }
    let changes: Map<string, string>;
    try {
      changes = parseAttributeAssignments(assignments);
    } catch (error) {
      throw error instanceof AttributeError ? new UsageError(error.message) : error;
    }
    const attributes = changes.size > 0 ? await writeDocumentAttributes(new NodeFileSystem(context.folder), id, changes) : library.document(id)?.attributes ?? {};
    const document = library.document(id);
    const derived = Object.fromEntries([...(document ? documentAttributes({ ...document, attributes: {} }) : [])]);
    const json = { document: id, attributes, derived };
    const rows = [...Object.entries(derived).map(([name, values]) => [name, values.join('; '), 'derived']), ...Object.entries(attributes).map(([name, value]) => [name, value, 'set'])];
    return { json, text: () => (rows.length === 0 ? `${id} has no attributes.` : markdownTable(['attribute', 'value', ''], rows, new Set(), displayWidth)) };
  },
};
