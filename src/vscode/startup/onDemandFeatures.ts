import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../api';
import { Declarations } from '../declared';
import { DeclaredRegistrations } from './declaredRegistrations';

/** The features as their bundle exports them (src/features.ts on the desktop; in the web bundle itself). */
export interface FeaturesModule {
  activateFeatures(context: vscode.ExtensionContext, declarations: Declarations): PolicyAnnotatorApi;
}

/**
 * The features, loaded and activated on first real use (a command, a view's first children, a
 * document they work on, the API), once. Until then stubs stand in for their commands; they are
 * disposed just before the features register the real ones. The views and document schemes VS
 * Code needs at once are registered here too (DeclaredRegistrations), and filled when they load.
 */
export class OnDemandFeatures {
  private api: PolicyAnnotatorApi | undefined;
  private loading = false;
  private readonly stubs: vscode.Disposable[] = [];
  private readonly declarations: Declarations;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly load: () => FeaturesModule,
  ) {
    this.declarations = new DeclaredRegistrations(context, () => this.get());
  }

  /** A registration that the features replace with their own when they load. */
  addStub(stub: vscode.Disposable): void {
    this.stubs.push(stub);
  }

  /** The features' API, loading and activating them first if they are not yet. */
  get(): PolicyAnnotatorApi {
    if (!this.api) {
      if (this.loading) {
        throw new Error('Policy Annotator: a feature asked for the features while they were activating.');
      }
      this.loading = true;
      try {
        vscode.Disposable.from(...this.stubs.splice(0)).dispose();
        this.api = this.load().activateFeatures(this.context, this.declarations);
      } finally {
        this.loading = false;
      }
    }
    return this.api;
  }
}
