/**
 * Development sign-in provider of the SPBE portal.
 *
 * @packageDocumentation
 */
export { authModuleSpbeDevProvider as default, DEV_PROVIDER_ID } from './module';
export { DEV_USER_HEADER } from './authenticator';
