match x:
    case x as _:
        pass
