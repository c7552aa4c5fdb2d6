export {
  createSpbeColumns,
  listsSpbeApplications,
  spbeCatalogColumns,
} from './spbeCatalogColumns';
