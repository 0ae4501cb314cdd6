@dec
