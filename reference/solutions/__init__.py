"""Reference implementations, one self-contained module per family (NumPy and the standard
library only), short enough to read as the math. Suites compute expected values with
them; tests submit their source as a candidate would, to prove each suite passes it.
They are never sent into a candidate's kernel.
"""
