import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_DPI } from '@internal/plugin-spbe-common';
import { readDpiUsage } from './dpiUsage';
import {
  fullApplication,
  nationalPlatform,
  sparseApplication,
} from '../__fixtures__/entities';

const block = (name: string) => ({
  kind: 'block',
  entityRef: { kind: 'resource', namespace: 'default', name },
});

describe('readDpiUsage', () => {
  it('merges consumesDpi relations with the dpi annotation', () => {
    expect(readDpiUsage(fullApplication)).toEqual({
      consumes: [block('dpi-pertukaran-data'), block('dpi-identitas-digital')],
      implements: [],
      isNationalPlatform: false,
    });
  });

  it('returns nothing for an application that declares no DPI block', () => {
    expect(readDpiUsage(sparseApplication)).toEqual({
      consumes: [],
      implements: [],
      isNationalPlatform: false,
    });
  });

  it('lists the blocks a national platform implements', () => {
    const usage = readDpiUsage(nationalPlatform);
    expect(usage.isNationalPlatform).toBe(true);
    expect(usage.implements).toEqual([
      block('dpi-pembayaran'),
      block('dpi-identitas-digital'),
    ]);
    expect(usage.consumes).toEqual([block('dpi-pertukaran-data')]);
  });

  it.each([
    ['duplicates between relation and annotation', 'pertukaran-data', []],
    [
      'unknown ids',
      'Pertukaran-Data; satu-data',
      [{ kind: 'unknown', id: 'satu-data' }],
    ],
  ])('handles %s', (_name, annotation, extra) => {
    const entity: Entity = {
      ...fullApplication,
      metadata: {
        ...fullApplication.metadata,
        annotations: { [ANNOTATION_DPI]: annotation },
      },
    };
    expect(readDpiUsage(entity).consumes).toEqual([
      block('dpi-pertukaran-data'),
      ...extra,
    ]);
  });
});
