import { schema } from './content-types/template/schema';
import renderer from './services/renderer';

/** Strapi 5 server entry of the `documents` plugin, loaded through strapi-server.js. */
export default {
  register() {},
  bootstrap() {},
  config: {
    default: {},
    validator(config: Record<string, unknown>): void {
      const { libreOfficeDir } = config;
      if (libreOfficeDir !== undefined && typeof libreOfficeDir !== 'string') {
        throw new Error(
          `documents plugin: libreOfficeDir must be a directory path string, got ${typeof libreOfficeDir}`,
        );
      }
    },
  },
  contentTypes: {
    template: { schema },
  },
  services: {
    renderer,
  },
};
