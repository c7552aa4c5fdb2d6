export { PlatformUsersCard } from './PlatformUsersCard';
