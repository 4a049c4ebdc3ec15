import { localized } from '../../core/l10n/localized';
import { Language } from '../../core/model';
import { platform } from '../../platform/node';
import { Command } from '../command';
import { GivenOptions } from '../options';
import { provisionNamed } from '../resolve';
import { UsageError } from '../usageError';
import { DEFAULT_NOTES_FOLDER, openNotes } from './notesFolder';

export const annotateCommand: Command = {
  name: 'annotate',
  summary: `adds one annotation to a coder's notes and prints its id (default folder ${DEFAULT_NOTES_FOLDER})`,
  details:
    'Annotates the provision <ref> (a whole provision, or the first place --quote is in its text), with --tags from the codebook and a ' +
    "--note; a tag the codebook lacks is added to it, and a missing notes folder is made. Saves like the editor does: merged with what is on disk, taking turns with every other writer of the file (other " +
    'processes and VS Code windows), never overwriting them. --json prints the annotation. Bad input writes nothing and exits with 2.',
  operands: [{ name: 'ref' }],
  options: ['tags', 'note', 'quote', 'language', 'author', 'notes'],
  optionHelp: { tags: 'tag ids from the codebook, separated by commas', language: 'the language of --quote (default: the one whose text has it)' },
  async run({ operands: [ref], options }, context) {
    // Only the document annotated is read, not the workspace's every document.
    const { provision, library } = await provisionNamed(context, ref);
    const author = options.value('author') ?? (await platform.defaultAuthor(context.cwd));
    if (author === undefined || author.trim() === '') {
      throw new UsageError(localized('cli.annotateAuthor'));
    }
    const span = spanOption(options, provision.text);
    // As the editor does: the notes folder is made on the first note, a tag the codebook lacks is
    // added to it. Only the codebook and the annotated document's notes are read, not the team's.
    const { store } = await openNotes(options.value('notes'), library, context, { author, create: true, read: 'asked' });
    const provided = await store.provideTags(listed(options.value('tags')));
    if (!provided.ok) {
      throw new UsageError(provided.reason);
    }
    const tags = provided.value.ids;
    const added = await store.add({ document: provision.documentId, provision: provision.number, ...span, tags, ...(options.has('note') && { note: options.value('note') }) });
    if (!added.ok) {
      throw new Error(added.reason);
    }
    return { json: added.value, text: () => added.value.id };
  },
};

function listed(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The span --quote names: its first place in the text of --language, or of the first language that has it. */
function spanOption(options: GivenOptions, text: Readonly<Record<Language, string>>): { span?: { language: Language; start: number; end: number } } {
  const quote = options.value('quote');
  const language = options.value('language');
  if (language !== undefined && language !== 'en' && language !== 'zh') {
    throw new UsageError(localized('cli.languageIs', language));
  }
  if (quote === undefined) {
    if (language !== undefined) {
      throw new UsageError(localized('cli.languageWithQuote'));
    }
    return {};
  }
  const languages: Language[] = language ? [language] : ['en', 'zh'];
  const found = languages.find((candidate) => quote !== '' && text[candidate].includes(quote));
  if (found === undefined) {
    throw new UsageError(localized(language === undefined ? 'cli.quoteNotInText' : language === 'en' ? 'cli.quoteNotInEnglish' : 'cli.quoteNotInChinese'));
  }
  const start = text[found].indexOf(quote);
  return { span: { language: found, start, end: start + quote.length } };
}
