import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { spbeTranslationRef } from './ref';
import { spbeMessagesId } from './messages.id';
import { flattenMessages } from './flatten';

/**
 * The Indonesian messages as an explicit `id` translation.
 *
 * Backstage registers a ref's default messages under its fallback language
 * (`en`), and loading the English resource replaces that bundle. Without an
 * explicit `id` bundle, switching the app from English back to Indonesian
 * would keep showing English; this bundle makes `id` stand on its own.
 */
export default createTranslationMessages({
  ref: spbeTranslationRef,
  full: true,
  messages: flattenMessages(spbeMessagesId) as typeof spbeTranslationRef.T,
});
