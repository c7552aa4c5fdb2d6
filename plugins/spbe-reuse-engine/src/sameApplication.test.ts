import { sameApplication } from './sameApplication';

describe('sameApplication', () => {
  const app = { id: 'a', name: 'SIMPEG', functions: ['kepegawaian'], codes: { ral: ['RAL.02.04'] }, dpi: ['identitas'] };

  it('is true for an equal copy and false for any changed field', () => {
    expect(sameApplication(app, structuredClone(app))).toBe(true);
    expect(sameApplication(app, { ...app, name: 'SIMPEG 2' })).toBe(false);
    expect(sameApplication(app, { ...app, functions: ['gaji'] })).toBe(false);
    expect(sameApplication(app, { ...app, codes: { ral: ['RAL.02.05'] } })).toBe(false);
    expect(sameApplication(app, { ...app, codes: { ...app.codes, raa: ['RAA.01'] } })).toBe(false);
    expect(sameApplication(app, { ...app, dpi: [] })).toBe(false);
    expect(sameApplication(app, { ...app, nationalPlatform: true })).toBe(false);
    expect(sameApplication(app, { ...app, agency: 'bkn' })).toBe(false);
  });

  it('treats the same object as changed (it may have been mutated)', () => {
    expect(sameApplication(app, app)).toBe(false);
  });
});
