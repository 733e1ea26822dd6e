module.exports = require('./dist/server').default;
