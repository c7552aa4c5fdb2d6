import { createHash } from 'node:crypto';

/** Longest entity name the catalog accepts. */
export const MAX_ENTITY_NAME_LENGTH = 63;
const HASH_LENGTH = 8;

/** Lower-case alphanumerics separated by single dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, HASH_LENGTH);
}

/**
 * Gives each row of one file a valid, unique entity name `<agency>-<slug of id>`
 * (or the id's slug alone when it already starts with the agency name).
 * Names that would be too long, empty or already taken get a hash suffix of the
 * agency and id, so a row keeps its name as long as its agency and id stay.
 */
export class EntityNamer {
  private readonly taken = new Set<string>();

  nameFor(agency: string, id: string): string {
    const slug = slugify(id);
    // Ids that already start with the agency (`kota-madiun-0004`) are not prefixed twice.
    const prefixed = slug === agency || slug.startsWith(`${agency}-`);
    let plain = '';
    if (slug) plain = prefixed ? slug : `${agency}-${slug}`;
    if (
      plain &&
      plain.length <= MAX_ENTITY_NAME_LENGTH &&
      !this.taken.has(plain)
    ) {
      this.taken.add(plain);
      return plain;
    }
    const suffix = shortHash(`${agency}\u0000${id}`);
    const room = MAX_ENTITY_NAME_LENGTH - HASH_LENGTH - 1;
    const base = (plain || agency).slice(0, room).replace(/[-_.]+$/, '');
    let name = `${base}-${suffix}`;
    for (let n = 2; this.taken.has(name); n++) {
      name = `${base
        .slice(0, room - String(n).length - 1)
        .replace(/[-_.]+$/, '')}-${n}-${suffix}`;
    }
    this.taken.add(name);
    return name;
  }
}
