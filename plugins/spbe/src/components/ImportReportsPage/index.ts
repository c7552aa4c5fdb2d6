export { ImportReportsPage } from './ImportReportsPage';
