import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/** The application service of the CMS that the e-service routes call. */
interface SubmissionService {
  submitFromEservice(body: unknown): Promise<{ id: number; number: string; duplicateElsewhere: boolean }>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Submits an application on behalf of the citizen the portal has authenticated. */
  async submit(ctx: Context) {
    const submission = strapi.service('api::application.submission') as unknown as SubmissionService;
    const created = await submission.submitFromEservice(ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: { number: created.number, status: 'submitted', statusLabel: 'Iesniegts' } };
  },
});
