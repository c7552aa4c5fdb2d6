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
} from './SpbePickers';
import {
  JenisFilter,
  KoordinatorFilter,
  PlatformNasionalFilter,
  RalFilter,
} from './spbeFilters';

const facets = {
  'relations.coordinatedBy': [
    { value: 'group:default/kemenko-pmk', count: 3 },
    { value: 'group:default/kemenko-polkam', count: 1 },
  ],
  'metadata.annotations.spbe.go.id/jenis': [
    { value: 'umum', count: 2 },
    { value: 'khusus', count: 5 },
  ],
  'metadata.labels.spbe.go.id/ral': [{ value: 'RAL.02.03', count: 4 }],
  'metadata.annotations.spbe.go.id/platform-nasional': [
    { value: 'true', count: 2 },
  ],
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

describe('SPBE catalog pickers', () => {
  it('offers the coordinators related to applications and filters on the selection', async () => {
    const { updateFilters, catalogApi } = setup(<KoordinatorPicker />);

    expect(await screen.findByText('Koordinator')).toBeInTheDocument();
    expect(catalogApi.getEntityFacets).toHaveBeenCalledWith({
      facets: ['relations.coordinatedBy'],
      filter: { kind: 'component' },
    });

    await userEvent.click(screen.getByTestId('koordinator-picker-expand'));
    // Shown by name, as the entity presentation API renders the group.
    await userEvent.click(await screen.findByText('kemenko-pmk'));

    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        koordinator: new KoordinatorFilter(['group:default/kemenko-pmk']),
      }),
    );
  });

  it('restores a koordinator link that names the group only', async () => {
    const { updateFilters } = setup(<KoordinatorPicker />, {
      koordinator: ['kemenko-polkam'],
    });
    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        koordinator: new KoordinatorFilter(['group:default/kemenko-polkam']),
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
