import * as vscode from 'vscode';
import { DocumentTally, WordCounts, WordLists, WordsCache, countDocuments, readWordLists, timeSlicer } from '../../core/corpus';
import { stopWords } from '../../core/corpus/stopWords';
import { WordCounter } from '../../core/corpus/wordCounter';
import { Segmenters, startSegmenters } from '../../platform/segmenterWorkers';
import { Platform } from '../../platform/platform';
import { NotesAccess } from '../annotations';
import { notesFolderSetting } from '../annotations/settings';
import { researchFolder } from '../researchFolder';
import { Services } from '../services';

// Two workers halve the time of one on a machine with two cores or more; more would mostly hold memory (jieba's dictionary each).
const MOST_WORKERS = 2;

/** Lets the extension host run what waits (keystrokes, hovers) between two slices of work. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The corpus's words counted, as of one user dictionary and one library. */
interface Segmentation {
  readonly dictionary: string;
  /** Each document's tally. */
  readonly tallies: Promise<DocumentTally[]>;
  /** The counts of the whole corpus, per stop-word list (the keyness of a word is against them). */
  readonly counts: Map<string, Promise<WordCounts>>;
}

/**
 * The words of the corpus for the Words view: jieba cuts and counts in workers (worker threads on
 * the desktop, Web Workers in the browser), never on the extension host's thread, which receives
 * each document's tally (a few hundred words) and sums them, a slice of time at a time. Each
 * document's tally is kept in `policy-documents/.cache/words/` in a trusted workspace. Dropped
 * when documents are added or removed; the word lists (stopwords.txt, dictionary.txt of the notes
 * folder) are read on each use, and a new dictionary starts new workers.
 */
export class CorpusWords implements vscode.Disposable {
  private segmenters: { readonly dictionary: string; readonly running: Promise<Segmenters> } | undefined;
  private segmentation: Segmentation | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly services: Services,
    private readonly platform: Platform,
    readonly notes: NotesAccess,
  ) {
    this.subscription = services.onDidChangeLibrary(() => {
      this.segmentation = undefined;
    });
  }

  /** The word lists of the research folder's notes folder (none without a folder). */
  async wordLists(): Promise<WordLists> {
    const folder = researchFolder();
    return folder ? readWordLists(this.notes.fileSystem(folder.uri), notesFolderSetting(folder)) : { stopWords: stopWords(undefined), dictionary: [] };
  }

  /** A counter with the dictionary: the running workers when they were started with it, else new ones. */
  async counter(dictionary: readonly string[]): Promise<WordCounter> {
    const key = dictionary.join('\n');
    if (this.segmenters?.dictionary !== key) {
      const previous = this.segmenters?.running;
      this.segmenters = { dictionary: key, running: this.start(dictionary) };
      void previous?.then((segmenters) => segmenters.dispose());
    }
    return (await this.segmenters.running).counter;
  }

  /** Each document's tally. */
  async tallies(lists: WordLists): Promise<readonly DocumentTally[]> {
    return this.segmented(lists).tallies;
  }

  /** The counts of the whole corpus without the stop words given. */
  corpusCounts(lists: WordLists): Promise<WordCounts> {
    const segmentation = this.segmented(lists);
    const key = [...lists.stopWords].sort().join('\n');
    let counts = segmentation.counts.get(key);
    if (!counts) {
      counts = segmentation.tallies.then((tallies) => this.counts(tallies, lists));
      segmentation.counts.set(key, counts);
    }
    return counts;
  }

  /** The counts of some tallies without the stop words given, summed a slice of time at a time. */
  counts(tallies: readonly DocumentTally[], lists: WordLists): Promise<WordCounts> {
    return WordCounts.inSlices(tallies, lists.stopWords, timeSlicer(nextTurn));
  }

  dispose(): void {
    this.subscription.dispose();
    void this.segmenters?.running.then((segmenters) => segmenters.dispose());
  }

  private segmented(lists: WordLists): Segmentation {
    const dictionary = lists.dictionary.join('\n');
    if (this.segmentation?.dictionary !== dictionary) {
      const tallies = (async () => {
        const documents = (await this.services.getLibrary()).documents;
        const folder = researchFolder();
        // Restricted Mode writes nothing into the workspace: there every document is cut anew.
        const cache = folder && vscode.workspace.isTrusted ? { cache: new WordsCache(this.notes.fileSystem(folder.uri)) } : {};
        return countDocuments(documents, { counter: await this.counter(lists.dictionary), pause: nextTurn, ...cache });
      })();
      this.segmentation = { dictionary, tallies, counts: new Map() };
      // A failed count is not kept: the next use tries again.
      tallies.catch(() => {
        if (this.segmentation?.tallies === tallies) {
          this.segmentation = undefined;
        }
      });
    }
    return this.segmentation;
  }

  private async start(dictionary: readonly string[]): Promise<Segmenters> {
    const extension = this.services.context.extensionUri;
    const wasm = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension, 'dist', 'jieba.wasm'));
    const script = vscode.Uri.joinPath(extension, ...this.platform.workers.folder.split('/'), 'segmenter.js');
    const count = Math.min(MOST_WORKERS, this.platform.workers.parallelism);
    return startSegmenters(this.platform.workers, { fsPath: script.fsPath, read: async () => vscode.workspace.fs.readFile(script) }, wasm, dictionary, count);
  }
}
