import { auditProgress } from './auditProgress';

const campaign = {
  id: 'a1',
  coordinator: 'group:default/kemenko-pmk',
  title: 'Audit 2025',
  deadline: '2025-01-31',
  createdBy: 'user:default/arsitek-kemenpanrb',
  createdAt: '2025-01-01T00:00:00.000Z',
};
const rows = [
  { agency: 'group:default/kemenkes', total: 30, classified: 15, byClassification: {} },
  { agency: null, total: 10, classified: 5, byClassification: {} },
];

describe('auditProgress', () => {
  it('sums the rows and compares with the time passed', () => {
    const p = auditProgress(campaign, rows, new Date('2025-01-11T00:00:00.000Z'));
    expect(p.total).toBe(40);
    expect(p.classified).toBe(20);
    expect(p.percent).toBe(50);
    expect(p.timeElapsedPercent).toBeCloseTo(32.3, 0);
    expect(p.daysLeft).toBe(20);
    expect(p.onTrack).toBe(true);
  });

  it('is behind when time outruns classification, and past the deadline', () => {
    const p = auditProgress(campaign, rows, new Date('2025-02-05T00:00:00.000Z'));
    expect(p.timeElapsedPercent).toBe(100);
    expect(p.onTrack).toBe(false);
    expect(p.daysLeft).toBeLessThan(0);
  });

  it('an empty campaign is complete', () => {
    expect(auditProgress(campaign, [], new Date('2025-01-02')).percent).toBe(100);
  });
});
