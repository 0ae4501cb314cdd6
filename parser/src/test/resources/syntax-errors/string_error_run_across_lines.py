x = ('\N{foo}'
     'abc')
