import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { spbeMessagesId } from './messages.id';

/**
 * Messages of the SPBE plugin. The default messages are Indonesian, the
 * portal's first language; English comes from {@link spbeTranslations}.
 *
 * @public
 */
export const spbeTranslationRef = createTranslationRef({
  id: 'spbe',
  messages: spbeMessagesId,
});
