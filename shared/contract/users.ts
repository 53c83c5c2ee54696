import { z } from 'zod';
import { method } from './define';
import {
  id,
  listQuery,
  listResult,
  optText,
  optionsQuery,
  optionsResult,
  password,
  text,
  version,
  ok,
} from './common';
import { loginId } from './auth';
import { ROLES } from './permissions';

export const userRow = z.object({
  id,
  login: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  manager_id: z.int().nullable(),
  manager_name: z.string().nullable(),
  region_id: z.int().nullable(),
  region_name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  last_login_at: z.string().nullable(),
  version,
});
export type UserRow = z.infer<typeof userRow>;

const userFields = {
  login: loginId,
  name: text(50),
  roles: z.array(z.enum(ROLES)).min(1, { error: 'required' }).max(ROLES.length),
  manager_id: id.nullish().transform((v) => v ?? null),
  region_id: id.nullish().transform((v) => v ?? null),
  phone: optText(30),
  email: z
    .email({ error: 'invalid_email' })
    .max(100)
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
};

export const usersContract = {
  'users.list': method({
    input: listQuery,
    output: listResult(userRow),
    access: 'users.read',
    mutates: false,
  }),
  'users.get': method({
    input: z.strictObject({ id }),
    output: userRow,
    access: 'users.read',
    mutates: false,
  }),
  'users.create': method({
    input: z.strictObject({ ...userFields, password }),
    output: userRow,
    access: 'users.manage',
    mutates: true,
    entity: 'user',
  }),
  'users.update': method({
    input: z.strictObject({ id, version, ...userFields }),
    output: userRow,
    access: 'users.manage',
    mutates: true,
    entity: 'user',
  }),
  'users.setActive': method({
    input: z.strictObject({ id, active: z.boolean() }),
    output: userRow,
    access: 'users.manage',
    mutates: true,
    entity: 'user',
  }),
  'users.resetPassword': method({
    input: z.strictObject({ id, new_password: password }),
    output: ok,
    access: 'users.manage',
    mutates: true,
    entity: 'user',
  }),
  'users.unlock': method({
    input: z.strictObject({ id }),
    output: ok,
    access: 'users.manage',
    mutates: true,
    entity: 'user',
  }),
  /** Pickers (owner, manager): active users, searchable by name, 工号 or pinyin initials. */
  'users.options': method({
    input: optionsQuery,
    output: optionsResult,
    access: 'authenticated',
    mutates: false,
  }),
};
