X = 'spkg.sub.X'
