import { defaultDictionaries } from './dictionaries';

describe('defaultDictionaries', () => {
  it('gives every synonym phrase one concept', () => {
    // a phrase under two concepts reads as the first in a phrase and as the last when inflected
    const conceptOf = new Map<string, string>();
    const twice: string[] = [];
    for (const [concept, phrases] of Object.entries(defaultDictionaries().synonyms)) {
      for (const phrase of new Set([concept, ...phrases])) {
        const other = conceptOf.get(phrase);
        if (other !== undefined && other !== concept) twice.push(`${phrase}: ${other}, ${concept}`);
        conceptOf.set(phrase, concept);
      }
    }
    expect(twice).toEqual([]);
  });
});
