export { DpiUsageCard } from './DpiUsageCard';
