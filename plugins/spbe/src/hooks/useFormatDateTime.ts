import { appLanguageApiRef, useApi } from '@backstage/frontend-plugin-api';
import { useCallback } from 'react';
import useObservable from 'react-use/esm/useObservable';

/** BCP 47 locales for the portal's languages (the app language is `id` or `en`). */
const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * Formats an ISO timestamp (or Date) as a date and time in the user's chosen
 * portal language (Indonesian by default: "28/11/2026, 00.10.14"), not the
 * browser's locale. Unparseable values come back as given.
 */
export function useFormatDateTime(): (value: string | Date | undefined) => string {
  const languageApi = useApi(appLanguageApiRef);
  const { language } = useObservable(languageApi.language$(), languageApi.getLanguage());
  const locale = LOCALES[language] ?? language;
  return useCallback(
    value => {
      if (value === undefined) return '-';
      const date = value instanceof Date ? value : new Date(value);
      return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(locale);
    },
    [locale],
  );
}
