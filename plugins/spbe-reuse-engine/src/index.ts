/**
 * Indonesian-aware reuse engine of the SPBE portal: normalisation, duplicate
 * clustering, reuse ranking and an incremental index. Pure TypeScript with no
 * Backstage runtime dependency.
 *
 * @packageDocumentation
 */
export { ReuseIndex } from './ReuseIndex';
export type { ReuseIndexOptions } from './options';
export { Normalizer } from './Normalizer';
export type { NormalizedTerm, NormalizedName, NormalizeOptions, TermKind } from './Normalizer';
export { defaultDictionaries, mergeDictionaries } from './dictionaries';
export type { ReuseDictionaries } from './dictionaries';
export { stemIndonesian } from './stemmer';
export { dpiBlockId, inferDpiBlocks } from './inferDpi';
export { averageLinkage, averageSimilarity } from './clustering/linkItems';
export type { LinkageItem } from './clustering/linkItems';
export { extractFeatures, codeFeatures } from './features';
export type { RawFeature, FeatureKind } from './features';
export * from './types';
