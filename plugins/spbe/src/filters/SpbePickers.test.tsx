import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiMock,
  MockEntityListContextProvider,
} from '@backstage/plugin-catalog-react/testUtils';
import { EntityKindFilter } from '@backstage/plugin-catalog-react';
import {
  JenisPicker,
  KoordinatorPicker,
  PlatformNasionalPicker,
  RalPicker,
} from './SpbeLabelPickers';
import {
  JenisFilter,
  KoordinatorFilter,
  PlatformNasionalFilter,
  RalFilter,
} from './labelFilters';

const facets = {
  'metadata.labels.spbe.go.id/koordinator': [
    { value: 'kemenko-pmk', count: 3 },
    { value: 'kemenko-polkam', count: 1 },
  ],
  'metadata.labels.spbe.go.id/jenis': [
    { value: 'umum', count: 2 },
    { value: 'khusus', count: 5 },
  ],
  'metadata.labels.spbe.go.id/ral': [{ value: 'RAL.02.03', count: 4 }],
  'metadata.labels.spbe.go.id/platform-nasional': [{ value: 'true', count: 2 }],
};

function setup(element: JSX.Element, queryParameters = {}) {
  const updateFilters = jest.fn();
  const catalogApi = catalogApiMock.mock({
    getEntityFacets: jest.fn(async ({ facets: wanted }) => ({
      facets: Object.fromEntries(
        wanted.map((f: string) => [f, facets[f as keyof typeof facets] ?? []]),
      ),
    })),
  });
  const rendered = renderInTestApp(
    <MockEntityListContextProvider
      value={{
        updateFilters,
        queryParameters,
        filters: { kind: new EntityKindFilter('component', 'Component') },
      }}
    >
      {element}
    </MockEntityListContextProvider>,
    { apis: [catalogApi] },
  );
  return { updateFilters, catalogApi, rendered };
}

describe('SPBE label pickers', () => {
  it('offers the koordinator facet values and filters on the selection', async () => {
    const { updateFilters, catalogApi } = setup(<KoordinatorPicker />);

    expect(await screen.findByText('Koordinator')).toBeInTheDocument();
    expect(catalogApi.getEntityFacets).toHaveBeenCalledWith({
      facets: ['metadata.labels.spbe.go.id/koordinator'],
      filter: { kind: 'component' },
    });

    await userEvent.click(screen.getByTestId('koordinator-picker-expand'));
    await userEvent.click(await screen.findByText('kemenko-pmk (3)'));

    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        koordinator: new KoordinatorFilter(['kemenko-pmk']),
      }),
    );
  });

  it('shows jenis values in Indonesian', async () => {
    const { updateFilters } = setup(<JenisPicker />);

    await userEvent.click(await screen.findByTestId('jenis-picker-expand'));
    expect(await screen.findByText('Aplikasi umum')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Aplikasi khusus'));

    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        jenis: new JenisFilter(['khusus']),
      }),
    );
  });

  it.each([
    [
      <RalPicker />,
      { ral: ['RAL.02.03'] },
      { ral: new RalFilter(['RAL.02.03']) },
    ],
    [
      <PlatformNasionalPicker />,
      { platformNasional: ['true'] },
      { platformNasional: new PlatformNasionalFilter(['true']) },
    ],
  ])(
    'restores a selection from the URL (%#)',
    async (element, query, expected) => {
      const { updateFilters } = setup(element, query);

      await waitFor(() =>
        expect(updateFilters).toHaveBeenLastCalledWith(expected),
      );
    },
  );
});
