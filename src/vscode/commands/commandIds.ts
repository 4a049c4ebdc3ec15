/**
 * Every command of the extension, named once: the name the code uses and the id VS Code knows.
 * Registrations, menus built in code, tree items and `executeCommand` name a command only through
 * this table; test/unit/commandTable.test.ts holds it equal to package.json's contributions. Each
 * is declared (arguments, UI item, result) in its feature's commands.ts, gathered and checked
 * complete in src/vscode/commandTable.ts; the packaging integration test runs each one's real
 * implementation once the features load.
 */
export const COMMANDS = {
  openCodeMatrix: 'policyAnnotator.openCodeMatrix',
  codingReport: 'policyAnnotator.codingReport',
  exportChart: 'policyAnnotator.exportChart',
  setAttributes: 'policyAnnotator.setAttributes',
  exportAnnotations: 'policyAnnotator.exportAnnotations',
  showAgreement: 'policyAnnotator.showAgreement',
  compareNotesWithRevision: 'policyAnnotator.compareNotesWithRevision',
  closeNotesComparison: 'policyAnnotator.closeNotesComparison',
  resolveNotesConflict: 'policyAnnotator.resolveNotesConflict',
  openSideBySide: 'policyAnnotator.openSideBySide',
  goToProvision: 'policyAnnotator.goToProvision',
  searchProvisions: 'policyAnnotator.searchProvisions',
  swapLanguages: 'policyAnnotator.swapLanguages',
  toggleLinkedScrolling: 'policyAnnotator.toggleLinkedScrolling',
  filterProvisions: 'policyAnnotator.filterProvisions',
  clearProvisionFilter: 'policyAnnotator.clearProvisionFilter',
  insertReference: 'policyAnnotator.insertReference',
  insertQuote: 'policyAnnotator.insertQuote',
  tagProvision: 'policyAnnotator.tagProvision',
  autocode: 'policyAnnotator.autocode',
  annotateSelection: 'policyAnnotator.annotateSelection',
  addNote: 'policyAnnotator.addNote',
  editAnnotation: 'policyAnnotator.editAnnotation',
  deleteAnnotation: 'policyAnnotator.deleteAnnotation',
  newTag: 'policyAnnotator.newTag',
  renameTag: 'policyAnnotator.renameTag',
  mergeTags: 'policyAnnotator.mergeTags',
  filterByTag: 'policyAnnotator.filterByTag',
  filterByAuthor: 'policyAnnotator.filterByAuthor',
  revealAnnotation: 'policyAnnotator.revealAnnotation',
  commentsAdd: 'policyAnnotator.comments.add',
  commentsEdit: 'policyAnnotator.comments.edit',
  commentsSave: 'policyAnnotator.comments.save',
  commentsCancel: 'policyAnnotator.comments.cancel',
  commentsDelete: 'policyAnnotator.comments.delete',
  commentsResolve: 'policyAnnotator.comments.resolve',
  commentsReopen: 'policyAnnotator.comments.reopen',
  addDocument: 'policyAnnotator.addDocument',
  addDocuments: 'policyAnnotator.addDocuments',
  copyBibliographyEntry: 'policyAnnotator.copyBibliographyEntry',
  exportBibliography: 'policyAnnotator.exportBibliography',
  removeDocument: 'policyAnnotator.removeDocument',
  compareVersions: 'policyAnnotator.compareVersions',
  carryNotes: 'policyAnnotator.carryNotes',
  openVersionChange: 'policyAnnotator.openVersionChange',
  showUnchangedProvisions: 'policyAnnotator.showUnchangedProvisions',
  hideUnchangedProvisions: 'policyAnnotator.hideUnchangedProvisions',
  closeVersionComparison: 'policyAnnotator.closeVersionComparison',
  concordance: 'policyAnnotator.concordance',
  sortConcordance: 'policyAnnotator.sortConcordance',
  autocodeConcordance: 'policyAnnotator.autocodeConcordance',
  words: 'policyAnnotator.words',
  exportMatrixXlsx: 'policyAnnotator.exportMatrixXlsx',
  groupDocumentsBy: 'policyAnnotator.groupDocumentsBy',
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandId = (typeof COMMANDS)[CommandName];
