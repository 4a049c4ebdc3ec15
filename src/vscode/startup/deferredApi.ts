import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../api';
import { OnDemandFeatures } from './onDemandFeatures';

/** The public API at activation: every call (and listening to its event) loads the features first. */
export function deferredApi(context: vscode.ExtensionContext, features: OnDemandFeatures): PolicyAnnotatorApi {
  const api = (): PolicyAnnotatorApi => features.get();
  return {
    version: String(context.extension.packageJSON.version),
    getDocuments: () => api().getDocuments(),
    getAlignment: (documentId) => api().getAlignment(documentId),
    getProvision: (documentId, number) => api().getProvision(documentId, number),
    searchProvisions: (query) => api().searchProvisions(query),
    openSideBySide: (args) => api().openSideBySide(args),
    describeProvisionTree: (id) => api().describeProvisionTree(id),
    getAnnotations: (documentId) => api().getAnnotations(documentId),
    describeTagsView: (id) => api().describeTagsView(id),
    describeNoteThreads: () => api().describeNoteThreads(),
    describeRelated: () => api().describeRelated(),
    describeWordsView: () => api().describeWordsView(),
    onDidChangeRelated: (listener, thisArgs, disposables) => api().onDidChangeRelated(listener, thisArgs, disposables),
    onDidChangeAnnotations: (listener, thisArgs, disposables) => api().onDidChangeAnnotations(listener, thisArgs, disposables),
  };
}
