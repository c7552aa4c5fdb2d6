import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  parseEntityRef,
} from '@backstage/catalog-model';

/** The catalog page path of an entity ref (`/catalog/<ns>/<kind>/<name>`). */
export function entityPath(ref: string | CompoundEntityRef): string {
  const { kind, namespace, name } =
    typeof ref === 'string' ? parseEntityRef(ref) : ref;
  return `/catalog/${encodeURIComponent(
    namespace || DEFAULT_NAMESPACE,
  )}/${encodeURIComponent(kind.toLocaleLowerCase('en-US'))}/${encodeURIComponent(
    name,
  )}`;
}

/** The TechDocs path of an entity ref. */
export function techDocsPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/docs/${encodeURIComponent(
    namespace || DEFAULT_NAMESPACE,
  )}/${encodeURIComponent(kind.toLocaleLowerCase('en-US'))}/${encodeURIComponent(
    name,
  )}`;
}

/** A short readable name of an entity ref when no title is at hand. */
export function refName(ref: string | null | undefined): string {
  if (!ref) return '';
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}
