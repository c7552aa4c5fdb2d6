import { ApplicationRecord } from '../service/types';
import {
  DuplicateCandidate,
  InferredDpiRequirement,
  RankedApplication,
  ReuseAnalyzer,
  ReuseQuery,
} from './ReuseAnalyzer';

/**
 * Words that say nothing about what an Indonesian government application does
 * ("sistem informasi", "aplikasi", "online", ...), dropped before matching.
 */
const STOP_WORDS = new Set([
  'sistem', 'informasi', 'aplikasi', 'si', 'sim', 'manajemen', 'online', 'daring',
  'terpadu', 'terintegrasi', 'mobile', 'android', 'desktop', 'portal', 'smart',
  'dashboard', 'web', 'versi', 'dan', 'yang', 'untuk', 'di', 'ke', 'dari', 'pada',
  'dengan', 'atau', 'the', 'of', 'and', 'e', 'layanan', 'data', 'elektronik',
]);

/** Spelling variants met in real inventories. */
const VARIANTS: Record<string, string> = { ijin: 'izin', perijinan: 'perizinan', pegawai: 'kepegawaian' };

/** Keyword rules for DPI requirements (citizen login, data exchange, payments). */
const DPI_RULES: { block: string; reason: string; pattern: RegExp }[] = [
  {
    block: 'identitas-digital',
    reason: 'needs citizen login or identity (IKD / INApas)',
    pattern: /\b(login|masuk|akun|identitas|nik|ktp|warga|masyarakat|penduduk|pemohon|sso)\b/,
  },
  {
    block: 'pertukaran-data',
    reason: 'exchanges data with other agencies (SPLP)',
    pattern: /\b(pertukaran|integrasi|interoperabilitas|antar ?instansi|api|sinkronisasi|berbagi data|bridging)\b/,
  },
  {
    block: 'pembayaran',
    reason: 'takes payments (national payment rail)',
    pattern: /\b(bayar|pembayaran|retribusi|pajak|pnbp|tagihan|billing|tarif|setoran)\b/,
  },
];

export function tokenize(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .toLocaleLowerCase('id-ID')
    .replace(/\be-(?=\w)/g, '')
    .split(/[^a-z0-9]+/)
    .map(t => VARIANTS[t] ?? t)
    .filter(t => t.length > 1 && !STOP_WORDS.has(t));
}

interface Indexed {
  record: ApplicationRecord;
  nameTokens: Set<string>;
  functionTokens: Set<string>;
  all: Set<string>;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

function sharedTokens(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter(t => b.has(t)).sort();
}

function codePrefixMatch(a: string[], b: string[]): string | undefined {
  for (const x of a) {
    for (const y of b) {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (short.split('.').length >= 3 && (long === short || long.startsWith(`${short}.`))) {
        return short;
      }
    }
  }
  return undefined;
}

/**
 * A token-overlap reuse analyzer with an inverted index: the plugin's built-in
 * analyzer until the Indonesian-aware engine (`@internal/spbe-reuse-engine`)
 * is adapted behind the same interface. Scores combine name and function
 * overlap with shared reference codes; national platforms get a bonus.
 */
export class TokenReuseAnalyzer implements ReuseAnalyzer {
  private readonly apps = new Map<string, Indexed>();
  private readonly postings = new Map<string, Set<string>>();

  upsert(applications: ApplicationRecord[]): void {
    for (const record of applications) {
      this.remove([record.entityRef]);
      const nameTokens = new Set(tokenize(`${record.name} ${record.title ?? ''}`));
      const functionTokens = new Set(
        tokenize([...record.functions, record.description ?? ''].join(' ')),
      );
      const all = new Set([...nameTokens, ...functionTokens]);
      this.apps.set(record.entityRef, { record, nameTokens, functionTokens, all });
      for (const token of all) {
        let posting = this.postings.get(token);
        if (!posting) this.postings.set(token, (posting = new Set()));
        posting.add(record.entityRef);
      }
    }
  }

  remove(entityRefs: string[]): void {
    for (const ref of entityRefs) {
      const existing = this.apps.get(ref);
      if (!existing) continue;
      for (const token of existing.all) this.postings.get(token)?.delete(ref);
      this.apps.delete(ref);
    }
  }

  size(): number {
    return this.apps.size;
  }

  rank(query: ReuseQuery, options: { limit: number }): RankedApplication[] {
    const nameTokens = new Set(tokenize(query.name));
    const functionTokens = new Set(
      tokenize([...query.functions, query.description ?? ''].join(' ')),
    );
    const all = new Set([...nameTokens, ...functionTokens]);
    const candidates = new Set<string>();
    for (const token of all) {
      for (const ref of this.postings.get(token) ?? []) candidates.add(ref);
    }
    const ranked: RankedApplication[] = [];
    for (const ref of candidates) {
      const app = this.apps.get(ref)!;
      const reasons: string[] = [];
      const nameScore = jaccard(nameTokens, app.nameTokens);
      const functionScore = jaccard(functionTokens, app.functionTokens.size ? app.functionTokens : app.all);
      let score = 0.45 * nameScore + 0.45 * functionScore;
      if (nameScore > 0) reasons.push(`name shares: ${sharedTokens(nameTokens, app.nameTokens).join(', ')}`);
      if (functionScore > 0) {
        reasons.push(`functions share: ${sharedTokens(functionTokens, app.functionTokens.size ? app.functionTokens : app.all).join(', ')}`);
      }
      const code = codePrefixMatch(query.referenceCodes, app.record.codes);
      if (code) {
        score += 0.1;
        reasons.push(`same reference code ${code}`);
      }
      if (app.record.platformNasional) {
        score = Math.min(1, score * 1.2);
        reasons.push('national shared platform (aplikasi umum): agencies must reuse it');
      }
      if (score >= 0.15) ranked.push({ entityRef: ref, score: Math.round(score * 1000) / 1000, reasons });
    }
    ranked.sort((a, b) => b.score - a.score || a.entityRef.localeCompare(b.entityRef));
    return ranked.slice(0, options.limit);
  }

  inferDpi(query: ReuseQuery): InferredDpiRequirement[] {
    const text = [query.name, query.description ?? '', ...query.functions, ...(query.dataUsed ?? [])]
      .join(' ')
      .toLocaleLowerCase('id-ID');
    const out: InferredDpiRequirement[] = [];
    for (const rule of DPI_RULES) {
      if (rule.pattern.test(text) || query.dpiBlocks?.includes(rule.block)) {
        out.push({ block: rule.block, reason: query.dpiBlocks?.includes(rule.block) && !rule.pattern.test(text) ? 'declared by the proposal' : rule.reason });
      }
    }
    return out;
  }

  findDuplicates(): DuplicateCandidate[] {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let root = x;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(x, root);
      return root;
    };
    const pairScores = new Map<string, { score: number; shared: string[] }>();
    for (const [ref, app] of this.apps) {
      parent.set(ref, ref);
      for (const token of app.nameTokens) {
        const posting = this.postings.get(token)!;
        if (posting.size > 200) continue; // too common to say anything
        for (const other of posting) {
          if (other <= ref) continue;
          const key = `${ref}|${other}`;
          if (pairScores.has(key)) continue;
          const o = this.apps.get(other)!;
          const score = 0.6 * jaccard(app.nameTokens, o.nameTokens) + 0.4 * jaccard(app.functionTokens, o.functionTokens);
          if (score >= 0.6) pairScores.set(key, { score, shared: sharedTokens(app.all, o.all) });
        }
      }
    }
    for (const key of pairScores.keys()) {
      const [a, b] = key.split('|');
      if (!parent.has(b)) parent.set(b, b);
      parent.set(find(a), find(b));
    }
    const clusters = new Map<string, { members: Set<string>; pairs: { a: string; b: string; score: number; shared: string[] }[] }>();
    for (const [key, value] of pairScores) {
      const [a, b] = key.split('|');
      const root = find(a);
      let cluster = clusters.get(root);
      if (!cluster) clusters.set(root, (cluster = { members: new Set(), pairs: [] }));
      cluster.members.add(a).add(b);
      cluster.pairs.push({ a, b, score: Math.round(value.score * 1000) / 1000, shared: value.shared });
    }
    return [...clusters.values()].map(c => ({
      members: [...c.members].sort(),
      score: Math.max(...c.pairs.map(p => p.score)),
      evidence: { pairs: c.pairs },
    }));
  }
}
