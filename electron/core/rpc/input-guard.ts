import { AppError } from './errors';

/** String.prototype.isWellFormed (ES2024, Node 20+): no unpaired surrogate. */
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** Deeper than any schema goes: refused before zod walks it (no stack overflow, no slow paths). */
export const MAX_INPUT_DEPTH = 32;

/**
 * Checks that run on every call's input before its schema: text that no database should receive (NUL
 * characters, which PostgreSQL refuses; unpaired UTF-16 surrogates, which both drivers would silently
 * replace) and nesting deeper than any schema describes. Iterative, so a hostile 100 000-level array
 * cannot overflow the stack. Returns the error for the first problem found, naming its field.
 */
export function inputProblem(input: unknown): AppError | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: input, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000') || !wellFormed(v)) return AppError.field('VALIDATION', path, 'invalid_text');
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return AppError.field('VALIDATION', path.slice(0, 8), 'too_deep');
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else {
      for (const k of Object.keys(v))
        stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
  return null;
}
