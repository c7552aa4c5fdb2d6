import { ReactNode } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  EntityAutocompletePicker,
  EntityDisplayName,
} from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import { SPBE_CATALOG_FIELDS } from '@internal/plugin-spbe-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import { spbeTranslationRef } from '../translations';
import {
  JenisFilter,
  KoordinatorFilter,
  PlatformNasionalFilter,
  RalFilter,
  SpbeEntityFilters,
} from './spbeFilters';

/** A picker option shown under a readable label instead of its raw field value. */
function TranslatedOption(props: { label: ReactNode; selected: boolean }) {
  return (
    <FormControlLabel
      control={<Checkbox size="small" checked={props.selected} />}
      label={props.label}
      onClick={event => event.preventDefault()}
    />
  );
}

/** The group name of a coordinator ref (`group:default/kemenko-pmk` -> `kemenko-pmk`). */
function koordinatorName(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/** Catalog filter on the coordinating ministry; options come from the `coordinatedBy` facet. */
export function KoordinatorPicker() {
  const { t } = useTranslationRef(spbeTranslationRef);
  return (
    <EntityAutocompletePicker<SpbeEntityFilters, 'koordinator'>
      name="koordinator"
      label={t('filters.koordinator')}
      path={SPBE_CATALOG_FIELDS.koordinator}
      Filter={KoordinatorFilter}
      getOptionLabel={koordinatorName}
      renderOption={(option, { selected }) => (
        <TranslatedOption
          label={<EntityDisplayName entityRef={option} hideIcon />}
          selected={selected}
        />
      )}
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
      path={SPBE_CATALOG_FIELDS.jenis}
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
      path={SPBE_CATALOG_FIELDS.ral}
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
      path={SPBE_CATALOG_FIELDS.platformNasional}
      Filter={PlatformNasionalFilter}
      getOptionLabel={optionLabel}
      renderOption={(option, { selected }) => (
        <TranslatedOption label={optionLabel(option)} selected={selected} />
      )}
    />
  );
}
