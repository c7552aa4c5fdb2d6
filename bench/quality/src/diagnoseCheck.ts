/* eslint-disable no-console */
/**
 * Check diagnostic for tuning (not part of the report): on a hand-labelled
 * set (DIAG_SET, never the blind one: BLIND_SET in labelledSets.ts),
 * the proposals whose expected application is not in the top 3 and the
 * novel proposals that got matches, with what was ranked and, for the
 * expected applications, how they score and which relevance rules they fail
 * (`ReuseIndex.explainMatch`). With DIAG_RANKS=1, first the rank of each
 * proposal's first expected application (0: none in the top 5; novel
 * proposals: their number of matches), to compare two engines' MRR.
 */
import { ReuseIndex } from '@internal/spbe-reuse-engine';
import { BLIND_SET, LABELLED_SETS, loadLabelledSet } from './labelledSets';

async function main() {
  const key = process.env.DIAG_SET ?? 'hand';
  if (key === BLIND_SET) throw new Error(`DIAG_SET: ${BLIND_SET} is the blind set; its errors are not read`);
  const files = LABELLED_SETS.find(f => f.key === key);
  if (!files) throw new Error(`DIAG_SET: no set ${key} (${LABELLED_SETS.map(f => f.key).join(', ')})`);
  const set = await loadLabelledSet(files);
  const index = ReuseIndex.create(JSON.parse(process.env.QUALITY_OPTIONS ?? '{}'));
  index.upsertMany(set.apps);
  const groupOf = new Map<string, string>();
  for (const g of set.groups) for (const m of g.members) groupOf.set(m, g.id);
  const expand = (expected: string[]) =>
    expected.flatMap(e => (e.startsWith('group:') ? set.groups.find(g => g.id === e.slice(6))?.members ?? [] : [e]));
  for (const p of set.proposals) {
    const matches = index.rankReuse(p, { top: 5 }).matches;
    const expected = new Set(expand(p.expected));
    const novel = expected.size === 0;
    const hit = novel ? matches.length === 0 : matches.slice(0, 3).some(m => expected.has(m.id));
    if (process.env.DIAG_RANKS === '1') {
      console.log(`rank ${p.id} ${novel ? `novel ${matches.length}` : matches.findIndex(m => expected.has(m.id)) + 1}`);
      continue;
    }
    if (hit) continue;
    console.log(`${novel ? 'FALSE ALARM' : 'MISS'} ${p.id} "${p.name}" | ${p.description ?? ''}`);
    for (const m of matches) {
      console.log(`   ranked ${m.id} "${m.name}" [${groupOf.get(m.id) ?? '-'}] score ${m.score} | ${m.reasons.join(' / ')}`);
    }
    for (const id of [...expected].slice(0, 3)) {
      const why = index.explainMatch(p, id);
      console.log(
        `   expected ${id} "${why.name}": similarity ${why.similarity}, content ${why.contentSimilarity}, coverage ${why.coverage}, shared [${why.sharedTerms.join(', ')}], fails [${why.failed.join(', ')}]`,
      );
    }
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
