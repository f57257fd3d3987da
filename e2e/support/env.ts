// The e2e world: the simulator and the app, each on its own port on 127.0.0.1,
// the app in *live* mode pointed at the simulator with a recognisable fake key
// (so a leak of it anywhere can be searched for).
export const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 4110);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;

export const FAKE_API_LOGIN = "e2e-login-7c1d@acme.example";
export const FAKE_API_KEY = "sk_e2e_FAKEKEY_9b2f4e1c7a";

export const AGENT = { email: "alex.agent@acme.example", name: "Alex Agent", password: "correct-horse-battery" };
export const USERS_FILE = ".e2e/users.json";
export const STORAGE_STATE = ".e2e/agent-storage.json";
