import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts with the SPBE features and shows the sign-in page in Indonesian-first mode', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: {
              title: 'Test',
              extensions: [{ 'page:home': { config: { path: '/' } } }],
            },
            backend: { baseUrl: 'http://localhost:7007' },
            techdocs: {
              storageUrl: 'http://localhost:7007/api/techdocs/static/docs',
            },
            spbe: {
              devSignIn: {
                users: [{ name: 'arsitek-kemenpanrb', title: 'Agus Prasetyo' }],
              },
            },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    // The app tree resolved (an error in any installed feature or override
    // would replace the page) and the development sign-in page is up.
    expect(
      await screen.findByText('Agus Prasetyo', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem('language')).toBe('id');
  }, 20000);
});
