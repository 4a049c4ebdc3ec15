import * as assert from 'node:assert/strict';
import { ProvisionSearch } from '../../src/core/search';
import { notesSearchText } from '../../src/vscode/search/notes';
import { opinions } from './helpers/opinions';

describe('the notes hook of the provision pick', () => {
  it('puts tags and notes on lines of their own', () => {
    assert.equal(notesSearchText({ tags: ['privacy', '隐私'], notes: ['Compare with GDPR.'] }), 'privacy\n隐私\nCompare with GDPR.');
    assert.equal(notesSearchText(undefined), '');
  });

  it('lets the search find a provision by a tag the user gave it', () => {
    const notes = (number: number): string => (number === 7 ? notesSearchText({ tags: ['zeitgeist'], notes: [] }) : '');
    const search = new ProvisionSearch([opinions()], (provision) => notes(provision.number));
    assert.equal(search.search('zeitgeist')[0]?.provision, 7);
  });
});
