import { isLocalGovernment } from '@internal/spbe-inventory';
import type { InventoryRow, PlatformRegistry } from '@internal/spbe-inventory';
import type { ReuseApplication } from '@internal/spbe-reuse-engine';
import { mapJenis, splitList } from '@internal/plugin-spbe-common';

function splitFunctions(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const out = value.split(/[;\n]/).map(s => s.trim()).filter(Boolean);
  return out.length ? out : undefined;
}

/**
 * Maps an inventory row to the engine's application. An `umum` application
 * of an inventory ("Aplikasi Umum", "U": as the portal's import reads the
 * column) is taken as a national shared platform (aplikasi umum).
 */
export function rowToApplication(row: InventoryRow): ReuseApplication {
  const codes = {
    ral: splitList(row.kode_ral),
    rab: splitList(row.kode_rab),
    raa: splitList(row.kode_raa),
  };
  const jenis = mapJenis(row.jenis)?.trim().toLocaleLowerCase('id-ID');
  return {
    id: row.id,
    name: row.nama,
    description: row.deskripsi,
    functions: splitFunctions(row.fungsi),
    agency: row.instansi,
    jenis,
    codes,
    nationalPlatform: jenis === 'umum',
    dpi: row.dpi ? splitList(row.dpi) : undefined,
  };
}

/**
 * Maps inventory rows to applications, reading which are national platforms
 * with the portal's registry of them:
 * - a row that leaves `jenis` empty and names a registered platform of its own
 *   agency (SP4N-LAPOR! of KemenPANRB) is that national platform;
 * - a local government's row marked `umum` is not, unless it names a
 *   registered platform (the region's SRIKANDI): aplikasi umum are designated
 *   by MenPANRB and run by central agencies, and inventory clerks write "umum"
 *   for a region's own general-purpose portal or complaint channel.
 * The `jenis` an inventory gives is kept as written.
 */
export function rowsToApplications(rows: readonly InventoryRow[], platforms?: PlatformRegistry): ReuseApplication[] {
  return rows.map(row => {
    const app = rowToApplication(row);
    if (!app.jenis && platforms?.find(row.nama, row.instansi)) {
      app.nationalPlatform = true;
    } else if (app.nationalPlatform && isLocalGovernment(row.instansi) && !platforms?.names(row.nama)) {
      app.nationalPlatform = false;
    }
    return app;
  });
}
