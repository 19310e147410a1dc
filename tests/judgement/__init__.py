"""Labelled answers for evaluating answer graders (see answers.py)."""
