import "server-only";

// The server's door to the accounts store. The store itself (lib/accounts/store.ts)
// has no server-only guard because the CLI and the unit tests load it too.
export {
  addUser,
  hasPasswordAccounts,
  listUsers,
  readUsers,
  removeUser,
  verifyCredentials,
  UsersError,
  type PublicUser,
} from "./store";
