import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { spbeTranslationRef } from '../translations';

/** `umum`/`khusus` in the user's language; an unexpected value is shown as is. */
export function JenisText(props: { jenis?: string }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  switch (props.jenis) {
    case 'umum':
      return <>{t('jenis.umum')}</>;
    case 'khusus':
      return <>{t('jenis.khusus')}</>;
    default:
      return <>{props.jenis ?? ''}</>;
  }
}

/** An application status in the user's language; an unexpected value is shown as is. */
export function StatusText(props: { status?: string }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  switch (props.status) {
    case 'aktif':
      return <>{t('status.aktif')}</>;
    case 'pengembangan':
      return <>{t('status.pengembangan')}</>;
    case 'nonaktif':
      return <>{t('status.nonaktif')}</>;
    default:
      return <>{props.status ?? ''}</>;
  }
}

/** Placeholder for a fact the application record does not have. */
export function NotSet() {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <Typography variant="body2" color="textSecondary" component="span">
      {t('klasifikasiCard.notSet')}
    </Typography>
  );
}

/** Badge marking a national shared platform. */
export function NationalPlatformBadge() {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <Chip
      size="small"
      color="primary"
      label={t('klasifikasiCard.platformNasional')}
    />
  );
}
