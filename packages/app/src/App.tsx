import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import spbePlugin, { spbeCatalogModule } from '@internal/plugin-spbe/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { languageModule } from './modules/language';
import { signInModule } from './modules/signIn';

export default createApp({
  features: [
    catalogPlugin,
    spbePlugin,
    spbeCatalogModule,
    navModule,
    homeModule,
    languageModule,
    signInModule,
  ],
});
