x = '\x1' 'abc' , 2
