loaded = 'pkg loaded'
