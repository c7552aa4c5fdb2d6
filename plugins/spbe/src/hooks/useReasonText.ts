import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ReuseCandidate, ReuseReasonDetail } from '@internal/plugin-spbe-common';
import { useCallback } from 'react';
import { spbeTranslationRef } from '../translations';

/**
 * Why a candidate matches, in the user's language: the structured reasons
 * (`details`) translated, or the engine's Indonesian sentences for analyses
 * recorded before reasons carried data.
 */
export function useReasonTexts(): (candidate: Pick<ReuseCandidate, 'reasons' | 'details'>) => string[] {
  const { t } = useTranslationRef(spbeTranslationRef);
  const text = useCallback(
    (detail: ReuseReasonDetail): string => {
      const values = (detail.values ?? []).join(detail.kind === 'shared-functions' ? '; ' : ', ');
      switch (detail.kind) {
        case 'national-platform':
          return t('reasons.national-platform');
        case 'coverage':
          return t('reasons.coverage', { percent: String(Math.round((detail.value ?? 0) * 100)) });
        case 'shared-terms':
        case 'shared-functions':
        case 'shared-codes':
        case 'shared-names':
        case 'same-function':
        case 'same-cluster':
        case 'dpi':
          return t(`reasons.${detail.kind}`, { values });
        default:
          return values;
      }
    },
    [t],
  );
  return useCallback(
    candidate => (candidate.details?.length ? candidate.details.map(text) : candidate.reasons),
    [text],
  );
}
