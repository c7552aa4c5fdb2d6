import { fireEvent, screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { configApiRef } from '@backstage/core-plugin-api';
import { ConfigReader } from '@backstage/config';
import { DevSignInPage } from './DevSignInPage';

jest.mock('@backstage/core-components', () => ({
  ...jest.requireActual('@backstage/core-components'),
  ProxiedSignInPage: (props: {
    provider: string;
    headers: Record<string, string>;
  }) => (
    <div>
      proxied {props.provider} as {props.headers['x-spbe-dev-user']}
    </div>
  ),
}));

const config = new ConfigReader({
  spbe: {
    devSignIn: {
      users: [
        { name: 'arsitek-kemenpanrb', title: 'Arsitek', role: 'Arsitek SPBE' },
        {
          name: 'dev-kemenkeu',
          title: 'Pengembang',
          role: 'Pengembang instansi',
        },
      ],
    },
  },
});

describe('DevSignInPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('lists the demo users and signs in as the chosen one', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[configApiRef, config]]}>
        <DevSignInPage onSignInSuccess={jest.fn()} />
      </TestApiProvider>,
    );
    expect(screen.getByText('Arsitek SPBE')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('dev-user-dev-kemenkeu'));
    expect(
      screen.getByText('proxied spbeDev as dev-kemenkeu'),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem('spbe:dev-sign-in-user')).toBe(
      'dev-kemenkeu',
    );
  });

  it('signs in again as the remembered user', async () => {
    window.localStorage.setItem('spbe:dev-sign-in-user', 'arsitek-kemenpanrb');
    await renderInTestApp(
      <TestApiProvider apis={[[configApiRef, config]]}>
        <DevSignInPage onSignInSuccess={jest.fn()} />
      </TestApiProvider>,
    );
    expect(
      screen.getByText('proxied spbeDev as arsitek-kemenpanrb'),
    ).toBeInTheDocument();
  });
});
