export { SimilarApplicationsCard } from './SimilarApplicationsCard';
