MARK = "!"
