import {
  draftProblems,
  draftToProposal,
  draftToReuseQuery,
  emptyDraft,
  lines,
} from './proposalDraft';

describe('proposal drafts', () => {
  it('splits lines and semicolons, dropping blanks and repeats', () => {
    expect(lines(' surat masuk \n\n disposisi; surat masuk')).toEqual([
      'surat masuk',
      'disposisi',
    ]);
  });

  it('has no reuse query until there is a name and a need', () => {
    expect(draftToReuseQuery(emptyDraft)).toBeUndefined();
    expect(draftToReuseQuery({ ...emptyDraft, name: 'E-Surat' })).toBeUndefined();
    expect(
      draftToReuseQuery({ ...emptyDraft, name: 'E-Surat', description: 'surat masuk' }),
    ).toMatchObject({ name: 'E-Surat', functions: ['surat masuk'] });
  });

  it('names what is missing before submitting', () => {
    expect(draftProblems(emptyDraft)).toEqual(['name', 'description', 'functions', 'agency']);
    expect(
      draftProblems({
        name: 'a',
        description: 'b',
        functions: 'c',
        dataUsed: '',
        agency: 'group:default/kemenkeu',
        estimatedBudget: 'banyak',
      }),
    ).toEqual(['budget']);
  });

  it('builds the create body with a numeric budget', () => {
    expect(
      draftToProposal({
        name: ' E-Surat ',
        description: 'd',
        functions: 'surat masuk\ndisposisi pimpinan',
        dataUsed: '',
        agency: 'group:default/kemenkeu',
        estimatedBudget: '1500000000',
      }),
    ).toEqual({
      name: 'E-Surat',
      description: 'd',
      functions: ['surat masuk', 'disposisi pimpinan'],
      dataUsed: [],
      agency: 'group:default/kemenkeu',
      estimatedBudget: 1500000000,
    });
  });
});
