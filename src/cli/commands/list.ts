import { Bilingual, PolicyDocument } from '../../core/model';
import { Command } from '../command';
import { labelled } from '../text/layout';

interface Titled {
  readonly number: number;
  readonly title: Bilingual;
}

interface ListedDocument {
  readonly id: string;
  readonly title: Bilingual;
  readonly parts: readonly (Titled & { readonly provisions: readonly Titled[] })[];
}

export const listCommand: Command = {
  name: 'list',
  summary: 'the parts and provisions of each document, with their titles',
  operands: [],
  async run(_invocation, context) {
    const { documents } = await context.library();
    return {
      json: { documents: documents.map(listed) },
      text: (width) => documents.flatMap((document) => outline(document, width)).join('\n'),
    };
  },
};

function listed(document: PolicyDocument): ListedDocument {
  return {
    id: document.id,
    title: document.title,
    parts: document.parts.map((part) => ({
      number: part.number,
      title: part.title,
      provisions: part.provisions.map((provision) => ({ number: provision.number, title: provision.title })),
    })),
  };
}

// Labels of one width keep the titles of parts and of provisions in two straight columns.
const PART_LABEL = 5;
const PROVISION_LABEL = 5;

function outline(document: PolicyDocument, width: number): string[] {
  const partIndent = ' '.repeat(PART_LABEL);
  return [
    ...labelled('', [document.title.en, document.title.zh, `(${document.id})`], width),
    ...document.parts.flatMap((part) => [
      '',
      ...labelled(`${part.numeral.en}.`.padEnd(PART_LABEL), [part.title.en, part.title.zh], width),
      ...part.provisions.flatMap((provision) =>
        labelled(partIndent + `¶${provision.number}`.padEnd(PROVISION_LABEL), [provision.title.en, provision.title.zh], width),
      ),
    ]),
  ];
}
