// privacy-elements/server: the receiver a site runs in Node 20+. Never imported by browser code.
export { createReceiver, type ClientInfo, type Receiver, type ReceiverOptions } from './receiver.js';
export { toNodeListener } from './node.js';
export { openStore, pgliteStore, postgresStore, type ReceiverStore, type SqlClient } from './store.js';
export { migrate, REQUEST_STATUSES, type RequestStatus } from './migrations.js';
export {
  canonicalJson,
  exportRecords,
  hashRow,
  purgeLog,
  verifyLog,
  type LogRow,
  type Purge,
  type Verification,
} from './consent-log.js';
export {
  createRequest,
  listRequests,
  readRequest,
  setRequestStatus,
  type RequestReceipt,
  type StoredRequest,
} from './requests.js';
