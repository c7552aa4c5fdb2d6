import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityAutocompletePicker } from '@backstage/plugin-catalog-react';
import {
  LABEL_JENIS,
  LABEL_KOORDINATOR,
  LABEL_PLATFORM_NASIONAL,
  LABEL_RAL,
} from '@internal/plugin-spbe-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import { spbeTranslationRef } from '../translations';
import {
  JenisFilter,
  KoordinatorFilter,
  PlatformNasionalFilter,
  RalFilter,
  SpbeEntityFilters,
  labelFieldPath,
} from './labelFilters';

/** A picker option shown under a translated label instead of its raw label value. */
function TranslatedOption(props: { label: string; selected: boolean }) {
  return (
    <FormControlLabel
      control={<Checkbox size="small" checked={props.selected} />}
      label={props.label}
      onClick={event => event.preventDefault()}
    />
  );
}

/** Catalog filter on the coordinating ministry; options come from the label facet. */
export function KoordinatorPicker() {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <EntityAutocompletePicker<SpbeEntityFilters, 'koordinator'>
      name="koordinator"
      label={t('filters.koordinator')}
      path={labelFieldPath(LABEL_KOORDINATOR)}
      Filter={KoordinatorFilter}
      showCounts
    />
  );
}

/** Catalog filter on jenis (umum/khusus). */
export function JenisPicker() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const optionLabel = (value: string) => {
    if (value === 'umum') return t('jenis.umum');
    if (value === 'khusus') return t('jenis.khusus');
    return value;
  };
  return (
    <EntityAutocompletePicker<SpbeEntityFilters, 'jenis'>
      name="jenis"
      label={t('filters.jenis')}
      path={labelFieldPath(LABEL_JENIS)}
      Filter={JenisFilter}
      getOptionLabel={optionLabel}
      renderOption={(option, { selected }) => (
        <TranslatedOption label={optionLabel(option)} selected={selected} />
      )}
    />
  );
}

/** Catalog filter on the level-2 RAL code. */
export function RalPicker() {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <EntityAutocompletePicker<SpbeEntityFilters, 'ral'>
      name="ral"
      label={t('filters.ral')}
      path={labelFieldPath(LABEL_RAL)}
      Filter={RalFilter}
      showCounts
    />
  );
}

/** Catalog filter keeping only national shared platforms. */
export function PlatformNasionalPicker() {
  const { t } = useTranslationRef(spbeTranslationRef);
  const optionLabel = (value: string) =>
    value === 'true' ? t('filters.platformNasionalOption') : value;
  return (
    <EntityAutocompletePicker<SpbeEntityFilters, 'platformNasional'>
      name="platformNasional"
      label={t('filters.platformNasional')}
      path={labelFieldPath(LABEL_PLATFORM_NASIONAL)}
      Filter={PlatformNasionalFilter}
      getOptionLabel={optionLabel}
      renderOption={(option, { selected }) => (
        <TranslatedOption label={optionLabel(option)} selected={selected} />
      )}
    />
  );
}
