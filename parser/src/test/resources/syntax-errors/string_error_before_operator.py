x = '\N{foo}' + 1
