import logging, sys
logging.getLogger('lib').warning('last resort has no format')
logging.info('not shown: root level is WARNING')
print(logging.getLogger().level, logging.getLogger().handlers)
logging.warning('hello %s', 'world')
print(logging.getLogger().handlers, logging.getLogger().handlers[0].formatter._fmt)
logging.basicConfig(level=logging.DEBUG)   # no effect: already configured
print(logging.getLogger().level)
logging.getLogger('lib').error('now through root: %d', 42)
sys.exit(3)
