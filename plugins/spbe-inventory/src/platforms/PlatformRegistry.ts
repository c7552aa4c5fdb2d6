/** A registered national shared platform (a catalog Component marked platform-nasional). */
export interface RegisteredPlatform {
  /** Entity name, e.g. `sp4n-lapor`. */
  name: string;
  /** Entity title, e.g. "SP4N-LAPOR! (Sistem Pengelolaan Pengaduan ...)". */
  title?: string;
  /** Owner agency (Group entity name), e.g. `kemenpanrb`. */
  owner: string;
}

/** Successions between agencies (a Group's `pengganti`): old name -> new names. */
export type AgencySuccessions = ReadonlyMap<string, readonly string[]>;

/** "SP4N-LAPOR!" -> "sp4n-lapor"; "Online Single Submission" -> "online-single-submission". */
function nameKey(text: string): string {
  return text
    .toLocaleLowerCase('id-ID')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A name and, when it has one, its first parenthesised part ("SPLP (Sistem Penghubung ...)"). */
function keysOf(text: string): string[] {
  const open = text.indexOf('(');
  if (open < 0) return [nameKey(text)].filter(Boolean);
  const close = text.indexOf(')', open);
  const inner = text.slice(open + 1, close < 0 ? undefined : close);
  return [nameKey(text.slice(0, open)), nameKey(inner)].filter(Boolean);
}

/**
 * The national shared platforms the portal registers, to recognise them in an
 * agency inventory that leaves `jenis` empty: a row is a registered platform
 * when it is named as the platform is (its entity name, its title, or the
 * parenthesised part of either) and its agency owns it, directly or through a
 * succession (Kominfo -> Komdigi). The owner decides: a city's "Simponi" is
 * not Kemenkeu's SIMPONI.
 */
export class PlatformRegistry {
  private readonly byKey = new Map<string, RegisteredPlatform[]>();
  private readonly owners = new Map<string, Set<string>>();
  /** Number of registered platforms. */
  readonly size: number;

  static empty(): PlatformRegistry {
    return new PlatformRegistry([], new Map());
  }

  constructor(platforms: readonly RegisteredPlatform[], successions: AgencySuccessions) {
    this.size = platforms.length;
    for (const platform of platforms) {
      const keys = new Set([nameKey(platform.name), ...keysOf(platform.title ?? '')]);
      for (const key of keys) {
        if (!key) continue;
        const list = this.byKey.get(key) ?? [];
        list.push(platform);
        this.byKey.set(key, list);
      }
    }
    // an agency and the agencies it became or came from own the same platforms
    const link = (a: string, b: string) => {
      if (!this.owners.has(a)) this.owners.set(a, new Set([a]));
      this.owners.get(a)!.add(b);
    };
    for (const [old, successors] of successions) {
      for (const next of successors) {
        link(old, next);
        link(next, old);
      }
    }
  }

  /** Whether a name is a registered platform's, whichever agency's row carries it. */
  names(nama: string): boolean {
    return keysOf(nama).some(key => this.byKey.has(key));
  }

  /** The registered platform an inventory row names, when its agency owns it. */
  find(nama: string, instansi: string | undefined): RegisteredPlatform | undefined {
    if (!instansi) return undefined;
    const agencies = this.owners.get(instansi) ?? new Set([instansi]);
    for (const key of keysOf(nama)) {
      const hit = this.byKey.get(key)?.find(p => agencies.has(p.owner));
      if (hit) return hit;
    }
    return undefined;
  }
}
