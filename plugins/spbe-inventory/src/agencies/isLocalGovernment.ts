import { normalizeAgencyKey } from './normalizeAgencyKey';

/** Group names the portal gives local governments: `prov-<slug>`, `kab-<slug>`, `kota-<slug>`. */
const LOCAL_GROUP_NAME = /^(prov|kab|kota)-[a-z0-9]/;

/** Written forms, once normalised: "Pemkab Sikka", "Kab. Sikka", "Pemerintah Provinsi NTT", "Kota Tual". */
const LOCAL_WRITTEN_FORM = /^(pemprov|pemkab|pemkot|prov|kab|kota) /;

/**
 * Whether an inventory's `instansi` is a local government (province,
 * kabupaten or kota), by the portal's Group name or a written form.
 * Ministries and agencies (and an empty value) are not.
 */
export function isLocalGovernment(instansi: string | undefined): boolean {
  const value = instansi?.trim();
  if (!value) return false;
  return LOCAL_GROUP_NAME.test(value) || LOCAL_WRITTEN_FORM.test(normalizeAgencyKey(value));
}
