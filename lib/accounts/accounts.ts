import "server-only";

// The server's door to the accounts store. The store itself (lib/accounts/store.ts)
// has no server-only guard because the CLI and the unit tests load it too.
export {
  accountStatus,
  addUser,
  checkCredentials,
  ensureSsoAgent,
  hasPasswordAccounts,
  listUsers,
  removeUser,
  setDisabled,
  verifyCredentials,
  UsersError,
  type AccountStatus,
  type PublicUser,
} from "./store";
