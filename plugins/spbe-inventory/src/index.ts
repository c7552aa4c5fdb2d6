/**
 * Agency application inventories (CSV, XLSX, YAML): reading with row-level
 * errors, writing, agency resolution, and the deterministic national-scale
 * inventory generator.
 *
 * @packageDocumentation
 */
export * from './model';
export {
  readInventoryFile,
  parseInventory,
  inventoryFormatOf,
} from './read/readInventory';
export { resolveHeader, normalizeHeader } from './read/headers';
export { writeInventoryFile } from './write/writeInventory';
export type { AgencySeed } from './agencies/types';
export { normalizeAgencyKey } from './agencies/normalizeAgencyKey';
export { isLocalGovernment } from './agencies/isLocalGovernment';
export { buildAgencyResolver } from './agencies/buildAgencyResolver';
export { loadAgencySeeds } from './agencies/loadAgencySeeds';
export {
  generateInventory,
  DEFAULT_INVENTORY_SEED,
  DEFAULT_INVENTORY_SIZE,
} from './generator/generateInventory';
export type {
  GeneratedInventory,
  GenerateInventoryOptions,
  DuplicateGroup,
  TrapLabel,
} from './generator/generateInventory';
export { writeGeneratedInventory } from './generator/writeGeneratedInventory';
export { PlatformRegistry } from './platforms/PlatformRegistry';
export type { RegisteredPlatform, AgencySuccessions } from './platforms/PlatformRegistry';
export { loadPlatformRegistry } from './platforms/loadPlatformRegistry';
