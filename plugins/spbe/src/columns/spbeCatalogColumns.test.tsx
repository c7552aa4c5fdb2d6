import { Entity } from '@backstage/catalog-model';
import {
  EntityKindFilter,
  EntityListContextProps,
  EntityTypeFilter,
} from '@backstage/plugin-catalog-react';
import { CatalogTable } from '@backstage/plugin-catalog';
import {
  listsSpbeApplications,
  spbeCatalogColumns,
} from './spbeCatalogColumns';
import { fullApplication, plainService } from '../__fixtures__/entities';

function context(options: {
  kind?: string;
  types?: string[];
  entities?: Entity[];
}): EntityListContextProps {
  return {
    filters: {
      kind: options.kind
        ? new EntityKindFilter(options.kind, options.kind)
        : undefined,
      type: options.types ? new EntityTypeFilter(options.types) : undefined,
    },
    entities: options.entities ?? [],
  } as EntityListContextProps;
}

describe('listsSpbeApplications', () => {
  it.each([
    [
      'components filtered on aplikasi',
      { kind: 'component', types: ['aplikasi'] },
      true,
    ],
    [
      'components of another type',
      { kind: 'component', types: ['service'] },
      false,
    ],
    [
      'unfiltered components holding applications',
      { kind: 'component', entities: [plainService, fullApplication] },
      true,
    ],
    [
      'unfiltered components without applications',
      { kind: 'component', entities: [plainService] },
      false,
    ],
    ['groups', { kind: 'group', entities: [fullApplication] }, false],
  ])('%s -> %p', (_name, options, expected) => {
    expect(listsSpbeApplications(context(options))).toBe(expected);
  });
});

describe('spbeCatalogColumns', () => {
  const fields = (ctx: EntityListContextProps) =>
    spbeCatalogColumns(ctx).map(c => c.field);

  it('shows the SPBE columns for SPBE applications', () => {
    const columns = spbeCatalogColumns(
      context({ kind: 'component', types: ['aplikasi'] }),
    );
    expect(columns.map(c => c.field)).toEqual([
      'entity.metadata.title',
      'resolved.entityRef',
      'resolved.ownedByRelationsTitle',
      'entity.relations',
      'entity.metadata.annotations',
      'entity.metadata.labels',
      'entity.metadata.annotations',
      'entity.metadata.description',
    ]);
  });

  it('adds the type column when no type filter is set', () => {
    expect(
      fields(context({ kind: 'component', entities: [fullApplication] })),
    ).toContain('entity.spec.type');
  });

  it('sorts and searches the koordinator column on the coordinatedBy relation', () => {
    const columns = spbeCatalogColumns(
      context({ kind: 'component', types: ['aplikasi'] }),
    );
    const koordinator = columns[3];
    const row = (value: string) =>
      ({
        entity: {
          ...fullApplication,
          metadata: { name: value },
          relations: [
            { type: 'coordinatedBy', targetRef: `group:default/${value}` },
          ],
        },
        resolved: {},
      } as any);
    expect(koordinator.customSort!(row('a'), row('b'), 'row')).toBeLessThan(0);
    expect(
      koordinator.customFilterAndSearch!('PMK', row('kemenko-pmk'), {} as any),
    ).toBe(true);
  });

  it('keeps the default columns for everything else', () => {
    const ctx = context({ kind: 'group', entities: [] });
    expect(fields(ctx)).toEqual(
      CatalogTable.defaultColumnsFunc(ctx).map(c => c.field),
    );
  });
});
