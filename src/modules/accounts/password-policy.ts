import { badInput } from '../../core/errors/app-error';
import { LIMITS } from '../../core/validation/limits';

export const PASSWORD_MIN_LENGTH = 12;

/**
 * Password strength: at least 12 characters (NIST SP 800-63B favours length over composition
 * rules), not one repeated character, and not the e-mail address or the name. Returns the
 * Japanese reason, or null when acceptable.
 */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) return `パスワードは${PASSWORD_MIN_LENGTH}文字以上にしてください。`;
  if (chars.length > LIMITS.password) return `パスワードは${LIMITS.password}文字以内にしてください。`;
  if (new Set(chars).size < 4) return 'パスワードに同じ文字ばかりを使わないでください。';
  const lower = password.toLowerCase();
  const local = context.email?.split('@')[0]?.toLowerCase();
  if ((context.email && lower === context.email.toLowerCase()) || (local && local.length >= 4 && lower.includes(local))) {
    return 'パスワードにメールアドレスを含めないでください。';
  }
  if (context.name && lower === context.name.toLowerCase()) return 'パスワードに名前をそのまま使わないでください。';
  return null;
}

export function requireStrongPassword(password: string, context: { email?: string; name?: string } = {}, field = 'password'): void {
  const problem = passwordProblem(password, context);
  if (problem) throw badInput(problem, field);
}
