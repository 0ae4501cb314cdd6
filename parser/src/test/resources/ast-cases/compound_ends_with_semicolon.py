if x:
    pass;
elif y: z;
else:
    w ;  
