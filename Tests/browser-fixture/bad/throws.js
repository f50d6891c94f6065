// Throws on purpose: browser_check.py must report the uncaught exception.
throw new TypeError('planted exception');
