/**
 * Reading network contract files (service metadata, policy, compose files,
 * and the env files and overlays they name) from a directory or a URL, for
 * backend plugins.
 *
 * @packageDocumentation
 */

export type {
  ContractFile,
  NetworkContractFiles,
} from './NetworkContractFiles';
export { meshRootOf } from './contractPaths';
export { readContractDirectory } from './readContractDirectory';
export { readContractTree } from './readContractTree';
export { isUrl, readNetworkContractFiles } from './readNetworkContractFiles';
export type { ReadNetworkContractFilesOptions } from './readNetworkContractFiles';
export { findRuleDocFile, readRuleDoc } from './ruleDocs';
export { createExtraFileLoader } from './mesh/createExtraFileLoader';
export { MemoryMeshReader, MESH_ROOT } from './mesh/MemoryMeshReader';
export type { ExtraFileLoader } from './mesh/MemoryMeshReader';
export type { RuleDoc, RuleDocOptions } from './ruleDocs';
