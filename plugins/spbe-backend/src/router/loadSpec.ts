import fs from 'node:fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { parse } from 'yaml';

export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
};

export const SPEC_PATH = resolvePackagePath(
  '@internal/plugin-spbe-backend',
  'src/schema/openapi.yaml',
);

/** The plugin's OpenAPI document, the source of request validation. */
export function loadSpec(): OpenApiDocument {
  return parse(fs.readFileSync(SPEC_PATH, 'utf8')) as OpenApiDocument;
}
