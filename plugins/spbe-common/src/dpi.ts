/**
 * Digital Public Infrastructure building blocks, modelled as `Resource`
 * entities of type `dpi-building-block` named `dpi-<id>`.
 */
export const DPI_RESOURCE_TYPE = 'dpi-building-block';

export const DPI_BLOCK_IDS = [
  'identitas-digital',
  'pembayaran',
  'pertukaran-data',
] as const;
export type DpiBlockId = (typeof DPI_BLOCK_IDS)[number];

export function isDpiBlockId(id: string): id is DpiBlockId {
  return (DPI_BLOCK_IDS as readonly string[]).includes(id);
}

/** Entity name of a DPI block resource. */
export function dpiResourceName(id: DpiBlockId): string {
  return `dpi-${id}`;
}
