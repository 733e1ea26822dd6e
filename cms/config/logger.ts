import { winston, formats } from '@strapi/logger';
import { loadConfig } from '@rumis/config';

const config = loadConfig();

export default {
  transports: [
    new winston.transports.Console({
      level: config.logLevel === 'info' ? 'http' : config.logLevel,
      format: winston.format.combine(formats.levelFilter(config.logLevel === 'info' ? 'http' : config.logLevel), formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })),
    }),
  ],
};
