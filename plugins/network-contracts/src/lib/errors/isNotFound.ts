import type { ResponseError } from '@backstage/errors';

/** Whether an error is the backend's 404: it does not know the resource. */
export function isNotFound(error: unknown): boolean {
  const candidate = error as Partial<ResponseError> | undefined;
  return (
    candidate?.response?.status === 404 || candidate?.name === 'NotFoundError'
  );
}
