import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

const devSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => (await import('./DevSignInPage')).DevSignInPage,
  },
});

/** Replaces the sign-in page with the development sign-in as demo users. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [devSignInPage],
});
