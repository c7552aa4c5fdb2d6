export { ProposalsPage } from './ProposalsPage';
