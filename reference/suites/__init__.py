"""One module per family of exercises; each defines `EXERCISES`, a list of `Exercise`."""
