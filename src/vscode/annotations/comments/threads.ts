import * as vscode from 'vscode';
import { Annotation } from '../../../core/annotations/model/annotation';
import { placementKey } from '../../../core/annotations/model/placement';
import { AnnotationStore } from '../../../core/annotations/store/store';
import { LANGUAGES, Language, PolicyDocument, numberKey } from '../../../core/model';
import { renderedProvision } from '../../../core/render/renderDocument';
import { excerpt } from '../../../core/references/excerpt';
import { Placed } from '../../../core/annotations/model/highlights';
import { POLICY_SCHEME, parsePolicyTextUri, policyTextUri } from '../../reading/policyUri';
import { NotesServices } from '../notesServices';
import { isOwn } from '../ownAnnotations';
import { placeAnnotations } from '../placements';
import { renderedRange } from '../renderedRange';
import { NoteComment } from './noteComment';
import { NoteTarget } from './noteTarget';

const NOTES_CONTROLLER = 'policyAnnotator.notes';
/** Thread context values: the resolve and reopen buttons are offered by them. */
const OPEN_THREAD = 'policyThread';
const RESOLVED_THREAD = 'policyThread.resolved';
/** Resolved notes by annotation id, in the workspace's storage: a reader's view state, not part of the shared notes. */
const RESOLVED_KEY = 'policyAnnotator.resolvedNotes';
const QUOTE_LENGTH = 40;

interface ThreadEntry {
  readonly thread: vscode.CommentThread;
  /** What a reply annotates: the same words, or the whole provision. */
  target: NoteTarget | undefined;
  annotationIds: readonly string[];
}

/** A comment thread as the editor shows it: what the API's describeNoteThreads returns. */
export interface DescribedThread {
  readonly uri: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
  readonly label?: string;
  readonly resolved: boolean;
  readonly canReply: boolean;
  readonly comments: readonly { readonly annotationId: string; readonly body: string; readonly author: string; readonly label?: string; readonly contextValue: string }[];
}

/** A group of annotations shown as one thread in one language's editor. */
interface DesiredThread {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
  readonly label: string;
  readonly language: Language;
  readonly target: NoteTarget | undefined;
  readonly annotations: Annotation[];
}

/**
 * The notes as comment threads in the side-by-side editors, one thread per place: the annotated
 * words in their language and their aligned translation in the other, or the provision's heading
 * in both (whole-provision notes, and orphans, whose words are gone but which are never dropped).
 * Threads are kept in step with the store; a thread's state survives updates.
 *
 * "Resolve" is a reader's view state: the thread collapses and shows as resolved, for this user in
 * this workspace (kept in its storage, not in the shared notes, whose format has no such field).
 * A new reply in a resolved thread opens it again.
 */
export class NoteThreads implements vscode.Disposable {
  readonly controller: vscode.CommentController;
  private readonly threads = new Map<string, ThreadEntry>();
  private readonly resolved: Set<string>;
  private readonly disposables: vscode.Disposable[];
  private latest = 0;

  constructor(
    private readonly services: NotesServices,
    private readonly state: vscode.Memento,
  ) {
    this.controller = vscode.comments.createCommentController(NOTES_CONTROLLER, vscode.l10n.t('Policy Notes'));
    this.controller.options = { prompt: vscode.l10n.t('Add a note…'), placeHolder: vscode.l10n.t('A note in Markdown on these words, or on the provision') };
    this.resolved = new Set(state.get<string[]>(RESOLVED_KEY, []));
    this.disposables = [
      this.controller,
      services.annotations.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.offerNewNotes(editors)),
    ];
    this.offerNewNotes(vscode.window.visibleTextEditors);
    this.refresh();
  }

  /**
   * The + in the gutter of the policy texts, from the first time one is shown. Not before: in VS Code
   * 1.100 any commenting range provider upsets the extension host's copy of the user settings file
   * ("unknown document" errors after each settings change), so sessions that never read are spared.
   */
  private offerNewNotes(editors: readonly vscode.TextEditor[]): void {
    if (!this.controller.commentingRangeProvider && editors.some((editor) => editor.document.uri.scheme === POLICY_SCHEME)) {
      this.controller.commentingRangeProvider = { provideCommentingRanges: (document) => this.commentingRanges(document) };
    }
  }

  dispose(): void {
    this.threads.forEach((entry) => entry.thread.dispose());
    this.threads.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** The target of one of these threads; undefined for a thread the user just started (not ours yet). */
  targetOf(thread: vscode.CommentThread): { readonly known: boolean; readonly target?: NoteTarget } {
    const entry = [...this.threads.values()].find((candidate) => candidate.thread === thread);
    return { known: entry !== undefined, ...(entry?.target && { target: entry.target }) };
  }

  async setResolved(thread: vscode.CommentThread, resolved: boolean): Promise<void> {
    const entry = [...this.threads.values()].find((candidate) => candidate.thread === thread);
    for (const id of entry?.annotationIds ?? []) {
      if (resolved) {
        this.resolved.add(id);
      } else {
        this.resolved.delete(id);
      }
    }
    await this.state.update(RESOLVED_KEY, [...this.resolved]);
    await this.sync();
  }

  /** Starts an edit of a comment (its box opens), or ends one. */
  setMode(comment: NoteComment, mode: vscode.CommentMode): void {
    comment.mode = mode;
    // Assigning the comments again is what tells VS Code that one of them changed.
    comment.thread.comments = [...comment.thread.comments];
  }

  describe(): DescribedThread[] {
    return [...this.threads.values()].map(({ thread }) => ({
      uri: thread.uri.toString(),
      range: { start: { line: thread.range?.start.line ?? 0, character: thread.range?.start.character ?? 0 }, end: { line: thread.range?.end.line ?? 0, character: thread.range?.end.character ?? 0 } },
      ...(thread.label !== undefined && { label: thread.label }),
      resolved: thread.state === vscode.CommentThreadState.Resolved,
      canReply: thread.canReply !== false,
      comments: thread.comments.map((comment) => ({
        annotationId: comment instanceof NoteComment ? comment.annotation.id : '',
        body: typeof comment.body === 'string' ? comment.body : comment.body.value,
        author: comment.author.name,
        ...(comment.label !== undefined && { label: comment.label }),
        contextValue: comment.contextValue ?? '',
      })),
    }));
  }

  /** Brings the threads in step with the store; resolves when they are. */
  async sync(): Promise<void> {
    const asked = ++this.latest;
    const store = this.services.annotations.current();
    // Without an open store there is nothing to show, and nothing is parsed for it.
    const library = store && (await this.services.shared.getLibrary());
    if (asked !== this.latest) {
      return;
    }
    const desired = new Map<string, DesiredThread>();
    if (store && library) {
      library.documents.forEach((document) => this.desiredThreads(store, document, desired));
    }
    for (const [key, entry] of this.threads) {
      if (!desired.has(key)) {
        entry.thread.dispose();
        this.threads.delete(key);
      }
    }
    if (store) {
      desired.forEach((want, key) => this.show(store, key, want));
    }
  }

  private refresh(): void {
    this.sync().catch((error: unknown) => this.services.shared.log.warn('note threads:', error));
  }

  private desiredThreads(store: AnnotationStore, document: PolicyDocument, desired: Map<string, DesiredThread>): void {
    // Tags alone are shown by the decorations; a thread holds notes, and orphans, which must stay visible.
    const placed = placeAnnotations(this.services.shared, store, document, store.annotationsOn(document.id)).filter(
      ({ annotation, placement }) => annotation.note !== undefined || placement.orphaned,
    );
    for (const item of placed) {
      const key = placementKey(item.placement, item.annotation.id);
      for (const language of LANGUAGES) {
        const threadKey = `${language}|${key}`;
        const existing = desired.get(threadKey);
        if (existing) {
          existing.annotations.push(item.annotation);
          continue;
        }
        desired.set(threadKey, {
          uri: policyTextUri(document, language),
          range: renderedRange(this.services.shared.getRendered(document, language), item.placement.ranges[language]),
          label: threadLabel(item, language),
          language,
          target: this.replyTarget(document, item),
          annotations: [item.annotation],
        });
      }
    }
  }

  private replyTarget(document: PolicyDocument, { annotation, placement }: Placed): NoteTarget | undefined {
    if (placement.orphaned) {
      return undefined;
    }
    if (placement.kind === 'heading' || placement.language === undefined) {
      return { document: document.id, provision: annotation.provision };
    }
    const base = renderedProvision(this.services.shared.getRendered(document, placement.language), annotation.provision).text.start;
    const words = placement.ranges[placement.language];
    return { document: document.id, provision: annotation.provision, span: { language: placement.language, start: words.start - base, end: words.end - base } };
  }

  private show(store: AnnotationStore, key: string, want: DesiredThread): void {
    let entry = this.threads.get(key);
    if (!entry) {
      const thread = this.controller.createCommentThread(want.uri, want.range, []);
      thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
      entry = { thread, target: undefined, annotationIds: [] };
      this.threads.set(key, entry);
    }
    const { thread } = entry;
    const annotations = [...want.annotations].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1));
    const codebook = store.codebook;
    const editing = new Map(
      thread.comments.flatMap((comment) => (comment instanceof NoteComment && comment.mode === vscode.CommentMode.Editing ? [[comment.annotation.id, comment] as const] : [])),
    );
    thread.comments = annotations.map((annotation) => editing.get(annotation.id) ?? new NoteComment(annotation, codebook, want.language, isOwn(store, annotation), thread));
    thread.range = want.range;
    thread.label = want.label;
    thread.canReply = want.target !== undefined;
    const resolved = annotations.every((annotation) => this.resolved.has(annotation.id));
    const wasResolved = thread.state === vscode.CommentThreadState.Resolved;
    thread.state = resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    thread.contextValue = resolved ? RESOLVED_THREAD : OPEN_THREAD;
    if (resolved && !wasResolved) {
      thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
    }
    entry.target = want.target;
    entry.annotationIds = annotations.map((annotation) => annotation.id);
  }

  /** Notes can be started on any provision, its heading or its text. */
  private async commentingRanges(document: vscode.TextDocument): Promise<vscode.Range[]> {
    const ref = document.uri.scheme === POLICY_SCHEME ? parsePolicyTextUri(document.uri) : undefined;
    const policy = ref && (await this.services.shared.getLibrary()).document(ref.documentId);
    if (!ref || !policy) {
      return [];
    }
    const rendered = this.services.shared.getRendered(policy, ref.language);
    return rendered.provisions.map((provision) => renderedRange(rendered, { start: provision.heading.start, end: provision.text.end }));
  }
}

function threadLabel({ annotation, placement }: Placed, language: Language): string {
  const quote = annotation.span ? excerpt(annotation.span.exact, QUOTE_LENGTH) : '';
  if (placement.orphaned) {
    return vscode.l10n.t('¶{0} · “{1}” (orphaned)', annotation.provision, quote);
  }
  if (placement.kind === 'heading') {
    return vscode.l10n.t('¶{0} · the whole provision', annotation.provision);
  }
  return placement.language === language ? `¶${numberKey(annotation.provision)} · “${quote}”` : vscode.l10n.t('¶{0} · translation of “{1}”', numberKey(annotation.provision), quote);
}
