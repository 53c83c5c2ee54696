import { z } from 'zod';
import { method } from './define';
import { empty, ok, password, text, id } from './common';
import { DATA_SCOPES, PERMISSIONS, ROLES } from './permissions';

export const me = z.object({
  id,
  login: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.enum(PERMISSIONS)),
  scope: z.enum(DATA_SCOPES),
  must_change_password: z.boolean(),
  company_name: z.string(),
});
export type Me = z.infer<typeof me>;

export const loginId = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(32, { error: 'too_long' })
  .regex(/^[A-Za-z0-9_.-]+$/, { error: 'invalid_format' });

export const authContract = {
  'auth.setupStatus': method({
    input: empty,
    output: z.object({ needs_setup: z.boolean(), company_name: z.string().nullable() }),
    access: 'public',
    mutates: false,
  }),
  'auth.setup': method({
    input: z.strictObject({ company_name: text(100), login: loginId, name: text(50), password }),
    output: z.object({ user_id: id }),
    access: 'public',
    mutates: true,
    entity: 'user',
  }),
  'auth.login': method({
    input: z.strictObject({ login: loginId, password: z.string().min(1, { error: 'required' }).max(128) }),
    output: z.object({ token: z.string(), me }),
    access: 'public',
    mutates: true,
    entity: 'user',
  }),
  'auth.logout': method({ input: empty, output: ok, access: 'authenticated', mutates: true, entity: 'user' }),
  'auth.me': method({ input: empty, output: me, access: 'authenticated', mutates: false }),
  'auth.changePassword': method({
    input: z.strictObject({
      old_password: z.string().min(1, { error: 'required' }).max(128),
      new_password: password,
    }),
    output: ok,
    access: 'authenticated',
    mutates: true,
    entity: 'user',
  }),
};
