import { buildAgencyResolver } from '../agencies/buildAgencyResolver';
import type { AgencySeed } from '../agencies/types';
import { groupToSeed } from '../agencies/loadAgencySeeds';
import { NATIONAL_AGENCIES } from './__fixtures__/nationalAgencies';
import { generateInventory, GeneratedInventory } from './generateInventory';

/** The agency a row belongs to: its id is `<agency name>-<NNNN>`. */
const agencyOfRow = (id: string) => id.replace(/-\d{4,}$/, '');

function allAgencies(generated: GeneratedInventory): AgencySeed[] {
  return [
    ...NATIONAL_AGENCIES,
    ...generated.agencies.map(e => groupToSeed(e)!),
  ];
}

describe('generateInventory', () => {
  const inventory = generateInventory({
    size: 27_000,
    nationalAgencies: NATIONAL_AGENCIES,
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateInventory({
      size: 2_000,
      seed: 7,
      nationalAgencies: NATIONAL_AGENCIES,
    });
    const b = generateInventory({
      size: 2_000,
      seed: 7,
      nationalAgencies: NATIONAL_AGENCIES,
    });
    const c = generateInventory({
      size: 2_000,
      seed: 8,
      nationalAgencies: NATIONAL_AGENCIES,
    });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.rows)).not.toBe(JSON.stringify(a.rows));
  });

  it('writes size rows with unique ids across at least 600 agencies', () => {
    expect(inventory.rows).toHaveLength(27_000);
    expect(new Set(inventory.rows.map(r => r.id)).size).toBe(27_000);
    const agencies = allAgencies(inventory);
    expect(agencies.length).toBeGreaterThanOrEqual(600);
    expect(new Set(agencies.map(a => a.name)).size).toBe(agencies.length);
    const owners = new Set(inventory.rows.map(r => agencyOfRow(r.id)));
    expect(owners.size).toBeGreaterThanOrEqual(600);
  });

  it('writes every instansi in a form that resolves to the owning agency', () => {
    const resolve = buildAgencyResolver(allAgencies(inventory));
    const wrong = inventory.rows.filter(
      r => resolve(r.instansi!) !== agencyOfRow(r.id),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
    const forms = new Set(inventory.rows.map(r => r.instansi));
    expect(forms).toContain('Kementerian Keuangan');
    expect([...forms].some(f => /^KEMENKEU RI$/.test(f!))).toBe(true);
    expect([...forms].some(f => /^Pemkot /.test(f!))).toBe(true);
    expect([...forms].some(f => /^Pemerintah Kabupaten /.test(f!))).toBe(true);
  });

  it('labels duplicate groups of at least two agencies, each row in at most one group', () => {
    const ids = new Set(inventory.rows.map(r => r.id));
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const group of inventory.duplicateGroups) {
      if (new Set(group.members.map(agencyOfRow)).size < 2)
        problems.push(`${group.id}: one agency`);
      for (const member of group.members) {
        if (!ids.has(member)) problems.push(`${group.id}: unknown ${member}`);
        if (seen.has(member))
          problems.push(`${group.id}: ${member} in two groups`);
        seen.add(member);
      }
    }
    expect(problems).toEqual([]);
    expect(inventory.duplicateGroups.length).toBeGreaterThan(25);
    const functions = inventory.duplicateGroups.map(g => g.function);
    expect(functions).toEqual(
      expect.arrayContaining([
        'kepegawaian (manajemen ASN); platform: SIASN',
        'persuratan dan naskah dinas; platform: SRIKANDI',
        'pengaduan masyarakat; platform: SP4N-LAPOR!',
        'layanan informasi publik (PPID)',
        'keuangan daerah (penganggaran dan penatausahaan); platform: SIPD',
        'akuntabilitas kinerja instansi (SAKIP); platform: e-SAKIP',
        'pengadaan barang/jasa; platform: SPSE',
      ]),
    );
    // Big function groups hold many differently written names.
    const kepegawaian = inventory.duplicateGroups.find(
      g => g.id === 'dup-kepegawaian',
    )!;
    const byId = new Map(inventory.rows.map(r => [r.id, r]));
    const names = new Set(kepegawaian.members.map(id => byId.get(id)!.nama));
    expect(names.size).toBeGreaterThan(100);
  });

  it('sets traps whose variants never share a group', () => {
    const groupOf = new Map<string, string>();
    for (const group of inventory.duplicateGroups) {
      for (const member of group.members) groupOf.set(member, group.id);
    }
    const traps = inventory.traps!;
    expect(traps.map(t => t.name)).toEqual([
      'SIMADE',
      'SIMPONI',
      'SIKD',
      'SMS Gateway',
    ]);
    const byId = new Map(inventory.rows.map(r => [r.id, r]));
    for (const trap of traps) {
      expect(trap.variants.length).toBeGreaterThanOrEqual(2);
      const groupsPerVariant = trap.variants.map(
        v => new Set(v.members.map(m => groupOf.get(m) ?? `single:${m}`)),
      );
      for (let i = 0; i < groupsPerVariant.length; i++) {
        for (let j = i + 1; j < groupsPerVariant.length; j++) {
          const shared = [...groupsPerVariant[i]].filter(g =>
            groupsPerVariant[j].has(g),
          );
          expect(shared).toEqual([]);
        }
      }
      for (const variant of trap.variants) {
        for (const member of variant.members) {
          expect(byId.get(member)!.nama.toUpperCase()).toContain(
            trap.name.toUpperCase(),
          );
        }
      }
    }
  });

  it('writes names, fields and codes as messily as real inventories', () => {
    const rows = inventory.rows;
    const share = (predicate: (r: (typeof rows)[number]) => boolean) =>
      rows.filter(predicate).length / rows.length;
    expect(share(r => /^[A-Z][A-Za-z-]+ \(.+\)/.test(r.nama))).toBeGreaterThan(
      0.1,
    );
    expect(share(r => /^(e-|E-|e[A-Z])/.test(r.nama))).toBeGreaterThan(0.05);
    expect(rows.some(r => /[Pp]erijinan|[Ii]jin/.test(r.nama))).toBe(true);
    expect(
      rows.some(r => /Sistim|Infomasi|Managemen|Kepegawain/.test(r.nama)),
    ).toBe(true);
    expect(rows.some(r => /^SIMDA (Keuangan|Barang)/.test(r.nama))).toBe(true);
    expect(rows.some(r => /^SIMPADA (Parkir|Reklame)/.test(r.nama))).toBe(true);
    expect(
      rows.some(r =>
        / (Online|Daring|Terpadu|Mobile|Android|versi 2\.0)$/.test(r.nama),
      ),
    ).toBe(true);
    expect(share(r => r.deskripsi === undefined)).toBeGreaterThan(0.2);
    expect(share(r => r.tahun === undefined)).toBeGreaterThan(0.3);
    expect(share(r => r.kode_ral === undefined)).toBeGreaterThan(0.5);
    expect(rows.some(r => /^ral\.2\.\d/.test(r.kode_ral ?? ''))).toBe(true);
    expect(rows.some(r => /^Rab\.\d{2}/.test(r.kode_rab ?? ''))).toBe(true);
    expect(rows.some(r => /^RAL\.2\.\d{2}/.test(r.kode_ral ?? ''))).toBe(true);
    expect(
      rows.every(r => r.tahun === undefined || /^\d{4}$/.test(r.tahun)),
    ).toBe(true);
  });

  it('generates kabupaten/kota Groups under their provinces', () => {
    const groups = inventory.agencies as Array<{
      kind: string;
      metadata: {
        name: string;
        title: string;
        annotations: Record<string, string>;
      };
      spec: { type: string; parent?: string; children: string[] };
    }>;
    const byName = new Map(groups.map(g => [g.metadata.name, g]));
    expect(byName.get('kab-bandung')).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: 'kab-bandung',
        title: 'Pemerintah Kabupaten Bandung',
        annotations: {
          'spbe.go.id/alias':
            'Kabupaten Bandung; Kab. Bandung; Pemkab Bandung; Pemda Kab. Bandung',
        },
      },
      spec: { type: 'pemkab', parent: 'prov-jawa-barat', children: [] },
    });
    expect(byName.get('kota-madiun')?.spec.parent).toBe('prov-jawa-timur');
    expect(groups.filter(g => g.spec.type === 'pemkab')).toHaveLength(415);
    expect(groups.filter(g => g.spec.type === 'pemkot')).toHaveLength(93);
    // The fixture has two provinces; the other 36 are generated.
    expect(groups.filter(g => g.spec.type === 'pemprov')).toHaveLength(36);
    expect(byName.has('prov-jawa-barat')).toBe(false);
    expect(byName.has('prov-jawa-timur')).toBe(true);
  });

  it('generates all provinces when the agency files have none', () => {
    const generated = generateInventory({ size: 500, nationalAgencies: [] });
    expect(generated.rows).toHaveLength(500);
    expect(
      generated.agencies.filter(
        g => (g as { spec: { type: string } }).spec.type === 'pemprov',
      ),
    ).toHaveLength(38);
    const resolve = buildAgencyResolver(
      generated.agencies.map(e => groupToSeed(e)!),
    );
    expect(
      generated.rows.every(r => resolve(r.instansi!) === agencyOfRow(r.id)),
    ).toBe(true);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => generateInventory({ size: 0, nationalAgencies: [] })).toThrow(
      RangeError,
    );
  });
});
