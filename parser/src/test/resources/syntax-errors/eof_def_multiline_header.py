def f(x,
      y):