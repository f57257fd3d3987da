import type { z } from "zod";
import {
  addAgent,
  addAgentSchema,
  changeAgent,
  changeAgentSchema,
  changeOctopushNames,
  listAgents,
  removeAgent,
  removeAgentSchema,
  requireAdmin,
} from "@/lib/accounts/admin";
import { UsersError } from "@/lib/accounts/store";
import { errorResponse, toErrorResponse } from "@/lib/api/errors";
import type { SignedInSession } from "@/lib/auth/auth";

// /api/admin/agents: administrators list, add, disable, enable and remove agents, and set
// the names Octopush gives each one (PATCH { email, octopushNames }: the "Mine" filter).
// Agents get 403. A refusal a person can act on (duplicate, unknown e-mail) is a 400.

type Admin = SignedInSession;

async function handle<S extends z.ZodType>(
  request: Request | null,
  schema: S | null,
  run: (admin: Admin, body: z.infer<S>) => Promise<Response>,
): Promise<Response> {
  try {
    const admin = await requireAdmin();
    if (admin instanceof Response) return admin;
    let body: z.infer<S> = undefined as z.infer<S>;
    if (request && schema) {
      const parsed = schema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) return errorResponse(400, "invalid_request", "Send an e-mail address (and a name to add).");
      body = parsed.data;
    }
    const response = await run(admin, body);
    response.headers.set("cache-control", "private, no-store");
    return response;
  } catch (error) {
    if (error instanceof UsersError) return errorResponse(400, "invalid_request", error.message);
    return toErrorResponse(error);
  }
}

export function GET(): Promise<Response> {
  return handle(null, null, async () => Response.json({ agents: await listAgents() }));
}

export function POST(request: Request): Promise<Response> {
  return handle(request, addAgentSchema, async (admin, body) =>
    Response.json(await addAgent(admin, body), { status: 201 }),
  );
}

export function PATCH(request: Request): Promise<Response> {
  return handle(request, changeAgentSchema, async (admin, body) =>
    Response.json({
      agent:
        "disabled" in body
          ? await changeAgent(admin, body.email, body.disabled)
          : await changeOctopushNames(admin, body.email, body.octopushNames),
    }),
  );
}

export function DELETE(request: Request): Promise<Response> {
  return handle(request, removeAgentSchema, async (admin, body) => {
    await removeAgent(admin, body.email);
    return new Response(null, { status: 204 });
  });
}
