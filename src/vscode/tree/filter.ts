import * as vscode from 'vscode';
import { PolicyDocument, provisionId } from '../../core/model';
import { ProvisionSearcher } from '../search/searcher';

/**
 * One condition a provision must meet to stay in the tree, set under its own key: the text
 * filter's 'text', the annotations' 'tag' and 'author'.
 */
export interface FilterCriterion {
  /** How the view's message names it: “伪基站”, “tag: privacy”. */
  readonly label: string;
  /** The ids (`<doc>#<n>`) of the provisions that meet it. */
  select(documents: readonly PolicyDocument[]): Promise<ReadonlySet<string>>;
}

/** The provisions that pass every criterion; computed once per change, not once per tree level. */
export class ProvisionFilter implements vscode.Disposable {
  private readonly criteria = new Map<string, FilterCriterion>();
  private readonly changed = new vscode.EventEmitter<void>();
  private selection: Promise<ReadonlySet<string>> | undefined;

  readonly onDidChange = this.changed.event;

  get active(): boolean {
    return this.criteria.size > 0;
  }

  get(key: string): FilterCriterion | undefined {
    return this.criteria.get(key);
  }

  /** Sets or, with undefined, removes the criterion under `key` (e.g. 'text', 'tag'). */
  set(key: string, criterion: FilterCriterion | undefined): void {
    if (criterion) {
      this.criteria.set(key, criterion);
    } else {
      this.criteria.delete(key);
    }
    this.selection = undefined;
    this.changed.fire();
  }

  clear(): void {
    this.criteria.clear();
    this.selection = undefined;
    this.changed.fire();
  }

  /** What the criteria select has changed (e.g. the annotations a tag criterion reads): select again. */
  invalidate(): void {
    if (this.active) {
      this.selection = undefined;
      this.changed.fire();
    }
  }

  describe(): string {
    return [...this.criteria.values()].map((criterion) => criterion.label).join(' · ');
  }

  /** The ids that pass, or undefined when nothing filters. */
  passing(documents: readonly PolicyDocument[]): Promise<ReadonlySet<string>> | undefined {
    if (!this.active) {
      return undefined;
    }
    this.selection ??= this.intersect(documents);
    return this.selection;
  }

  /** The ids of the provisions the tree shows, in document order: all of them when nothing filters. */
  async provisionIds(documents: readonly PolicyDocument[]): Promise<string[]> {
    const passing = await this.passing(documents);
    return documents.flatMap((document) => document.provisions.map((provision) => provision.id)).filter((id) => !passing || passing.has(id));
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async intersect(documents: readonly PolicyDocument[]): Promise<ReadonlySet<string>> {
    const selections = await Promise.all([...this.criteria.values()].map((criterion) => criterion.select(documents)));
    const [first = new Set<string>(), ...rest] = selections;
    return new Set([...first].filter((id) => rest.every((selection) => selection.has(id))));
  }
}

/** Provisions the search finds for `query`, in either language, by number, title or text. */
export function textCriterion(query: string, searcher: ProvisionSearcher): FilterCriterion {
  return {
    label: `“${query}”`,
    select: async () => new Set((await searcher.search(query)).map((hit) => provisionId(hit.document, hit.provision))),
  };
}
