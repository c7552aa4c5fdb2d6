import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { spbeTranslationRef } from '../translations';

/** Column keys of the SPBE catalog columns. */
export type SpbeColumnKey =
  | 'instansi'
  | 'koordinator'
  | 'jenis'
  | 'kodeRal'
  | 'status';

/** A catalog column title in the user's language (columns are built outside React). */
export function SpbeColumnTitle(props: { column: SpbeColumnKey }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  switch (props.column) {
    case 'instansi':
      return <>{t('columns.instansi')}</>;
    case 'koordinator':
      return <>{t('columns.koordinator')}</>;
    case 'jenis':
      return <>{t('columns.jenis')}</>;
    case 'kodeRal':
      return <>{t('columns.kodeRal')}</>;
    default:
      return <>{t('columns.status')}</>;
  }
}
