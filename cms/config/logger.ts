import { winston, formats } from '@strapi/logger';
import { loadConfig } from '@rumis/config';

const config = loadConfig();

// winston's npm levels, most severe first: error, warn, info, http, debug. LOG_LEVEL=info also
// prints one line per HTTP request, so operators see traffic without turning on debug output.
const level = config.logLevel === 'info' ? 'http' : config.logLevel;

export default {
  transports: [new winston.transports.Console({ level, format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }) })],
};
