f"""{
a
,
b}"""
x = f"""{
a
,
b}"""
x = f"""ab{  
a
,
b}"""
x = f"""
ab{  
a
,
b}"""
x = f"""
ab{a,
b}"""
x = f"""ab{a,
b}"""
