import { englishPlural, englishReadings } from './englishReadings';

describe('englishReadings', () => {
  it('derives regular plurals', () => {
    expect(englishPlural('complaint')).toBe('complaints');
    expect(englishPlural('tax')).toBe('taxes');
    expect(englishPlural('agency')).toBe('agencies');
    expect(englishPlural('survey')).toBe('surveys');
  });

  it('reads listed words and their plurals, a listed plural winning', () => {
    const readings = englishReadings({ Complaint: 'Pengaduan', news: 'berita', new: 'baru' });
    expect(readings.get('complaint')).toBe('pengaduan');
    expect(readings.get('complaints')).toBe('pengaduan');
    expect(readings.get('news')).toBe('berita');
  });
});
