import { Bilingual, Division, PolicyDocument, Provision, numberKey } from '../../core/model';
import { Command, CommandContext } from '../command';
import { labelled } from '../text/layout';
import { UsageError } from '../usageError';
import { localized } from '../../core/l10n/localized';
import { knownIds } from '../../core/reference';

interface ListedProvision {
  readonly number: number;
  readonly label: Bilingual;
  readonly title: Bilingual;
}

interface ListedDivision {
  readonly id: string;
  readonly kind: Division['kind'];
  readonly number: number;
  readonly numeral: Bilingual;
  readonly title: Bilingual;
  readonly divisions: readonly ListedDivision[];
  /** The provisions directly in this division (not in a nested one). */
  readonly provisions: readonly ListedProvision[];
}

export const listCommand: Command = {
  name: 'list',
  summary: 'the divisions and provisions of each document (or of --document), with their titles',
  details: 'The --json output lists documents, each with its divisions nested (each with its own provisions) and the provisions outside any division.',
  operands: [],
  options: ['document'],
  async run({ options }, context) {
    const documents = await chosenDocuments(context, options.value('document'));
    return {
      json: { documents: documents.map(listed) },
      text: (width) => documents.flatMap((document) => outline(document, width)).join('\n\n'),
    };
  },
};

/** Every document, or the one `--document` names (reading no other, unless it names none). */
export async function chosenDocuments(context: CommandContext, id: string | undefined): Promise<readonly PolicyDocument[]> {
  if (id === undefined) {
    return (await context.library()).documents;
  }
  const document = (await context.library([id])).document(id);
  if (!document) {
    const library = await context.library();
    throw new UsageError(localized('reference.unknownDocument', id, knownIds(library, id)));
  }
  return [document];
}

function listed(document: PolicyDocument) {
  return {
    id: document.id,
    title: document.title,
    translated: document.translated,
    divisions: document.parts.map(listedDivision),
    provisions: document.provisions.filter((provision) => provision.division === undefined).map(listedProvision),
  };
}

function listedDivision(division: Division): ListedDivision {
  return {
    id: division.id,
    kind: division.kind,
    number: division.number,
    numeral: division.numeral,
    title: division.title,
    divisions: division.divisions.map(listedDivision),
    provisions: division.provisions.filter((provision) => provision.division === division.id).map(listedProvision),
  };
}

function listedProvision(provision: Provision): ListedProvision {
  return { number: provision.number, label: provision.label, title: provision.title };
}

// Labels of one width keep the titles of divisions and of provisions in straight columns.
const LABEL = 5;
const INDENT = '  ';

function outline(document: PolicyDocument, width: number): string[] {
  const provisionLines = (provisions: readonly Provision[], depth: number) =>
    provisions.flatMap((provision) => labelled(INDENT.repeat(depth) + `¶${numberKey(provision.number)}`.padEnd(LABEL), provisionTitles(provision), width));
  const divisionLines = (division: Division, depth: number): string[] => [
    '',
    ...labelled(INDENT.repeat(depth) + divisionLabel(division), [division.title.en, division.title.zh].filter(Boolean), width),
    ...provisionLines(division.provisions.filter((provision) => provision.division === division.id), depth + 1),
    ...division.divisions.flatMap((child) => divisionLines(child, depth + 1)),
  ];
  return [
    ...labelled('', [document.title.en, document.title.zh, `(${document.id})`].filter(Boolean), width),
    ...provisionLines(document.provisions.filter((provision) => provision.division === undefined), 0),
    ...document.parts.flatMap((division) => divisionLines(division, 0)),
  ];
}

/** "IV." for the Opinions' parts, "第二章" for a law's chapters. */
function divisionLabel(division: Division): string {
  const label = division.kind === 'part' ? `${division.numeral.en || division.numeral.zh}.` : division.numeral.zh;
  return `${label} `.padEnd(LABEL);
}

/** A provision's heading: its title where it has one, else its first words. */
function provisionTitles(provision: Provision): string[] {
  const titles = [provision.title.en, provision.title.zh].filter(Boolean);
  return titles.length > 0 ? titles : [firstWords(provision.text.zh)];
}

function firstWords(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
