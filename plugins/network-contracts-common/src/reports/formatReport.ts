import { InputError } from '@backstage/errors';
import { formatGithub } from './formatGithub';
import { formatJson } from './formatJson';
import { formatJunit } from './formatJunit';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import type { ReportInput, ReportOptions } from './ReportInput';

/**
 * The report formats, by name.
 *
 * @public
 */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'junit' | 'github';

/**
 * Names of the report formats, for option lists.
 *
 * @public
 */
export const REPORT_FORMATS: ReadonlyArray<ReportFormat> = [
  'text',
  'json',
  'sarif',
  'junit',
  'github',
];

const FORMATTERS: Record<
  ReportFormat,
  (input: ReportInput, options?: ReportOptions) => string
> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
};

/**
 * Renders findings in one of the {@link REPORT_FORMATS}.
 *
 * @public
 */
export function formatReport(
  format: ReportFormat,
  input: ReportInput,
  options?: ReportOptions,
): string {
  if (!Object.prototype.hasOwnProperty.call(FORMATTERS, format)) {
    throw new InputError(
      `Unknown report format "${format}"; use one of ${REPORT_FORMATS.join(
        ', ',
      )}.`,
    );
  }
  return FORMATTERS[format](input, options);
}
