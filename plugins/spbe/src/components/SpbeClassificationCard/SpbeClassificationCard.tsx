import { ReactNode } from 'react';
import {
  InfoCard,
  Link,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  ReferenceCodeLink,
  SpbeClassification,
  readSpbeClassification,
} from '../../lib/classification';
import { spbeTranslationRef } from '../../translations';
import {
  JenisText,
  NationalPlatformBadge,
  NotSet,
  StatusText,
} from '../SpbeValues';

function ReferenceCodes(props: { links: ReferenceCodeLink[] }) {
  if (props.links.length === 0) {
    return <NotSet />;
  }
  return (
    <>
      {props.links.map((link, index) => (
        <span key={link.code}>
          {index > 0 && ', '}
          <EntityRefLink entityRef={link.entityRef} hideIcon>
            {link.code}
          </EntityRefLink>
        </span>
      ))}
    </>
  );
}

function Koordinator(props: {
  koordinator: SpbeClassification['koordinator'];
}) {
  const { koordinator } = props;
  return koordinator ? <EntityRefLink entityRef={koordinator} /> : <NotSet />;
}

function Source(props: { source: SpbeClassification['source'] }) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const { source } = props;
  switch (source.type) {
    case 'usulan':
      return <>{t('klasifikasiCard.sourceUsulan', { usulan: source.value })}</>;
    case 'inventory':
      return (
        <>{t('klasifikasiCard.sourceInventory', { source: source.value })}</>
      );
    default:
      return <>{t('klasifikasiCard.sourceUnknown')}</>;
  }
}

function orNotSet(value: ReactNode | undefined): ReactNode {
  return value === undefined || value === '' ? <NotSet /> : value;
}

/** The "Klasifikasi SPBE" card of an application's overview page. */
export function SpbeClassificationCard() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(spbeTranslationRef);
  const c = readSpbeClassification(entity);
  const { facts } = c;

  const metadata: Record<string, ReactNode> = {
    [t('klasifikasiCard.jenis')]: facts.jenis ? (
      <JenisText jenis={facts.jenis} />
    ) : (
      <NotSet />
    ),
    [t('klasifikasiCard.instansi')]: c.instansi ? (
      <EntityRefLink entityRef={c.instansi} />
    ) : (
      <NotSet />
    ),
    [t('klasifikasiCard.koordinator')]: (
      <Koordinator koordinator={c.koordinator} />
    ),
    [t('klasifikasiCard.kodeRal')]: <ReferenceCodes links={c.kodeRal} />,
    [t('klasifikasiCard.kodeRab')]: <ReferenceCodes links={c.kodeRab} />,
    [t('klasifikasiCard.kodeRaa')]: <ReferenceCodes links={c.kodeRaa} />,
    [t('klasifikasiCard.status')]: facts.status ? (
      <StatusText status={facts.status} />
    ) : (
      <NotSet />
    ),
    [t('klasifikasiCard.tahun')]: orNotSet(facts.tahun),
    [t('klasifikasiCard.url')]: facts.url ? (
      <Link to={facts.url}>{facts.url}</Link>
    ) : (
      <NotSet />
    ),
    [t('klasifikasiCard.fungsi')]:
      facts.fungsi.length > 0 ? facts.fungsi : <NotSet />,
    [t('klasifikasiCard.sumber')]: <Source source={c.source} />,
  };

  return (
    <InfoCard
      title={t('klasifikasiCard.title')}
      variant="gridItem"
      action={facts.platformNasional ? <NationalPlatformBadge /> : undefined}
    >
      <StructuredMetadataTable
        metadata={metadata}
        options={{ titleFormat: key => key }}
      />
    </InfoCard>
  );
}
