/**
 * SPBE permission policy module for the permission backend.
 *
 * @packageDocumentation
 */
export { permissionModuleSpbePolicy as default } from './module';
export { SpbePermissionPolicy, decide } from './SpbePermissionPolicy';
export { SpbeRoleResolver, ARCHITECT_GROUP, LEADERSHIP_GROUP } from './SpbeRoleResolver';
export type { SpbeRoles } from './SpbeRoleResolver';
