import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ReuseCandidate } from '@internal/plugin-spbe-common';
import { CandidateList } from './CandidateList';

const srikandi: ReuseCandidate = {
  entityRef: 'component:default/srikandi',
  name: 'SRIKANDI',
  agency: 'group:default/anri',
  platformNasional: true,
  score: 0.82,
  reasons: ['sentence the engine wrote'],
  details: [
    { kind: 'national-platform' },
    { kind: 'coverage', value: 0.756 },
    { kind: 'shared-terms', values: ['surat', 'disposisi'] },
    { kind: 'shared-functions', values: ['surat masuk', 'disposisi pimpinan'] },
    { kind: 'same-function', values: ['surat'] },
    { kind: 'same-cluster', values: ['e-Office Kab. Sleman'] },
    { kind: 'dpi', values: ['identitas-digital'] },
  ],
};

describe('CandidateList', () => {
  it('states the structured reasons in the user language, in their order', async () => {
    await renderInTestApp(<CandidateList candidates={[srikandi]} />);
    const evidence = await screen.findByTestId('reuse-evidence');
    const items = within(evidence).getAllByRole('listitem').map(li => li.textContent);
    expect(items).toEqual([
      'Platform nasional (aplikasi umum): pakai ulang diutamakan',
      'Mencakup 76% kata kunci berbobot dari kebutuhan',
      'Istilah yang sama: surat, disposisi',
      'Fungsi yang sama: surat masuk; disposisi pimpinan',
      'Dinamai untuk fungsi yang sama dengan kebutuhan: surat',
      'Satu klaster duplikasi dengan e-Office Kab. Sleman: salinan lokal dikonsolidasikan ke platform ini',
      'Menyediakan blok DPI yang dibutuhkan: identitas-digital',
    ]);
  });

  it('falls back to the engine sentences for analyses recorded without structured reasons', async () => {
    await renderInTestApp(<CandidateList candidates={[{ ...srikandi, details: undefined }]} />);
    const evidence = await screen.findByTestId('reuse-evidence');
    expect(within(evidence).getByText('sentence the engine wrote')).toBeInTheDocument();
  });
});
