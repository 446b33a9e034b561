import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from '../errors/app-error';

function first(errors: ValidationError[], parent = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) {
      const msg = Object.values(e.constraints)[0];
      return { field, message: msg };
    }
    const nested = first(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** class-validator with Japanese messages, reported as BAD_USER_INPUT with the field name. */
export const appValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: true,
  exceptionFactory: (errors) => {
    const f = first(errors);
    return badInput(f?.message ?? '入力値が正しくありません。', f?.field);
  },
});
